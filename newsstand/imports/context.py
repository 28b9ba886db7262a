"""What every part of one WordPress import shares."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.utils import timezone

from wagtail.models import Page, Site

from newsstand.core.models import HomePage

from .batch import Batch
from .export import ExportIndex
from .mapping import Mapping
from .pages import PageTree, Slugs
from .redirects import RedirectWriter
from .report import ImportReport, Outcome


@dataclass
class ImportContext:
    index: ExportIndex
    home: HomePage
    site: Site
    mapping: Mapping
    report: ImportReport
    redirects: RedirectWriter
    tree: PageTree
    slugs: Slugs
    batch: Batch
    dry_run: bool = False

    @contextmanager
    def item(self) -> Iterator[None]:
        """One item's transaction: its objects, mapping rows and redirects, or none of them.

        Post redirects are written with the post's batch instead (see `batch`).
        """
        try:
            with self.mapping.atomic():
                yield
                self.redirects.flush()
        except BaseException:
            self.redirects.discard()
            raise

    def top_section(self, model: type[Page], title: str) -> Page:
        """The site's first `model` page under home (Stories, Music…), made live if missing."""
        section = model.objects.child_of(self.home).order_by("path").first()
        if section is None:
            now = timezone.now()
            with self.item():
                section = model(
                    title=title,
                    slug=self.slugs.claim(self.home, title.lower(), fallback=title.lower()),
                    show_in_menus=True,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
                self.tree.add(self.home, section)
            self.batch.add(section)
            self.report.count("section", Outcome.IMPORTED)
        return section
