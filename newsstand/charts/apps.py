from django.apps import AppConfig


class ChartsConfig(AppConfig):
    name = "newsstand.charts"
    label = "charts"
    verbose_name = "Charts"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
