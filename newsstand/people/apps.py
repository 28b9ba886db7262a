from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "newsstand.people"
    label = "people"
    verbose_name = "People"
