from django.core.cache import caches
from django.db import connection
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from . import lite

LITE_COOKIE_SECONDS = 365 * 24 * 60 * 60


@never_cache
def health(request):
    """For load balancers: 200 when the database answers, 503 when it doesn't.

    The cache is reported but never fails the check: it fails open, so pages
    are still served without it.
    """
    status = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure means this process can't serve pages
        status["database"] = "unavailable"
    cache = caches["default"]
    try:
        cache.set("health:ping", "pong", 10)
        if cache.get("health:ping") != "pong":
            status["cache"] = "unavailable"
    except Exception:
        status["cache"] = "unavailable"
    return JsonResponse(status, status=200 if status["database"] == "ok" else 503)


@never_cache
def lite_mode(request):
    """The footer's lite-mode toggle (`?mode=on|off&next=/path`), a plain link: no JavaScript."""
    choice = request.GET.get("mode")
    if choice not in ("on", "off"):
        return HttpResponseBadRequest("Lite mode is turned on or off: ?mode=on or ?mode=off.")
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        target = "/"  # only paths on this site, never another host
    response = HttpResponseRedirect(target)
    if choice == "on":
        response.set_cookie(
            lite.COOKIE, "1", max_age=LITE_COOKIE_SECONDS, samesite="Lax", httponly=True
        )
    else:
        response.delete_cookie(lite.COOKIE, samesite="Lax")
    return response
