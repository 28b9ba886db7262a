"""What each kind of page takes from a prepared WordPress post (inside the item's transaction)."""

import json

from wagtail.models import Page

from newsstand.articles.models import ArticlePage
from newsstand.info.models import InfoPage
from newsstand.people.models import PageAuthor
from newsstand.series.models import SeriesPage

from .preparing import Prepared


def common(page: Page, prepared: Prepared) -> None:
    page.title = page.draft_title = prepared.title
    page.live = prepared.live
    page.has_unpublished_changes = not prepared.live
    page.first_published_at = prepared.first_published_at
    page.last_published_at = prepared.last_published_at
    page.latest_revision_created_at = prepared.last_published_at
    page.search_description = prepared.search_description


def article(page: ArticlePage, prepared: Prepared) -> None:
    page.standfirst = prepared.standfirst
    page.body = json.dumps(prepared.body)
    page.featured_image_id = prepared.featured_image_id
    page.featured_image_caption = prepared.featured_image_caption


def info_page(page: InfoPage, prepared: Prepared) -> None:
    """A plain page: public ones are linked in the footer; the featured image is for sharing."""
    page.standfirst = prepared.standfirst
    page.body = json.dumps(prepared.body)
    page.social_image_id = prepared.featured_image_id
    page.show_in_menus = prepared.live or prepared.go_live_at is not None


def schedule(page: Page, prepared: Prepared) -> None:
    """A post scheduled on WordPress: a revision the scheduler publishes at its time."""
    if prepared.go_live_at is None or page.live:
        return
    page.go_live_at = prepared.go_live_at
    page.save(update_fields=["go_live_at"], clean=False, log_action=None)
    page.save_revision(approved_go_live_at=prepared.go_live_at, clean=False, log_action=True)


def credit(page: Page, prepared: Prepared) -> None:
    """Credit the post's author on a page just created."""
    if prepared.author is not None:
        PageAuthor.objects.bulk_create([PageAuthor(page=page, author=prepared.author)])


def credit_series(series: SeriesPage, prepared: Prepared) -> None:
    """An episode's author and picture serve its series too, when it has none."""
    if prepared.author is not None:
        PageAuthor.objects.get_or_create(page_id=series.pk, author=prepared.author)
    if prepared.featured_image_id:
        SeriesPage.objects.filter(pk=series.pk, cover_image=None).update(
            cover_image_id=prepared.featured_image_id
        )
