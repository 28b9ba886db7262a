"""Editors may send a post as breaking news. Reading the subscriber list (personal data)
stays with administrators, who grant it to a group if they choose."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("followers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(
            Permission.objects.get(content_type__app_label="followers", codename="add_mailing")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("followers", "0001_initial"),
        ("people", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
