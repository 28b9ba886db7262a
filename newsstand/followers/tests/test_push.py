"""Web push: a browser follows a series and is notified of its next episode, through a
push service running in the test, which decrypts what it gets as the browser would."""

import base64
import json
import os
import re
from html import unescape

import http_ece
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from py_vapid import Vapid02

from newsstand.articles.factories import SectionPageFactory
from newsstand.articles.models import ArticlePage
from newsstand.core.testing import LocalServer
from newsstand.followers import notices, push, sending
from newsstand.followers.models import Delivery, Device, DeviceFollow, Mailing
from newsstand.followers.vapid import b64, new_private_key, unb64

from .test_email_flow import publish_episode

pytestmark = pytest.mark.django_db(transaction=True)


class Browser:
    """The keys a browser keeps for its subscription, and what it can decrypt with them."""

    def __init__(self, endpoint: str):
        self.endpoint = endpoint
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.secret = os.urandom(16)
        point = self.key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
        self.subscription = {"endpoint": endpoint, "p256dh": b64(point), "auth": b64(self.secret)}

    def read(self, request: dict) -> dict:
        plain = http_ece.decrypt(
            request["body"], private_key=self.key, auth_secret=self.secret, version="aes128gcm"
        )
        return json.loads(plain)


class PushService:
    """A push service for the test, on LocalServer: what was posted, and what it answers."""

    def __init__(self, server: LocalServer):
        self.server, self.origin, self.paths = server, server.url, []

    def endpoint(self, path: str) -> str:
        self.paths.append(path)
        self.answer(201)
        return self.origin + path

    def answer(self, status: int) -> None:
        for path in self.paths:
            self.server.routes[path] = (status, {}, b"")

    @property
    def received(self) -> list[dict]:
        return self.server.posts


@pytest.fixture
def service(settings, local_server):
    settings.WEBPUSH_TEST_NETWORKS = ["127.0.0.0/8"]
    return PushService(local_server)


def claims(authorization: str) -> dict:
    token = authorization.split("t=")[1].split(",")[0]
    return json.loads(unb64(token.split(".")[1]))


def test_a_browser_follows_a_series_and_is_notified_of_its_next_episode(client, series, service):
    # Under an episode: a link to turn notifications on, for what the post is filed under.
    episode_page = client.get(series.get_children().first().url).content.decode()
    notify_url = unescape(re.search(r'href="(/subscribe/notify/\?[^"]+)"', episode_page).group(1))
    assert f"topic=page%3A{series.pk}" in notify_url
    page = client.get(notify_url).content.decode()
    assert f'data-key="{push.public_key()}"' in page
    assert re.search(rf'value="page:{series.pk}" checked> Stories: The Last Bus to Jos', page)

    browser = Browser(service.endpoint("/send/browser-1"))
    response = client.post(
        "/subscribe/notify/", {**browser.subscription, "topic": [f"page:{series.pk}"]}
    )
    assert response.status_code == 200
    assert "Notifications are on" in response.content.decode()
    assert list(DeviceFollow.objects.values_list("topic", flat=True)) == [f"page:{series.pk}"]

    episode = publish_episode(series, 2)
    [request] = service.received
    assert request["path"] == "/send/browser-1"
    headers = request["headers"]
    assert headers["Content-Encoding"] == "aes128gcm" and int(headers["TTL"]) > 0
    assert Vapid02.verify(headers["Authorization"])  # signed with the publication's key
    assert f"k={push.public_key()}" in headers["Authorization"]
    assert claims(headers["Authorization"])["aud"] == service.origin
    shown = browser.read(request)
    assert shown["url"] == episode.full_url
    assert shown["body"] == "The Last Bus to Jos (Episode 02)"
    assert Delivery.objects.get(device__isnull=False).status == Delivery.Status.SENT

    # Sending the mailing again sends nothing more.
    assert sending.run(Mailing.objects.get(page=episode).pk) == 0
    assert len(service.received) == 1

    # The reader blocked notifications: the push service says the subscription is gone.
    service.answer(410)
    publish_episode(series, 3)
    assert len(service.received) == 2
    assert not Device.objects.exists()


def test_breaking_news_reaches_devices_that_follow_it(live_home, service):
    section = SectionPageFactory(parent=live_home, title="News", slug="news")
    browser = Browser(service.endpoint("/send/b"))
    push.register(**browser.subscription, chosen=[notices.topics.BREAKING])
    article = ArticlePage(title="Third Mainland Bridge closed", live=False)
    section.add_child(instance=article)
    article.save_revision().publish()
    assert service.received == []  # it follows breaking news, not the section
    notices.breaking(article)
    shown = browser.read(service.received[0])
    assert shown["title"].startswith("Breaking news from ")
    assert shown["body"] == "Third Mainland Bridge closed"


