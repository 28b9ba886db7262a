"""Sitemaps of the pages search engines should index, with each page's lead image."""

from functools import reduce
from operator import or_
from urllib.parse import urljoin

from django.db.models import Exists, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Length, Substr
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, get_page_models

from newsstand.articles.models import ArticlePage, SourceRelationship
from newsstand.core.images import VARIANTS
from newsstand.core.pages import BasePage
from newsstand.series.models import EpisodePage, IndexedEdition, SeriesPage

from .base import RequestSitemap, w3c

LEAD_JPEG = Filter(VARIANTS["lead"].spec(960, "jpeg"))
CHANGED = Coalesce("last_published_at", "first_published_at")


def visible(queryset, root):
    """Pages under `root` that Wagtail serves to anyone: live, public, not dated ahead.

    Unlike `published()`, a live page never stamped with a first publication
    date (a home page made in code, say) counts: Wagtail serves it.
    Ordered by id, so new pages land on the last sitemap page and earlier
    ones stay as they were.
    """
    return (
        queryset.descendant_of(root, inclusive=True)
        .live()
        .public()
        .exclude(first_published_at__gt=timezone.now())
        .exclude(hidden_from_search())
        .defer_streamfields()
        .order_by("pk")
    )


def hidden_from_search() -> Q:
    """Pages that ask not to be indexed, or name another URL as canonical.

    Mirrors distribution.metadata and the series pages: a page's own noindex,
    a story republished in full (canonical to the original, or noindex), and
    the episodes of a series whose complete edition is the one indexed.
    """
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    complete_series = SeriesPage.objects.filter(
        indexed_edition=IndexedEdition.COMPLETE, path=parent_path
    )
    hidden = [
        ArticlePage.objects.filter(source_relationship=SourceRelationship.REPUBLISHED).exclude(
            source_url=""
        ),
        EpisodePage.objects.filter(Exists(complete_series)),
        *(m.objects.filter(noindex=True) for m in get_page_models() if issubclass(m, BasePage)),
    ]
    return reduce(or_, (Q(pk__in=pages.values("pk")) for pages in hidden))


def image_urls(pages, origin: str) -> dict[int, str]:
    """Absolute URLs of the pages' lead images by image id, in two queries.

    An image is given as its 960px JPEG lead rendition (the largest copy the
    page shows, in a format every crawler reads) when that exists, or else as
    the original upload. Making renditions here could mean encoding
    thousands of images within one request.
    """
    ids = {getattr(page, "listing_image_id", None) for page in pages} - {None}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(LEAD_JPEG.spec)
    urls = {}
    for image in images:
        rendition = image.find_existing_renditions(LEAD_JPEG).get(LEAD_JPEG)
        urls[image.pk] = urljoin(origin, (rendition or image).file.url)
    return urls


class PageSitemap(RequestSitemap):
    """Every page of the site that search engines should index, of every type."""

    def pages(self):
        return visible(Page.objects, self.site.root_page)

    def items(self):
        return self.pages().specific()

    def get_latest_lastmod(self):
        return self.pages().aggregate(latest=Max(CHANGED))["latest"]

    def lastmod(self, page):
        return page.last_published_at or page.first_published_at

    def path(self, page, page_path: str) -> str:
        return page_path

    def get_urls(self, page=1, site=None, protocol=None):
        """This page of entries; the queries it costs do not grow with the page size."""
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        pages = list(self.paginator.page(page).object_list)
        images = image_urls(pages, origin)
        urls = []
        for item in pages:
            parts = item.get_url_parts(self.request)
            if parts is None or parts[2] is None:
                continue
            lastmod = self.lastmod(item)
            urls.append(
                {
                    "location": origin + self.path(item, parts[2]),
                    "lastmod": w3c(lastmod) if lastmod else "",
                    "image": images.get(getattr(item, "listing_image_id", None)),
                }
            )
        return urls


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
