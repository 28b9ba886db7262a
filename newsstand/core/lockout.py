"""Guessing at staff accounts: what a locked-out login gets, and how often a reset is mailed."""

import logging

from axes.helpers import get_cool_off, get_lockout_message

from django.conf import settings
from django.http import HttpResponse

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from . import limits

logger = logging.getLogger(__name__)


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: the 429 says, in `Retry-After`, how long the lock lasts."""
    response = HttpResponse(
        get_lockout_message(), status=settings.AXES_HTTP_RESPONSE_CODE, content_type="text/plain"
    )
    cool_off = get_cool_off(request)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


class PasswordResetForm(WagtailPasswordResetForm):
    """WAGTAILADMIN_USER_PASSWORD_RESET_FORM: Wagtail's, but each account gets at most
    PASSWORD_RESETS_PER_HOUR reset mails an hour, so nobody can flood an editor's inbox.
    The page says the same whether a mail went or not, as for an unknown address."""

    def get_users(self, email):
        for user in super().get_users(email):
            if limits.exceeded(f"password-resets:{user.pk}", settings.PASSWORD_RESETS_PER_HOUR):
                logger.warning("Password reset for user %s not sent: hourly limit", user.pk)
            else:
                yield user
