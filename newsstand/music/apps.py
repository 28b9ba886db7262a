from django.apps import AppConfig


class MusicConfig(AppConfig):
    name = "newsstand.music"
    label = "music"
    verbose_name = "Music"
