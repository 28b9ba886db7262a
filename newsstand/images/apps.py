from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "newsstand.images"
    label = "images"
    verbose_name = "Images"
