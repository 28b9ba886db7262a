from django.core.management.base import BaseCommand

from newsstand.followers.vapid import new_private_key


class Command(BaseCommand):
    help = (
        "Print a new VAPID private key for web push. Set it as WEBPUSH_VAPID_PRIVATE_KEY "
        "once and keep it: changing it silently ends every browser's subscription."
    )

    def handle(self, *args, **options):
        self.stdout.write(new_private_key())
