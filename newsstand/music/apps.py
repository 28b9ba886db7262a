from django.apps import AppConfig


class MusicConfig(AppConfig):
    name = "newsstand.music"
    label = "music"
    verbose_name = "Music"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
