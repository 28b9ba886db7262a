import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from wagtail import hooks


class Command(BaseCommand):
    help = (
        "Publish and unpublish scheduled pages every --interval seconds, until stopped, and "
        "run the periodic work other apps register under the `scheduler_pass` hook. "
        "In production, run it as a service."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=settings.SCHEDULER_INTERVAL)
        parser.add_argument("--once", action="store_true", help="Run one pass and exit")

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            raise CommandError("--interval must be at least 1 second")
        self.stdout.write(f"Scheduler: publishing due pages every {interval} s.")
        while True:
            call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            # Each is called as fn(stdout) every pass, and decides itself whether it is due.
            for job in hooks.get_hooks("scheduler_pass"):
                job(self.stdout)
            if once:
                return
            time.sleep(interval)
