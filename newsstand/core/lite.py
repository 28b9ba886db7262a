"""Lite mode: for readers saving data, images below the lead load only on tap.

A reader is in lite mode when their browser sends `Save-Data: on`, or when they
turned it on with the toggle in the footer (a cookie). The page cache keys on
the mode, and responses vary on `Save-Data`.
"""

from django.http import HttpRequest

COOKIE = "lite"
BY_HEADER = "save-data"
BY_COOKIE = "cookie"
OFF = ""


def mode(request: HttpRequest) -> str:
    """How the reader asked for lite mode; `OFF` if they didn't."""
    if request.COOKIES.get(COOKIE) == "1":
        return BY_COOKIE
    if request.headers.get("Save-Data", "").strip().lower() == "on":
        return BY_HEADER
    return OFF


def is_on(request: HttpRequest | None) -> bool:
    return request is not None and mode(request) != OFF
