"""The worker is killed (SIGKILL) in the middle of a mailing and started again: every
follower still gets exactly one email. Real processes: `manage.py db_worker` and the
scheduler on a SQLite database of their own, sending to a real SMTP server in the test."""

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from django.conf import settings

from newsstand.bench.smtp_sink import Sink
from newsstand.core.testing import manage

REPO = Path(settings.BASE_DIR)
FOLLOWERS = 30
KILL_AT = 12  # the worker dies while the server holds this message, not yet accepted
LEASE = 3

SETUP = """
from wagtail.models import Page, Site
from newsstand.core.models import HomePage
from newsstand.followers.models import Follow, Subscriber
from newsstand.series.models import EpisodePage, SeriesPage, StoriesPage
site = Site.objects.get(is_default_site=True)
old_root = site.root_page
home = old_root.get_parent().add_child(instance=HomePage(title="Home", slug="front"))
site.root_page = home
site.save()
old_root.delete()
stories = home.add_child(instance=StoriesPage(title="Stories", slug="stories"))
series = stories.add_child(
    instance=SeriesPage(title="Harmattan Road", slug="harmattan-road", synopsis="Dust and roads.")
)
for n in range({followers}):
    reader = Subscriber.objects.create(
        email=f"reader{{n}}@example.ng", status="active", consent="test"
    )
    Follow.objects.create(subscriber=reader, topic=f"page:{{series.pk}}")
episode = EpisodePage(title="Episode 01", slug="episode-01", number=1, live=False)
series.add_child(instance=episode)
episode.save_revision().publish()
"""


class Worker:
    def __init__(self, root: Path, smtp_port: int):
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("DJANGO_") and key not in {"DATABASE_URL", "REDIS_URL"}
        }
        self.env.update(
            DJANGO_SETTINGS_MODULE="newsstand.settings.dev",
            DATABASE_URL=f"sqlite:///{root / 'db.sqlite3'}",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(smtp_port),
            EMAIL_USE_TLS="false",
            FOLLOWERS_LEASE_SECONDS=str(LEASE),
            PAGE_CACHE_GENERATION_FILE=str(root / "generation"),
            MEDIA_ROOT=str(root / "media"),
        )
        self.log = root / "worker.log"
        self.process: subprocess.Popen | None = None

    def manage(self, *args: str) -> str:
        return manage(self.env, *args)

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "manage.py"), "db_worker", "--backend", "background"]
            + ["--no-reload", "--no-startup-delay", "--interval", "0.2"],
            env=self.env,
            stdout=self.log.open("a"),
            stderr=subprocess.STDOUT,
        )

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(10)


def wait_until(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_killing_the_worker_mid_batch_loses_and_repeats_nothing(tmp_path):
    killed = threading.Event()

    def hold(number: int) -> None:
        if number == KILL_AT and not killed.is_set():
            worker.kill()
            killed.set()

    with Sink(before_accept=hold) as smtp:
        worker = Worker(tmp_path, smtp.port)
        worker.manage("migrate", "--noinput")
        worker.manage("shell", "-c", SETUP.format(followers=FOLLOWERS))

        worker.start()
        wait_until(killed.is_set, 60, "the worker to reach the kill point")
        assert smtp.count == KILL_AT - 1

        # Its claims run out; the scheduler queues the mailing again; a new worker finishes.
        time.sleep(LEASE + 0.5)
        assert "queued again" in worker.manage("run_scheduler", "--once")
        worker.start()
        wait_until(lambda: smtp.count >= FOLLOWERS, 60, "every follower's email")
        time.sleep(1)  # anything extra would arrive now
        worker.kill()

    received = Counter(message["To"] for message in smtp.messages)
    assert received == {f"reader{n}@example.ng": 1 for n in range(FOLLOWERS)}
    assert {m["Subject"] for m in smtp.messages} == {"Harmattan Road (Episode 01)"}
    assert len({m["Message-ID"] for m in smtp.messages}) == FOLLOWERS
