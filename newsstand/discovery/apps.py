from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    name = "newsstand.discovery"
    label = "discovery"
    verbose_name = "Discovery"
