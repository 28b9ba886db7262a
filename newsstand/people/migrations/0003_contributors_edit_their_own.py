"""Contributors keep "add" and lose "change": they edit, submit and delete only their own
drafts. Wagtail's "change" let them edit anyone's page and delete anyone's draft."""

from django.db import migrations


def only_their_own(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name="Contributors", permission__codename="change_page"
    ).delete()


def anyones(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    group = Group.objects.filter(name="Contributors").first()
    if group is not None:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=Page.objects.get(depth=1),
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename="change_page"
            ),
        )


class Migration(migrations.Migration):
    dependencies = [("people", "0002_editorial_roles")]

    operations = [migrations.RunPython(only_their_own, anyones)]
