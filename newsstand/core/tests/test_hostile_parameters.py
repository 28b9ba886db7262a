"""Hostile query parameters on every public view: never a 500, never reflected as markup,
never a redirect off the site. The views come from the URL configuration, so a new public
URL fails here until it has a sample."""

from django.urls import URLResolver, get_resolver

from newsstand.core.pagecache import query_parameters
from newsstand.core.tests.every_page_type import build
from newsstand.followers.models import Subscriber

NOT_PUBLIC = ("admin/", "documents/", "django-admin/")
HOSTILE = [
    "",
    "0",
    "-1",
    "99999999999999999999999999",
    "1.5",
    "abc",
    "\x00",
    "<script>alert(1)</script>",
    "' OR '1'='1",
    "../../etc/passwd",
    "%",
    "a" * 3000,
    "🙂",
    "javascript:alert(1)",
    "//evil.example/",
    "https://evil.example/",
]
UNDECLARED = ["utm_source", "x[]", "__proto__"]


def public_routes(patterns=None, prefix="", namespace=""):
    """(route, name) of every URL pattern outside the admin."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(NOT_PUBLIC):
            continue
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from public_routes(pattern.url_patterns, route, inner)
        else:
            yield route, f"{namespace}{pattern.name}"


def samples(pages: dict[str, str], token: str, page_id: int) -> dict[str, list[str]]:
    """URLs to try, by URL name: each route with real arguments."""
    section = pages["section"]
    return {
        "health": ["/healthz"],
        "lite_mode": ["/lite/"],
        "search": ["/search/"],
        "author": ["/authors/ada/", "/authors/nobody/"],
        "tag": ["/tags/football/", "/tags/nothing/"],
        "feed": ["/feed/"],
        "feed-atom": ["/feed/atom/"],
        "feed-json": ["/feed.json"],
        "tag-feed": ["/tags/football/feed/"],
        "tag-feed-atom": ["/tags/football/feed/atom/"],
        "author-feed": ["/authors/ada/feed/"],
        "author-feed-atom": ["/authors/ada/feed/atom/"],
        "page-feed": [section + "feed/"],
        "page-feed-atom": [section + "feed/atom/"],
        "sitemap-index": ["/sitemap.xml"],
        "sitemap-section": ["/sitemap-pages.xml", "/sitemap-nothing.xml"],
        "news-sitemap": ["/news-sitemap.xml"],
        "robots-txt": ["/robots.txt"],
        "readership:count": [f"/_views/{page_id}"],
        "followers:subscribe": ["/subscribe/"],
        "followers:sent": ["/subscribe/sent/"],
        "followers:confirm": [f"/subscribe/confirm/{token}/"],
        "followers:manage": [f"/subscribe/manage/{token}/"],
        "followers:unsubscribe": [f"/subscribe/unsubscribe/{token}/"],
        "followers:notify": ["/subscribe/notify/", "/subscribe/notify/?topic=breaking"],
        "followers:notify_off": ["/subscribe/notify/off/"],
        "followers:push_worker": ["/push-worker.js"],
        "wagtailcore_authenticate_with_password": ["/_util/authenticate_with_password/1/1/"],
        "wagtailcore_login": ["/_util/login/"],
        "wagtail_serve": list(pages.values()),
    }


def test_every_public_view_survives_hostile_query_parameters(client, home):
    pages = build(home)
    tried = samples(pages, Subscriber.objects.get().token, home.pk)
    routes = list(public_routes())
    # Email services' webhooks only answer POSTs with their secret; the tests of followers
    # cover them. Every other public route needs a sample here.
    missing = [
        (route, name) for route, name in routes if name not in tried and ":anymail:" not in name
    ]
    assert missing == [], "add samples for these public URLs"

    names = sorted(query_parameters()) + UNDECLARED
    failures = []
    for urls in tried.values():
        for url in urls:
            for value in HOSTILE:
                response = client.get(url, dict.fromkeys(names, value))
                failures += check(url, value, response)
            failures += check(url, "repeated", client.get(url + "?page=2&page=x&p=1&p=%ff"))
    assert failures == []


def check(url: str, value: str, response) -> list[str]:
    problems = []
    if response.status_code >= 500:
        problems.append(f"{url} with {value[:40]!r}: {response.status_code}")
    if 300 <= response.status_code < 400:
        location = response["Location"]
        if not location.startswith("/") or location.startswith("//"):
            problems.append(f"{url} with {value[:40]!r} redirects to {location}")
    body = b"" if response.streaming else response.content
    if b"<script>alert(1)</script>" in body:
        problems.append(f"{url} with {value[:40]!r} reflects the script")
    return problems
