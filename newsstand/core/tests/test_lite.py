"""Lite mode: images below the lead load on tap, and the page cache keeps the modes apart."""

import pytest
from bs4 import BeautifulSoup

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.browser import PHONE
from newsstand.images.factories import ImageFactory

SAVE_DATA = {"Save-Data": "on"}


@pytest.fixture
def illustrated(section):
    lead = ImageFactory(description="Crowd at the stadium gate", file__width=960, file__height=540)
    inline = ImageFactory(description="Ticket queue at dawn", file__width=960, file__height=540)
    return ArticlePageFactory(
        parent=section,
        title="Derby tickets sell out",
        featured_image=lead,
        body=[
            ("paragraph", "<p>Queues formed before sunrise.</p>"),
            ("image", {"image": inline, "caption": "The queue"}),
        ],
    )


def pictures(response):
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.find("main")
    return main.select("picture"), main.select("details.tap-image picture")


def test_full_mode_shows_every_image(client, illustrated):
    every, behind_tap = pictures(client.get(illustrated.url))
    assert len(every) == 2 and behind_tap == []


@pytest.mark.parametrize("how", ["header", "cookie"])
def test_lite_mode_puts_images_below_the_lead_behind_a_tap(client, illustrated, how):
    if how == "cookie":
        client.cookies["lite"] = "1"
    response = client.get(illustrated.url, headers=SAVE_DATA if how == "header" else {})
    every, behind_tap = pictures(response)
    assert len(every) == 2 and len(behind_tap) == 1
    lead, inline = every
    assert lead.find("img")["fetchpriority"] == "high"
    assert inline.find("img")["loading"] == "lazy"  # not fetched while the <details> is closed
    summary = BeautifulSoup(response.content, "html.parser").select_one("details.tap-image summary")
    assert summary.get_text() == "Show image: Ticket queue at dawn"


def test_page_cache_keeps_lite_and_full_copies_apart(client, illustrated, settings):
    settings.PAGE_CACHE_SECONDS = 300
    full = client.get(illustrated.url)
    lite = client.get(illustrated.url, headers=SAVE_DATA)
    assert "Save-Data" in full["Vary"] and "Save-Data" in lite["Vary"]
    assert b"tap-image" not in full.content and b"tap-image" in lite.content
    # Each copy is now cached; each reader still gets their own.
    assert b"tap-image" not in client.get(illustrated.url).content
    assert b"tap-image" in client.get(illustrated.url, headers=SAVE_DATA).content
    assert lite["Cache-Control"].startswith("public")


def test_the_cookie_copy_is_never_stored_by_shared_caches(client, illustrated, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(illustrated.url)  # the full copy is cached
    client.cookies["lite"] = "1"
    response = client.get(illustrated.url)
    assert b"tap-image" in response.content
    assert response["Cache-Control"].startswith("private")
    assert b"tap-image" in client.get(illustrated.url).content  # and served from our cache


def test_toggle_sets_and_clears_the_cookie_and_stays_on_site(client, article):
    on = client.get("/lite/", {"mode": "on", "next": article.url})
    assert on.status_code == 302 and on["Location"] == article.url
    assert on.cookies["lite"].value == "1" and on.cookies["lite"]["httponly"]
    assert "no-cache" in on["Cache-Control"]
    page = client.get(article.url).content.decode()
    assert "Turn off lite mode" in page
    off = client.get("/lite/", {"mode": "off", "next": article.url})
    assert off.cookies["lite"].value == ""
    assert "Turn off lite mode" not in client.get(article.url).content.decode()


@pytest.mark.parametrize(
    "params, status, location",
    [
        ({"mode": "on", "next": "https://evil.example/"}, 302, "/"),
        ({"mode": "on", "next": "//evil.example/x"}, 302, "/"),
        ({"mode": "on"}, 302, "/"),
        ({"mode": "maybe"}, 400, None),
        ({}, 400, None),
    ],
)
def test_toggle_refuses_bad_input(client, db, params, status, location):
    response = client.get("/lite/", params)
    assert response.status_code == status
    if location:
        assert response["Location"] == location


def test_footer_explains_lite_mode_chosen_by_the_browser(client, article):
    page = client.get(article.url, headers=SAVE_DATA).content.decode()
    assert "your browser asked to save data" in page


@pytest.mark.browser
def test_a_reader_on_lite_mode_loads_the_inline_image_only_on_tap(browser, live_server, live_home):
    from newsstand.articles.factories import SectionPageFactory

    section = SectionPageFactory(parent=live_home, title="Sport")
    inline = ImageFactory(description="Ticket queue at dawn", file__width=960, file__height=540)
    story = ArticlePageFactory(
        parent=section,
        title="Derby tickets sell out",
        body=[
            ("paragraph", "<p>Queues formed before sunrise.</p>"),
            ("image", {"image": inline, "caption": "The queue"}),
        ],
    )
    context = browser.new_context(viewport=PHONE, is_mobile=True, extra_http_headers=SAVE_DATA)
    page = context.new_page()
    images = []
    page.on("request", lambda request: request.resource_type == "image" and images.append(request))
    page.goto(live_server.url + story.url)
    page.wait_for_load_state("networkidle")
    assert images == []
    page.keyboard.press("Tab")  # the summary is reachable by keyboard too
    # Playwright reports requests asynchronously: wait for the image's before counting.
    with page.expect_request(lambda request: request.resource_type == "image"):
        page.get_by_text("Show image: Ticket queue at dawn").click()
    page.wait_for_load_state("networkidle")
    page.locator("details.tap-image img").wait_for(state="visible")
    assert len(images) == 1
    context.close()
