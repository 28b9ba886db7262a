from django.apps import AppConfig


class InfoConfig(AppConfig):
    name = "newsstand.info"
    label = "info"
    verbose_name = "Pages"
