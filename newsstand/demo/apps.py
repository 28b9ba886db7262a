from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "newsstand.demo"
    label = "demo"
    verbose_name = "Demo publication"
