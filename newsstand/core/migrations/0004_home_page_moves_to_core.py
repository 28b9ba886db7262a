"""The home page model moves from `articles` into core, keeping its rows and content type.

The lead story may now be any post, so its key points at Wagtail's page table.
The model is first declared here over the existing table, then the table is
renamed; `articles` drops the model from its own state in its next migration.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="articles", model="homepage").update(app_label="core")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="core", model="homepage").update(app_label="articles")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_page_depth_path_index"),
        ("articles", "0004_table_cells_may_be_empty"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("images", "0001_initial"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HomePage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "noindex",
                            models.BooleanField(
                                default=False,
                                help_text="Ask search engines not to index this page.",
                                verbose_name="hide from search engines",
                            ),
                        ),
                        (
                            "social_image",
                            models.ForeignKey(
                                blank=True,
                                help_text="Shown when the page is shared. Defaults to the page's own image.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="images.customimage",
                            ),
                        ),
                        (
                            "lead_story",
                            models.ForeignKey(
                                blank=True,
                                help_text="Leave empty to lead with the newest story.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="articles.articlepage",
                            ),
                        ),
                    ],
                    options={"verbose_name": "home page", "db_table": "articles_homepage"},
                    bases=("wagtailcore.page",),
                ),
            ],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
        migrations.AlterModelTable(name="homepage", table=None),
        migrations.AlterField(
            model_name="homepage",
            name="lead_story",
            field=models.ForeignKey(
                blank=True,
                help_text="Any story, episode or music post. Leave empty to lead with the newest.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.WAGTAIL_PAGE_MODEL,
            ),
        ),
    ]
