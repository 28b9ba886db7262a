from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


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
