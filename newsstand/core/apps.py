from django.apps import AppConfig
from django.core import checks


class CoreConfig(AppConfig):
    name = "newsstand.core"
    label = "core"
    verbose_name = "Publication"

    def ready(self):
        from . import posts
        from .checks import static_manifest
        from .signal_handlers import register_signal_handlers

        # Not tagged `staticfiles`: collectstatic, which writes the manifest, skips it.
        checks.register(static_manifest)

        register_signal_handlers()
        posts.register_signal_handlers()
