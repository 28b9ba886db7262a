"""End to end: nginx with the shipped deploy/nginx config in front of granian serving the app.

Everything runs in a temporary directory on free loopback ports: a migrated SQLite
database with a tiny publication, collected static files, granian (WSGI, production
settings) and nginx with the rendered config. Skipped when nginx or its cache-purge module
is missing, except in CI (`CI` set), where that is a failure.
"""

import gzip
import http.client
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.conf import settings

from newsstand.bench.servers import PURGE_MODULE, free_port, microcache_nginx_config
from newsstand.core.testing import manage

pytestmark = pytest.mark.nginx

REPO = Path(settings.BASE_DIR)
HOST = "127.0.0.1"

PUBLICATION = """
from wagtail.models import Site
from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.core.models import HomePage

site = Site.objects.get(is_default_site=True)
old_root = site.root_page
home = old_root.get_parent().add_child(instance=HomePage(title="Home", slug="front"))
site.root_page, site.hostname, site.port = home, "127.0.0.1", int({port})
site.save()
old_root.delete()
news = home.add_child(instance=SectionPage(title="News", slug="news"))
news.add_child(instance=ArticlePage(title="Bridge opens", slug="bridge"))
"""

RETITLE = """
from newsstand.articles.models import ArticlePage

article = ArticlePage.objects.get(slug="bridge")
article.title = "Bridge reopens after repairs"
article.save_revision().publish()
"""


def nginx_or_skip() -> str:
    binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    missing = [
        what for what, ok in (("nginx", binary), (PURGE_MODULE, PURGE_MODULE.exists())) if not ok
    ]
    if missing:
        needs = ", ".join(map(str, missing))
        reason = f"needs {needs}: apt-get install nginx libnginx-mod-http-cache-purge"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return binary


def wait_for(port: int, process: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            socket.create_connection((HOST, port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"nothing listened on {port} within {seconds}s:\n{log.read_text()[-3000:]}")


class Stack:
    def __init__(self, root: Path):
        self.root = root
        self.app_port, self.port, self.purge_port = free_port(), free_port(), free_port()
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "AWS_", "CLOUDFLARE_", "CLOUDFRONT_"))
            and key not in {"DATABASE_URL", "REDIS_URL", "DEBUG"}
        }
        self.env.update(
            DJANGO_SETTINGS_MODULE="newsstand.settings.production",
            SECRET_KEY="e2e-" + "s" * 60,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            DATABASE_URL=f"sqlite:///{root / 'db.sqlite3'}",
            STATIC_ROOT=str(root / "static"),
            MEDIA_ROOT=str(root / "media"),
            PAGE_CACHE_GENERATION_FILE=str(root / "generation"),
            FRONTEND_CACHE_PURGE_URL=f"http://{HOST}:{self.purge_port}",
            VIEWS_FLUSH_SECONDS="1",  # the app process writes out its counted views
            PYTHONPATH=str(REPO),
        )
        self.processes: list[subprocess.Popen] = []

    def manage(self, *args: str) -> None:
        manage(self.env, *args)

    def start(self, command: list[str], port: int, name: str) -> None:
        log = self.root / f"{name}.log"
        process = subprocess.Popen(
            command, env=self.env, cwd=REPO, stdout=log.open("w"), stderr=subprocess.STDOUT
        )
        self.processes.append(process)
        wait_for(port, process, log)

    def start_app(self) -> None:
        granian = str(Path(sys.executable).parent / "granian")
        command = [granian, "--interface", "wsgi", "--host", HOST, "--port", str(self.app_port)]
        self.start([*command, "--workers", "1", "newsstand.wsgi:application"], self.app_port, "app")

    def start_nginx(self, binary: str) -> None:
        values = {
            "APP_ADDRESS": f"{HOST}:{self.app_port}",
            "LISTEN": f"{HOST}:{self.port}",
            "SERVER_NAME": HOST,
            "PURGE_LISTEN": f"{HOST}:{self.purge_port}",
            "CACHE_DIR": str(self.root / "cache"),
            "STATIC_ROOT": str(self.root / "static"),
            "MEDIA_ROOT": str(self.root / "media"),
        }
        (self.root / "logs").mkdir(exist_ok=True)
        main = self.root / "nginx.conf"
        main.write_text(microcache_nginx_config(self.root, values, workers=1))
        command = [binary, "-p", str(self.root), "-c", str(main), "-g", "daemon off;"]
        self.start(command, self.port, "nginx")

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()

    def get(self, path: str, method: str = "GET", body: bytes | None = None, **headers: str):
        connection = http.client.HTTPConnection(HOST, self.port, timeout=10)
        try:
            headers = {"Accept-Encoding": "identity", **headers}
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.msg, response.read()
        finally:
            connection.close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    binary = nginx_or_skip()
    root = tmp_path_factory.mktemp("nginx-e2e")
    stack = Stack(root)
    stack.manage("collectstatic", "--noinput")  # first: commands check for its manifest
    stack.manage("migrate", "--noinput")
    stack.manage("shell", "-c", PUBLICATION.format(port=stack.port))
    try:
        stack.start_app()
        stack.start_nginx(binary)
        yield stack
    finally:
        stack.stop()


def cache_status(headers: dict) -> str | None:
    return headers.get("X-Cache-Status")


def test_a_second_anonymous_get_is_a_hit(stack):
    status, headers, body = stack.get("/news/bridge/")
    assert status == 200, body[:500]
    assert cache_status(headers) == "MISS"
    assert "public" in headers["Cache-Control"]
    status, headers, again = stack.get("/news/bridge/")
    assert (status, cache_status(headers)) == (200, "HIT")
    assert again == body


