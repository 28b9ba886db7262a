"""Signing up, as a reader and as an abuser sees it: the same answer whatever the address,
mail only to the address itself and only after confirmation, limits, and hostile input."""

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from newsstand.followers.models import Follow, Subscriber

# Transactional: the mail tasks are queued when the request's transaction commits.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def site(live_home):
    return live_home


def sign_up(client, email="ada@example.ng", topics=("digest",), **extra):
    headers = extra.pop("headers", {})
    return client.post(
        "/subscribe/", {"email": email, "topic": list(topics), **extra}, headers=headers
    )


def test_the_subscribe_page_offers_digest_breaking_and_each_section(client, section, article):
    html = client.get("/subscribe/").content.decode()
    assert 'value="digest" checked> The daily digest' in html
    assert 'value="breaking"> Breaking news' in html
    assert f'value="page:{section.pk}"> News' in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_every_address_gets_the_same_answer(client):
    Subscriber.objects.create(email="known@example.ng", status="active", consent="x")
    Subscriber.objects.create(email="gone@example.ng", status="suppressed", consent="x")
    answers = {
        (r.status_code, r["Location"])
        for r in (
            sign_up(client, e) for e in ["new@example.ng", "KNOWN@example.ng", "gone@example.ng"]
        )
    }
    assert answers == {(302, "/subscribe/sent/")}
    # The new address is asked to confirm; the known one is told it already follows;
    # the suppressed one (it bounced or complained) gets nothing.
    assert sorted((m.to[0], m.subject.split()[1]) for m in mail.outbox) == [
        ("known@example.ng", "already"),
        ("new@example.ng", "that"),
    ]
    assert Subscriber.objects.get(email="known@example.ng").follows.count() == 0  # unchanged


def test_addresses_are_one_whatever_the_case_of_their_domain(client):
    sign_up(client, "Ada@Example.NG")
    sign_up(client, "ada@example.ng")
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["Ada@example.ng"]


def test_one_confirmation_per_address_per_interval(client):
    for _ in range(3):
        sign_up(client)
    assert len(mail.outbox) == 1
    Subscriber.objects.update(confirmation_sent_at=timezone.now() - timedelta(hours=1))
    sign_up(client, topics=["breaking"])
    assert len(mail.outbox) == 2
    assert set(Follow.objects.values_list("topic", flat=True)) == {"breaking"}  # the new choice


def test_the_honeypot_catches_bots_silently(client):
    response = sign_up(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists() and not mail.outbox


def test_sign_ups_are_limited_per_address_of_the_client(client, settings):
    settings.FOLLOWERS_SIGNUPS_PER_HOUR = 3
    codes = [sign_up(client, f"r{n}@example.ng").status_code for n in range(5)]
    assert codes == [302, 302, 302, 429, 429]
    assert sign_up(client, "r9@example.ng")["Retry-After"] == "3600"
    assert Subscriber.objects.count() == 3


def test_cross_site_posts_are_refused(client):
    response = sign_up(client, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"email": "not an address", "topic": ["digest"]},
        {"email": "a@example.ng"},  # nothing chosen
        {"email": "a@example.ng", "topic": ["page:999999"]},
        {"email": "a@example.ng", "topic": ["page:abc", "author:"]},
        {"email": "<script>alert(1)</script>@x.ng", "topic": ["digest"]},
        {"email": "a" * 300 + "@example.ng", "topic": ["digest"]},
        {"email": ["a@example.ng", "b@example.ng"], "topic": ["digest"] * 500},
    ],
)
def test_bad_input_is_a_clear_error_never_a_500(client, data):
    response = client.post("/subscribe/", data)
    assert response.status_code == 400 or (
        response.status_code == 302 and Subscriber.objects.count() == 1
    )
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    if response.status_code == 400:
        assert 'class="form-error"' in html and not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/subscribe/confirm/nope/",
        "/subscribe/manage/nope/",
        "/subscribe/unsubscribe/nope/",
        "/subscribe/unsubscribe/%3Cscript%3E/",
    ],
)
def test_a_wrong_token_is_a_404(client, path):
    assert client.get(path).status_code == 404
    assert client.post(path).status_code == 404


def test_token_pages_are_never_cached_and_bad_mailing_ids_are_ignored(client):
    reader = Subscriber.objects.create(email="a@example.ng", status="active", consent="x")
    for query in ["", "?m=abc", "?m=99999", "?m=-1", "?m=" + "9" * 40]:
        response = client.get(f"/subscribe/unsubscribe/{reader.token}/{query}")
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
    client.post(f"/subscribe/unsubscribe/{reader.token}/?m=" + "9" * 40)
    reader.refresh_from_db()
    assert reader.status == "unsubscribed" and reader.left_from is None


def test_choosing_nothing_is_unsubscribing_and_choosing_again_is_coming_back(client):
    reader = Subscriber.objects.create(email="a@example.ng", status="active", consent="x")
    Follow.objects.create(subscriber=reader, topic="digest")
    client.post(f"/subscribe/manage/{reader.token}/", {})
    reader.refresh_from_db()
    assert reader.status == "unsubscribed" and not reader.follows.exists()
    client.post(f"/subscribe/manage/{reader.token}/", {"topic": ["breaking"]})
    reader.refresh_from_db()
    assert reader.status == "active" and reader.followed == "breaking"
