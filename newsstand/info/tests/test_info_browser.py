"""A reader on a phone finds About and Privacy in the footer, and reads them."""

import re
from urllib.parse import urlsplit

import pytest

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core.browser import ARTIFACTS, DESKTOP, PHONE
from newsstand.info.factories import InfoPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def pages(live_home):
    news = SectionPageFactory(parent=live_home, title="News")
    ArticlePageFactory(parent=news, title="Market day")  # a section shows once it has posts
    InfoPageFactory(parent=live_home)
    InfoPageFactory(
        parent=live_home,
        title="Privacy",
        slug="privacy",
        standfirst="What we collect, and what we don't.",
        body=[
            ("heading", {"text": "Cookies", "level": "h2"}),
            ("paragraph", "<p>We set no tracking cookies.</p>"),
        ],
    )


@pytest.mark.parametrize(("viewport", "name"), [(PHONE, "phone"), (DESKTOP, "desktop")])
def test_reader_follows_footer_links_to_standing_pages(browser, live_server, pages, viewport, name):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=viewport, is_mobile=viewport is PHONE)
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))

    page.goto(live_server.url + "/")
    footer = page.get_by_role("navigation", name="About this site")
    assert footer.get_by_role("link").all_inner_texts() == ["About us", "Privacy"]
    nav = page.get_by_role("navigation", name="Sections")
    if viewport is PHONE:  # the sections are behind the menu button
        nav.get_by_text("Menu").click()
    assert nav.get_by_role("link").all_inner_texts() == ["News"]

    footer.get_by_role("link", name="Privacy").click()
    page.wait_for_url(re.compile(r"/privacy/$"))
    assert page.locator("h1").inner_text() == "Privacy"
    assert page.get_by_role("heading", name="Cookies").is_visible()
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    page.screenshot(path=ARTIFACTS / f"info-page-{name}.png", full_page=True)

    page.get_by_role("navigation", name="About this site").get_by_role(
        "link", name="About us"
    ).click()
    page.wait_for_url(re.compile(r"/about/$"))
    assert "covered the city since 2015" in page.locator("main").inner_text()
    assert hosts == {urlsplit(live_server.url).netloc}, "no third-party requests"
    context.close()
