"""A reader on a phone with JavaScript off follows a series from under an episode."""

import re

import pytest

from django.core import mail

from newsstand.core.browser import ARTIFACTS, PHONE
from newsstand.followers.models import Subscriber
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def live_episode(live_home):
    stories = StoriesPageFactory(parent=live_home)
    series = SeriesPageFactory(parent=stories, title="Harmattan Road")
    return EpisodePageFactory(parent=series, number=1)


def test_signing_up_and_confirming_at_360_wide_without_javascript(
    browser, live_server, live_episode
):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + live_episode.url)

    form = page.locator("form.follow-form")
    assert form.get_by_label("Harmattan Road").is_checked()
    assert not form.get_by_label("The daily digest").is_checked()
    assert not page.locator("input[name=website]").is_visible()  # the honeypot
    box = form.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]  # no sideways scrolling

    form.get_by_label("Your email").fill("chidi@example.ng")
    form.get_by_role("button", name="Follow").click()
    page.wait_for_url(re.compile(r"/subscribe/sent/$"))
    assert page.locator("h1").inner_text() == "Check your email"
    page.screenshot(path=ARTIFACTS / "follow-sent-phone.png", full_page=True)

    [confirmation] = mail.outbox
    confirm_url = re.search(r"https?://\S+/subscribe/confirm/\S+", confirmation.body).group(0)
    page.goto(live_server.url + re.sub(r"^https?://[^/]+", "", confirm_url))
    page.get_by_role("button", name="Yes, send me these").click()
    assert page.locator("h1").inner_text() == "You're in"
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE

    page.get_by_role("link", name="Choose what you get").click()
    assert page.get_by_label("Harmattan Road").is_checked()
    page.get_by_label("The daily digest").check()
    page.get_by_role("button", name="Save").click()
    assert page.get_by_role("status").inner_text() == "Saved."
    followed = set(Subscriber.objects.get().follows.values_list("topic", flat=True))
    assert followed == {"digest", f"page:{live_episode.get_parent().pk}"}
    page.screenshot(path=ARTIFACTS / "follow-manage-phone.png", full_page=True)
    context.close()
