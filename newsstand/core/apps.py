from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "newsstand.core"
    label = "core"
    verbose_name = "Publication"

    def ready(self):
        from . import posts
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        posts.register_signal_handlers()
