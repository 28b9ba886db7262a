"""The editorial roles as the admin enforces them: who may write, edit, submit, delete,
publish and make sections. Every cell is a real request through the Wagtail admin."""

import pytest

from wagtail.models import Page

from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.articles.tests.test_admin import add_url, article_form
from newsstand.core.testing import user_in


@pytest.fixture
def chidi(client, section):
    """A contributor with a draft of their own."""
    client.force_login(user_in("Contributors", "chidi"))
    client.post(add_url(section), article_form())  # saved as a draft
    return ArticlePage.objects.get(slug="rain-delays-eko-derby")


def other_contributor(client):
    client.force_login(user_in("Contributors", "bisi"))
    return client


def test_a_contributor_edits_and_submits_their_own_draft(client, chidi):
    assert chidi.owner.username == "chidi" and not chidi.live
    response = client.get(f"/admin/pages/{chidi.pk}/edit/")
    assert response.status_code == 200
    client.post(
        f"/admin/pages/{chidi.pk}/edit/",
        article_form(title="Rain delays Eko derby again", **{"action-submit": "submit"}),
    )
    chidi.refresh_from_db()
    assert chidi.draft_title == "Rain delays Eko derby again" and not chidi.live
    assert chidi.current_workflow_state.status == "in_progress"  # with the editors now


def test_a_contributor_may_delete_their_own_draft(client, chidi):
    client.post(f"/admin/pages/{chidi.pk}/delete/")
    assert not Page.objects.filter(pk=chidi.pk).exists()


def test_a_contributor_cannot_edit_or_delete_anothers_draft(client, chidi):
    other = other_contributor(client)
    assert other.get(f"/admin/pages/{chidi.pk}/edit/").status_code == 302  # refused
    other.post(f"/admin/pages/{chidi.pk}/edit/", article_form(title="Hijacked"))
    other.post(f"/admin/pages/{chidi.pk}/delete/")
    other.post(
        f"/admin/bulk/wagtailcore/page/delete/?id={chidi.pk}&next=/admin/",
        {"confirm": "yes"},
    )
    chidi.refresh_from_db()
    assert chidi.draft_title == "Rain delays Eko derby"
    assert chidi.get_latest_revision().content["title"] == "Rain delays Eko derby"


def test_a_contributor_cannot_make_a_section(client, home):
    client.force_login(user_in("Contributors", "chidi"))
    url = f"/admin/pages/add/articles/sectionpage/{home.pk}/"
    assert client.get(url).status_code == 302
    client.post(url, {"title": "Gossip", "slug": "gossip", "action-publish": "publish"})
    assert not SectionPage.objects.filter(slug="gossip").exists()


def test_an_editor_makes_sections_and_publishes_anyones_draft(client, chidi, home):
    client.force_login(user_in("Editors", "amaka"))
    client.post(
        f"/admin/pages/add/articles/sectionpage/{home.pk}/",
        {"title": "Gossip", "slug": "gossip", "action-publish": "publish"},
    )
    assert SectionPage.objects.get(slug="gossip").live
    client.post(f"/admin/pages/{chidi.pk}/edit/", article_form(**{"action-publish": "publish"}))
    chidi.refresh_from_db()
    assert chidi.live
