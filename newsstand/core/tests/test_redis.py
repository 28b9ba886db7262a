"""Redis as the scale-out stack uses it: the page cache, editors' sessions, and outages.

The tests use the Redis in `REDIS_URL` when it is set (`make test-scaleout`), and
otherwise a throwaway `redis-server` of their own. The outage test always starts
its own, so it can pause and then stop it. Without the binary they are skipped,
except in CI, where `.ci/run` installs it.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass

import pytest
import redis

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.cached_db import KEY_PREFIX
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCacheClient
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.core import pagecache
from newsstand.core.breaker import breaker
from newsstand.core.cache_backends import FailOpenRedisCache
from newsstand.core.models import PendingInvalidation

PASSWORD = "pass-word-123"


@dataclass
class RedisServer:
    process: subprocess.Popen
    port: int

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def pause(self) -> None:
        """Redis hangs: connections open, replies never come."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        self.resume()
        self.process.terminate()
        self.process.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis(directory) -> RedisServer:
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing; .ci/run installs it")
        pytest.skip("redis-server is missing (apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = RedisServer(process, port)
    client = redis.Redis.from_url(server.url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return server
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                server.stop()
                raise
            time.sleep(0.02)


@pytest.fixture
def own_redis(tmp_path):
    server = start_redis(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def redis_url(tmp_path):
    """The scale-out run's Redis, or a throwaway one."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    server = start_redis(tmp_path)
    yield server.url
    server.stop()


def use_redis(settings, url: str, timeout: float = 0.25) -> None:
    """What settings/base.py does when REDIS_URL is set."""
    settings.CACHES = {
        "default": {
            "BACKEND": "newsstand.core.cache_backends.FailOpenRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.PAGE_CACHE_ALIAS = "default"
    settings.PAGE_CACHE_SECONDS = 300


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(context.captured_queries)


def page_keys(url: str) -> list[bytes]:
    return [key for key in redis.Redis.from_url(url).keys("*") if b"pagecache:" in key]


def test_the_scale_out_run_really_uses_postgresql_and_redis():
    """`make test-scaleout` sets both URLs; this fails if the settings ignored them."""
    if not (os.environ.get("DATABASE_URL") and os.environ.get("REDIS_URL")):
        pytest.skip("runs in `make test-scaleout` (DATABASE_URL and REDIS_URL set)")
    assert connection.vendor == "postgresql"
    assert "django.contrib.postgres" in django_settings.INSTALLED_APPS
    assert isinstance(caches["default"], FailOpenRedisCache)
    assert django_settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    caches["default"].set("scale-out-probe", "here")
    assert redis.Redis.from_url(os.environ["REDIS_URL"]).keys("*scale-out-probe")


def test_a_process_makes_one_redis_client_not_one_per_call(settings, redis_url, monkeypatch):
    """Django's backend made a redis-py client for every call (~0.2 ms of CPU each with
    redis-py 8, two calls per cached page); ours keeps one per connection pool."""
    use_redis(settings, redis_url)
    made = []
    make = redis.Redis.__init__

    def counted(client, *args, **kwargs):
        made.append(client)
        make(client, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "__init__", counted)
    for n in range(5):
        caches["default"].set(f"kept-client-{n}", n)
        assert caches["default"].get(f"kept-client-{n}") == n
    assert len(made) == 1


def test_page_cache_hits_come_from_redis_and_are_shared_between_processes(
    client, article, settings, redis_url, tmp_path
):
    use_redis(settings, redis_url)
    first, cost = queries(client, article.url)
    assert cost > 0
    assert page_keys(redis_url), "the page was not stored in Redis"
    second, cost = queries(client, article.url)
    assert cost == 0
    assert second.content == first.content

    # Another app process, with no usable database at all, serves the same page from Redis.
    script = (
        "import sys, django; django.setup()\n"
        "from django.conf import settings; settings.PAGE_CACHE_SECONDS = 300\n"
        "from django.test import Client\n"
        "response = Client().get(sys.argv[1])\n"
        "print(response.status_code, sys.argv[2] in response.content.decode())\n"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsstand.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'missing' / 'nothing.sqlite3'}",
        "REDIS_URL": redis_url,
    }
    other = subprocess.run(
        [sys.executable, "-c", script, article.url, article.title],
        env=environment,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert other.returncode == 0, other.stderr
    assert other.stdout.split() == ["200", "True"]

    # A publish anywhere (here: a bare invalidation from another process) is seen at once.
    invalidate = (
        "import django; django.setup()\n"
        "from newsstand.core import pagecache; pagecache.invalidate()\n"
    )
    subprocess.run(
        [sys.executable, "-c", invalidate],
        env={**environment, "DATABASE_URL": f"sqlite:///{tmp_path / 'other.sqlite3'}"},
        cwd=django_settings.BASE_DIR,
        check=True,
        timeout=60,
    )
    _, cost = queries(client, article.url)
    assert cost > 0

    redis.Redis.from_url(redis_url).flushdb()  # nothing else holds the page
    _, cost = queries(client, article.url)
    assert cost > 0


def test_admin_login_keeps_its_session_in_redis(client, settings, redis_url, home):
    use_redis(settings, redis_url)
    get_user_model().objects.create_superuser("chief", password=PASSWORD)
    response = client.post("/admin/login/", {"username": "chief", "password": PASSWORD})
    assert response.status_code == 302
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert caches["default"].get(KEY_PREFIX + session_key), "the session is not in Redis"
    # The database copy is only a backstop: with it gone, Redis alone keeps the editor in.
    Session.objects.filter(session_key=session_key).delete()
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert b"chief" in dashboard.content


def test_slow_or_dead_redis_means_uncached_pages_not_errors(client, article, settings, own_redis):
    use_redis(settings, own_redis.url, timeout=0.05)
    queries(client, article.url)
    _, cost = queries(client, article.url)
    assert cost == 0  # served from Redis while it is up

    own_redis.pause()  # slow: every call waits for the socket timeout, then misses
    for _ in range(3):
        response, cost = queries(client, article.url)
        assert article.title in response.content.decode()
        assert cost > 0
    pagecache.invalidate()  # a publish during the outage doesn't fail either

    own_redis.stop()  # down: connections are refused
    for _ in range(3):
        response, cost = queries(client, article.url)
        assert article.title in response.content.decode()
        assert cost > 0
    pagecache.invalidate()

    # Editors can still log in: the session falls back to its database copy.
    get_user_model().objects.create_superuser("chief", password=PASSWORD)
    login = client.post("/admin/login/", {"username": "chief", "password": PASSWORD})
    assert login.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_change_redis_missed_while_hung_is_applied_when_it_returns(
    client, article, settings, own_redis
):
    """Cache, hang Redis, unpublish, resume: the old page is never served again."""
    use_redis(settings, own_redis.url, timeout=0.05)
    queries(client, article.url)
    _, cost = queries(client, article.url)
    assert cost == 0

    settings.PAGE_CACHE_PENDING_CHECK_SECONDS = 0  # look for missed changes on every request
    own_redis.pause()
    article.unpublish()  # Redis can't be told: the change is kept in the database
    assert PendingInvalidation.objects.count() >= 1
    assert client.get(article.url).status_code == 404

    own_redis.resume()
    breaker.reset()  # the breaker's wait is over
    assert client.get(article.url).status_code == 404  # not the copy cached before
    assert not PendingInvalidation.objects.exists()
    section_page = client.get(article.get_parent().url).content.decode()
    assert article.title not in section_page


def test_a_hung_redis_costs_one_timeout_then_the_breaker_leaves_it_alone(
    client, article, settings, own_redis, monkeypatch
):
    use_redis(settings, own_redis.url, timeout=0.05)
    settings.CACHE_BREAKER_SECONDS = 3600
    queries(client, article.url)
    tries = []
    real_get = RedisCacheClient.get

    def counted_get(self, *args, **kwargs):
        tries.append(1)
        return real_get(self, *args, **kwargs)

    monkeypatch.setattr(RedisCacheClient, "get", counted_get)
    own_redis.pause()
    for _ in range(5):
        response = client.get(article.url)
        assert response.status_code == 200 and article.title in response.content.decode()
    assert len(tries) == 1  # one timeout; the other requests didn't wait on Redis
    assert breaker.is_open()

    own_redis.resume()
    breaker.reset()  # the breaker's wait is over: Redis is tried again
    client.get(article.url)
    _, cost = queries(client, article.url)
    assert cost == 0 and len(tries) > 1  # cached in Redis again
