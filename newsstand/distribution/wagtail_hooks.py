"""What distribution adds to the pages of other apps: page metadata in the <head>, and
the feeds of every listing for the frontend cache purge."""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from wagtail import hooks

from . import metadata

# Routes of a listing's feeds, as mounted by feeds/urls.py (a listing's path + these).
FEED_SUFFIXES = ("feed/", "feed/atom/")


@hooks.register("page_head")
def page_meta(context) -> SafeString:
    """Canonical URL, description, robots, OpenGraph, Twitter card, feeds and JSON-LD."""
    return render_to_string(
        "distribution/meta.html",
        {"meta": metadata.build(context), "publication": context.get("settings")},
    )


@hooks.register("frontend_cache_listing_paths")
def feed_paths(path: str) -> list[str]:
    """A section's, series', tag's or author's feeds sit below its path."""
    base = path.rstrip("/") + "/"
    return [base + suffix for suffix in FEED_SUFFIXES]


@hooks.register("page_cache_query_parameters")
def sitemap_query_parameters() -> list[str]:
    return ["p"]  # the page of a paged sitemap (Django's sitemap views)
