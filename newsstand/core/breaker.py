"""A circuit breaker for Redis, per process (no Redis import: it costs nothing without it)."""

import time

from django.conf import settings


class Breaker:
    """Per process: after Redis fails, leave it alone for CACHE_BREAKER_SECONDS. Shared by
    everything here that talks to Redis (the cache, the view counter)."""

    def __init__(self):
        self.closed_at = 0.0  # monotonic time from which calls try Redis again

    def is_open(self) -> bool:
        return time.monotonic() < self.closed_at

    def trip(self) -> None:
        self.closed_at = time.monotonic() + settings.CACHE_BREAKER_SECONDS

    def reset(self) -> None:
        self.closed_at = 0.0


breaker = Breaker()
