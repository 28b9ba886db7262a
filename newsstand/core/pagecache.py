"""A full-page cache for anonymous readers, kept in the app's cache.

Every publish, unpublish, move, delete or settings change replaces one site-wide
generation token that is part of every key, so no page that could show the
change is ever served stale. Correct first; targeted purging can come later
if measurements ask for it.

The token must be seen by every process (app workers, the scheduler, a shell):
it lives in the cache when that cache is shared (Redis), and in a small file
when the cache is per-process memory.

A change Redis can't be told of (it is down or hung) is written to the database as a
`PendingInvalidation`. Every process looks for one at least every
PAGE_CACHE_PENDING_CHECK_SECONDS; while one is pending it serves nothing from the cache,
and once Redis answers again it replaces the token and clears the record. So pages
cached before the change are never served after it, however the outage ends.
"""

import hashlib
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache as memoize
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import DatabaseError, transaction
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

from wagtail import hooks

from . import lite, query_redirects

GENERATION_KEY = "pagecache:generation"
CACHE_CONTROL = "public, max-age={browser}, s-maxage={shared}, stale-while-revalidate={stale}"
# A cached response may vary only on what the key already covers.
KEYED_HEADERS = {"accept-encoding", "save-data"}


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _process_local() -> bool:
    return isinstance(cache(), LocMemCache)


# A reader's page is rendered under the generation read once when its render began.
_render_generation: ContextVar[str | None] = ContextVar("render_generation", default=None)


def generation() -> str:
    return _render_generation.get() or _read_generation()


def _read_generation() -> str:
    if _process_local():
        try:
            return Path(settings.PAGE_CACHE_GENERATION_FILE).read_text()
        except OSError:  # never invalidated yet
            return "0"
    return cache().get(GENERATION_KEY) or "0"


def remember[T](name: str, compute: Callable[[], T], seconds: int) -> T:
    """`compute()`, kept in the page cache until the next change (or `seconds`)."""
    if change_pending():
        return compute()
    key = f"pagecache-data:{generation()}:{name}"
    value = cache().get(key)
    if value is None:
        value = compute()
        cache().set(key, value, seconds)
    return value


