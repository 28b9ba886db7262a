from django.db import migrations


class Migration(migrations.Migration):
    """The home page now lives in core (core 0004 took over its table)."""

    dependencies = [
        ("articles", "0004_table_cells_may_be_empty"),
        ("core", "0004_home_page_moves_to_core"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="HomePage")],
        ),
    ]
