"""Sitemap and robots.txt views."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse

from newsstand.core.models import PublicationSettings
from newsstand.core.sitemaps import registered_sitemaps

from .news import NewsSitemap

DISALLOWED = ("/admin/", "/search/")


def sections(request) -> dict:
    return {name: sitemap(request) for name, sitemap in registered_sitemaps().items()}


def index(request):
    """The sitemap index: every page of each section that has any entries."""
    found = {name: s for name, s in sections(request).items() if s.paginator.count}
    return sitemap_views.index(request, found, sitemap_url_name="sitemap-section")


def section(request, section: str):
    """One page (`?p=`) of a section; a page number that isn't one gives 404."""
    return sitemap_views.sitemap(
        request, sections(request), section=section, template_name="sitemaps/sitemap.xml"
    )


def news(request):
    response = sitemap_views.sitemap(
        request, {"news": NewsSitemap(request)}, template_name="sitemaps/news_sitemap.xml"
    )
    response.context_data.update(
        publication=PublicationSettings.for_request(request).name,
        language=settings.LANGUAGE_CODE.partition("-")[0],
    )
    return response


def robots_txt(request):
    """Crawl everything readers see, except the admin and search results; name the sitemaps.

    /documents/ stays open: documents are files a story links to (a court
    ruling, a budget), worth finding in search, and those in private
    collections are already refused by Wagtail's own checks, which a
    Disallow line could not do.
    """
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED),
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news-sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
