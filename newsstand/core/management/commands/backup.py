from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsstand.core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and the media, while the site runs, into a new directory "
        "with a manifest of hashes (restore it with `manage.py restore`)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "destination",
            nargs="?",
            help="A directory to create (default: backups/<date-time> here).",
        )

    def handle(self, *args, **options):
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        destination = Path(options["destination"] or f"backups/{stamp}")
        if destination.exists():
            raise CommandError(f"{destination} already exists; name a new directory.")
        try:
            manifest = backup(destination)
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(t["rows"] for t in manifest["tables"].values())
        self.stdout.write(
            f"Backed up {len(manifest['tables'])} tables ({rows:,} rows) and "
            f"{len(manifest['media']):,} media files to {destination}."
        )
