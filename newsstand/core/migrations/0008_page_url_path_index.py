"""An index on Wagtail's page table for "the pages at these URLs".

core.routing finds a page and its ancestors by `url_path` in one query, where Wagtail
walks down the tree a level at a time; without an index that query reads every page.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0007_pending_invalidation"), ("wagtailcore", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS newsstand_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS newsstand_page_url_path",
        )
    ]
