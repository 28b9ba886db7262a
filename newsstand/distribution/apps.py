from django.apps import AppConfig


class DistributionConfig(AppConfig):
    name = "newsstand.distribution"
    label = "distribution"
    verbose_name = "Distribution"
