"""A page's URL as Wagtail writes it (`page.get_url(request)`), remembered per process.

Wagtail reverses its serve view for every link it writes: ~24 µs a link, two thirds of it
Django's `reverse`, and a front page links some fifty pages. For a page routed Wagtail's
way the URL depends only on the page's `url_path`, the sites' root paths, the request's
site and Django's URL state (script prefix, URLconf, language). It is remembered under
all of them, so a moved page, a changed site or another prefix is a new key, never a
stale URL.
"""

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language

from wagtail.models import Page, Site

LIMIT = 20_000  # URLs kept; all are forgotten at once past it (a few MB at most)

_known: dict[tuple, str | None] = {}


def page_url(page: Page, request=None) -> str | None:
    """`page.get_url(request)`: the same URL, relative on the request's own site."""
    kind = type(page)
    if request is None or (kind.get_url, kind.get_url_parts) != (Page.get_url, Page.get_url_parts):
        return page.get_url(request)
    site = Site.find_for_request(request)
    key = (
        page.url_path,
        tuple(page._get_site_root_paths(request)),  # kept on the request by Wagtail
        site.pk if site else None,
        get_script_prefix(),
        get_urlconf(settings.ROOT_URLCONF),  # the request's own, else the project's
        get_language(),
    )
    try:
        return _known[key]
    except KeyError:
        if len(_known) >= LIMIT:
            _known.clear()
        url = _known[key] = page.get_url(request)
        return url
