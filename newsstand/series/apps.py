from django.apps import AppConfig


class SeriesConfig(AppConfig):
    name = "newsstand.series"
    label = "series"
    verbose_name = "Serialized stories"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
