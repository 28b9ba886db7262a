"""Shared fixtures: a minimal publication tree that any test can build on."""

import os
import time

import pytest

from django.conf import settings
from django.core.cache import caches

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core.models import HomePage


def ensure_home() -> HomePage:
    """The site's HomePage, recreated if a transactional test flushed the tree."""
    home = HomePage.objects.first()
    if home is None:
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        home = root.add_child(instance=HomePage(title="Home", slug="home"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "newsstand"},
    )
    return home


def pytest_report_header(config):
    """Say which configuration this run proves: SQLite and local memory, or PostgreSQL and Redis."""
    database = settings.DATABASES["default"]
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return f"newsstand: database {database['ENGINE'].rsplit('.', 1)[-1]}, cache {cache}"


@pytest.fixture(autouse=True)
def clear_caches():
    """Tests roll the database back, so cached renditions and site paths must go too; and
    a Redis outage one test made (the breaker, a change it missed) is not the next one's."""
    from newsstand.core import pagecache
    from newsstand.core.breaker import breaker
    from newsstand.readership import rankings

    breaker.reset()
    # As if just checked, with nothing pending: a page's query count is its own.
    pagecache._pending.checked_at, pagecache._pending.pending = time.monotonic(), False
    rankings.forget_stamp()  # another test's ranking, rolled back with its database
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home(db) -> HomePage:
    return ensure_home()


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="News", slug="news")


@pytest.fixture
def article(section):
    return ArticlePageFactory(parent=section, title="Lagos traffic eases after new bridge opens")


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium for the whole session (Debian's build, driven by Playwright)."""
    from playwright.sync_api import sync_playwright

    from newsstand.core.browser import ARGS, require_chromium

    executable = require_chromium()
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def live_home(transactional_db) -> HomePage:
    """The page tree for live-server tests (a transactional test starts from an empty tree)."""
    return ensure_home()


@pytest.fixture
def local_server():
    """A web server on 127.0.0.1 (see LocalServer) for the test."""
    from newsstand.core.testing import LocalServer

    with LocalServer() as server:
        yield server


@pytest.fixture
def full_disk(tmp_path, settings):
    """Media and upload temporary files on a small tmpfs (see FullDisk)."""
    from newsstand.core.testing import FullDisk

    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("mounting a tmpfs needs root; CI runs as root")
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    with FullDisk(tmp_path / "disk") as disk:
        settings.MEDIA_ROOT = str(disk.media)
        settings.FILE_UPLOAD_TEMP_DIR = str(disk.tmp)
        yield disk
