from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "newsstand.images"
    label = "images"
    verbose_name = "Images"

    def ready(self):
        from .metadata import strip_from_renditions
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        strip_from_renditions()
