"""Make every rendition live pages need: after an import, or when a variant changes."""

from django.core.management.base import BaseCommand

from wagtail.models import Page

from newsstand.images.renditions import warm_for_page


class Command(BaseCommand):
    help = "Make the image renditions of every live page, so readers never wait for one."

    def handle(self, *args, **options):
        pages = Page.objects.live().specific().iterator(chunk_size=200)
        count = images = 0
        for count, page in enumerate(pages, start=1):
            images += warm_for_page(page)
            if count % 500 == 0:
                self.stdout.write(f"{count} pages…")
        done = f"Renditions ready for {count} pages ({images} images)."
        self.stdout.write(self.style.SUCCESS(done))
