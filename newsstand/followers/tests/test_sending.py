"""Who gets what, once: new posts, sections, authors, breaking news, the digest, retries,
and what an email service reports back. Sent through a real SMTP server."""

import base64
import json
from datetime import timedelta

import pytest

from django.utils import timezone

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.articles.models import ArticlePage
from newsstand.followers import digest, notices, sending
from newsstand.followers.models import Delivery, Follow, Mailing, Subscriber
from newsstand.people.models import Author, PageAuthor

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def news(live_home):
    return SectionPageFactory(parent=live_home, title="News", slug="news")


def reader(email: str, *topics: str) -> Subscriber:
    subscriber = Subscriber.objects.create(email=email, status="active", consent="test")
    Follow.objects.bulk_create([Follow(subscriber=subscriber, topic=t) for t in topics])
    return subscriber


def publish(section, title: str, author: Author | None = None, **fields) -> ArticlePage:
    article = ArticlePage(title=title, live=False, **fields)
    section.add_child(instance=article)
    if author is not None:
        PageAuthor.objects.create(page=article, author=author)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)  # as published (the revision's copy was)


def test_one_email_per_reader_however_many_of_the_posts_topics_they_follow(news, smtp):
    ada = Author.objects.create(name="Ada Obi", slug="ada-obi")
    reader("both@example.ng", f"page:{news.pk}", f"author:{ada.pk}")
    reader("author@example.ng", f"author:{ada.pk}")
    reader("digest-only@example.ng", "digest")
    publish(news, "Market fire in Onitsha", author=ada)
    assert sorted(m["To"] for m in smtp.messages) == ["author@example.ng", "both@example.ng"]


def test_editing_a_published_post_or_importing_an_old_one_tells_no_one(news, smtp):
    reader("a@example.ng", f"page:{news.pk}")
    article = publish(news, "Flood warning for Lokoja")
    article.title = "Flood warning for Lokoja and Makurdi"
    article.save_revision().publish()
    old = publish(news, "An archive story", first_published_at=timezone.now() - timedelta(days=400))
    assert [m["Subject"] for m in smtp.messages] == ["Flood warning for Lokoja"]
    assert not Mailing.objects.filter(page=old).exists()


def test_a_post_unpublished_before_its_email_went_sends_nothing_more(news, smtp):
    reader("a@example.ng", f"page:{news.pk}")
    reader("b@example.ng", f"page:{news.pk}")
    article = publish(news, "Wrong story, published by mistake")
    mailing = Mailing.objects.get(page=article)
    # As if the worker hadn't got to it yet:
    Delivery.objects.filter(mailing=mailing).update(status="queued", claimed_until=None)
    Mailing.objects.filter(pk=mailing.pk).update(finished_at=None)
    smtp.messages.clear()
    article.unpublish()
    assert sending.run(mailing.pk) == 0
    assert not smtp.messages
    assert set(Delivery.objects.values_list("status", flat=True)) == {"failed"}
    assert Mailing.objects.get(pk=mailing.pk).finished_at is not None


def test_no_followers_no_mailing(news, smtp):
    publish(news, "Quiet news")
    assert not Mailing.objects.exists() and not smtp.messages


def test_breaking_news_goes_to_its_followers_once(news, smtp):
    reader("alerts@example.ng", "breaking")
    reader("section@example.ng", f"page:{news.pk}")
    article = ArticlePageFactory(parent=news, title="Bridge closed after crash")
    notices.breaking(article)
    notices.breaking(article)
    assert [(m["To"], m["Subject"]) for m in smtp.messages] == [
        ("alerts@example.ng", "Breaking: Bridge closed after crash")
    ]


def test_the_digest_goes_once_at_its_hour_with_the_days_posts(news, smtp, settings):
    now = timezone.localtime()
    settings.FOLLOWERS_DIGEST_HOUR = now.hour  # it is due now: the hour has begun
    ArticlePageFactory(parent=news, title="An hour ago", age=timedelta(hours=1))
    ArticlePageFactory(parent=news, title="Last week", age=timedelta(days=7))
    reader("d@example.ng", "digest")
    reader("s@example.ng", f"page:{news.pk}")
    assert digest.due(now - timedelta(hours=1)) is None  # before the hour
    assert digest.due(now) is not None
    assert digest.due(now + timedelta(minutes=30)) is None  # once a day
    [message] = smtp.messages
    assert message["To"] == "d@example.ng"
    assert message["Subject"] == "An hour ago"
    text = message.get_body(("plain",)).get_content()
    assert "An hour ago" in text and "Last week" not in text


def test_a_server_that_is_down_is_retried_later_and_nothing_is_lost(news, smtp, settings):
    reader("a@example.ng", f"page:{news.pk}")
    reader("b@example.ng", f"page:{news.pk}")
    working = settings.MAILERS
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},  # nothing listens
        }
    }
    article = publish(news, "Power restored in Kano")
    mailing = Mailing.objects.get(page=article)
    assert not smtp.messages
    waiting = Delivery.objects.filter(mailing=mailing, status="queued")
    assert waiting.count() == 2 and {d.attempts for d in waiting} == {1}
    assert sending.resume_stalled() == 0  # not before the retry is due

    settings.MAILERS = working
    # Later: the retry is due (the worker reads the real clock, so the delay is moved).
    later = timezone.now() + timedelta(seconds=settings.FOLLOWERS_LEASE_SECONDS + 1)
    Delivery.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert sending.resume_stalled(later) == 1
    assert sorted(m["To"] for m in smtp.messages) == ["a@example.ng", "b@example.ng"]
    assert Mailing.objects.get(pk=mailing.pk).finished_at is not None
    assert sending.resume_stalled(later) == 0


def postmark(client, record: dict, secret="service:test-webhook-secret"):
    auth = base64.b64encode(secret.encode()).decode()
    return client.post(
        "/anymail/postmark/tracking/",
        json.dumps(record),
        content_type="application/json",
        headers={"Authorization": f"Basic {auth}"},
    )


def test_complaints_suppress_at_once_and_bounces_after_three(client, news, smtp):
    complainer = reader("spam@example.ng", "digest")
    bouncer = reader("full@example.ng", "digest")
    response = postmark(
        client,
        {"RecordType": "SpamComplaint", "Type": "SpamComplaint", "Email": "SPAM@example.ng",
         "MessageID": "x1", "BouncedAt": "2026-12-03T10:00:00Z"},
    )  # fmt: skip
    assert response.status_code == 200
    complainer.refresh_from_db()
    assert complainer.status == "suppressed" and "complained" in complainer.suppression_reason

    for n in range(3):
        mailing = Mailing.objects.create(kind="digest", subject=f"d{n}", topics=["digest"])
        Delivery.objects.create(mailing=mailing, subscriber=bouncer, message_id=f"b{n}")
        postmark(
            client,
            {"RecordType": "Bounce", "Type": "SoftBounce", "Email": "full@example.ng",
             "MessageID": f"b{n}", "BouncedAt": "2026-12-03T10:00:00Z"},
        )  # fmt: skip
        bouncer.refresh_from_db()
        assert bouncer.status == ("suppressed" if n == 2 else "active")
    assert Delivery.objects.filter(subscriber=bouncer, status="bounced").count() == 3


def test_webhooks_without_the_secret_change_nothing(client, news):
    someone = reader("someone@example.ng", "digest")
    response = postmark(
        client,
        {"RecordType": "SpamComplaint", "Email": "someone@example.ng", "MessageID": "x"},
        secret="service:guess",
    )
    assert response.status_code >= 400
    someone.refresh_from_db()
    assert someone.status == "active"
