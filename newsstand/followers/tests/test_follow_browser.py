"""A reader on a phone follows a series from under an episode: by email with JavaScript
off, and by notifications on the device."""

import base64
import json
import re

import pytest
from playwright.sync_api import expect

from django.core import mail

from newsstand.core.browser import ARTIFACTS, PHONE
from newsstand.followers import push
from newsstand.followers.models import Device, Subscriber
from newsstand.followers.vapid import unb64
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

from .test_email_flow import publish_episode
from .test_push import Browser, PushService

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


# Chromium's real subscribe() reaches Google's push service, which can't be reached from
# here; this stands in for it and hands the page a subscription at the test's push service.
FAKE_PUSH_SERVICE = """
PushManager.prototype.subscribe = function (options) {
  var key = new Uint8Array(options.applicationServerKey);
  sessionStorage.setItem("subscribedWithKey", btoa(String.fromCharCode.apply(null, key)));
  var json = %s;
  return Promise.resolve({endpoint: json.endpoint, toJSON: function () { return json; }});
};
"""


def test_turning_notifications_on_and_being_notified(
    browser, live_server, live_episode, settings, local_server
):
    settings.WEBPUSH_TEST_NETWORKS = ["127.0.0.0/8"]
    service = PushService(local_server)
    device = Browser(service.endpoint("/send/phone"))
    subscription = {
        "endpoint": device.endpoint,
        "keys": {k: device.subscription[k] for k in ("p256dh", "auth")},
    }
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    context.grant_permissions(["notifications"], origin=live_server.url)
    context.add_init_script(FAKE_PUSH_SERVICE % json.dumps(subscription))
    page = context.new_page()
    try:
        page.goto(live_server.url + live_episode.url)
        page.get_by_role("link", name="get a notification on this device").click()
        assert page.get_by_label("Harmattan Road").is_checked()
        # Once push.js has run (deferred): the fallback hides, the button shows.
        expect(page.get_by_text("Notifications need a browser")).to_be_hidden()
        page.get_by_role("button", name="Turn on notifications").click()
        page.wait_for_url(re.compile(r"/subscribe/notify/$"))
        assert page.locator("h1").inner_text() == "Notifications are on"
        key = base64.b64decode(page.evaluate("sessionStorage.getItem('subscribedWithKey')"))
        assert key == unb64(push.public_key())  # subscribed with the publication's key
        worker = page.evaluate(
            "navigator.serviceWorker.getRegistration('/').then(r => r.active.scriptURL)"
        )
        assert worker == f"{live_server.url}/push-worker.js"
        assert Device.objects.get().followed == f"page:{live_episode.get_parent().pk}"

        publish_episode(live_episode.get_parent(), 2)
        [request] = service.received
        shown = device.read(request)
        assert shown["body"] == "Harmattan Road (Episode 02)"

        # What the push service would hand the browser: the service worker shows it.
        cdp = context.new_cdp_session(page)
        registrations = []
        cdp.on(
            "ServiceWorker.workerRegistrationUpdated",
            lambda e: registrations.extend(e["registrations"]),
        )
        cdp.send("ServiceWorker.enable")
        for _ in range(100):  # the registration is reported as an event
            if registrations:
                break
            page.wait_for_timeout(50)
        cdp.send(
            "ServiceWorker.deliverPushMessage",
            {
                "origin": live_server.url,
                "registrationId": registrations[0]["registrationId"],
                "data": json.dumps(shown),
            },
        )
        titles = page.wait_for_function(
            "navigator.serviceWorker.ready.then(r => r.getNotifications())"
            ".then(list => list.length ? list.map(n => n.body) : null)"
        )
        assert titles.json_value() == ["Harmattan Road (Episode 02)"]
        page.screenshot(path=ARTIFACTS / "notify-on-phone.png", full_page=True)
    finally:
        context.close()


def test_the_notifications_page_without_javascript_says_what_it_needs(
    browser, live_server, live_home
):
    context = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/subscribe/notify/")
    assert page.get_by_text("Notifications need a browser that supports them").is_visible()
    assert not page.get_by_role("button", name="Turn on notifications").is_visible()
    page.get_by_role("link", name="follow us by email").click()
    assert page.locator("h1").inner_text() == "Follow us by email"
    context.close()