def test_a_busy_service_is_tried_again_later_and_a_refusal_fails_that_one(live_home, service):
    section = SectionPageFactory(parent=live_home, title="News", slug="news")
    push.register(**Browser(service.endpoint("/send/a")).subscription, chosen=[])
    device = Device.objects.get()
    DeviceFollow.objects.create(device=device, topic=f"page:{section.pk}")
    service.answer(503)
    article = ArticlePage(title="Rain in Ibadan", live=False)
    section.add_child(instance=article)
    article.save_revision().publish()
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Delivery.Status.QUEUED, 1)
    assert "503" in delivery.error
    assert delivery.claimed_until is not None  # not before its retry is due

    service.answer(400)
    Delivery.objects.update(claimed_until=None)
    sending.run(delivery.mailing_id)
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED and "400" in delivery.error
    assert Device.objects.exists()  # a refused message is not a dropped subscription


@pytest.mark.parametrize(
    "change, error",
    [
        ({"endpoint": "https://push.example.com/send/1"}, "isn't at a push service we know"),
        ({"endpoint": "http://fcm.googleapis.com/fcm/send/1"}, "must be an https address"),
        ({"endpoint": "https://fcm.googleapis.com.evil.example/x"}, "push service we know"),
        ({"endpoint": "http://10.0.0.5/send/1"}, "must be an https address"),
        ({"p256dh": "bm90IGEga2V5"}, "keys aren't valid"),
        ({"auth": b64(b"short")}, "auth secret isn't valid"),
        ({"endpoint": "", "p256dh": "", "auth": ""}, "didn't give us a way to notify it"),
    ],
)
def test_a_subscription_we_cant_use_is_refused_and_nothing_is_stored(
    client, live_home, change, error
):
    subscription = Browser("https://fcm.googleapis.com/fcm/send/abc").subscription
    response = client.post("/subscribe/notify/", {**subscription, **change, "topic": "breaking"})
    assert response.status_code == 400
    assert error in unescape(response.content.decode())
    assert not Device.objects.exists()


def test_a_known_service_is_accepted_and_the_device_can_turn_it_off(client, live_home):
    subscription = Browser("https://fcm.googleapis.com/fcm/send/abc").subscription
    client.post("/subscribe/notify/", {**subscription, "topic": "breaking"})
    assert Device.objects.get().followed == "breaking"
    response = client.post("/subscribe/notify/off/", {"endpoint": subscription["endpoint"]})
    assert "Notifications are off" in response.content.decode()
    assert not Device.objects.exists()


def test_the_service_worker_is_served_from_the_root(client):
    response = client.get("/push-worker.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert 'addEventListener("push"' in response.content.decode()


def test_without_a_key_there_is_no_push_at_all(client, settings, series):
    settings.WEBPUSH_VAPID_PRIVATE_KEY = ""
    assert client.get("/subscribe/notify/").status_code == 404
    episode_page = client.get(series.get_children().first().url).content.decode()
    assert "/subscribe/notify/" not in episode_page
    assert "<form" in episode_page  # email still offered


def test_the_private_key_gives_the_public_key_browsers_subscribe_with(settings):
    settings.WEBPUSH_VAPID_PRIVATE_KEY = key = new_private_key()
    public = base64.urlsafe_b64decode(push.public_key() + "=")
    assert len(public) == 65 and public[0] == 4
    assert (
        Vapid02.from_raw(key.encode()).public_key.public_bytes(
            Encoding.X962, PublicFormat.UncompressedPoint
        )
        == public
    )


def test_made_up_topics_in_a_form_cost_no_query_each(
    client, live_home, django_assert_max_num_queries
):
    topics = [key for n in range(1000, 1100) for key in (f"page:{n}", f"author:{n}")]
    data = {**Browser("https://fcm.googleapis.com/fcm/send/x").subscription, "topic": topics}
    # A fixed cost with a cold cache (the site, settings, menus and the restricted pages they
    # leave out), and none per topic.
    with django_assert_max_num_queries(13):
        response = client.post("/subscribe/notify/", data)
    assert response.status_code == 400  # none of them exists
    assert 'value="page:1000"' not in response.content.decode()
