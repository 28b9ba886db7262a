from django.apps import AppConfig


class ChartsConfig(AppConfig):
    name = "newsstand.charts"
    label = "charts"
    verbose_name = "Charts"
