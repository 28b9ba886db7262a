"""Who must use two-factor login: administrators and the groups in TWO_FACTOR_REQUIRED_GROUPS
(Editors and Moderators: they publish). Everyone else may turn it on."""

from django_otp import user_has_device

from django.conf import settings


def is_required(user) -> bool:
    if not settings.TWO_FACTOR_REQUIRED:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def must_verify(user) -> bool:
    """Whether this signed-in user must prove a second factor before using the admin."""
    if user.is_verified():
        return False
    return user_has_device(user) or is_required(user)
