"""Purging nginx / a CDN: every event that invalidates the page cache sends the right purges.

A real HTTP server on loopback stands in for nginx's purge server and records the PURGE
requests the NginxBackend sends.
"""

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from django.db import transaction
from django.urls import Resolver404, resolve

from wagtail.contrib.frontend_cache.backends import BaseBackend

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core import frontend_cache
from newsstand.core.changes import content_changed
from newsstand.core.models import PublicationSettings
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

ROOT = "http://localhost"


class PurgeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, status=200):
        self.requests = []
        self.status = status
        super().__init__(("127.0.0.1", 0), PurgeHandler)

    @property
    def paths(self) -> set[str]:
        return {path for path, _headers in self.requests}

    def variants(self, path: str) -> set[tuple[str, str]]:
        return {
            (headers.get("Accept-Encoding", ""), headers.get("Save-Data", ""))
            for p, headers in self.requests
            if p == path
        }


class PurgeHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_PURGE(self):
        self.server.requests.append((self.path, dict(self.headers)))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    server = PurgeServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "newsstand.core.frontend_cache.NginxBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


SITE_PATHS = {"/feed/", "/feed/atom/", "/feed.json", "/sitemap.xml", "/news-sitemap.xml"}


def test_publishing_purges_every_url_that_could_show_the_page(
    purge_server, run_on_commit, home, section
):
    article = ArticlePageFactory(parent=section, title="Bridge reopens", slug="bridge", live=False)
    article.tags.add("Lagos")
    PageAuthor.objects.create(page=article, author=AuthorFactory(slug="ada"))
    run_on_commit(lambda: article.save_revision().publish())
    assert {
        "/news/bridge/",
        "/news/",
        "/news/feed/",
        "/news/feed/atom/",
        "/",
        "/feed/",
        "/tags/lagos/",
        "/tags/lagos/feed/",
        "/authors/ada/",
        "/authors/ada/feed/",
        *SITE_PATHS,
    } <= purge_server.paths
    assert {headers["Host"] for _path, headers in purge_server.requests} == {"localhost"}
    # every variant nginx keeps: gzip or not, Save-Data or not
    assert purge_server.variants("/news/bridge/") == {
        ("identity", ""),
        ("gzip", ""),
        ("identity", "on"),
        ("gzip", "on"),
    }


def test_nothing_is_purged_before_the_commit_or_after_a_rollback(purge_server, article):
    with transaction.atomic():
        article.save_revision().publish()
        assert purge_server.requests == []
        transaction.set_rollback(True)
    assert purge_server.requests == []


def test_unpublishing_purges_the_page_and_its_lists(purge_server, run_on_commit, section, article):
    run_on_commit(article.unpublish)
    assert {article.url, "/news/", "/", "/feed/"} <= purge_server.paths


def test_moving_purges_the_old_and_new_urls_and_both_sections(
    purge_server, run_on_commit, home, section
):
    article = ArticlePageFactory(parent=section, slug="story")
    sport = SectionPageFactory(parent=home, title="Sport", slug="sport")
    run_on_commit(lambda: article.move(sport, pos="last-child"))
    assert {"/news/story/", "/sport/story/", "/news/", "/sport/", "/", "/feed/"} <= (
        purge_server.paths
    )


def test_deleting_purges_the_page_its_section_and_tags(purge_server, run_on_commit, section):
    article = ArticlePageFactory(parent=section, slug="gone")
    article.tags.add("Floods")
    article.save()
    run_on_commit(article.delete)
    assert {"/news/gone/", "/news/", "/", "/tags/floods/", "/sitemap.xml"} <= purge_server.paths


def test_deleting_a_draft_purges_nothing(purge_server, run_on_commit, section):
    draft = ArticlePageFactory(parent=section, live=False)
    run_on_commit(draft.delete)
    assert purge_server.requests == []


def test_settings_change_purges_home_sections_and_site_urls(
    purge_server, run_on_commit, home, section
):
    publication = PublicationSettings.for_site(home.get_site())
    publication.tagline = "News you can trust"
    run_on_commit(publication.save)
    assert {"/", "/news/", "/news/feed/", *SITE_PATHS} <= purge_server.paths


def test_author_change_purges_the_author_and_pages_crediting_them(
    purge_server, run_on_commit, article
):
    author = AuthorFactory(name="Old Name", slug="old-name")
    PageAuthor.objects.create(page=article, author=author)
    article.save_revision().publish()
    purge_server.requests.clear()
    author.name = "New Name"
    run_on_commit(author.save)
    assert {"/authors/old-name/", article.url, "/", "/news/"} <= purge_server.paths


