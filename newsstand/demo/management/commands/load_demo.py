"""manage.py load_demo: fill an empty site with an invented publication to explore."""

import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.utils import timezone

from newsstand.demo.errors import DemoError
from newsstand.demo.services import DemoReport, load_demo


class Command(BaseCommand):
    help = (
        "Load a demo publication (sections, articles, serialized stories, music and a chart, "
        "authors, images) into a site that has no sections or stories yet. With DEBUG on, also "
        "create admin, editor and contributor logins."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Where the site runs, for the login instructions (default: %(default)s).",
        )

    def handle(self, *args, base_url: str, **options):
        base_url = base_url.rstrip("/")
        try:
            URLValidator(schemes=["http", "https"])(base_url)
        except ValidationError:
            raise CommandError(f"--base-url must be an http(s) URL, not {base_url!r}.") from None

        started = time.monotonic()
        try:
            report = load_demo(now=timezone.now(), create_accounts=settings.DEBUG, log=self.log)
        except DemoError as error:
            raise CommandError(str(error)) from error
        elapsed = time.monotonic() - started

        if report.loaded:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Loaded {report.publication}: {report.sections} sections, {report.articles} "
                    f"articles, {report.series} series with {report.episodes} episodes "
                    f"({report.scheduled} more scheduled), {report.music_posts} music posts of "
                    f"{report.songs} songs by {report.artists} artists, a chart of "
                    f"{report.chart_weeks} weeks, {report.authors} authors, "
                    f"{report.images} images in {elapsed:.1f} s."
                )
            )
        else:
            self.stdout.write("The publication already has content; nothing loaded.")
        self.write_logins(report, base_url)

    def log(self, line: str) -> None:
        """A progress line, shown at once even when the output is piped."""
        self.stdout.write(line)
        self.stdout.flush()

    def write_logins(self, report: DemoReport, base_url: str) -> None:
        if not settings.DEBUG:
            self.stdout.write(
                "DEBUG is off, so no demo accounts were created. "
                'Create an administrator with "manage.py createsuperuser".'
            )
            return
        self.stdout.write(f"Site: {base_url}/")
        for account in report.accounts:
            password = account.password or "(changed since the demo created it)"
            self.stdout.write(
                f"{account.label}: {base_url}/admin/  user: {account.username}  "
                f"password: {password}  (development only)"
            )
