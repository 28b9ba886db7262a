"""Feeds, sitemaps and robots.txt: mounted before Wagtail's page URLs."""

from django.urls import include, path

urlpatterns = [
    path("", include("newsstand.distribution.feeds.urls")),
    path("", include("newsstand.distribution.sitemaps.urls")),
]
