"""Where views wait between the request that counts them and the hourly counts.

With REDIS_URL set, every app process counts into Redis, deduplicating readers in one
set per day, and the scheduler takes the counts from there in batches. Otherwise each
process keeps its own in memory and writes them out itself every VIEWS_FLUSH_SECONDS
(a reader whose views land on two processes may then be counted once by each).
"""

import atexit
import logging
import secrets
import threading
import uuid
from collections import Counter
from datetime import date

from django.conf import settings
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from newsstand.core.breaker import breaker

from .counting import visitor

logger = logging.getLogger(__name__)

DAY_SECONDS = 86400
SEEN_TTL = 2 * DAY_SECONDS
BUFFER_KEY = "readership:buffer"
PENDING_KEY = "readership:pending"
BATCH_PREFIX = "readership:batch:"

# KEYS: the day's seen set, the buffer. ARGV: visitor, count key, seen set TTL.
ADD = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
  return 1
end
return 0
"""
# KEYS: the buffer, the set of batches not yet cleared. ARGV: a new batch key.
TAKE = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], ARGV[1])
  redis.call('SADD', KEYS[2], ARGV[1])
end
return redis.call('SMEMBERS', KEYS[2])
"""


class MemoryBuffer:
    """This process's views not yet written out; thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.day: date | None = None
        self.salt = b""
        self.seen: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.timer: threading.Timer | None = None
        self.at_exit = False

    def salt_for(self, day: date) -> bytes:
        with self.lock:
            if day != self.day:  # a new day: forget yesterday's readers and salt
                self.day, self.salt, self.seen = day, secrets.token_bytes(16), set()
            return self.salt

    def add(self, visitor: str, key: str) -> bool:
        with self.lock:
            if visitor in self.seen:
                return False
            self.seen.add(visitor)
            self.counts[key] += 1
            self._schedule_write_out()
            return True

    def take(self) -> Counter:
        with self.lock:
            counts, self.counts, self.timer = self.counts, Counter(), None
            return counts

    def give_back(self, counts: Counter) -> None:
        """Views that could not be written out, to try again with the next ones."""
        with self.lock:
            self.counts.update(counts)
            self._schedule_write_out()

    def write_out(self) -> int:
        """Add this process's views to the hourly counts; kept for later if that fails."""
        from .rollup import apply

        counts = self.take()
        try:
            return apply(counts)
        except Exception:
            self.give_back(counts)
            raise

    def _schedule_write_out(self) -> None:
        if self.timer is None and self.counts and settings.VIEWS_FLUSH_SECONDS:
            self.timer = threading.Timer(settings.VIEWS_FLUSH_SECONDS, self._timed_write_out)
            self.timer.daemon = True
            self.timer.start()
            if not self.at_exit:  # a process stopped gracefully writes out what it has
                atexit.register(self._timed_write_out)
                self.at_exit = True

    def _timed_write_out(self) -> None:
        try:
            self.write_out()
        except Exception:
            logger.exception("Could not write out buffered views; will try again")


class RedisBuffer:
    """Views of every app process, in Redis; fails open to this process's memory."""

    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(
            url, socket_connect_timeout=0.25, socket_timeout=0.25, health_check_interval=30
        )
        self.error = redis.RedisError
        self._add = self.client.register_script(ADD)
        self._take = self.client.register_script(TAKE)
        self.salts: dict[date, bytes] = {}

    def salt_for(self, day: date) -> bytes:
        """The day's salt, shared by every process, gone from Redis two days later."""
        if day not in self.salts:
            key = f"readership:salt:{day.isoformat()}"
            self.client.set(key, secrets.token_hex(16), nx=True, ex=SEEN_TTL)
            self.salts = {day: self.client.get(key)}
        return self.salts[day]

    def add(self, visitor: str, key: str, day: date) -> bool:
        seen = f"readership:seen:{day.isoformat()}"
        return bool(self._add(keys=[seen, BUFFER_KEY], args=[visitor, key, SEEN_TTL]))

    def batches(self) -> list[str]:
        """Move the buffer aside as a new batch; every batch not yet cleared, oldest first."""
        batch = f"{BATCH_PREFIX}{timezone.now().timestamp():.6f}:{uuid.uuid4().hex}"
        return sorted(
            key.decode() for key in self._take(keys=[BUFFER_KEY, PENDING_KEY], args=[batch])
        )

    def read(self, batch: str) -> Counter:
        return Counter({key.decode(): int(n) for key, n in self.client.hgetall(batch).items()})

    def clear(self, batch: str) -> None:
        pipe = self.client.pipeline()
        pipe.delete(batch)
        pipe.srem(PENDING_KEY, batch)
        pipe.execute()


memory = MemoryBuffer()
shared = SimpleLazyObject(lambda: RedisBuffer(settings.REDIS_URL) if settings.REDIS_URL else None)


def count(request, page_id: int, source: str) -> bool:
    """Count one view of `page_id` by this reader, once a day; whether it was new."""
    now = timezone.now()
    day = timezone.localdate(now)
    key = f"{int(now.timestamp()) // 3600 * 3600}:{page_id}:{source}"
    if shared and not breaker.is_open():
        try:
            return shared.add(visitor(request, page_id, shared.salt_for(day)), key, day)
        except shared.error as error:
            breaker.trip()  # the next views go to memory at once, not after a timeout each
            logger.warning("Redis unavailable, counting views in memory: %s", error)
    return memory.add(visitor(request, page_id, memory.salt_for(day)), key)