def invalidate() -> None:
    """Make every cached page stale at once, in every process: now, and again on commit.

    Until the change commits, other readers still get the old content and could
    cache it under the new generation; the second replacement retires those copies.
    """
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    _render_generation.set(None)  # a render that changed content reads the new one
    token = secrets.token_hex(8)
    if not _process_local():
        if not _set_generation(token):
            from .models import PendingInvalidation

            PendingInvalidation.objects.create()
            _pending.checked_at = 0.0  # this process looks at once
        return
    path = Path(settings.PAGE_CACHE_GENERATION_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{token}")
    temporary.write_text(token)
    temporary.replace(path)  # atomic: readers see the old token or the new one


def _set_generation(token: str) -> bool:
    """Whether the shared cache now holds `token` (read back: a failing cache ignores writes)."""
    cache().set(GENERATION_KEY, token, None)
    return cache().get(GENERATION_KEY) == token


class _Pending:
    checked_at = 0.0
    pending = False


_pending = _Pending()


def change_pending() -> bool:
    """Whether a change is waiting to reach the shared cache; applies it if it can. Looks in
    the database at most every PAGE_CACHE_PENDING_CHECK_SECONDS per process."""
    if _process_local():
        return False
    now = time.monotonic()
    if now - _pending.checked_at < settings.PAGE_CACHE_PENDING_CHECK_SECONDS:
        return _pending.pending
    from .models import PendingInvalidation

    _pending.checked_at = now
    try:
        waiting = list(PendingInvalidation.objects.values_list("pk", flat=True))
    except DatabaseError:  # the database is down: the cache is all readers have left
        return _pending.pending
    if waiting and _set_generation(secrets.token_hex(8)):
        PendingInvalidation.objects.filter(pk__in=waiting).delete()
        waiting = []
    _pending.pending = bool(waiting)
    return _pending.pending


def is_anonymous_read(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(settings.ADMIN_PATH_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


@memoize
def query_parameters() -> frozenset[str]:
    """Every query parameter a public page reads, as the apps declare them under the
    `page_cache_query_parameters` hook (each returns names: "page", "q"…)."""
    return frozenset(name for fn in hooks.get_hooks("page_cache_query_parameters") for name in fn())


def keep_only_used_parameters(request: HttpRequest) -> bool:
    """Rewrite an anonymous read's query string to what pages use: the declared parameters,
    the first value of each, in a fixed order; whether anything changed (the original is
    kept as `request.original_query_string`). `/?utm_source=x` is `/`, rendered and cached
    once; a reader can't make the app render (or the cache keep) a page per made-up query."""
    original = request.META.get("QUERY_STRING", "")
    if not original:
        return False
    kept = {}
    for name, value in parse_qsl(original, keep_blank_values=True):
        if name in query_parameters() and name not in kept:
            kept[name] = value
    query = urlencode(sorted(kept.items()))
    if query == original:
        return False
    request.original_query_string = original
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)
    return True


def cache_key(request: HttpRequest) -> str:
    gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    mode = lite.mode(request)
    raw = f"{request.scheme}|{request.get_host()}|{request.get_full_path()}|{gzip}|{mode}"
    return f"pagecache:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_cacheable(response: HttpResponse) -> bool:
    vary = {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}
    control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and vary <= KEYED_HEADERS
        and not any(word in control for word in ("private", "no-cache", "no-store"))
    )


# While one thread renders a page, others asking for it in this process wait for its copy
# instead of rendering it too: after a publish, a spike makes one render, not hundreds.
_rendering: dict[str, threading.Event] = {}
_rendering_lock = threading.Lock()
RENDER_WAIT_SECONDS = 10


@contextmanager
def single_render(key: str) -> Iterator[bool]:
    """Yields True to the one thread that should render `key`; others wait for it first."""
    with _rendering_lock:
        done = _rendering.get(key)
        if done is None:
            done = _rendering[key] = threading.Event()
            owner = True
        else:
            owner = False
    if not owner:
        done.wait(RENDER_WAIT_SECONDS)
        yield False
        return
    try:
        yield True
    finally:
        with _rendering_lock:
            del _rendering[key]
        done.set()


class PageCacheMiddleware:
    """Serves anonymous GETs from the cache; marks everything else uncacheable downstream."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_anonymous_read(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                response["Cache-Control"] = "private, no-cache"
            return response
        if keep_only_used_parameters(request):
            # An editor's redirect may name the URL as sent (`/news?edition=print`).
            redirect = query_redirects.redirect_for(request)
            if redirect is not None:
                return redirect
        if not settings.PAGE_CACHE_SECONDS or change_pending():
            response, cacheable = self.render(request)
            return self.conditional(request, response) if cacheable else response
        key = cache_key(request)
        response = cache().get(key)
        if response is None:
            with single_render(key) as rendering:
                # A thread that waited finds the copy just made (unless it wasn't cacheable).
                response = None if rendering else cache().get(key)
                if response is None:
                    response, cacheable = self.render(request)
                    if not cacheable:
                        return response
                    cache().set(key, response, settings.PAGE_CACHE_SECONDS)
        return self.conditional(request, response)

    def render(self, request: HttpRequest) -> tuple[HttpResponse, bool]:
        token = _render_generation.set(_read_generation())
        try:
            response = self.get_response(request)
        finally:
            _render_generation.reset(token)
        cacheable = is_cacheable(response)
        if cacheable:
            self.make_public(response, lite.mode(request))
        return response, cacheable

    @staticmethod
    def conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """A 304 when the reader's copy is current."""
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )

    @staticmethod
    def make_public(response: HttpResponse, lite_mode: str) -> None:
        if lite_mode == lite.BY_COOKIE:
            # Shared caches don't key on our cookie: only the reader's browser may keep it.
            response["Cache-Control"] = f"private, max-age={settings.PAGE_CACHE_BROWSER_SECONDS}"
        else:
            response["Cache-Control"] = CACHE_CONTROL.format(
                browser=settings.PAGE_CACHE_BROWSER_SECONDS,
                shared=settings.PAGE_CACHE_SECONDS,
                stale=settings.PAGE_CACHE_STALE_SECONDS,
            )
        patch_vary_headers(response, ["Accept-Encoding", "Save-Data"])
        set_response_etag(response)
        response["Last-Modified"] = http_date()
