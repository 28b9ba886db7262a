from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsstand.core.backup import BackupError, check, restore


class Command(BaseCommand):
    help = (
        "Replace the database and the media with a backup made by `manage.py backup`. "
        "Every file is checked against its hash first; afterwards every table and media "
        "file is compared with the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="The backup's directory.")
        parser.add_argument(
            "--yes", action="store_true", help="Don't ask before replacing what is there."
        )

    def handle(self, *args, **options):
        source = Path(options["source"])
        try:
            manifest = check(source)
        except BackupError as error:
            raise CommandError(str(error)) from None
        if not options["yes"]:
            answer = input(
                f"Replace this site's database and media with the backup made at "
                f"{manifest['made_at']}? Type 'yes': "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was changed.")
        try:
            restored = restore(source)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {restored.tables} tables ({restored.rows:,} rows) and "
            f"{restored.media_files:,} media files in {restored.seconds:.1f} s; "
            "every table and file matches the backup."
        )
