"""Indexes on Wagtail's page table for "the children of X" and "X's child called Y".

Wagtail finds children by path prefix and depth, and routes a URL by looking a
slug up among them. Its own indexes are on path and on slug alone, and SQLite
(which keeps no statistics unless asked) picks the path one. Under a home page
with 100,000 descendants, menus walked them all (~150 ms), and routing to a story
walked every story of its section (~17 ms). With these, each reads only its rows.
"""

from django.db import migrations

INDEXES = {
    "newsstand_page_depth_path": "depth, path",
    "newsstand_page_slug_depth_path": "slug, depth, path",
}


class Migration(migrations.Migration):
    dependencies = [("core", "0002_feed_full_content"), ("wagtailcore", "0001_initial")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page ({columns})",
            f"DROP INDEX IF EXISTS {name}",
        )
        for name, columns in INDEXES.items()
    ]
