from django.apps import AppConfig


class ReadershipConfig(AppConfig):
    name = "newsstand.readership"
    label = "readership"
    verbose_name = "Readership"
