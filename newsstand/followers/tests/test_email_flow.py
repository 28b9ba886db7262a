"""A reader follows a series by email and gets its next episode: through a real SMTP server."""

import re

import pytest

from newsstand.followers.models import Delivery, Mailing, Subscriber
from newsstand.series.models import EpisodePage

READER = "ada@example.ng"


def link(message, path: str) -> str:
    """The first link in the message's plain text that goes to `path`."""
    text = message.get_body(("plain",)).get_content()
    found = re.search(rf"https?://[^\s]+{re.escape(path)}[^\s]*", text)
    assert found, text
    return found.group(0)


def local(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def publish_episode(series, number: int) -> EpisodePage:
    episode = EpisodePage(
        title=EpisodePage.title_for(series.title, number),
        slug=f"episode-{number:02d}",
        number=number,
        body=[("paragraph", "<p>The bus stops at Kafanchan.</p>")],
        live=False,
    )
    series.add_child(instance=episode)
    episode.save_revision().publish()
    return episode


@pytest.mark.django_db(transaction=True)
def test_follow_a_series_and_get_its_next_episode(client, series, smtp):
    # Under the episode, the form offers the series, first and ticked.
    episode_page = client.get(series.get_children().first().url).content.decode()
    form = re.search(r'<form class="follow-form".*?</form>', episode_page, re.S).group(0)
    series_topic = f"page:{series.pk}"
    assert re.search(rf'value="{series_topic}" checked> The Last Bus to Jos', form)

    response = client.post("/subscribe/", {"email": READER, "topic": [series_topic]})
    assert response.status_code == 302 and response["Location"] == "/subscribe/sent/"
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    # Nothing is sent before confirmation: only the confirmation itself.
    [confirmation] = smtp.to(READER)
    assert "Confirm" in confirmation["Subject"]
    assert "The Last Bus to Jos" in confirmation.get_body(("plain",)).get_content()
    publish_episode(series, 2)
    assert len(smtp.to(READER)) == 1

    confirm_url = local(link(confirmation, "/subscribe/confirm/"))
    assert "Yes, send me these" in client.get(confirm_url).content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # GET changes nothing
    assert "You're in" in client.post(confirm_url).content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE

    episode = publish_episode(series, 3)
    alerts = smtp.to(READER)[1:]
    assert len(alerts) == 1
    [alert] = alerts
    assert alert["Subject"] == "The Last Bus to Jos (Episode 03)"
    assert episode.full_url in alert.get_body(("plain",)).get_content()
    assert f'href="{episode.full_url}"' in alert.get_body(("html",)).get_content()

    # One-click unsubscribe (RFC 8058) works, and so does the link in the text.
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header_url = local(alert["List-Unsubscribe"].strip("<>"))
    assert header_url == local(link(alert, "/subscribe/unsubscribe/"))
    response = client.post(
        header_url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.left_from == Mailing.objects.get(page=episode)

    publish_episode(series, 4)
    assert len(smtp.to(READER)) == 2  # nothing more after leaving
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 1
