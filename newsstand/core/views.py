import errno
import sys

from django.core.cache import caches
from django.db import InterfaceError, OperationalError, connection
from django.http import (
    HttpResponseBadRequest,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from . import lite

LITE_COOKIE_SECONDS = 365 * 24 * 60 * 60
STORAGE_FULL = (errno.ENOSPC, errno.EDQUOT)
RETRY_AFTER_SECONDS = 5


def server_error(request):
    """The URLconf's 500 handler, telling a passing outage from a fault.

    Django calls it while handling the exception (from a view or a middleware), so
    `sys.exception()` is the cause:
    - the database unreachable (restarting, failed over): 503 with `Retry-After`;
    - the disk or quota full while saving an upload: 507, "file not saved";
    - anything else: 500.
    Django has already logged the exception at ERROR. None of these pages is stored.
    """
    exception = sys.exception()
    context, status = {}, 500
    if isinstance(exception, (OperationalError, InterfaceError)):
        status = 503
        context = {
            "heading": "Back in a moment",
            "message": "We can't reach our database just now, so nothing you sent was saved. "
            "Please try again in a few seconds.",
        }
    elif isinstance(exception, OSError) and exception.errno in STORAGE_FULL:
        status = 507
        context = {
            "heading": "Storage is full — file not saved",
            "message": "The server has no room left for this file, so nothing was saved. "
            "Please tell the site's administrator; the rest of your work is safe.",
        }
    response = HttpResponseServerError(loader.render_to_string("500.html", context))
    response.status_code = status
    response["Cache-Control"] = "no-store"
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


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
