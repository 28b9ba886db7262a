"""S10 and S11 under load: PostgreSQL restarted, then stopped for a while; Redis hung.
Part of `make test-scaleout`.

The app runs as in production (granian, 2 workers × 4 threads, production settings) against
a PostgreSQL and a Redis of its own (.ci/services), so the outages touch nothing else. Eight
readers ask all along for pages already in the page cache and for searches, each for a new
word, which only the database can answer. The figures are printed (`pytest -s`).
"""

import http.client
import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection

from newsstand.bench.servers import app
from newsstand.core.testing import manage

from .test_kill_mid_publish import KILLS, check_integrity, kill_while_publishing

# The mark makes pytest-django create (and migrate) the test database, which is copied.
pytestmark = pytest.mark.django_db

REPO = Path(settings.BASE_DIR)
SERVICES = REPO / ".ci" / "services"
HOST = "127.0.0.1"
READERS = 8
CACHED = ("/", "/news/", "/news/bridge/")
PUBLICATION = """
from wagtail.models import Site
from newsstand.articles.models import ArticlePage, SectionPage

home = Site.objects.get(is_default_site=True).root_page
news = home.add_child(instance=SectionPage(title="News", slug="news"))
news.add_child(instance=ArticlePage(title="Bridge opens", slug="bridge"))
"""


@dataclass
class Answer:
    kind: str  # "cached" or "search"
    started: float
    status: int  # 0: no HTTP answer at all
    body: bytes = b""
    retry_after: str | None = None
    seconds: float = 0.0


class Readers:
    """READERS threads reading until stopped, alternating cached pages and new searches."""

    def __init__(self, port: int):
        self.port = port
        self.answers: list[Answer] = []
        self.run = secrets.token_hex(4)  # no search of this run is in the cache already
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._read, args=(n,)) for n in range(READERS)]

    def __enter__(self) -> "Readers":
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()

    def _read(self, reader: int) -> None:
        count = 0
        while not self._stop.is_set():
            count += 1
            if count % 2:
                kind, path = "cached", CACHED[count % len(CACHED)]
            else:
                kind, path = "search", f"/search/?q=bridge{self.run}r{reader}x{count}"
            self.answers.append(get(self.port, kind, path))


def get(port: int, kind: str, path: str, method: str = "GET", body: str | None = None) -> Answer:
    started = time.monotonic()
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    client = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        client.request(method, path, body=body, headers=headers)
        response = client.getresponse()
        body = response.read()
        return Answer(
            kind,
            started,
            response.status,
            body,
            response.getheader("Retry-After"),
            time.monotonic() - started,
        )
    except OSError:
        return Answer(kind, started, 0)
    finally:
        client.close()


def services(action: str, directory: Path) -> str:
    result = subprocess.run(
        [str(SERVICES), action, str(directory)], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.fixture(scope="module")
def stack(tmp_path_factory, django_db_setup, django_db_blocker):
    """The app on its own PostgreSQL (a copy of the migrated test database) and Redis."""
    if connection.vendor != "postgresql":
        pytest.skip("runs in `make test-scaleout`, on PostgreSQL")
    root = tmp_path_factory.mktemp("outage")
    # Not under pytest's folder: as root, PostgreSQL runs as `postgres`, which can't enter it.
    directory = Path(tempfile.mkdtemp(prefix="newsstand-outage-"))
    exports = dict(
        line.removeprefix("export ").split("=", 1)
        for line in services("start", directory).split()
        if "=" in line
    )
    try:
        with django_db_blocker.unblock():
            copy_database(exports["DATABASE_URL"])
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "AWS_")) and key not in {"DEBUG"}
        }
        env.update(
            exports,
            DJANGO_SETTINGS_MODULE="newsstand.settings.production",
            SECRET_KEY="outage-" + "s" * 60,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            STATIC_ROOT=str(root / "static"),
            MEDIA_ROOT=str(root / "media"),
            PYTHONPATH=str(REPO),
        )
        manage(env, "collectstatic", "--noinput")
        manage(env, "shell", "-c", PUBLICATION)
        with app(env, root / "app.log") as (base, _process):
            yield int(base.rsplit(":", 1)[1]), directory, env
    finally:
        services("stop", directory)
        shutil.rmtree(directory, ignore_errors=True)


def copy_database(target: str) -> None:
    """The test database (already migrated) into `target`: a second faster than migrating."""
    source = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": str(source["PASSWORD"])}
    dump = subprocess.run(
        ["pg_dump", "--no-owner", "--no-privileges", "--host", source["HOST"],
         "--port", str(source["PORT"]), "--username", source["USER"], source["NAME"]],
        env=env, capture_output=True, check=True,
    )  # fmt: skip
    subprocess.run(
        ["psql", "--quiet", "--set", "ON_ERROR_STOP=1", target],
        input=dump.stdout, capture_output=True, check=True,
    )  # fmt: skip


def errors(answers: list[Answer]) -> list[Answer]:
    return [a for a in answers if not 200 <= a.status < 400]


