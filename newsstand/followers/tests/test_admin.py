"""Editors and administrators: counts, sends, exports, imports, previews, breaking news."""

import csv
import html
import io

import pytest

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.core.testing import user_in
from newsstand.followers.models import Delivery, Device, DeviceFollow, Follow, Mailing, Subscriber


@pytest.fixture
def admin_client(client, db):
    admin = get_user_model().objects.create_superuser("boss", password="pass-word-123")
    client.force_login(admin)
    return client


def reader(email: str, *topics: str, status=Subscriber.Status.ACTIVE) -> Subscriber:
    subscriber = Subscriber.objects.create(email=email, status=status, consent="test")
    Follow.objects.bulk_create([Follow(subscriber=subscriber, topic=t) for t in topics])
    return subscriber


def denied(response) -> bool:
    """Wagtail's admin answers a denied page with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def upload(text: str | bytes, name="list.csv") -> SimpleUploadedFile:
    data = text.encode() if isinstance(text, str) else text
    return SimpleUploadedFile(name, data, content_type="text/csv")


def test_overview_counts_readers_and_topics_and_shows_each_send(admin_client, article):
    reader("a@example.ng", "digest", "breaking")
    reader("b@example.ng", "digest")
    reader("c@example.ng", "digest", status=Subscriber.Status.UNSUBSCRIBED)
    mailing = Mailing.objects.create(kind="post", page=article, subject="Bridge", topics=["x"])
    for subscriber, status in zip(
        Subscriber.objects.order_by("email"), ["sent", "bounced", "sent"], strict=True
    ):
        Delivery.objects.create(mailing=mailing, subscriber=subscriber, status=status)
    Subscriber.objects.filter(email="c@example.ng").update(left_from=mailing)
    phone = Device.objects.create(endpoint="https://fcm.googleapis.com/x", p256dh="k", auth="a")
    DeviceFollow.objects.create(device=phone, topic="breaking")
    Delivery.objects.create(mailing=mailing, device=phone, status="sent")

    page = admin_client.get("/admin/followers/").content.decode()
    assert "<td>The daily digest</td><td><code>digest</code></td><td>2</td><td>0</td>" in page
    assert "<td>Breaking news</td><td><code>breaking</code></td><td>1</td><td>1</td>" in page
    assert "Devices with notifications on</th><td>1</td>" in page
    row = page.split(f'href="/admin/followers/sent/{mailing.pk}/">Bridge</a>')[1].split("</tr>")[0]
    cells = [c.split("<")[0] for c in row.split("<td>")[3:]]
    assert cells == ["2", "1", "0", "0", "1", "0", "1"]  # delivered, notified, waiting…


def test_editors_cannot_read_the_list_but_can_send_breaking_news(client, article):
    reader("a@example.ng", "breaking")
    client.force_login(user_in("Editors", "ed"))
    assert denied(client.get("/admin/followers/"))
    assert denied(client.get("/admin/followers/subscribers/"))
    url = f"/admin/followers/posts/{article.pk}/breaking/"
    assert "Send to 1 reader" in client.get(url).content.decode()
    client.post(url)
    client.post(url)  # a second press sends nothing more
    [mailing] = Mailing.objects.all()
    assert (mailing.kind, mailing.topics) == ("breaking", ["breaking"])
    assert mailing.subject == f"Breaking: {article.title}"


def test_contributors_cannot_send_breaking_news(client, article):
    client.force_login(user_in("Contributors", "writer"))
    assert denied(client.post(f"/admin/followers/posts/{article.pk}/breaking/"))
    assert not Mailing.objects.exists()


def test_csv_export_has_each_reader_with_topics_and_never_a_formula(admin_client):
    reader("=cmd|'/c calc'!A1@example.ng", "digest")
    reader("b@example.ng", "breaking", "digest")
    response = admin_client.get("/admin/followers/subscribers/?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_email = {row["Email"]: row for row in rows}
    assert by_email["b@example.ng"]["Followed"] == "breaking digest"
    assert "'=cmd|'/c calc'!A1@example.ng" in by_email


def test_import_needs_consent_on_every_row_and_never_resubscribes(admin_client, section):
    reader("left@example.ng", "digest", status=Subscriber.Status.UNSUBSCRIBED)
    text = (
        "Email,Consent,Topics\n"
        "new@example.ng,2026-01-05 paper form at the Lagos book fair,digest breaking\n"
        "noconsent@example.ng,,digest\n"
        "not-an-address,2026-01-05,digest\n"
        "left@example.ng,2025-11-01 website,digest\n"
        f"sect@example.ng,2026-02-01 website,page:{section.pk}\n"
        "odd@example.ng,2026-02-01 website,page:999999\n"
    )
    response = admin_client.post("/admin/followers/import/", {"file": upload(text)})
    page = response.content.decode()
    assert "Added 2; 1 already on the list (left as they were); 3 refused." in page
    assert "<td>3</td><td>no consent</td>" in page
    assert "no such topic: page:999999" in page
    new = Subscriber.objects.get(email="new@example.ng")
    assert new.status == Subscriber.Status.ACTIVE and "book fair" in new.consent
    assert new.followed == "breaking digest"
    assert Subscriber.objects.get(email="left@example.ng").status == "unsubscribed"


@pytest.mark.parametrize(
    "content, error",
    [
        ("email,topics\na@example.ng,digest\n", "missing: consent"),
        (b"", "The submitted file is empty."),
        (b"email,consent\n" + b"\xff\xfe@x,yes\n", "isn't UTF-8"),
    ],
)
def test_an_unreadable_import_says_why_and_adds_nothing(admin_client, content, error):
    response = admin_client.post("/admin/followers/import/", {"file": upload(content)})
    assert response.status_code == 400
    assert error in html.unescape(response.content.decode())
    assert not Subscriber.objects.exists()


def test_email_preview_of_a_draft_post(admin_client, section):
    from newsstand.articles.models import ArticlePage

    draft = section.add_child(instance=ArticlePage(title="Fuel price drops", live=False))
    response = admin_client.get(f"/admin/followers/posts/{draft.pk}/email/")
    assert response.status_code == 200
    assert "Fuel price drops" in response.content.decode()
    assert response["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.parametrize(
    "kind, shows",
    [
        ("digest", "Today's stories"),
        ("confirmation", "Yes, send me these"),
        ("already-following", "You already follow us"),
    ],
)
def test_previews_of_the_emails_no_post_makes(admin_client, article, kind, shows):
    response = admin_client.get(f"/admin/followers/emails/{kind}/")
    assert response.status_code == 200 and shows in response.content.decode()


def test_an_unknown_email_preview_is_a_404(admin_client):
    assert admin_client.get("/admin/followers/emails/nope/").status_code == 404
