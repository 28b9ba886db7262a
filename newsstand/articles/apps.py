from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "newsstand.articles"
    label = "articles"
    verbose_name = "Articles"
