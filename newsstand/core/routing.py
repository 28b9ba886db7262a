"""Route a page URL in two queries, where Wagtail walks the tree with two per level.

The site comes from the sites kept in the cache until the next change, where Wagtail
asks the database on every request, and its root page with it, as its own type: the
front page is served without a query of routing's own.

Wagtail routes /section/story/ from the site's root page down: each level looks
its child up by slug and then loads that child's specific row, six queries for a
story and more for an episode. Every page's `url_path` already spells its URL,
so one query fetches the page and all its ancestors below the site's root at once,
and a second loads the page's own row. The walk over those rows is Wagtail's: a
live routable page whose sub-URLs match the rest of the path answers it, a missing
child is a 404, a page that isn't live is a 404. The answer goes where Wagtail
keeps its own (`request._wagtail_route_for_request`); any case this doesn't model
(another `route()`, translations) is left to Wagtail.
"""

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404

from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from . import pagecache
from .pages import ANCESTORS

ROUTES = (Page.route, RoutablePageMixin.route)
UNKNOWN = object()


SITES_SECONDS = 3600  # a change of site invalidates it sooner (core.signal_handlers)


class RoutingMiddleware:
    """Fills in Wagtail's site and route for its page-serving view, before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and view_args:
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = find_site(request)
            route = find(request, view_args[0])
            if route is not UNKNOWN:
                request._wagtail_route_for_request = route


def find_site(request) -> Site | None:
    """Wagtail's `Site.find_for_request()`, from the sites kept until the next change:
    the site of this host and port, else of this host alone, else the default."""
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        port = int(request.get_port())
    except ValueError:  # a forwarded port that isn't a number matches no site's port
        port = None
    sites = pagecache.remember("routing:sites", _sites, SITES_SECONDS)

    def rank(site: Site) -> int:
        if site.hostname == hostname:
            return 0 if site.port == port else 1 if site.is_default_site else 3
        return 2  # the default site, for another host

    ranked = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=rank
    )
    if len(ranked) == 1 or (ranked and rank(ranked[0]) < 2):
        return ranked[0]
    if ranked and rank(ranked[0]) == 2:
        return ranked[len(ranked) == 2]  # the one other site of this host, else the default
    return None


def _sites() -> list[Site]:
    """Every site, with its root page as its own type: the front page is served from it."""
    sites = list(Site.objects.all())
    roots = Page.objects.filter(pk__in=[site.root_page_id for site in sites]).specific()
    by_pk = {page.pk: page for page in roots}
    for site in sites:
        site.root_page = by_pk[site.root_page_id]
    return sites


def find(request, path: str):
    """Wagtail's route for `path` (a RouteResult, or None for a 404), or UNKNOWN."""
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return UNKNOWN
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page  # read with the kept sites
    components = [component for component in path.split("/") if component]
    prefixes = ["".join(f"{c}/" for c in components[:n]) for n in range(1, len(components) + 1)]
    found = (
        Page.objects.filter(
            url_path__in=[root.url_path + prefix for prefix in prefixes],
            path__startswith=root.path,
        )
        if prefixes
        else ()
    )
    by_url = {page.url_path: page for page in found}
    pages = [root, *(by_url.get(root.url_path + prefix) for prefix in prefixes)]
    parent = None
    for depth, page in enumerate(pages):
        if page is None:
            return None  # no child by that slug: Wagtail's 404
        cls = page.specific_class
        if cls is None or getattr(cls, "route", None) not in ROUTES:
            return UNKNOWN
        if parent is not None:
            page._cached_parent_obj = parent
        rest = components[depth:]
        if issubclass(cls, RoutablePageMixin) and page.live:
            subpath = "/" + "".join(f"{c}/" for c in rest)
            try:
                cls.get_resolver().resolve(subpath)
            except Resolver404:
                pass
            else:
                return _routable(request, _specific(page, parent, pages[:depth]), subpath)
        if not rest:
            return RouteResult(_specific(page, parent, pages[:depth])) if page.live else None
        parent = page  # as treebeard gives it (callers ask for .specific)
    return None


def _specific(page: Page, parent: Page | None, above: list[Page]) -> Page:
    """The page's own row, with its picture (its template and its metadata both show it)."""
    field = getattr(page.specific_class, "listing_image_field", None)
    if field:
        specific = page.specific_class._default_manager.select_related(field).get(pk=page.pk)
    else:
        specific = page.specific
    if parent is not None:
        specific._cached_parent_obj = parent
    if not above or above[0].depth == 2:  # the site's root is the tree root's child
        specific.__dict__[ANCESTORS] = above
    return specific


def _routable(request, page: RoutablePageMixin, subpath: str) -> RouteResult | None:
    try:
        match = page.resolve_subpage(subpath)
    except Http404:
        return None
    request.routable_resolver_match = match
    view, args, kwargs = match
    return RouteResult(page, args=(view, args, kwargs))
