"""Every page type at 360×800 and 1280×900 in Chromium: screenshots, no sideways scroll,
a menu that reaches every section without JavaScript, and no story twice on the home page."""

from collections import Counter
from urllib.parse import urlsplit

import pytest

from wagtail.models import Page

from newsstand.core.browser import ARTIFACTS, DESKTOP, PHONE
from newsstand.core.tests.every_page_type import ACCENT, build

pytestmark = pytest.mark.browser

PAGE_TYPES = (
    "home",
    "section",
    "article",
    "episode",
    "complete-edition",
    "music-post",
    "lyrics",
    "chart-week",
    "search",
)
SCREENSHOTS = ARTIFACTS / "layout"


@pytest.fixture
def pages(live_home):
    return build(live_home)


def open_page(browser, viewport, **options):
    context = browser.new_context(viewport=viewport, is_mobile=viewport is PHONE, **options)
    return context, context.new_page()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360x800", "1280x900"])
def test_every_page_type_fits_the_screen(browser, live_server, pages, viewport):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context, page = open_page(browser, viewport)
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    size = f"{viewport['width']}x{viewport['height']}"
    for name in PAGE_TYPES:
        response = page.goto(live_server.url + pages[name])
        assert response.status == 200, name
        page.screenshot(path=SCREENSHOTS / f"{name}-{size}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name} scrolls sideways at {size}: {width} px"
        # The accent colour from site settings survives the strict CSP.
        accent = page.evaluate(
            "getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"
        )
        assert accent == ACCENT, name
        # `sizes` is honest: no picture is drawn wider than the file the browser chose.
        upscaled = page.evaluate(
            """[...document.images].filter(img => img.complete && img.naturalWidth
                && img.naturalWidth < img.getBoundingClientRect().width - 1)
              .map(img => `${img.currentSrc} ${img.naturalWidth}px drawn at
                 ${img.getBoundingClientRect().width}px`)"""
        )
        assert upscaled == [], name
    assert hosts == {urlsplit(live_server.url).netloc}, "a request left the site"
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360x800", "1280x900"])
def test_the_lead_headline_is_on_the_first_screen(browser, live_server, pages, viewport):
    context, page = open_page(browser, viewport)
    page.goto(live_server.url + "/")
    headline = page.locator(".front-lead .card-title").bounding_box()
    assert headline["y"] + headline["height"] <= viewport["height"]
    context.close()


def test_a_broken_logo_keeps_the_phone_header_in_the_screen(browser, live_server, pages):
    context, page = open_page(browser, PHONE)
    page.route("**/media/**", lambda route: route.abort())
    page.goto(live_server.url + pages["article"])
    header = page.locator(".site-header").bounding_box()
    assert header["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


def menu_titles() -> list[str]:
    home = Page.objects.get(depth=2)
    return [page.title for page in home.get_children().live().in_menu().order_by("path")]


def test_the_phone_menu_reaches_every_section_without_javascript(browser, live_server, pages):
    context, page = open_page(browser, PHONE, java_script_enabled=False)
    page.goto(live_server.url + pages["article"])
    titles = menu_titles()
    assert len(titles) >= 4  # a section, the Stories, the music section and the chart
    menu = page.locator(".main-nav")
    assert not menu.get_by_role("link", name=titles[0], exact=True).is_visible()
    # From the keyboard: Tab to the menu button, with a visible focus ring, and open it.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    assert page.evaluate("document.activeElement.textContent.trim()").endswith("Menu")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Enter")
    for title in titles:
        link = menu.get_by_role("link", name=title, exact=True)
        assert link.is_visible(), title
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], title
    menu.get_by_role("link", name=titles[-1], exact=True).click()
    assert page.locator("h1").first.inner_text()
    assert urlsplit(page.url).path != pages["article"]
    context.close()


def test_the_desktop_menu_shows_every_section_without_a_click(browser, live_server, pages):
    context, page = open_page(browser, DESKTOP, java_script_enabled=False)
    page.goto(live_server.url + "/")
    assert not page.locator(".menu > summary").is_visible()
    for title in menu_titles():
        assert page.locator(".main-nav").get_by_role("link", name=title, exact=True).is_visible()
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360x800", "1280x900"])
def test_no_story_is_a_card_twice_on_the_home_page(browser, live_server, pages, viewport):
    context, page = open_page(browser, viewport)
    page.goto(live_server.url + "/")
    links = page.locator(".card-title a").evaluate_all("links => links.map(a => a.pathname)")
    assert len(links) >= 5
    assert [link for link, times in Counter(links).items() if times > 1] == []
    context.close()
