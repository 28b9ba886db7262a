"""The full-page cache: what is cached, for whom, and that every change invalidates it."""

import pytest

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core.models import PublicationSettings
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def queries(client, url, **headers):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, headers=headers)
    return response, len(context.captured_queries)


def test_anonymous_pages_are_cacheable_and_served_from_the_cache(client, article):
    first, cost = queries(client, article.url)
    assert cost > 0
    assert first["Cache-Control"] == "public, max-age=60, s-maxage=300, stale-while-revalidate=600"
    assert first["ETag"] and first["Last-Modified"]
    assert "Accept-Encoding" in first["Vary"]
    second, cost = queries(client, article.url)
    assert cost == 0
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_conditional_get_gives_304(client, article):
    etag = client.get(article.url)["ETag"]
    response = client.get(article.url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""


def test_gzip_and_plain_readers_get_their_own_copies(client, article):
    plain = client.get(article.url)
    gzipped = client.get(article.url, headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in plain
    assert gzipped["Content-Encoding"] == "gzip"
    assert client.get(article.url).content == plain.content


def test_logged_in_editors_are_never_served_or_stored(client, article):
    client.get(article.url)  # cached for anonymous readers
    user = get_user_model().objects.create_superuser("ed", password="pass-word-123")
    client.force_login(user)
    response, cost = queries(client, article.url)
    assert cost > 0
    assert response["Cache-Control"] == "private, no-cache"


def test_admin_is_never_cached(client, db):
    response = client.get("/admin/login/")
    assert "public" not in response["Cache-Control"]


def test_private_pages_are_not_cached(client, section):
    secret = ArticlePageFactory(parent=section, title="Members only")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="pw")
    first = client.get(secret.url)
    assert "Members only" not in first.content.decode()
    assert "public" not in first.get("Cache-Control", "")
    _, cost = queries(client, secret.url)
    assert cost > 0


def test_responses_that_vary_on_cookies_are_not_cached(client, article, rf):
    from django.http import HttpResponse

    from newsstand.core.pagecache import is_cacheable

    response = HttpResponse("x")
    response["Vary"] = "Cookie"
    assert not is_cacheable(response)
    response["Vary"] = "Accept-Encoding"
    assert is_cacheable(response)


def fresh(client, url, text):
    return text in client.get(url).content.decode()


def test_publishing_invalidates_home_section_tag_feed_and_sitemap(client, section, article):
    article.tags.add("Lagos")
    article.save()
    urls = ["/", section.url, "/tags/lagos/", "/feed/", "/sitemap-pages.xml", "/news-sitemap.xml"]
    for url in urls:
        client.get(url)
    new = ArticlePageFactory(parent=section, title="Breaking: bridge reopens", live=False)
    new.tags.add("Lagos")
    new.save_revision().publish()
    for url in urls:
        assert fresh(client, url, "bridge-reopens") or fresh(client, url, "Breaking: bridge"), url


def test_unpublishing_invalidates(client, section, article):
    assert fresh(client, section.url, article.title)
    article.unpublish()
    assert not fresh(client, section.url, article.title)
    assert client.get(article.url).status_code == 404


def test_moving_invalidates(client, home, section, article):
    sports = SectionPageFactory(parent=home, title="Sports")
    assert fresh(client, section.url, article.title)
    article.move(sports, pos="last-child")
    assert not fresh(client, section.url, article.title)
    assert fresh(client, sports.url, article.title)


def test_deleting_invalidates(client, section, article):
    assert fresh(client, section.url, article.title)
    article.delete()
    assert not fresh(client, section.url, article.title)


def test_site_settings_change_invalidates(client, home, article):
    client.get(article.url)
    publication = PublicationSettings.for_site(home.get_site())
    publication.name = "Lagoon Times"
    publication.save()
    assert fresh(client, article.url, "Lagoon Times")


def test_author_change_invalidates(client, article):
    author = AuthorFactory(name="Old Name")
    PageAuthor.objects.create(page=article, author=author)
    article.save_revision().publish()
    assert fresh(client, article.url, "Old Name")
    author.name = "New Name"
    author.save()
    assert fresh(client, article.url, "New Name")


def test_redis_outage_serves_uncached_pages(client, article, settings):
    settings.CACHES = {
        **settings.CACHES,
        "down": {
            "BACKEND": "newsstand.core.cache_backends.FailOpenRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens here
            "OPTIONS": {"socket_connect_timeout": 0.05, "socket_timeout": 0.05},
        },
    }
    settings.PAGE_CACHE_ALIAS = "down"
    for _ in range(3):
        assert client.get(article.url).status_code == 200
    from newsstand.core import pagecache

    pagecache.invalidate()  # a publish during the outage doesn't fail either
    assert caches["down"].get("anything") is None


def test_a_publish_in_another_process_invalidates_this_one(client, article, settings):
    """The scheduler and other app workers publish in their own processes."""
    import subprocess
    import sys

    from newsstand.core import pagecache

    assert isinstance(pagecache.cache(), caches["default"].__class__)
    client.get(article.url)
    _, cost = queries(client, article.url)
    assert cost == 0
    script = (
        "import django, sys; from django.conf import settings; django.setup(); "
        "settings.PAGE_CACHE_GENERATION_FILE = sys.argv[1]; "
        "from newsstand.core import pagecache; pagecache.invalidate()"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(settings.PAGE_CACHE_GENERATION_FILE)],
        check=True,
        env={**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "newsstand.settings.test"},
    )
    _, cost = queries(client, article.url)
    assert cost > 0


