"""A Redis cache that fails open: when Redis is down or slow, readers get uncached pages.

With Django's stock backend a Redis outage turned every request into a 500.
Here every call that can't reach Redis behaves as a miss (reads) or a no-op
(writes), and is logged once per minute at most.

A circuit breaker keeps a hung Redis from costing a timeout on every call: after a
failure, calls in this process don't try Redis for CACHE_BREAKER_SECONDS, then one call
tries again. A request pays at most one short timeout, and most pay none.

Django makes a new redis-py client for every call, and redis-py 8 builds ~170 response
callbacks each time it does: ~0.2 ms of CPU a call, more than the call's round trip, and
a cached page takes two calls. This backend keeps one client per connection pool (a client
is safe to share between threads: each command takes a connection from the pool).
"""

import logging
import time

from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from .breaker import breaker

logger = logging.getLogger(__name__)


class KeptClientRedisCacheClient(RedisCacheClient):
    """Django's, with one redis-py client per connection pool instead of one per call."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class FailOpenRedisCache(RedisCache):
    _last_warning = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = KeptClientRedisCacheClient

    def _warn(self, error: Exception) -> None:
        now = time.monotonic()
        if now - FailOpenRedisCache._last_warning > 60:
            FailOpenRedisCache._last_warning = now
            logger.warning("Redis cache unavailable, serving uncached: %s", error)

    def _safely(self, method, default, *args, **kwargs):
        if breaker.is_open():
            return default
        try:
            return method(*args, **kwargs)
        except (RedisError, OSError) as error:
            breaker.trip()
            self._warn(error)
            return default

    def get(self, key, default=None, version=None):
        return self._safely(super().get, default, key, default, version)

    def get_many(self, keys, version=None):
        return self._safely(super().get_many, {}, keys, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._safely(super().set, None, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._safely(super().add, False, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._safely(super().set_many, list(data), data, timeout, version)

    def delete(self, key, version=None):
        return self._safely(super().delete, False, key, version)

    def delete_many(self, keys, version=None):
        return self._safely(super().delete_many, None, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._safely(super().incr, 0, key, delta, version)

    def has_key(self, key, version=None):
        return self._safely(super().has_key, False, key, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._safely(super().touch, False, key, timeout, version)

    def clear(self):
        return self._safely(super().clear, None)
