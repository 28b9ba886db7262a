"""The one entry point for "content changed": what readers could see is different now.

`content_changed` makes the app's page cache stale (`pagecache.invalidate`) and queues the
purge of every URL that could show the change from the caches in front of the app
(`frontend_cache`, sent once the transaction commits). Signal handlers, services and
commands report changes here rather than pairing the two by hand.
"""

from collections.abc import Callable, Iterable

from django.db.models import Model

from wagtail.models import Page

from . import frontend_cache, pagecache, posts


def content_changed(
    *,
    pages: Iterable[Page] = (),
    objects: Iterable[Model] = (),
    site_wide: bool = False,
    old_url_path: str | None = None,
    old_parent: Page | None = None,
) -> None:
    """Report a change readers could see.

    - `pages`: pages published, unpublished, retitled, moved or about to be deleted;
    - `objects`: non-page objects shown on pages (images, authors, songs…);
    - `site_wide`: something every page may show (a site setting, a bulk import);
    - `old_url_path`, `old_parent`: where the page (then the only one in `pages`) was
      before a move or a new slug; its and its descendants' old URLs are purged too.
    """
    pagecache.invalidate()
    if not frontend_cache.enabled():
        return
    urls = set()
    pages = list(pages)
    if pages:
        urls |= frontend_cache.page_urls(pages, old_url_path=old_url_path, old_parent=old_parent)
    for instance in objects:
        urls |= frontend_cache.object_urls(instance)
    if site_wide:
        urls |= frontend_cache.site_wide_urls()
    frontend_cache.purge(urls)


def pages_rewritten(pages: Iterable[Page]) -> None:
    """Pages whose rows were changed by a queryset update (no save, so no signals): record
    their post cards again and report the change."""
    pages = list(pages)
    if pages:
        posts.record(pages)
        content_changed(pages=pages)


def retitle_children(parent: Page, title_for: Callable[[Page], str]) -> list[Page]:
    """Give each child of `parent` the title `title_for(child)` (`child` is specific).

    The children whose title changes are updated in place (live and draft title, without a
    new revision), re-recorded as posts and reported changed. Returns them.
    """
    retitled = []
    for child in parent.get_children().specific():
        title = title_for(child)
        if child.title != title:
            Page.objects.filter(pk=child.pk).update(title=title, draft_title=title)
            child.title = child.draft_title = title
            retitled.append(child)
    pages_rewritten(retitled)
    return retitled