def test_pages_cached_before_the_publish_commits_are_retired_on_commit(
    client, section, article, django_capture_on_commit_callbacks
):
    """A reader between the publish and its commit would re-cache the old page."""
    from newsstand.core import pagecache

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        pagecache.invalidate()
        client.get(section.url)  # cached under the new generation, from not-yet-committed data
        _, cost = queries(client, section.url)
        assert cost == 0
    for callback in callbacks:
        callback()  # the commit
    _, cost = queries(client, section.url)
    assert cost > 0


def test_concurrent_misses_render_a_page_once(live_home, settings):
    """After a publish, a crowd of readers makes one render per process, not one each."""
    import threading

    section = SectionPageFactory(parent=live_home, title="News")
    article = ArticlePageFactory(parent=section, title="Crowds gather at the stadium")

    from django.db import connections
    from django.test import Client

    from newsstand.core import pagecache

    renders = []
    original = pagecache.PageCacheMiddleware.render
    entered = threading.Event()
    release = threading.Event()

    def slow_render(self, request):
        renders.append(request.path)
        entered.set()
        release.wait(5)
        return original(self, request)

    statuses = []

    def read():
        try:
            statuses.append(Client().get(article.url).status_code)
        finally:
            # A thread's connection outlives its request (CONN_MAX_AGE); left open, it
            # kept PostgreSQL from dropping the test database at the end of the run.
            connections.close_all()

    from unittest import mock

    with mock.patch.object(pagecache.PageCacheMiddleware, "render", slow_render):
        first = threading.Thread(target=read)
        first.start()
        entered.wait(5)
        others = [threading.Thread(target=read) for _ in range(5)]
        for thread in others:
            thread.start()
        release.set()
        for thread in [first, *others]:
            thread.join(10)
    assert statuses == [200] * 6
    assert renders == [article.url]


UNKEYED = {
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-Proto": "http",
    "X-Forwarded-Prefix": "/evil",
    "X-Forwarded-Port": "8443",
    "X-Host": "evil.example",
    "Forwarded": "host=evil.example;proto=http",
    "X-Original-URL": "/admin/",
    "X-Rewrite-URL": "/admin/",
    "X-HTTP-Method-Override": "DELETE",
    "X-Custom": '"><script>alert(1)</script>',
}


@pytest.mark.parametrize(("header", "value"), UNKEYED.items())
def test_headers_outside_the_key_change_no_cached_response(client, article, header, value):
    """S17: a page stored after a request carrying a header the key ignores is exactly the
    page a plain request renders, so nobody can poison the copy other readers get."""
    poisoned = client.get(article.url, headers={header: value})
    assert poisoned.status_code == 200
    served, cost = queries(client, article.url)
    assert cost == 0  # the copy the first request stored
    caches["default"].clear()
    clean = client.get(article.url)
    assert served.content == clean.content
    assert b"evil" not in served.content and b"<script>alert" not in served.content
