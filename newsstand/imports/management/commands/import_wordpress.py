import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsstand.imports.errors import ImportAborted
from newsstand.imports.report import ImportReport, Outcome
from newsstand.imports.services import import_wordpress

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools → Export, WXR 1.1/1.2): sections, tags, authors, "
        "posts, images and redirects from the old URLs. Re-running updates what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path, help="The exported .xml file")
        parser.add_argument(
            "--media", type=Path, help="WordPress's uploads folder (wp-content/uploads)"
        )
        parser.add_argument(
            "--fetch-media",
            action="store_true",
            help="Download images not in --media from the old site (resumable: a re-run "
            "fetches only what is still missing)",
        )
        parser.add_argument(
            "--allow-host",
            action="append",
            default=[],
            metavar="HOST",
            help="Let --fetch-media reach this host although its address is private "
            "(an old site on the local network). Repeatable.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Run everything, then save nothing"
        )

    def handle(
        self,
        *args,
        export: Path,
        media: Path | None,
        fetch_media: bool,
        allow_host: list[str],
        dry_run: bool,
        **options,
    ):
        self.last_shown = 0.0
        self.interactive = self.stdout.isatty()
        try:
            report = import_wordpress(
                export=export,
                media_dir=media,
                fetch_media=fetch_media,
                allow_hosts=tuple(allow_host),
                dry_run=dry_run,
                progress=self.progress,
            )
        except ImportAborted as error:
            raise CommandError(f"{error} Nothing was imported.") from None
        if self.interactive:
            self.stdout.write("")
        for line in report.lines():
            self.stdout.write(line)
        if report.failed:
            raise CommandError(
                f"{len(report.failed)} item(s) failed (listed above). Everything else was "
                "imported; fix the cause and run the command again to import the rest."
            )

    def progress(self, done: int, total: int, report: ImportReport, unit: str) -> None:
        now = time.monotonic()
        if done < total and now - self.last_shown < (0.2 if self.interactive else 5):
            return
        self.last_shown = now
        filled = BAR_WIDTH * done // max(total, 1)
        counts = ", ".join(
            f"{report.total(outcome):,} {outcome.value}"
            for outcome in Outcome
            if report.total(outcome)
        )
        line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done:,}/{total:,} {unit} · {counts}"
        self.stdout.write(f"\r{line}" if self.interactive else line, ending="")
        if not self.interactive:
            self.stdout.write("")
