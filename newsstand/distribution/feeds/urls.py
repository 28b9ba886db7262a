"""Wired into newsstand/distribution/urls.py."""

from django.urls import path, re_path

from . import sources
from .views import AtomFeed, RssFeed, json_feed

# A Wagtail page's path below the site root, as Wagtail's own URL pattern matches it.
PAGE_PATH = r"(?P<path>(?:[\w-]+/)+)"

urlpatterns = [
    path("feed/", RssFeed(sources.site), name="feed"),
    path("feed/atom/", AtomFeed(sources.site), name="feed-atom"),
    path("feed.json", json_feed, name="feed-json"),
    path("tags/<uslug:slug>/feed/", RssFeed(sources.tag), name="tag-feed"),
    path("tags/<uslug:slug>/feed/atom/", AtomFeed(sources.tag), name="tag-feed-atom"),
    path("authors/<uslug:slug>/feed/", RssFeed(sources.author), name="author-feed"),
    path("authors/<uslug:slug>/feed/atom/", AtomFeed(sources.author), name="author-feed-atom"),
    re_path(rf"^{PAGE_PATH}feed/$", RssFeed(sources.page), name="page-feed"),
    re_path(rf"^{PAGE_PATH}feed/atom/$", AtomFeed(sources.page), name="page-feed-atom"),
]
