from django.apps import AppConfig


class FollowersConfig(AppConfig):
    name = "newsstand.followers"
    label = "followers"
    verbose_name = "Followers"

    def ready(self):
        from . import signal_handlers, webhooks  # noqa: F401
