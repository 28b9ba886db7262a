"""The admin's "Import from a web page": for editors who may add articles."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from newsstand.articles.factories import SectionPageFactory
from newsstand.articles.models import ArticlePage
from newsstand.core.testing import user_in

from .conftest import PAGES

URL = reverse("imports_article")


@pytest.fixture
def news(home):
    return SectionPageFactory(parent=home, title="News", slug="news")


@pytest.fixture
def editor(db):
    return user_in("Editors", "edna")


def test_form_is_shown_with_the_sections(client, news, editor):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Import from a web page" in content
    assert f'<option value="{news.pk}"' in content


def test_pasted_html_becomes_a_draft_and_opens_in_the_editor(client, news, editor):
    client.force_login(editor)
    html = (PAGES / "news-article.html").read_text()
    response = client.post(URL, {"html": html, "url": "", "section": news.pk}, follow=True)
    page = ArticlePage.objects.get()
    assert response.redirect_chain[0][0] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live
    assert page.owner == editor
    assert page.source_outlet == "Lagos Daily Ledger"
    messages = [str(message) for message in response.context["messages"]]
    assert any("imported as a draft" in message for message in messages)


@pytest.mark.parametrize(
    ("ticked", "said"),
    [(False, "a saved page is imported without going online"), (True, "a loopback address")],
)
def test_pasted_html_fetches_its_lead_image_only_when_asked(
    client, news, editor, local_server, ticked, said
):
    client.force_login(editor)
    html = (
        (PAGES / "kulu-market.html").read_text().replace("LEAD_IMAGE", local_server.url + "/x.png")
    )
    data = {"html": html, "url": "", "section": news.pk}
    if ticked:
        data["fetch_image"] = "on"
    response = client.post(URL, data, follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert any(said in message for message in messages)
    assert local_server.requests == []  # refused by the guard, or never asked


def test_refused_url_is_shown_on_the_form(client, news, editor):
    client.force_login(editor)
    response = client.post(URL, {"url": "http://169.254.169.254/latest/", "section": news.pk})
    assert response.status_code == 200
    assert "cloud metadata" in response.content.decode()
    assert not ArticlePage.objects.exists()


def test_url_or_html_is_required(client, news, editor):
    client.force_login(editor)
    response = client.post(URL, {"section": news.pk})
    assert "paste its HTML" in response.content.decode()


def test_contributors_may_import_drafts_too(client, news):
    client.force_login(user_in("Contributors", "connie"))
    assert client.get(URL).status_code == 200


def test_users_without_add_permission_are_refused(client, news):
    user = get_user_model().objects.create_user("viewer", password="pass-word-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    refused = client.get(URL, follow=True)
    assert refused.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert any("permission" in str(m) for m in refused.context["messages"])
    html = (PAGES / "news-article.html").read_text()
    assert client.post(URL, {"html": html, "section": news.pk}).status_code == 302
    assert not ArticlePage.objects.exists()
    assert "Import from a web page" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_menu_item_for_editors(client, news, editor):
    client.force_login(editor)
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_users_go_to_the_login(client, news):
    assert client.get(URL).status_code == 302
