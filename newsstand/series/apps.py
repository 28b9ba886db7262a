from django.apps import AppConfig


class SeriesConfig(AppConfig):
    name = "newsstand.series"
    label = "series"
    verbose_name = "Serialized stories"
