"""An administrator sets up two-factor login in a real browser, with the keyboard only."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from newsstand.core.browser import ARTIFACTS, DESKTOP

from .test_twofactor import PASSWORD, code

pytestmark = pytest.mark.browser


def test_setting_up_two_factor_login_with_the_keyboard(
    browser, live_server, live_home, settings, django_user_model
):
    settings.TWO_FACTOR_REQUIRED = True
    # A live server's database is emptied between tests, groups included: an administrator
    # needs none.
    django_user_model.objects.create_superuser("ed", "ed@example.ng", PASSWORD)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/admin/login/")
        page.get_by_label("Username").fill("ed")
        page.get_by_label("Password").fill(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/admin/2fa/setup/"))
        qr = page.locator(".twofactor-qr svg").first
        assert qr.is_visible() and qr.bounding_box()["width"] >= 100
        device = TOTPDevice.objects.get(user__username="ed")
        field = page.get_by_label("Code")
        for _ in range(60):  # reach the field with Tab alone
            if field.evaluate("el => el === document.activeElement"):
                break
            page.keyboard.press("Tab")
        page.keyboard.type(code(device))
        page.keyboard.press("Enter")
        page.wait_for_selector(".twofactor-codes")
        assert page.locator(".twofactor-codes li").count() == 10
        page.screenshot(path=ARTIFACTS / "twofactor-codes.png", full_page=True)
        page.get_by_role("link", name="I've saved them").click()
        page.wait_for_url(re.compile(r"/admin/$"), wait_until="domcontentloaded")
        assert page.get_by_role("heading", level=1).count() >= 1
    finally:
        context.close()
