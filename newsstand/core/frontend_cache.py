"""Purging the caches in front of the app (our nginx, a CDN) when content changes.

The app's own page cache goes stale site-wide on every change (`pagecache.invalidate`).
A proxy or CDN keeps each URL on its own and can only be told which URLs to drop, and
the Debian nginx purge module drops exact keys only. So for each change we build the set
of URLs that could show it and purge those, through `wagtail.contrib.frontend_cache`:

- a page published, unpublished, moved or deleted: the page (with its routes, such as a
  series' complete edition or a song's lyrics), its old URL after a move, its ancestors
  (section, series, chart, home) with their feeds, its tags and authors with their feeds,
  and the site-wide feeds and sitemaps;
- a site setting: the home page, the top-level pages (sections) and the site-wide URLs;
- an image, author, song…: the same, plus the object's own page and every live page that
  references it (Wagtail's reference index).

URLs outside the set (page 3 of a listing, another story's sidebar) refresh when their
shared-cache lifetime ends: nginx's micro-cache keeps a page a few seconds, a CDN keeps it
for `s-maxage`. Purges are sent, in one batch per change, once the transaction commits.
"""

import http.client
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils.encoding import iri_to_uri

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, ReferenceIndex, Site

logger = logging.getLogger(__name__)

# Routes of a page's feeds, as mounted by newsstand.distribution (a page path + these).
PAGE_FEED_SUFFIXES = ("feed/", "feed/atom/")
MAX_REFERENCING_PAGES = 500


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


# URL sets


def _reverse(name: str, **kwargs) -> str | None:
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:  # the app that provides it isn't installed
        return None


def _root_url_of(page: Page) -> str | None:
    parts = page.get_url_parts()
    return parts[1] if parts else None


def own_urls(page: Page, *, feeds: bool = False) -> set[str]:
    """The page's full URL, its cached paths and argument-free routes (and its feeds)."""
    url = page.get_full_url()
    if url is None:
        return set()
    specific = page.specific_deferred
    paths = set(specific.get_cached_paths())
    if isinstance(specific, RoutablePageMixin):
        for pattern in specific.get_subpage_urls():
            if pattern.name and not pattern.pattern.regex.groups:
                paths.add(specific.reverse_subpage(pattern.name))
    if feeds:
        paths.update(PAGE_FEED_SUFFIXES)
    return {url + iri_to_uri(path.lstrip("/")) for path in paths}


def site_paths() -> list[str]:
    return list(getattr(settings, "FRONTEND_CACHE_SITE_PATHS", []))


def site_urls(root_url: str) -> set[str]:
    return {root_url + path for path in site_paths()}


def site_wide_urls() -> set[str]:
    """For every site: home, its top-level pages (sections) with feeds, feeds and sitemaps."""
    urls = set()
    for site in Site.objects.select_related("root_page"):
        urls |= own_urls(site.root_page, feeds=True)
        for section in site.root_page.get_children().live():
            urls |= own_urls(section, feeds=True)
        urls |= site_urls(site.root_url)
    return urls


def _tag_and_author_paths(page: Page) -> set[str]:
    paths = set()
    tags = getattr(page, "tags", None)
    if tags is not None:
        for slug in tags.values_list("slug", flat=True):
            paths.update(_reverse(name, slug=slug) for name in ("tag", "tag-feed", "tag-feed-atom"))
    credits = getattr(page, "page_authors", None)
    if credits is not None:
        for slug in credits.values_list("author__slug", flat=True):
            paths.update(
                _reverse(name, slug=slug) for name in ("author", "author-feed", "author-feed-atom")
            )
    return {iri_to_uri(path) for path in paths if path}


def _old_url(url_path: str) -> str | None:
    """The public URL a page had at `url_path` (its tree path before a move)."""
    for site_root in Site.get_site_root_paths():
        if url_path.startswith(site_root.root_path):
            return site_root.root_url + iri_to_uri(url_path[len(site_root.root_path) - 1 :])
    return None


def page_urls(
    page: Page, *, old_url_path: str | None = None, old_parent: Page | None = None
) -> set[str]:
    """Every URL that could show `page`: see the module docstring."""
    page = page.specific_deferred
    urls = own_urls(page)
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    if old_parent is not None:
        ancestors += list(old_parent.get_ancestors(inclusive=True).filter(depth__gt=1))
    for ancestor in ancestors:
        urls |= own_urls(ancestor, feeds=True)
    if old_url_path and (old := _old_url(old_url_path)):
        urls.add(old)
    root_url = _root_url_of(page)
    if root_url:
        urls |= {root_url + path for path in _tag_and_author_paths(page)}
        urls |= site_urls(root_url)
    return urls


def object_urls(instance) -> set[str]:
    """Every URL that could show a non-page object (image, author, song…)."""
    urls = site_wide_urls()
    get_absolute_url = getattr(instance, "get_absolute_url", None)
    if get_absolute_url is not None:
        path = iri_to_uri(get_absolute_url())
        urls |= {site.root_url + path for site in Site.objects.all()}
    if instance.pk is not None and ReferenceIndex.is_indexed(type(instance)):
        page_ids = (
            ReferenceIndex.get_references_to(instance)
            .filter(base_content_type=ReferenceIndex._get_base_content_type(Page))
            .values_list("object_id", flat=True)
        )
        pages = Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids])
        for page in pages[:MAX_REFERENCING_PAGES]:
            urls |= own_urls(page)
    return urls


# Sending purges: after the transaction commits, so a reader can't re-cache the old version


def purge(urls: Iterable[str]) -> None:
    """Purge `urls` from every configured frontend cache once the transaction commits."""
    urls = set(urls)
    if enabled() and urls:
        transaction.on_commit(PurgeBatch(urls).purge)


def purge_page(page: Page, **kwargs) -> None:
    if enabled():
        purge(page_urls(page, **kwargs))


def purge_object(instance) -> None:
    if enabled():
        purge(object_urls(instance))


def purge_site() -> None:
    if enabled():
        purge(site_wide_urls())


# The nginx backend


class NginxBackend(HTTPBackend):
    """PURGE requests to the purge server of deploy/nginx/newsstand.conf.

    nginx keys its cache on the URL plus the variant it served (gzip or not, `Save-Data`
    or not), and the purge module removes exact keys only, so each URL is purged once
    per variant, over one kept-alive connection. Failures are logged, never raised:
    publishing must not fail because the proxy is down.
    """

    VARIANTS = (
        {},
        {"Accept-Encoding": "gzip"},
        {"Save-Data": "on"},
        {"Accept-Encoding": "gzip", "Save-Data": "on"},
    )

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def purge(self, url) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        connection_class = (
            http.client.HTTPSConnection
            if self.cache_scheme == "https"
            else http.client.HTTPConnection
        )
        connection = connection_class(self.cache_netloc, timeout=self.timeout)
        try:
            for url in urls:
                self._purge_variants(connection, url)
        except (OSError, http.client.HTTPException) as error:
            logger.error("Couldn't purge from nginx at %s: %s", self.cache_netloc, error)
        finally:
            connection.close()

    def _purge_variants(self, connection, url: str) -> None:
        parts = urlsplit(url)
        target = iri_to_uri(parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        for variant in self.VARIANTS:
            headers = {
                "Host": parts.netloc,
                "User-Agent": f"Wagtail-frontendcache/{wagtail_version}",
            }
            connection.request("PURGE", target, headers={**headers, **variant})
            response = connection.getresponse()
            response.read()
            if response.status not in (200, 404):  # 404: that variant wasn't cached
                logger.error("Couldn't purge %s from nginx: HTTP %s", url, response.status)
