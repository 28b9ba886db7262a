from django.urls import path, reverse

from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("2fa/", views.manage, name="twofactor_manage"),
        path("2fa/verify/", views.verify, name="twofactor_verify"),
        path("2fa/setup/", views.setup, name="twofactor_setup"),
        path("2fa/recovery-codes/", views.new_recovery_codes, name="twofactor_recovery_codes"),
        path("2fa/off/", views.turn_off, name="twofactor_off"),
    ]


@hooks.register("register_account_menu_item")
def account_menu_item(request):
    return {
        "url": reverse("twofactor_manage"),
        "label": "Two-factor login",
        "help_text": "A code from your phone as well as your password, and recovery codes.",
    }
