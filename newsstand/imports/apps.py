from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "newsstand.imports"
    label = "imports"
    verbose_name = "Imports"
