"""What every part of one WordPress import shares."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from wagtail.models import Site

from newsstand.articles.models import HomePage

from .batch import Batch
from .export import ExportIndex
from .mapping import Mapping
from .pages import PageTree, Slugs
from .redirects import RedirectWriter
from .report import ImportReport


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
