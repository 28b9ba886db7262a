from django.apps import AppConfig


class TwoFactorConfig(AppConfig):
    name = "newsstand.twofactor"
    label = "twofactor"
    verbose_name = "Two-factor login"
