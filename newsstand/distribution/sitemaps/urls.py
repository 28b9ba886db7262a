"""Wired into newsstand/distribution/urls.py."""

urlpatterns: list = []
