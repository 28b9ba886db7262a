"""Headers, login throttling, reset mails and the client-address rule."""

import re
from collections import Counter

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import RequestFactory

from newsstand.core.net import client_ip
from newsstand.core.testing import sqlite_run_only


def test_public_pages_get_a_strict_csp(client, article):
    csp = client.get(article.url)["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    script_src = re.search(r"script-src ([^;]*)", csp)[1].split()
    # Our own files, and inline scripts only by the hash of their exact text.
    assert script_src[0] == "'self'"
    assert all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", source) for source in script_src[1:])
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp


def test_a_cached_page_shares_no_nonce_between_readers(client, settings, article):
    """A nonce replayed from the cache to every reader would be no nonce at all."""
    settings.PAGE_CACHE_SECONDS = 300
    first, second = client.get(article.url), client.get(article.url)
    assert first.content == second.content  # the second came from the page cache
    for response in (first, second):
        assert "nonce" not in response["Content-Security-Policy"]
        assert b"nonce=" not in response.content


def test_admin_gets_its_own_policy(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in csp


def test_security_headers(client, article):
    response = client.get(article.url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "1.2.3.4", "10.0.0.9"),
        (1, "1.2.3.4", "1.2.3.4"),
        (1, "6.6.6.6, 1.2.3.4", "1.2.3.4"),
        (2, "6.6.6.6, 1.2.3.4, 172.16.0.1", "1.2.3.4"),
        (2, "1.2.3.4", "10.0.0.9"),
    ],
)
def test_client_ip_trusts_only_our_own_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "ngozi", password="correct-horse-battery", is_superuser=True
    )


def login(client, password, forwarded_for=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    return client.post("/admin/login/", {"username": "ngozi", "password": password}, **extra)


def test_login_works(client, editor):
    response = login(client, "correct-horse-battery")
    assert response.status_code == 302


def test_login_locks_after_five_failures_even_with_forged_forwarded_for(client, editor):
    for attempt in range(4):
        response = login(client, f"wrong-{attempt}", forwarded_for=f"203.0.113.{attempt}")
        assert response.status_code == 200  # the form again, with an error
    assert login(client, "wrong-5", forwarded_for="203.0.113.5").status_code == 429
    locked = login(client, "correct-horse-battery", forwarded_for="198.51.100.7")
    assert locked.status_code == 429
    assert locked["Retry-After"] == "3600"  # AXES_COOLOFF_TIME: an hour
    assert b"locked" in locked.content.lower()
    assert client.get("/admin/").status_code == 302  # still not logged in


def test_lockout_is_per_address(client, editor):
    for attempt in range(5):
        login(client, f"wrong-{attempt}")
    other_address = client.post(
        "/admin/login/",
        {"username": "ngozi", "password": "correct-horse-battery"},
        REMOTE_ADDR="192.0.2.50",
    )
    assert other_address.status_code == 302


@sqlite_run_only
def test_a_thousand_guesses_at_twenty_accounts_get_five_tries_each(client, django_user_model):
    """S5: 1,000 wrong passwords over 20 usernames (10 real), each with a new forged
    X-Forwarded-For: each username gets 5 tries, then a lock the right password can't open."""
    users = [f"staff{n}" for n in range(10)] + [f"nobody{n}" for n in range(10)]
    for name in users[:10]:
        django_user_model.objects.create_user(name, password="right-password-123")
    answers = Counter()
    for attempt in range(1000):
        name = users[attempt % 20]
        response = client.post(
            "/admin/login/",
            {"username": name, "password": f"guess-{attempt}"},
            HTTP_X_FORWARDED_FOR=f"198.51.{attempt // 250}.{attempt % 250}",
        )
        answers[response.status_code] += 1
    assert answers == {200: 20 * 4, 429: 1000 - 20 * 4}  # the 5th failure locks
    for name in users[:10]:
        right = client.post("/admin/login/", {"username": name, "password": "right-password-123"})
        assert right.status_code == 429
    assert client.get("/admin/").status_code == 302  # nobody got in


def test_reset_mails_stop_at_five_an_hour_per_account(client, db):
    get_user_model().objects.create_user(
        "ada", email="ada@example.com", password="correct-horse-battery"
    )
    answers = {
        client.post("/admin/password_reset/", {"email": email})["Location"]
        for email in ["ada@example.com"] * 8 + ["nobody@example.com"]
    }
    assert answers == {"/admin/password_reset/done/"}  # the same answer every time
    assert len(mail.outbox) == 5
    assert {m.to[0] for m in mail.outbox} == {"ada@example.com"}
    # The limit is per account: another editor still gets theirs.
    get_user_model().objects.create_user("bola", email="bola@example.com", password="x-y-z-123")
    client.post("/admin/password_reset/", {"email": "bola@example.com"})
    assert [m.to[0] for m in mail.outbox[5:]] == ["bola@example.com"]
