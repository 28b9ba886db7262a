"""Purging the caches in front of the app (our nginx, a CDN) when content changes.

The app's own page cache goes stale site-wide on every change (`pagecache.invalidate`).
A proxy or CDN keeps each URL on its own and can only be told which URLs to drop, and
the Debian nginx purge module drops exact keys only. So for each change we build the set
of URLs that could show it and purge those, through `wagtail.contrib.frontend_cache`:

- a page published, unpublished, moved or deleted: the page (with its routes, such as a
  series' complete edition or a song's lyrics), its old URL after a move, its ancestors
  (section, series, chart, home) as listings, the other listings that show it (its tags
  and authors: see the hooks below), and the site-wide URLs;
- a page's slug changed or the page moved: also every descendant's old and new URL;
- a site setting: the home page, the top-level pages (sections) and the site-wide URLs;
- an image, author, song…: the same, plus the object's own page and every live page that
  references it (Wagtail's reference index).

Core names no other app's URLs. Apps add theirs through two Wagtail hooks:

``frontend_cache_page_paths``
    ``fn(page) -> Iterable[str]``: site-relative paths of listings outside the page tree
    that could show ``page`` (``page`` is specific, possibly deferred), e.g. the pages of
    its tags or of its credited authors. Each is purged as a listing (with its extra paths).

``frontend_cache_listing_paths``
    ``fn(path) -> Iterable[str]``: the extra site-relative paths a listing at ``path``
    (ending in "/") has, such as its feeds. Applied to ancestor pages and to the paths of
    ``frontend_cache_page_paths`` alike.

The site-wide URLs (feeds, sitemaps) are `settings.FRONTEND_CACHE_SITE_PATHS`.

URLs outside the set (page 3 of a listing, another story's sidebar) refresh when their
shared-cache lifetime ends: nginx's micro-cache keeps a page a few seconds, a CDN keeps it
for `s-maxage`. Purges are sent, in one batch per change, once the transaction commits.
Callers report changes through `newsstand.core.changes`, which also makes the app's page
cache stale.
"""

import http.client
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.encoding import iri_to_uri

from wagtail import __version__ as wagtail_version
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, ReferenceIndex, Site

logger = logging.getLogger(__name__)

PAGE_PATHS_HOOK = "frontend_cache_page_paths"
LISTING_PATHS_HOOK = "frontend_cache_listing_paths"
MAX_REFERENCING_PAGES = 500


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


# URL sets


def listing_paths(path: str) -> set[str]:
    """`path` and the extra paths the listing there has, such as its feeds."""
    paths = {path}
    for fn in hooks.get_hooks(LISTING_PATHS_HOOK):
        paths.update(fn(path))
    return {iri_to_uri(path) for path in paths}


def other_listing_paths(page: Page) -> set[str]:
    """Site-relative paths of the listings outside the tree that could show `page`."""
    paths = set()
    for fn in hooks.get_hooks(PAGE_PATHS_HOOK):
        for path in fn(page):
            paths |= listing_paths(path)
    return paths


def _own_paths(page: Page, page_path: str, *, listing: bool) -> set[str]:
    """Site-relative paths of the page at `page_path`: its cached paths, argument-free routes
    and, for a listing, its extra paths."""
    specific = page.specific_deferred
    paths = {page_path + path.lstrip("/") for path in specific.get_cached_paths()}
    if isinstance(specific, RoutablePageMixin):
        for pattern in specific.get_subpage_urls():
            if pattern.name and not pattern.pattern.regex.groups:
                paths.add(page_path + specific.reverse_subpage(pattern.name).lstrip("/"))
    paths = {iri_to_uri(path) for path in paths}
    if listing:
        paths |= listing_paths(page_path)
    return paths


def own_urls(page: Page, *, listing: bool = False) -> set[str]:
    """The page's full URL, its cached paths and argument-free routes (and, for a listing,
    its extra paths such as feeds)."""
    parts = page.get_url_parts()
    if parts is None or parts[1] is None:  # not routable
        return set()
    _site_id, root_url, page_path = parts
    return {root_url + path for path in _own_paths(page, page_path, listing=listing)}


def _site_path(url_path: str) -> tuple[str, str] | None:
    """The site root URL and site-relative path of a page at tree path `url_path`."""
    for site_root in Site.get_site_root_paths():
        if url_path.startswith(site_root.root_path):
            return site_root.root_url, url_path[len(site_root.root_path) - 1 :]
    return None


def _old_own_urls(page: Page, url_path: str, *, listing: bool = False) -> set[str]:
    """`own_urls` of `page` when it was at tree path `url_path` (before a move or a new slug)."""
    located = _site_path(url_path)
    if located is None:
        return set()
    root_url, page_path = located
    return {root_url + path for path in _own_paths(page, page_path, listing=listing)}


def _root_url_of(page: Page) -> str | None:
    parts = page.get_url_parts()
    return parts[1] if parts else None


def site_paths() -> list[str]:
    return list(getattr(settings, "FRONTEND_CACHE_SITE_PATHS", []))


def site_urls(root_url: str) -> set[str]:
    return {root_url + path for path in site_paths()}


def site_wide_urls() -> set[str]:
    """For every site: home, its top-level pages (sections) with feeds, feeds and sitemaps."""
    urls = set()
    for site in Site.objects.select_related("root_page"):
        urls |= own_urls(site.root_page, listing=True)
        for section in site.root_page.get_children().live():
            urls |= own_urls(section, listing=True)
        urls |= site_urls(site.root_url)
    return urls


def _ancestor_paths(path: str, *, inclusive: bool = False) -> set[str]:
    """Tree paths of the ancestors of the page at tree path `path`."""
    end = len(path) + (Page.steplen if inclusive else 0)
    return {path[:length] for length in range(Page.steplen, end, Page.steplen)}


def moved_urls(page: Page, *, old_url_path: str) -> set[str]:
    """The old and new URLs of `page` and of its live descendants, whose URLs all changed
    when `page` moved or took a new slug (`old_url_path` is its tree path before)."""
    urls = set()
    nodes = Page.objects.descendant_of(page, inclusive=True).filter(live=True)
    for node in [page, *nodes.exclude(pk=page.pk).specific(defer=True)]:
        listing = node.pk == page.pk or not node.is_leaf()
        urls |= own_urls(node, listing=listing)
        old_path = old_url_path + node.url_path[len(page.url_path) :]
        urls |= _old_own_urls(node, old_path, listing=listing)
    return urls


def page_urls(
    pages: Iterable[Page], *, old_url_path: str | None = None, old_parent: Page | None = None
) -> set[str]:
    """Every URL that could show any of `pages`: see the module docstring.

    `old_url_path` and `old_parent`: where the page (then the only one) was before a move
    or a new slug.
    """
    pages = [page.specific_deferred for page in pages]
    if (old_url_path or old_parent) and len(pages) != 1:
        raise ValueError("A page's old place is given for one page at a time.")
    urls = set()
    ancestors = set()
    for page in pages:
        urls |= own_urls(page)
        ancestors |= _ancestor_paths(page.path)
        root_url = _root_url_of(page)
        if root_url:
            urls |= {root_url + path for path in other_listing_paths(page)}
            urls |= site_urls(root_url)
    if old_parent is not None:
        ancestors |= _ancestor_paths(old_parent.path, inclusive=True)
    for ancestor in Page.objects.filter(path__in=ancestors, depth__gt=1):
        urls |= own_urls(ancestor, listing=True)
    if old_url_path and old_url_path != pages[0].url_path:
        urls |= moved_urls(pages[0], old_url_path=old_url_path)
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
