"""Publishes until killed, printing `ACK <page id> <revision id>` once each publish has
committed (S9).

Run with DATABASE_URL pointing at a migrated database and the slug of a section as the
argument. It alternates two kinds of publish: a new story in the section, and a new
revision of the first story it made. The test kills it with SIGKILL at random moments.
"""

import os
import sys

import django

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsstand.settings.test")
    django.setup()
    from newsstand.articles.models import ArticlePage, SectionPage

    section = SectionPage.objects.get(slug=sys.argv[1])
    run = os.getpid()
    story = None
    for n in range(1_000_000):
        if story is None or n % 2:
            page = section.add_child(
                instance=ArticlePage(title=f"Run {run} story {n}", slug=f"r{run}-{n}", body=[])
            )
            story = story or page
        else:
            page = story
            page.title = f"Run {run} story, edit {n}"
        revision = page.save_revision()
        revision.publish()
        print(f"ACK {page.pk} {revision.pk}", flush=True)
