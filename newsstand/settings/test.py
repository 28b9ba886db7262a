"""Test settings: an in-memory-fast setup with isolated media."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
WEBPUSH_VAPID_PRIVATE_KEY = "1Fwr0h7hVl4alXp3VW9mEGbsQGE9zYk-rZ0ZU21uJq0"  # test only
DEBUG = False
TWO_FACTOR_REQUIRED = False  # the two-factor tests turn it on
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="newsstand-test-media-")
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILIMAGES_AVIF_QUALITY = 30
PAGE_CACHE_GENERATION_FILE = Path(tempfile.mkdtemp(prefix="newsstand-test-var-")) / "generation"
STATIC_ROOT = tempfile.mkdtemp(prefix="newsstand-test-static-")
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Content tests change pages without publishing them; the page-cache tests turn it on.
PAGE_CACHE_SECONDS = 0
# A kind of post that exists only in tests (newsstand/core/tests/podcasts): it proves a new
# kind joins every list by declaring itself. It has no migrations; the test database
# creates its table directly.
INSTALLED_APPS = [*INSTALLED_APPS, "newsstand.core.tests.podcasts"]  # noqa: F405
# Buffered views are written out by the test (rollup.flush), never by a timer thread.
VIEWS_FLUSH_SECONDS = 0
# Background tasks run at once, inside the test (the worker's own tests start a real one).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
}
ANYMAIL = {"WEBHOOK_SECRET": "service:test-webhook-secret"}
# A cached page costs no query in tests; the Redis outage tests check for missed changes.
PAGE_CACHE_PENDING_CHECK_SECONDS = 3600
# Read once per test (conftest forgets it), not again mid-test: a page's query count is its own.
MOST_READ_STAMP_SECONDS = 3600