def test_episode_publish_purges_its_series_and_complete_edition(purge_server, run_on_commit, home):
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, title="Rain", slug="rain")
    episode = EpisodePageFactory(parent=series, number=1, live=False)
    run_on_commit(lambda: episode.save_revision().publish())
    assert {
        "/stories/rain/episode-01/",
        "/stories/rain/",
        "/stories/rain/complete/",
        "/stories/",
    } <= purge_server.paths


def test_episode_publish_purges_the_pages_of_its_series_authors(purge_server, run_on_commit, home):
    """An episode carries its series' credits, so its authors' pages list it."""
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, title="Rain", slug="rain")
    PageAuthor.objects.create(page=series, author=AuthorFactory(slug="ada"))
    episode = EpisodePageFactory(parent=series, number=1, live=False)
    run_on_commit(lambda: episode.save_revision().publish())
    assert {"/authors/ada/", "/authors/ada/feed/", "/authors/ada/feed/atom/"} <= purge_server.paths


def test_apps_add_listings_through_hooks(home, section):
    """Core names no other app's URLs: tag and author pages and feeds come from hooks."""
    article = ArticlePageFactory(parent=section, slug="bridge")
    article.tags.add("Lagos")
    PageAuthor.objects.create(page=article, author=AuthorFactory(slug="ada"))
    assert frontend_cache.other_listing_paths(article) == {
        "/tags/lagos/",
        "/tags/lagos/feed/",
        "/tags/lagos/feed/atom/",
        "/authors/ada/",
        "/authors/ada/feed/",
        "/authors/ada/feed/atom/",
    }
    assert frontend_cache.listing_paths("/news/") == {"/news/", "/news/feed/", "/news/feed/atom/"}


def test_a_proxy_that_is_down_does_not_stop_publishing(settings, run_on_commit, article, caplog):
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "newsstand.core.frontend_cache.NginxBackend",
            "LOCATION": "http://127.0.0.1:9",  # discard port: nothing listens
            "TIMEOUT": 0.5,
        }
    }
    with caplog.at_level(logging.ERROR, logger="newsstand.core.frontend_cache"):
        run_on_commit(lambda: article.save_revision().publish())
    assert "Couldn't purge from nginx" in caplog.text
    article.refresh_from_db()
    assert article.live


def test_purge_errors_are_logged(purge_server, run_on_commit, article, caplog):
    purge_server.status = 500
    with caplog.at_level(logging.ERROR, logger="newsstand.core.frontend_cache"):
        run_on_commit(lambda: article.save_revision().publish())
    assert "HTTP 500" in caplog.text


def test_nothing_is_sent_or_computed_when_no_cache_is_configured(
    settings, run_on_commit, article, django_assert_num_queries
):
    settings.WAGTAILFRONTENDCACHE = {}
    assert not frontend_cache.enabled()
    with django_assert_num_queries(0):
        content_changed(pages=[article])


class RecordingBackend(BaseBackend):
    batches: list[list[str]] = []

    def purge_batch(self, urls):
        self.batches.append(sorted(urls))


def test_cdn_backends_get_the_url_set_in_one_batch(settings, run_on_commit, article):
    RecordingBackend.batches = []
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": f"{__name__}.RecordingBackend"},
    }
    run_on_commit(lambda: article.save_revision().publish())
    [batch] = RecordingBackend.batches
    assert f"{ROOT}{article.url}" in batch
    assert f"{ROOT}/" in batch and f"{ROOT}/news/" in batch


def test_every_site_path_is_served_by_a_view(settings):
    for path in settings.FRONTEND_CACHE_SITE_PATHS:
        try:
            match = resolve(path)
        except Resolver404:
            pytest.fail(f"{path} does not resolve")
        assert match.url_name, path  # a named feed or sitemap view, not Wagtail's page serve
        assert "wagtail" not in match.func.__module__, path


def test_renaming_a_series_purges_its_renamed_episodes(purge_server, run_on_commit, home):
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, title="Rain", slug="rain")
    EpisodePageFactory(parent=series, number=1)
    series.title = "Heavy Rain"
    run_on_commit(lambda: series.save_revision().publish())
    assert "/stories/rain/episode-01/" in purge_server.paths


def test_a_wordpress_import_purges_home_sections_feeds_and_sitemaps(
    purge_server, run_on_commit, home, tmp_path
):
    """Bulk writes send no publish signals; the import purges the site's lists itself."""
    from newsstand.imports.services import import_wordpress
    from newsstand.imports.tests.conftest import item, wxr

    export = tmp_path / "export.xml"
    export.write_text(wxr(item(1, title="Ferry fares fall", categories=("news",))))
    run_on_commit(lambda: import_wordpress(export=export, media_dir=tmp_path))
    assert {"/", "/news/", "/news/feed/", *SITE_PATHS} <= purge_server.paths
