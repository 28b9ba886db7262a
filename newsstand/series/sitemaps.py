"""The sitemap of complete editions, for series indexed as one page."""

from django.db.models import Max, OuterRef, Subquery

from newsstand.core.sitemaps import CHANGED, PageSitemap, visible

from .models import EpisodePage, IndexedEdition, SeriesPage


class EditionSitemap(PageSitemap):
    """The complete editions of series that are indexed instead of their episodes.

    An edition changes whenever one of its published episodes does.
    """

    def pages(self):
        episodes = EpisodePage.objects.published().filter(
            path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
        )
        latest = episodes.annotate(changed=CHANGED).order_by("-changed").values("changed")[:1]
        return (
            visible(SeriesPage.objects, self.site.root_page)
            .filter(indexed_edition=IndexedEdition.COMPLETE)
            .annotate(edition_changed=Subquery(latest))
            .filter(edition_changed__isnull=False)
        )

    def items(self):
        return self.pages()

    def get_latest_lastmod(self):
        return self.pages().aggregate(latest=Max("edition_changed"))["latest"]

    def lastmod(self, series):
        return series.edition_changed

    def path(self, series, page_path: str) -> str:
        return page_path + series.reverse_subpage("complete")
