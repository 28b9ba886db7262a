"""What a locked-out login gets: django-axes' 429 and message, and when to try again."""

from axes.helpers import get_cool_off, get_lockout_message

from django.conf import settings
from django.http import HttpResponse


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: the 429 says, in `Retry-After`, how long the lock lasts."""
    response = HttpResponse(
        get_lockout_message(), status=settings.AXES_HTTP_RESPONSE_CODE, content_type="text/plain"
    )
    cool_off = get_cool_off(request)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
