from django.apps import AppConfig


class PodcastsConfig(AppConfig):
    """A kind of post that exists only in tests: it joins the publication by declaring itself."""

    name = "newsstand.core.tests.podcasts"
    label = "podcasts"
    default_auto_field = "django.db.models.BigAutoField"
