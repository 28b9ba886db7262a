"""Old WordPress URLs, and the redirects that keep them working.

Query-string forms such as `/?p=123` are answered by core's redirect hook
(`newsstand.core.query_redirects`), so they keep working once this app is removed.
"""

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.db.models import Q

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from .wxr import ItemRecord

MAX_PATH = 255


def post_paths(item: ItemRecord, *, blog_path: str) -> list[str]:
    """Every common permalink a post or page could have had, plus its own <link>."""
    slug = item.post_name
    paths = [_own_path(item.link)]
    if item.post_type == "page":
        # WordPress answers `?p=` for any post type, pages too.
        paths += [f"{blog_path}/?page_id={item.wp_id}", f"{blog_path}/?p={item.wp_id}"]
        if slug:
            paths.append(f"{blog_path}/{slug}/")
        return _clean(paths)
    paths += [f"{blog_path}/?p={item.wp_id}", f"{blog_path}/archives/{item.wp_id}/"]
    if slug:
        date = item.post_date[:10]
        if date[:4].isdigit() and date[:4] != "0000":
            year, month, day = date.split("-")
            paths += [
                f"{blog_path}/{year}/{month}/{day}/{slug}/",
                f"{blog_path}/{year}/{month}/{slug}/",
            ]
        paths.append(f"{blog_path}/{slug}/")
    return _clean(paths)


def attachment_paths(*, wp_id: int, link: str, blog_path: str) -> list[str]:
    """The attachment page's forms."""
    return _clean([f"{blog_path}/?attachment_id={wp_id}", _own_path(link)])


def file_paths(url: str) -> list[str]:
    """The uploaded file's own URL path (under wp-content/uploads)."""
    return _clean([urlsplit(url.strip()).path])


def category_paths(slugs: list[str], *, term_id: str, blog_path: str) -> list[str]:
    """`slugs` runs from the top-level category down to this one."""
    paths = [f"{blog_path}/category/{'/'.join(slugs)}/", f"{blog_path}/category/{slugs[-1]}/"]
    if term_id:
        paths.append(f"{blog_path}/?cat={term_id}")
    return _clean(paths)


def tag_paths(slug: str, *, blog_path: str) -> list[str]:
    return _clean([f"{blog_path}/tag/{slug}/", f"{blog_path}/?tag={slug}"])


def author_paths(nicename: str, *, wp_id: str, blog_path: str) -> list[str]:
    paths = [f"{blog_path}/author/{nicename}/"]
    if wp_id:
        paths.append(f"{blog_path}/?author={wp_id}")
    return _clean(paths)


def _own_path(url: str) -> str:
    """The URL's path and query. Repeated slashes (`https://old.example//2019/…`, a
    template's slip) are merged, as readers' requests for it are (core's middleware)."""
    parts = urlsplit(url.strip())
    if not parts.path and not parts.query:
        return ""
    path = re.sub("/{2,}", "/", parts.path)
    return path + (f"?{parts.query}" if parts.query else "")


def _clean(paths: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for path in paths:
        if not path:
            continue
        normal = Redirect.normalise_path(path)
        if normal != "/" and len(normal) <= MAX_PATH and normal not in seen:
            seen.append(normal)
    return seen


class RedirectWriter:
    """Collects the redirects of one import item and writes the new ones in one go.

    A path that already redirects somewhere is left alone, so re-runs and editors'
    own redirects are never overwritten.
    """

    BATCH = 500

    def __init__(self, site: Site) -> None:
        self.site = site
        self.root_url_path = site.root_page.url_path
        self.created = 0
        self._pending: dict[str, Redirect] = {}

    def to_page(self, paths: list[str], page: Page, *, route: str = "") -> None:
        own = ""
        if not route and page.url_path.startswith(self.root_url_path):
            own = Redirect.normalise_path(page.url_path[len(self.root_url_path) - 1 :])
        route = Redirect.normalise_page_route_path(route)
        for path in paths:
            if path != own:
                self._pending.setdefault(
                    path,
                    self._redirect(path, redirect_page_id=page.pk, redirect_page_route_path=route),
                )

    def to_url(self, paths: list[str], url: str) -> None:
        own = Redirect.normalise_path(url)
        for path in paths:
            if path != own:
                self._pending.setdefault(path, self._redirect(path, redirect_link=url))

    def _redirect(self, path: str, **target) -> Redirect:
        return Redirect(old_path=path, site=self.site, is_permanent=True, **target)

    def flush(self) -> None:
        """Write what was collected (call inside the item's transaction)."""
        paths = list(self._pending)
        for start in range(0, len(paths), self.BATCH):
            batch = paths[start : start + self.BATCH]
            existing = set(
                Redirect.objects.filter(
                    Q(site=self.site) | Q(site=None), old_path__in=batch
                ).values_list("old_path", flat=True)
            )
            new = [self._pending[path] for path in batch if path not in existing]
            Redirect.objects.bulk_create(new)
            self.created += len(new)
        self._pending.clear()

    def discard(self) -> None:
        self._pending.clear()