def test_gzip_and_save_data_readers_get_their_own_variants(stack):
    stack.get("/news/")  # the plain variant, now cached
    _, headers, body = stack.get("/news/", **{"Accept-Encoding": "gzip, br"})
    assert cache_status(headers) == "MISS"
    assert headers["Content-Encoding"] == "gzip"
    assert b"News" in gzip.decompress(body)
    _, headers, _ = stack.get("/news/", **{"Accept-Encoding": "gzip, deflate"})
    assert cache_status(headers) == "HIT"  # the same variant, however the header is spelled
    _, headers, _ = stack.get("/news/", **{"Save-Data": "on"})
    assert cache_status(headers) == "MISS"
    _, headers, _ = stack.get("/news/", **{"Save-Data": "On "})
    assert cache_status(headers) == "HIT"


def test_editors_lite_cookie_admin_and_posts_bypass_the_cache(stack):
    stack.get("/news/bridge/")
    for cookie in ("sessionid=abc", "lite=1"):
        _, headers, _ = stack.get("/news/bridge/", Cookie=cookie)
        assert cache_status(headers) == "BYPASS", cookie
        assert "private" in headers["Cache-Control"], cookie
    for _ in range(2):
        status, headers, _ = stack.get("/admin/login/")
        assert status == 200
        assert cache_status(headers) is None
        assert "public" not in headers.get("Cache-Control", "")
    _, headers, _ = stack.get("/news/bridge/", method="POST")
    assert cache_status(headers) != "HIT"


def test_static_files_are_served_by_nginx_immutable_and_precompressed(stack):
    manifest = json.loads((stack.root / "static" / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    status, headers, body = stack.get(f"/static/{hashed}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers["Content-Encoding"] == "gzip"  # the .gz file collectstatic wrote
    assert gzip.decompress(body) == (stack.root / "static" / hashed).read_bytes()
    assert cache_status(headers) is None  # from disk, not through the app
    _, headers, _ = stack.get("/static/css/site.css")
    assert headers["Cache-Control"] == "public, max-age=3600"


def test_media_are_served_from_disk_but_documents_are_not(stack):
    (stack.root / "media" / "images").mkdir(parents=True, exist_ok=True)
    (stack.root / "media" / "images" / "dot.txt").write_text("dot")
    status, headers, body = stack.get("/media/images/dot.txt")
    assert (status, body) == (200, b"dot")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert stack.get("/media/documents/secret.pdf")[0] == 404


def test_publishing_purges_nginx_so_the_next_get_shows_the_change(stack):
    variants = [{}, {"Accept-Encoding": "gzip"}, {"Save-Data": "on"}]
    for path in ("/", "/news/bridge/"):
        for headers in variants:
            stack.get(path, **headers)
            _, response_headers, body = stack.get(path, **headers)
            assert cache_status(response_headers) == "HIT", (path, headers)
    stack.manage("shell", "-c", RETITLE)
    for path in ("/", "/news/bridge/"):
        for headers in variants:
            _, response_headers, body = stack.get(path, **headers)
            if response_headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            assert cache_status(response_headers) == "MISS", (path, headers)
            assert b"Bridge reopens after repairs" in body, (path, headers)


def test_views_of_pages_from_the_micro_cache_are_counted(stack):
    """nginx serves the page without the app; the counter it carries still reaches the app."""
    stack.get("/news/bridge/")
    _, headers, body = stack.get("/news/bridge/")
    assert cache_status(headers) == "HIT"
    counter = re.search(rb'data-views="(/_views/\d+)"', body)[1].decode()
    agent = "Mozilla/5.0 (Linux; Android 13; reader {}) Mobile Safari/537.36"
    for n in (1, 2, 3, 1):  # three readers, one of them twice
        status, headers, _ = stack.get(
            counter,
            method="POST",
            body=b"https://l.facebook.com/",
            **{"User-Agent": agent.format(n)},
        )
        assert (status, headers["Cache-Control"]) == (204, "no-store")
        assert cache_status(headers) != "HIT"
    for _ in range(2):  # JavaScript off: the image, never answered from the cache
        status, headers, _ = stack.get(counter, **{"User-Agent": agent.format(4)})
        assert status == 204 and cache_status(headers) != "HIT"
    status, headers, _ = stack.get(counter, **{"User-Agent": agent.format(5)})
    assert cache_status(headers) != "HIT"

    deadline = time.monotonic() + 15
    database = sqlite3.connect(stack.root / "db.sqlite3")
    while time.monotonic() < deadline:
        rows = database.execute(
            "SELECT source, SUM(views) FROM readership_hourlyviews GROUP BY source ORDER BY source"
        ).fetchall()
        if sum(n for _, n in rows) >= 5:
            break
        time.sleep(0.2)
    database.close()
    assert rows == [("facebook", 3), ("unknown", 2)]


def test_made_up_queries_share_the_pages_entry_in_nginx(stack):
    stack.get("/news/bridge/")
    _, headers, plain = stack.get("/news/bridge/")
    assert cache_status(headers) == "HIT"
    for query in ("?utm_source=whatsapp", "?x=1", "?fbclid=abc&y=2"):
        _, headers, body = stack.get(f"/news/bridge/{query}")
        assert (cache_status(headers), body) == ("HIT", plain), query
    _, headers, _ = stack.get("/news/?q=bridge")  # a parameter pages read: its own entry
    assert cache_status(headers) == "MISS"
