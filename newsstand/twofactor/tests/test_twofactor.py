"""Two-factor login: required for those who publish, optional for contributors, with
single-use recovery codes, and covered by the login lockout."""

import io
import re
import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.management import CommandError, call_command
from django.test import Client

from newsstand.core.testing import user_in

PASSWORD = "pass-word-123"


@pytest.fixture(autouse=True)
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """What the reader's authenticator app shows now (or in a later 30-second step)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + device.step * steps_ahead
    return f"{totp.token():0{device.digits}d}"


def signed_in(username: str) -> Client:
    client = Client()
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:500]
    return client


def set_up(client: Client) -> tuple[TOTPDevice, list[str]]:
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post("/admin/2fa/setup/", {"token": code(device), "next": "/admin/"})
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    return device, codes


@pytest.mark.django_db
def test_an_editor_must_set_it_up_then_prove_it_at_each_sign_in(home):
    user_in("Editors", "ed")
    client = signed_in("ed")
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/setup/?next=%2Fadmin%2Fpages%2F"

    page = client.get(response["Location"]).content.decode()
    assert "<svg" in page and "Two-factor setup code" in page  # the QR code, drawn inline
    device = TOTPDevice.objects.get(user__username="ed", confirmed=False)
    secret = re.search(r"Type this key instead: <code>([A-Z2-7=]+)</code>", page).group(1)
    assert f"secret={secret.rstrip('=')}" in device.config_url

    wrong = client.post("/admin/2fa/setup/", {"token": "000000"})
    assert "That code isn&#x27;t right" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp makes a retry wait a moment after a wrong code
    response = client.post("/admin/2fa/setup/", {"token": code(device), "next": "/admin/pages/"})
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get("/admin/pages/").status_code == 200

    # The next sign-in asks for the code, and goes where it was going.
    client = signed_in("ed")
    response = client.get("/admin/pages/")
    assert response["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F"
    response = client.post(
        "/admin/2fa/verify/", {"token": code(device, 1), "next": "/admin/pages/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_nothing_in_the_admin_works_before_the_second_factor(home, article):
    editor = user_in("Editors", "ed")
    set_up(signed_in("ed"))
    client = signed_in("ed")
    response = client.post(f"/admin/pages/{article.pk}/unpublish/", {})
    assert response.status_code == 302 and "/admin/2fa/verify/" in response["Location"]
    article.refresh_from_db()
    assert article.live
    assert client.get("/admin/api/main/pages/").status_code == 302
    assert editor.is_authenticated


@pytest.mark.django_db
def test_a_recovery_code_signs_in_once(home):
    user_in("Editors", "ed")
    _, codes = set_up(signed_in("ed"))
    client = signed_in("ed")
    response = client.post("/admin/2fa/verify/", {"token": codes[0]})
    assert response.status_code == 302
    assert StaticToken.objects.filter(token=codes[0]).count() == 0
    again = signed_in("ed").post("/admin/2fa/verify/", {"token": codes[0]})
    assert again.status_code == 200 and "That code isn&#x27;t right" in again.content.decode()


@pytest.mark.django_db
def test_wrong_codes_lock_the_account_out_like_wrong_passwords(home):
    user_in("Editors", "ed")
    device, _ = set_up(signed_in("ed"))
    client = signed_in("ed")
    statuses = [
        client.post("/admin/2fa/verify/", {"token": f"{n:06d}"}).status_code for n in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    locked = client.post("/admin/2fa/verify/", {"token": code(device, 1)})
    assert locked.status_code == 429 and int(locked["Retry-After"]) > 0
    assert (
        Client().post("/admin/login/", {"username": "ed", "password": PASSWORD}).status_code == 429
    )


@pytest.mark.django_db
def test_contributors_may_turn_it_on_and_off(home):
    user_in("Contributors", "cy")
    client = signed_in("cy")
    assert client.get("/admin/").status_code == 200  # not required
    assert "Two-factor login" in client.get("/admin/account/").content.decode()
    assert "Two-factor login is off" in client.get("/admin/2fa/").content.decode()
    device, _ = set_up(client)
    assert "Two-factor login is on" in client.get("/admin/2fa/").content.decode()
    # Once on, it is asked for like anyone else's.
    assert "/admin/2fa/verify/" in signed_in("cy").get("/admin/")["Location"]
    client.post("/admin/2fa/off/")
    assert not TOTPDevice.objects.filter(user__username="cy").exists()
    assert signed_in("cy").get("/admin/").status_code == 200


@pytest.mark.django_db
def test_administrators_cannot_turn_it_off_and_can_renew_recovery_codes(home, django_user_model):
    django_user_model.objects.create_superuser("root", "root@example.ng", PASSWORD)
    client = signed_in("root")
    assert "/admin/2fa/setup/" in client.get("/admin/")["Location"]
    _, old = set_up(client)
    client.post("/admin/2fa/off/")
    assert TOTPDevice.objects.filter(user__username="root", confirmed=True).exists()
    response = client.post("/admin/2fa/recovery-codes/")
    new = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert StaticToken.objects.filter(token__in=old).count() == 0


@pytest.mark.django_db
def test_a_next_address_elsewhere_is_not_followed(home):
    user_in("Editors", "ed")
    device, _ = set_up(signed_in("ed"))
    client = signed_in("ed")
    response = client.post(
        "/admin/2fa/verify/", {"token": code(device, 1), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_when_not_required_editors_sign_in_with_a_password(home, settings):
    settings.TWO_FACTOR_REQUIRED = False
    user_in("Editors", "ed")
    assert signed_in("ed").get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_a_lost_phone_is_reset_from_the_command_line(home):
    user_in("Editors", "ed")
    set_up(signed_in("ed"))
    out = io.StringIO()
    call_command("twofactor_reset", "ed", stdout=out)
    assert "Removed 2 two-factor devices of ed" in out.getvalue()  # the app, the codes
    assert "/admin/2fa/setup/" in signed_in("ed").get("/admin/")["Location"]
    with pytest.raises(CommandError, match="There is no user 'nobody'"):
        call_command("twofactor_reset", "nobody")
