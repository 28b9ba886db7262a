"""Editors manage artists, songs and the music settings; Contributors choose songs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL_PERMISSIONS = {
    "Contributors": ["view_artist", "view_song"],
    "Editors": [
        f"{action}_{model}"
        for model in ("artist", "song")
        for action in ("add", "change", "delete", "view")
    ]
    + ["change_musicsettings"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("music")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, codenames in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="music", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("music", "0001_initial"), ("people", "0002_editorial_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
