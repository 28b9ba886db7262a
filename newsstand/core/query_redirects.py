"""Redirects of URLs with a query string, such as WordPress's `/?p=123`.

Wagtail's redirect middleware answers only 404s, and `/?p=123` is the home page
to Django (a 200), so such old links never reach it. The `before_serve_page`
hook in `wagtail_hooks` answers them from the same Redirect rows: the URL as
asked, or else the URL with only the keys that name content on a WordPress site,
so that tracking parameters (`utm_source`…) added when a link was shared don't
stop a match.
"""

from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

# Query keys that name content: post, page, attachment, category, tag, author.
CONTENT_KEYS = ("p", "page_id", "attachment_id", "cat", "tag", "author")


def redirect_for(request) -> HttpResponse | None:
    """The redirect response for the request's URL, if a Redirect row names it."""
    redirect = find(request)
    if redirect is None or redirect.link is None:
        return None
    if redirect.is_permanent:
        return HttpResponsePermanentRedirect(redirect.link)
    return HttpResponseRedirect(redirect.link)


def find(request) -> Redirect | None:
    """The redirect for the request's path and query string as the reader sent it (before
    the page cache kept only the parameters pages use), in one query; None without one."""
    path = request.get_full_path().partition("?")[0]
    query = getattr(request, "original_query_string", None) or request.META.get("QUERY_STRING", "")
    if not query:
        return None
    content = "&".join(part for part in query.split("&") if part.partition("=")[0] in CONTENT_KEYS)
    candidates = [Redirect.normalise_path(f"{path}?{q}") for q in (query, content) if q]
    if any("\0" in candidate for candidate in candidates):  # PostgreSQL refuses NUL
        return None
    site = Site.find_for_request(request)
    matches = Redirect.get_for_site(site).filter(old_path__in=candidates)
    # The URL as asked wins over its content keys alone, and this site's row over any site's.
    return min(
        matches, key=lambda r: (candidates.index(r.old_path), r.site_id is None), default=None
    )
