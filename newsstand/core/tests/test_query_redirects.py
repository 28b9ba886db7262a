"""Old links with a query string (`/?p=123`) redirect, though their path is a live page."""

import pytest

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from newsstand.articles.factories import ArticlePageFactory


@pytest.fixture
def story(section):
    story = ArticlePageFactory(parent=section, title="Ferry returns", slug="ferry-returns")
    Redirect.add_redirect("/?p=101", story)
    return story


@pytest.mark.parametrize(
    "old",
    [
        "/?p=101",
        "/?p=101&utm_source=whatsapp",  # tracking parameters added when shared
        "/?utm_medium=social&p=101&fbclid=x",
    ],
)
def test_query_string_link_to_the_home_page_redirects(client, story, old):
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, "/news/ferry-returns/")


def test_any_query_string_redirect_is_served_on_any_page(client, section, story):
    Redirect.objects.create(old_path="/news?edition=print", redirect_link="/print/")
    temporary = Redirect.objects.create(
        old_path="/news?page_id=7", redirect_page=story, is_permanent=False
    )
    assert client.get("/news/?edition=print")["Location"] == "/print/"
    response = client.get("/news/?page_id=7")
    assert (response.status_code, response["Location"]) == (302, story.url)
    temporary.delete()
    assert client.get("/news/?page_id=7").status_code == 200


def test_the_url_as_asked_wins_and_this_sites_row_over_any_sites(client, story):
    Redirect.objects.create(old_path="/?p=101&ref=app", redirect_link="/app-landing/")
    assert client.get("/?ref=app&p=101")["Location"] == "/app-landing/"
    Redirect.objects.create(
        old_path="/?p=202", redirect_link="/site-specific/", site=Site.objects.get()
    )
    Redirect.objects.create(old_path="/?p=202", redirect_link="/any-site/")
    assert client.get("/?p=202")["Location"] == "/site-specific/"


@pytest.mark.parametrize(
    "url", ["/", "/?p=999", "/?page=2", "/?p=%00", "/?p=<script>", "/?" + "p=1&" * 400, "/?&&="]
)
def test_unknown_or_odd_query_strings_serve_the_page(client, story, url):
    assert client.get(url).status_code == 200


def test_a_redirect_to_a_deleted_page_serves_the_page(client, story):
    story.delete()
    assert client.get("/?p=101").status_code == 200
