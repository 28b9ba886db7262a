"""The admin asks a signed-in user for their second factor before anything else: the code
from their phone if they have set it up, or setting it up if their role requires it."""

from django_otp import user_has_device

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .policy import must_verify

# What a user who hasn't proved a second factor may still reach in the admin.
OPEN = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "twofactor_verify",
        "twofactor_setup",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",  # the icons of the pages above
    }
)


class RequireTwoFactorMiddleware:
    """After django_otp's OTPMiddleware, which tells whether the session proved a device."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        name = request.resolver_match.url_name if request.resolver_match else None
        if name in OPEN or not request.user.is_authenticated or not must_verify(request.user):
            return None
        step = reverse("twofactor_verify" if user_has_device(request.user) else "twofactor_setup")
        if request.method != "GET":  # a form sent before the code: start again from home
            return redirect(step)
        return redirect(f"{step}?{urlencode({'next': request.get_full_path()})}")
