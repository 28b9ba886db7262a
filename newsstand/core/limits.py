"""Counting things per hour in the shared cache: sign-ups per address, reset mails per account."""

from django.core.cache import cache


def exceeded(key: str, limit: int, seconds: int = 3600) -> bool:
    """Count one more under `key`; whether that makes more than `limit` in the window.

    The window starts with the first count. Without Redis the count is per process, so
    with N processes up to N × limit get through; while Redis is down (the cache fails
    open) nothing is counted, and nothing is refused.
    """
    key = f"limits:{key}"
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key) > limit
    except ValueError:  # the window ended between add and incr
        return False
