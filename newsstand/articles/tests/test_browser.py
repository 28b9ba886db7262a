"""A reader on a phone: home page → article, in headless Chromium."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from django.utils import timezone

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core import times
from newsstand.core.browser import ARTIFACTS, DESKTOP, PHONE
from newsstand.core.models import PublicationSettings
from newsstand.images.factories import ImageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def publication(live_home):
    settings = PublicationSettings.for_site(live_home.get_site())
    settings.name = "Eko Ledger"
    settings.facebook = "ekoledger"
    settings.x = "ekoledger"
    settings.save()
    news = SectionPageFactory(parent=live_home, title="News")
    sports = SectionPageFactory(parent=live_home, title="Sports")
    image = ImageFactory(description="Fans waving green flags", file__width=1200, file__height=675)
    lead = ArticlePageFactory(
        parent=news,
        title="Ferry service returns to the lagoon",
        featured_image=image,
        age=timedelta(minutes=30),
    )
    ArticlePageFactory(parent=sports, title="Derby ends level in the rain", age=timedelta(days=62))
    ArticlePageFactory(parent=news, title="Market prices steady this week", age=timedelta(days=3))
    return lead


def test_reader_goes_from_home_to_an_article_on_a_phone(browser, live_server, publication):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    requested_hosts = set()
    page.on("request", lambda request: requested_hosts.add(urlsplit(request.url).netloc))

    page.goto(live_server.url + "/")
    assert page.title().endswith("Eko Ledger")
    page.screenshot(path=ARTIFACTS / "home-phone.png", full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow, "the home page scrolls sideways at 360 px"

    # Keyboard: the first Tab reaches the skip link.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"

    page.get_by_role("link", name="Ferry service returns to the lagoon").first.click()
    page.wait_for_url(re.compile(r"/news/ferry-service-returns-to-the-lagoon/$"))
    assert page.locator("h1").inner_text() == "Ferry service returns to the lagoon"

    share = page.locator(".share a")
    hrefs = [share.nth(i).get_attribute("href") for i in range(share.count())]
    article_url = page.url
    assert hrefs[0].startswith("https://x.com/intent/post?url=")
    assert hrefs[1].startswith("https://www.facebook.com/sharer/sharer.php?u=")
    assert hrefs[2].startswith("https://wa.me/?text=")
    assert hrefs[3].startswith("https://t.me/share/url?url=")
    assert hrefs[4] == article_url

    stamps = page.locator(".sidebar time[data-relative]")
    assert stamps.count() == 2
    for i in range(stamps.count()):
        moment = timezone.datetime.fromisoformat(stamps.nth(i).get_attribute("datetime"))
        assert stamps.nth(i).inner_text() == times.relative(moment)
    assert "2 months ago" in page.locator(".sidebar").inner_text()
    page.screenshot(path=ARTIFACTS / "article-phone.png", full_page=True)

    assert requested_hosts == {urlsplit(live_server.url).netloc}, "no third-party requests"
    context.close()


def test_relative_times_are_corrected_on_a_page_served_stale(browser, live_server, publication):
    """A cached copy says "just now"; the reader still sees the true age."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()

    def serve_stale(route):
        response = route.fetch()
        html = re.sub(r"(data-relative>)[^<]*", r"\1just now", response.text())
        route.fulfill(response=response, body=html)

    page.route(re.compile(r".*/news/ferry-service-returns-to-the-lagoon/$"), serve_stale)
    page.goto(live_server.url + publication.url)
    sidebar = page.locator(".sidebar").inner_text()
    assert "2 months ago" in sidebar and "3 days ago" in sidebar
    page.screenshot(path=ARTIFACTS / "article-desktop.png", full_page=True)
    context.close()


def test_page_is_complete_without_javascript(browser, live_server, publication):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + publication.url)
    assert page.locator("h1").inner_text() == "Ferry service returns to the lagoon"
    assert page.locator(".share a").count() == 5
    assert "2 months ago" in page.locator(".sidebar").inner_text()
    page.goto(live_server.url + "/search/?q=ferry")
    assert "Ferry service returns to the lagoon" in page.locator("ol.results").inner_text()
    context.close()
