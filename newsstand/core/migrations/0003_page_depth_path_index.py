"""An index on Wagtail's page table for "the children of X" (menus, the home page's sections).

Wagtail finds children by path prefix and depth. Its own index is on path alone,
so under a home page with 100,000 descendants each such query walked them all
(~150 ms on SQLite); with (depth, path) it reads only the children (~1 ms).
"""

from django.db import migrations

INDEX = "newsstand_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [("core", "0002_feed_full_content"), ("wagtailcore", "0001_initial")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
