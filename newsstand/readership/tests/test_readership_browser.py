"""Readers in a real browser are counted, and the story they read rises in "Most read"."""

import io
from datetime import timedelta

import pytest

from django.core.management import call_command

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core.browser import ARTIFACTS, PHONE
from newsstand.readership.models import HourlyViews

from .readers import reader

pytestmark = pytest.mark.browser


@pytest.fixture
def stories(live_home):
    news = SectionPageFactory(parent=live_home, title="News")
    old = ArticlePageFactory(parent=news, title="Why the old bridge closed", age=timedelta(days=60))
    fresh = [
        ArticlePageFactory(parent=news, title=f"Fresh story {n}", age=timedelta(hours=n))
        for n in range(1, 4)
    ]
    return old, fresh


def read(browser, url: str, n: int, javascript: bool = True) -> None:
    """One reader in a fresh browser context: no shared state with any other."""
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, user_agent=reader(n), java_script_enabled=javascript
    )
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    with page.expect_response(lambda response: "/_views/" in response.url) as counted:
        page.goto(url)
    assert counted.value.status == 204
    assert errors == []  # no CSP refusal of the counter's script
    context.close()


def test_an_old_story_read_by_several_readers_rises_into_most_read(browser, live_server, stories):
    old, fresh = stories
    for n in range(3):
        read(browser, live_server.url + old.url, n)
    read(browser, live_server.url + old.url, 3, javascript=False)  # counted by the image
    read(browser, live_server.url + old.url, 0)  # the first reader again: not counted twice
    read(browser, live_server.url + fresh[0].url, 4)

    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert {(row.source, row.views) for row in HourlyViews.objects.filter(page=old)} == {
        ("direct", 3),
        ("unknown", 1),
    }

    context = browser.new_context(viewport=PHONE, is_mobile=True, user_agent=reader(9))
    page = context.new_page()
    page.goto(live_server.url + "/")
    most_read = page.locator("section.most-read", has_text="Most read today")
    most_read.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "most-read-phone.png", full_page=True)
    titles = most_read.locator("li .card-title").all_inner_texts()
    assert titles == ["Why the old bridge closed", "Fresh story 1"]
    # The reader follows it, on the keyboard.
    most_read.get_by_role("link", name="Why the old bridge closed").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{old.url}")
    context.close()
