"""A full-page cache for anonymous readers, kept in the app's cache.

Every publish, unpublish, move, delete or settings change bumps one site-wide
generation number that is part of every key, so no page that could show the
change is ever served stale. Correct first; targeted purging can come later
if measurements ask for it.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

GENERATION_KEY = "pagecache:generation"
CACHE_CONTROL = "public, max-age={browser}, s-maxage={shared}, stale-while-revalidate={stale}"
# A cached response may vary only on what the key already covers.
KEYED_HEADERS = {"accept-encoding"}


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def generation() -> int:
    return cache().get(GENERATION_KEY) or 1


def invalidate() -> None:
    """Make every cached page stale at once."""
    try:
        cache().incr(GENERATION_KEY)
    except ValueError:  # no generation stored yet (or it was evicted)
        cache().set(GENERATION_KEY, 2, None)


def is_anonymous_read(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(settings.ADMIN_PATH_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def cache_key(request: HttpRequest) -> str:
    gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    raw = f"{request.scheme}|{request.get_host()}|{request.get_full_path()}|{gzip}"
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
        key = cache_key(request)
        response = cache().get(key) if settings.PAGE_CACHE_SECONDS else None
        if response is None:
            response = self.get_response(request)
            if not is_cacheable(response):
                return response
            self.make_public(response)
            if settings.PAGE_CACHE_SECONDS:
                cache().set(key, response, settings.PAGE_CACHE_SECONDS)
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )

    @staticmethod
    def make_public(response: HttpResponse) -> None:
        response["Cache-Control"] = CACHE_CONTROL.format(
            browser=settings.PAGE_CACHE_BROWSER_SECONDS,
            shared=settings.PAGE_CACHE_SECONDS,
            stale=settings.PAGE_CACHE_STALE_SECONDS,
        )
        patch_vary_headers(response, ["Accept-Encoding"])
        set_response_etag(response)
        response["Last-Modified"] = http_date()
