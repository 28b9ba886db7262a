"""On PostgreSQL, an index for the expression Wagtail's search joins pages on.

Wagtail's database backend joins each index entry to its page on
`object_id = page.id::varchar(50)` (the entry's key is text, to fit any model). No
index had that expression, so a search for a rare word (a town's name, in 290 of
100,000 stories) read and hashed the whole page table: ~80 ms for each page of
results. With this index each match looks its page up: ~10 ms. SQLite needs nothing:
it finds the matching entries first, then their pages by primary key.
"""

from django.db import migrations

INDEX = "discovery_page_id_text"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (((id)::varchar(50)))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("discovery", "0001_postgres_title_body_index"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
