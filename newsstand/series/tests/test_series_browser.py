"""A reader binges a story on a phone: Episode 1 → next → next, then the complete edition."""

import re
from datetime import timedelta

import pytest

from newsstand.core.browser import ARTIFACTS, PHONE
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def live_series(live_home):
    stories = StoriesPageFactory(parent=live_home)
    series = SeriesPageFactory(parent=stories, title="Rain Over Ajegunle", status="completed")
    for number in range(1, 6):
        EpisodePageFactory(parent=series, number=number, age=timedelta(days=10 - number))
    return series


def test_reader_follows_next_links_then_opens_the_complete_edition(
    browser, live_server, live_series
):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + live_series.url)
    assert not page.locator("[data-continue-series]").is_visible()  # nothing read yet

    page.get_by_role("link", name="Start from Episode 1").click()
    page.wait_for_url(re.compile(r"/episode-01/$"))
    assert page.locator("h1").inner_text() == "Rain Over Ajegunle (Episode 01)"
    page.screenshot(path=ARTIFACTS / "episode-01-phone.png", full_page=True)

    for number in (2, 3):
        page.get_by_role("link", name=f"Next: Episode {number:02d}").click()
        page.wait_for_url(re.compile(rf"/episode-{number:02d}/$"))
        assert page.locator("h1").inner_text() == f"Rain Over Ajegunle (Episode {number:02d})"
        assert page.locator(".article-body").inner_text() == f"Text of episode {number}."
    page.screenshot(path=ARTIFACTS / "episode-03-phone.png", full_page=True)

    # Back on the series page, the reader is offered the episode they reached.
    page.goto(live_server.url + live_series.url)
    offer = page.locator("[data-continue-series] a")
    assert offer.is_visible()
    assert offer.inner_text() == "Continue with Episode 3"
    assert offer.get_attribute("href") == live_series.url + "episode-03/"

    page.get_by_role("link", name="Read all 5 episodes on one page").click()
    page.wait_for_url(re.compile(r"/complete/$"))
    headings = page.locator("section.edition-episode h2").all_inner_texts()
    assert headings == ["Episode 01", "Episode 02", "Episode 03", "Episode 04", "Final Episode 05"]
    page.get_by_role("link", name="Episode 04").click()
    assert page.url.endswith("#episode-4")
    page.screenshot(path=ARTIFACTS / "complete-edition-phone.png", full_page=False)
    context.close()