def report(name: str, answers: list[Answer], outage: tuple[float, float]) -> None:
    """One line of figures for the closing note: errors, and latency before and during."""
    failed = errors(answers)
    late = [a for a in failed if a.started > outage[1] + 1]
    before = sorted(a.seconds for a in answers if a.started < outage[0])
    during = sorted(a.seconds for a in answers if outage[0] <= a.started < outage[1])
    print(
        f"\n{name}: {len(answers)} requests, {len(failed)} errors "
        f"({100 * len(failed) / len(answers):.2f} %), "
        f"statuses {sorted({a.status for a in failed})}; fault lasted "
        f"{outage[1] - outage[0]:.2f} s; errors more than 1 s after: {len(late)}; "
        f"cached pages failed: {len([a for a in failed if a.kind == 'cached'])}; "
        f"before: {len(before)} requests, p99 {milliseconds(before, 0.99)}; "
        f"during: {len(during)} requests, p99 {milliseconds(during, 0.99)}"
    )


def milliseconds(seconds: list[float], q: float) -> str:
    return f"{1000 * seconds[min(len(seconds) - 1, int(q * len(seconds)))]:.0f} ms"


def subscribers(database_url: str, email: str) -> int:
    result = subprocess.run(
        ["psql", "--tuples-only", "--no-align", database_url, "--command",
         f"SELECT count(*) FROM followers_subscriber WHERE email = '{email}'"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(result.stdout)


def test_a_fast_restart_under_load_fails_only_while_postgresql_is_away(stack):
    port, directory, _env = stack
    for path in CACHED:
        assert get(port, "cached", path).status == 200  # now in the page cache
    with Readers(port) as readers:  # 20 s, with the restart 5 s in
        time.sleep(5)
        down = time.monotonic()
        services("restart-postgres", directory)
        back = time.monotonic()  # pg_ctl waited until it accepts connections
        time.sleep(20 - (back - down) - 5)
    answers = readers.answers
    report("S10 fast restart", answers, (down, back))

    failed = errors(answers)
    assert len(failed) <= 0.02 * len(answers)
    assert {a.status for a in failed} <= {503}  # a page to retry, never a 500 or a reset
    assert not [a for a in failed if a.started > back + 1]
    assert not [a for a in failed if a.kind == "cached"]
    assert len([a for a in answers if a.started > back + 1 and a.kind == "search"]) > 50


def test_while_postgresql_is_down_cached_pages_are_served_and_the_rest_say_retry(stack):
    port, directory, env = stack
    database = env["DATABASE_URL"]
    for path in CACHED:
        assert get(port, "cached", path).status == 200
    signup = "email=reader%40example.com&topic=digest"
    with Readers(port) as readers:
        time.sleep(1)
        down = time.monotonic()
        services("stop-postgres", directory)
        stopped = time.monotonic()  # pg_ctl waited until it was down
        time.sleep(1)
        refused = get(port, "signup", "/subscribe/", "POST", signup)
        time.sleep(4)
        services("start-postgres", directory)
        back = time.monotonic()
        time.sleep(3)
    answers = readers.answers
    report("S10 PostgreSQL stopped", answers, (down, back))

    assert not errors([a for a in answers if a.kind == "cached"])
    away = [a for a in answers if a.kind == "search" and stopped < a.started < back - 0.5]
    assert away and {a.status for a in away} == {503}
    page = away[-1].body.decode()
    assert "Back in a moment" in page and "Traceback" not in page
    assert {a.retry_after for a in away} == {"5"}
    assert not [a for a in errors(answers) if a.started > back + 1]

    # A reader's sign-up during the outage is refused, saying nothing was saved; nothing was.
    assert refused.status == 503 and b"nothing you sent was saved" in refused.body
    assert subscribers(database, "reader@example.com") == 0
    assert get(port, "signup", "/subscribe/", "POST", signup).status == 302
    assert subscribers(database, "reader@example.com") == 1


def test_a_hung_redis_under_load_costs_no_errors(stack):
    """S11: Redis stopped dead (SIGSTOP) for 4 s: the cache fails open, the breaker skips it."""
    port, directory, _env = stack
    redis = int((directory / "redis" / "redis.pid").read_text())
    with Readers(port) as readers:
        time.sleep(3)
        hung = time.monotonic()
        os.kill(redis, signal.SIGSTOP)
        try:
            time.sleep(4)
        finally:
            os.kill(redis, signal.SIGCONT)
        back = time.monotonic()
        time.sleep(3)
    answers = readers.answers
    report("S11 Redis hung", answers, (hung, back))
    assert not errors(answers)
    assert len([a for a in answers if hung <= a.started < back]) > 50


def test_kill_9_mid_publish_loses_no_acknowledged_revision_on_postgresql(stack):
    """S9 on PostgreSQL (see test_kill_mid_publish)."""
    _port, _directory, env = stack
    acked = kill_while_publishing(env, "news")
    state = check_integrity(env, acked)
    print(
        f"\nS9 PostgreSQL: {KILLS} kills, {sum(map(len, acked.values()))} acknowledged "
        "revisions, 0 missing, "
        f"{state['pages']} pages, fixtree clean"
    )
