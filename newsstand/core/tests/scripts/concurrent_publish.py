"""Four editors publish at once against one SQLite file; prints `failures/attempts`.

Run with DATABASE_URL pointing at an empty SQLite file.
"""

import os
import sys
from concurrent.futures import ProcessPoolExecutor

import django

EDITORS = 4
PUBLISHES_EACH = 10


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsstand.settings.test")
    django.setup()


def publish_many(editor: int) -> int:
    setup()
    from django.db import OperationalError

    from newsstand.articles.models import ArticlePage, SectionPage

    section = SectionPage.objects.get(slug="desk")
    failures = 0
    for n in range(PUBLISHES_EACH):
        try:
            page = section.add_child(
                instance=ArticlePage(
                    title=f"Editor {editor} story {n}", slug=f"e{editor}-{n}", body=[]
                )
            )
            page.save_revision().publish()
        except OperationalError:
            failures += 1
    return failures


if __name__ == "__main__":
    setup()
    from django.core.management import call_command

    from newsstand.articles.models import SectionPage
    from newsstand.core.models import HomePage

    call_command("migrate", verbosity=0)
    HomePage.objects.get().add_child(instance=SectionPage(title="Desk", slug="desk"))
    with ProcessPoolExecutor(EDITORS) as pool:
        failures = sum(pool.map(publish_many, range(EDITORS)))
    sys.stdout.write(f"{failures}/{EDITORS * PUBLISHES_EACH}\n")
