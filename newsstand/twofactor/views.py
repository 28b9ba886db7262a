"""Setting up, proving and managing two-factor login: an authenticator app (TOTP) and
single-use recovery codes. A wrong code counts as a failed login (django-axes): five in a
row lock the account out as a wrong password does."""

import base64

import segno
from axes.handlers.proxy import AxesProxyHandler
from django_otp import devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib import messages
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from newsstand.core.lockout import lockout_response

from .forms import TokenForm
from .policy import is_required

RECOVERY_CODES = 10
WRONG = "That code isn't right, or it has already been used."


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else reverse("wagtailadmin_home")


def _locked_out(request):
    """The lockout response if this user has failed too often, else None."""
    credentials = {"username": request.user.get_username()}
    if AxesProxyHandler.is_allowed(request, credentials):
        return None
    return lockout_response(request, credentials=credentials)


def _wrong_code(request, form: TokenForm):
    """Count the failure as a failed login; the lockout if that was one too many."""
    credentials = {"username": request.user.get_username()}
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    form.add_error("token", WRONG)
    return _locked_out(request)


@require_http_methods(["GET", "POST"])
def verify(request):
    if locked := _locked_out(request):
        return locked
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(request, f"You used a recovery code; {left} are left.")
            return redirect(_next(request))
        if locked := _wrong_code(request, form):
            return locked
    return render(request, "twofactor/verify.html", {"form": form, "next": _next(request)})


@require_http_methods(["GET", "POST"])
def setup(request):
    """Scan the code, type what the app shows: the app is then the second factor."""
    user = request.user
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect("twofactor_manage")
    if locked := _locked_out(request):
        return locked
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                codes = _new_recovery_codes(user)
            otp_login(request, device)
            return render(
                request, "twofactor/recovery_codes.html", {"codes": codes, "next": _next(request)}
            )
        if locked := _wrong_code(request, form):
            return locked
    context = {
        "form": form,
        "next": _next(request),
        "qr": segno.make(device.config_url).svg_inline(scale=4, title="Two-factor setup code"),
        "secret": base64.b32encode(device.bin_key).decode(),
        "required": is_required(user),
    }
    return render(request, "twofactor/setup.html", context)


def manage(request):
    user = request.user
    context = {
        "active": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
        "required": is_required(user),
        "codes_left": StaticToken.objects.filter(device__user=user).count(),
    }
    return render(request, "twofactor/manage.html", context)


@require_POST
def new_recovery_codes(request):
    if not TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect("twofactor_setup")
    codes = _new_recovery_codes(request.user)
    return render(
        request,
        "twofactor/recovery_codes.html",
        {"codes": codes, "next": reverse("twofactor_manage")},
    )


@require_POST
def turn_off(request):
    if is_required(request.user):
        messages.error(request, "Your role requires two-factor login: it can't be turned off.")
    else:
        for device in devices_for_user(request.user, confirmed=None):
            device.delete()
        messages.success(request, "Two-factor login is off.")
    return redirect("twofactor_manage")


def _new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with new ones, shown once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes
