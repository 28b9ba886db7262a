"""Wired into newsstand/distribution/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("sitemap.xml", views.index, name="sitemap-index"),
    path("sitemap-<slug:section>.xml", views.section, name="sitemap-section"),
    path("news-sitemap.xml", views.news, name="news-sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
]
