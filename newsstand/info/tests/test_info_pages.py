"""Standing pages (About, Contact, Privacy): what readers see, and where they are linked."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction, Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core import menus
from newsstand.info.factories import InfoPageFactory
from newsstand.info.models import InfoPage


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def about(home):
    return InfoPageFactory(parent=home)


def footer_links(client, url="/"):
    nav = soup(client.get(url)).find("nav", class_="footer-nav")
    return [(a.get_text(), a["href"]) for a in nav.find_all("a")] if nav else []


def test_page_shows_title_standfirst_and_body_without_date_or_byline(client, about):
    response = client.get("/about/")
    article = soup(response).find("article")
    assert article.h1.get_text() == "About us"
    assert article.find(class_="standfirst").get_text() == "An independent newsroom in Lagos."
    assert "covered the city since 2015" in article.find(class_="article-body").get_text()
    assert not article.find(class_="byline") and not article.find("time")
    assert response["Cache-Control"].startswith("public")


def test_draft_page_is_not_found(client, home):
    draft = InfoPageFactory(parent=home, live=False)
    assert client.get(draft.url or "/about/").status_code == 404


def test_footer_links_live_pages_in_menus_not_the_main_navigation(
    client, home, section, article, about
):
    InfoPageFactory(parent=home, title="Privacy", slug="privacy")
    InfoPageFactory(parent=home, title="Draft terms", slug="terms", live=False)
    InfoPageFactory(parent=home, title="Old promo", slug="promo", show_in_menus=False)
    members = InfoPageFactory(parent=home, title="Members", slug="members")
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    page = soup(client.get(section.url))
    footer = page.find("nav", class_="footer-nav")
    assert [(a.get_text(), a["href"]) for a in footer.find_all("a")] == [
        ("About us", "/about/"),
        ("Privacy", "/privacy/"),
    ]
    main = [a.get_text() for a in page.find("nav", class_="main-nav").find_all("a")]
    assert main == ["News"]


def test_footer_has_no_menu_without_pages(client, section):
    assert footer_links(client, section.url) == []


def test_footer_costs_one_query_then_none_until_a_publish(home, about):
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    with CaptureQueriesContext(connection) as first:
        assert [link.title for link in menus.footer_menu(site)] == ["About us"]
    with CaptureQueriesContext(connection) as second:
        menus.footer_menu(site)
    assert (len(first), len(second)) == (1, 0)
    contact = InfoPageFactory(parent=home, title="Contact", slug="contact", live=False)
    contact.save_revision().publish()
    assert [link.title for link in menus.footer_menu(site)] == ["About us", "Contact"]


def test_pages_stay_out_of_lists_and_feeds_but_are_in_the_sitemap(client, section, about):
    ArticlePageFactory(parent=section, title="Ferry service returns")
    for url in ("/", section.url):
        main = soup(client.get(url)).find("main").get_text()
        assert "Ferry service returns" in main and "About us" not in main, url
    for url in ("/feed/", "/feed.json"):
        feed = client.get(url).content.decode()
        assert "Ferry service returns" in feed and "About us" not in feed, url
    assert "http://testserver/about/" in client.get("/sitemap-pages.xml").content.decode()


def test_editors_add_pages_under_home_only_and_none_below(
    admin_client, client, home, section, about
):
    assert admin_client.get(f"/admin/pages/add/info/infopage/{home.pk}/").status_code == 200
    refused = admin_client.get(f"/admin/pages/add/info/infopage/{section.pk}/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert InfoPage.allowed_subpage_models() == []
    response = admin_client.post(
        f"/admin/pages/add/info/infopage/{home.pk}/",
        nested_form_data(
            {
                "title": "Contact",
                "slug": "contact",
                "standfirst": "How to reach the newsroom.",
                "body": streamfield([("paragraph", rich_text("<p>Call us.</p>"))]),
                "show_in_menus": "on",
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    assert InfoPage.objects.get(slug="contact").live
    assert ("Contact", "/contact/") in footer_links(client)
