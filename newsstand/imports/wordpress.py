"""One run of the WordPress import, after the export has been scanned.

Order: authors, then attachments (so posts can use their images), then posts and
pages as the file streams by, then what needs every post first: complete
editions, the lead story and attachment redirects. Each item commits on its
own; an item that fails is rolled back, reported, and the run goes on.
"""

from collections.abc import Callable
from pathlib import Path

from django.db import OperationalError

from wagtail.models import Page, Site

from newsstand.core.changes import content_changed
from newsstand.core.models import HomePage
from newsstand.core.posts import deferred_recording

from .articles import Posts
from .batch import Batch, deferred_indexing
from .context import ImportContext
from .downloads import Downloads
from .export import CONTENT_TYPES, ExportIndex
from .mapping import Mapping
from .media import MediaLibrary
from .models import WordPressKind
from .pages import PageTree, Slugs
from .redirects import RedirectWriter
from .report import ImportReport
from .sanitizer import plain_text
from .wxr import ItemRecord, read_wxr

# done, total, the report so far, and what is counted ("posts", "files")
Progress = Callable[[int, int, ImportReport, str], None]

INTERNAL = "WordPress's own bookkeeping"
SKIPPED_TYPES = {
    "nav_menu_item": "menus aren't imported; sections appear in the menu by themselves",
    "revision": "earlier revisions of posts",
    "wp_block": "reusable blocks (posts that used one are listed under 'Needs a look')",
    "custom_css": INTERNAL,
    "customize_changeset": INTERNAL,
    "oembed_cache": INTERNAL,
    "user_request": INTERNAL,
    "wp_template": "theme templates",
    "wp_template_part": "theme templates",
    "wp_global_styles": "theme styles",
    "wp_navigation": "menus aren't imported; sections appear in the menu by themselves",
}


def run_import(
    *,
    export: Path,
    index: ExportIndex,
    home: HomePage,
    site: Site,
    media_dir: Path | None,
    downloads: Downloads | None,
    dry_run: bool,
    progress: Progress | None,
) -> ImportReport:
    report = ImportReport(source=index.source, dry_run=dry_run)
    mapping = Mapping(index.source)
    redirects = RedirectWriter(site)
    context = ImportContext(
        index=index,
        home=home,
        site=site,
        mapping=mapping,
        report=report,
        redirects=redirects,
        tree=PageTree(),
        slugs=Slugs(),
        batch=Batch(mapping, redirects),
        dry_run=dry_run,
    )
    # Posts' cards are written once, from the finished pages (tags, credits, series).
    with deferred_indexing(), deferred_recording():
        media = MediaLibrary(context, media_dir, downloads)
        posts = Posts(context, media=media)
        posts.import_authors()
        media.fetch_attachments(
            progress and (lambda done, total: progress(done, total, report, "files"))
        )
        for attachment in index.attachments.values():
            _guarded(
                report,
                "image",
                attachment.wp_id,
                attachment.title,
                media.import_attachment,
                attachment,
            )
        done, comments = 0, 0
        for record in read_wxr(export):
            if not isinstance(record, ItemRecord):
                continue
            comments += record.comments
            if record.post_type in CONTENT_TYPES:
                kind = "page" if record.post_type == "page" else "post"
                _guarded(report, kind, record.wp_id, record.title, posts.import_item, record)
                done += 1
                if progress is not None:
                    progress(done, index.content_items, report, "posts")
            elif record.post_type != "attachment":
                reason = SKIPPED_TYPES.get(record.post_type, "a post type with no counterpart here")
                report.skip_group(record.post_type, reason)
        for item, edition in posts.complete_editions:
            _guarded(
                report,
                "post",
                item.wp_id,
                item.title,
                posts.redirect_complete_edition,
                item,
                edition,
            )
        posts.set_lead_story()
        posts.taxonomy.redirect_categories_kept_as_tags()
        posts.redirect_music_categories()
        context.batch.flush()
        media.redirect_attachments(_parent_pages(context))
        if comments:
            report.skip_group("comment", "newsstand has no comments", comments)
        for taxonomy, n in index.other_taxonomies.items():
            report.skip_group(f"term ({taxonomy})", "a taxonomy with no counterpart here", n)
        if downloads is not None:
            report.note(
                f"Fetched {downloads.fetched} file(s) from the old site into {downloads.root}; "
                "a re-run fetches only what is still missing."
            )
        if media.reused:
            report.note(
                f"{media.reused} file(s) were already in the library and weren't copied again."
            )
        report.redirects = context.redirects.created
        if not dry_run:
            # Bulk writes send no per-page publish signals: the site's lists changed.
            content_changed(site_wide=True)
        return report


def _guarded(report: ImportReport, kind: str, wp_id: int, title: str, step, *args) -> None:
    """Run one item's import; a failure is rolled back and reported, unless the database is down."""
    try:
        step(*args)
    except OperationalError:
        raise
    except Exception as error:  # one bad item must not stop the other 9,999
        report.fail(
            kind, wp_id, plain_text(title, max_length=120), f"{type(error).__name__}: {error}"
        )


def _parent_pages(context: ImportContext) -> dict[int, Page]:
    parents = {a.parent for a in context.index.attachments.values() if a.parent}
    page_ids = {}
    for post_id in parents:
        for kind in (WordPressKind.POST, WordPressKind.PAGE):
            if (page_id := context.mapping.object_id(kind, post_id, Page)) is not None:
                page_ids[post_id] = page_id
    pages = Page.objects.in_bulk(page_ids.values())
    return {post_id: pages[pk] for post_id, pk in page_ids.items() if pk in pages}
