"""Sitemaps made for the host each request arrives on: the shared base, and every page
that search engines should index, of every type.

Apps add sitemaps of their own routes (a song's lyrics, a series' complete edition)
through the `register_sitemaps` hook: a function returning {name: Sitemap class};
each is served as /sitemap-<name>.xml and listed in the sitemap index.
"""

from datetime import datetime
from functools import cached_property
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import BigIntegerField, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, Site, get_page_models

from .images import VARIANTS
from .posts import Post, hidden_from_search

# URLs per sitemap file (the protocol allows 50,000). At 100,000 articles a 50,000-URL
# page took 7.4 s and ~160 MB to build here; 10,000 takes 1.7 s. SITEMAP_PAGE_SIZE overrides it.
PAGE_SIZE = 10_000


def w3c(moment: datetime) -> str:
    """A W3C datetime in the site's time zone, to the second: 2026-05-01T09:30:00+01:00."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


class RequestSitemap(Sitemap):
    """A sitemap of the Wagtail site that answers `request`, built afresh for each request."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def site(self) -> Site:
        site = Site.find_for_request(self.request)
        if site is None:
            raise Http404("No site serves this host.")
        return site

    @property
    def limit(self) -> int:
        return getattr(settings, "SITEMAP_PAGE_SIZE", PAGE_SIZE)

    @cached_property
    def paginator(self) -> Paginator:
        """One paginator per request, so the index and its sections count the items once."""
        return Paginator(self.items(), self.limit)


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


def image_urls(pages, origin: str) -> dict[int, str]:
    """Absolute URLs of the pages' lead images by image id, in two queries.

    An image is given as its 960px JPEG lead rendition (the largest copy the
    page shows, in a format every crawler reads) when that exists, or else as
    the original upload. Making renditions here could mean encoding
    thousands of images within one request.
    """
    ids = {image_id(page) for page in pages} - {None}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(LEAD_JPEG.spec)
    urls = {}
    for image in images:
        rendition = image.find_existing_renditions(LEAD_JPEG).get(LEAD_JPEG)
        urls[image.pk] = urljoin(origin, (rendition or image).file.url)
    return urls


def own_image_id():
    """Each page's picture, in the page query: a post's from its card, any other page's
    from the field its type names (one sub-select per such type, not a query)."""
    pictures = [F("post_card__image_id")]
    for model in get_page_models():
        field = getattr(model, "listing_image_field", None)
        if field and not issubclass(model, Post):
            own = model.objects.filter(pk=OuterRef("pk")).values(f"{field}_id")[:1]
            pictures.append(Subquery(own))
    if len(pictures) == 1:
        return pictures[0]
    return Coalesce(*pictures, output_field=BigIntegerField())


def image_id(page) -> int | None:
    """A post's picture from its card (annotated), or a typed page's own."""
    return getattr(page, "card_image_id", None) or getattr(page, "listing_image_id", None)


class PageSitemap(RequestSitemap):
    """Every page of the site that search engines should index, of every type.

    Read as plain pages, with each post's picture from its card, so a sitemap page
    costs the same few queries whatever the kinds of page on it.
    """

    def pages(self):
        return visible(Page.objects, self.site.root_page)

    def items(self):
        return self.pages().annotate(card_image_id=own_image_id())

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
                    "image": images.get(image_id(item)),
                }
            )
        return urls


def registered_sitemaps() -> dict[str, type[RequestSitemap]]:
    """Every page's sitemap, then those the apps register for their routes."""
    sections: dict[str, type[RequestSitemap]] = {"pages": PageSitemap}
    for register in hooks.get_hooks("register_sitemaps"):
        sections.update(register())
    return sections
