"""Headers, login throttling and the client-address rule."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.test import RequestFactory

from newsstand.core.net import client_ip


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
