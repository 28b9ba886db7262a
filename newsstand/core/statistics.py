"""Keeping SQLite's query planner informed about the size and shape of the tables.

Without statistics, SQLite picks the index of an equality test over the one a list is
ordered by: "the 6 newest posts" then sorts every post of those kinds (~60 ms at
100,000 stories) and the home page's blocks take ~600 ms instead of ~20 ms. ANALYZE
writes the statistics (sqlite_stat1); it reads every index, ~1 s at 100,000 stories,
so the scheduler runs it when it starts and every SQLITE_ANALYZE_SECONDS after.
PostgreSQL's autovacuum does this by itself.
"""

import time

from django.conf import settings
from django.db import connection

_last_run: float | None = None


def analyze() -> bool:
    """Refresh the planner's statistics (SQLite only); whether it ran."""
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return True


def analyze_when_due(stdout) -> None:
    """For the scheduler: ANALYZE on the first pass, then every SQLITE_ANALYZE_SECONDS."""
    global _last_run
    now = time.monotonic()
    if _last_run is not None and now - _last_run < settings.SQLITE_ANALYZE_SECONDS:
        return
    _last_run = now
    started = time.perf_counter()
    if analyze():
        stdout.write(f"SQLite statistics refreshed in {time.perf_counter() - started:.1f} s.")
