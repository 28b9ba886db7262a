"""Counting into Redis from several app processes: nothing lost, nothing counted twice."""

import os
import subprocess
import sys

import pytest
import redis

from django.conf import settings

from newsstand.core.tests.test_redis import redis_url, start_redis  # noqa: F401
from newsstand.readership import buffers, rollup
from newsstand.readership.models import HourlyViews

from .readers import beacon, reader

PROCESSES = 4
READERS = 400  # per process

# One app process counting its readers' views as the endpoint does, each reader
# twice (a reload), as fast as it can.
WORKER = """
import sys, django
django.setup()
from django.test import RequestFactory
from newsstand.readership import buffers
worker, readers, page_ids = int(sys.argv[1]), int(sys.argv[2]), [int(p) for p in sys.argv[3:]]
factory = RequestFactory()
for n in range(readers):
    agent = f"Mozilla/5.0 (Linux; Android 13; worker {worker} reader {n}) Mobile Safari/537.36"
    request = factory.post("/", headers={"User-Agent": agent})
    for _ in range(2):
        buffers.count(request, page_ids[n % len(page_ids)], "direct")
"""


@pytest.fixture
def shared(monkeypatch, redis_url):  # noqa: F811
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter("readership:*"):
        client.delete(key)
    buffer = buffers.RedisBuffer(redis_url)
    monkeypatch.setattr(buffers, "shared", buffer)
    yield buffer
    for key in client.scan_iter("readership:*"):
        client.delete(key)


def test_concurrent_processes_lose_no_views_and_count_none_twice(shared, redis_url, section):  # noqa: F811
    from newsstand.articles.factories import ArticlePageFactory

    pages = [ArticlePageFactory(parent=section) for _ in range(3)]
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsstand.settings.test",
        "REDIS_URL": redis_url,
        "DATABASE_URL": "sqlite:///nowhere/never-opened.sqlite3",
    }
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(w), str(READERS), *(str(p.pk) for p in pages)],
            env=environment,
            cwd=settings.BASE_DIR,
            stderr=subprocess.PIPE,
        )
        for w in range(PROCESSES)
    ]
    flushed = 0
    while any(worker.poll() is None for worker in workers):  # flushing while they count
        flushed += rollup.flush()
    for worker in workers:
        assert worker.wait(timeout=120) == 0, worker.stderr.read().decode()[-2000:]
    flushed += rollup.flush()
    total = sum(HourlyViews.objects.values_list("views", flat=True))
    assert flushed == total == PROCESSES * READERS


def test_a_flush_that_crashed_after_writing_is_not_counted_again(
    shared, client, article, monkeypatch
):
    for n in range(5):
        beacon(client, article, agent=reader(n))

    def crash(batch):
        raise RuntimeError("killed between the commit and clearing the batch")

    with monkeypatch.context() as patch, pytest.raises(RuntimeError):
        patch.setattr(shared, "clear", crash)
        rollup.flush()
    assert rollup.flush() == 0  # the batch was already applied: only cleared now
    assert sum(HourlyViews.objects.values_list("views", flat=True)) == 5
    assert not shared.client.smembers(buffers.PENDING_KEY)


def test_with_redis_down_views_are_kept_in_the_process(client, article, monkeypatch, tmp_path):
    server = start_redis(tmp_path)
    monkeypatch.setattr(buffers, "shared", buffers.RedisBuffer(server.url))
    server.stop()
    assert beacon(client, article, agent=reader(1)).status_code == 204
    assert rollup.flush() == 1  # from this process's memory; Redis is skipped, not an error
