"""What readership adds to the site (the counter, the most-read lists) and to the admin."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Page

from newsstand.core.csp import allow_inline
from newsstand.core.posts import is_post

from . import admin_views, rankings, rollup
from .admin_pages import ReadershipPageViewSet
from .models import Ranking

# Sends the page's referrer once the page is really shown (not while prerendered);
# the same for every page, so the CSP allows it by one hash.
SCRIPT = (
    '(function(s){var u=s.getAttribute("data-views");function go(){var r=document.referrer;'
    "if(navigator.sendBeacon&&navigator.sendBeacon(u,r))return;"
    'new Image().src=u+"?r="+encodeURIComponent(r)}'
    'if(document.prerendering)document.addEventListener("prerenderingchange",go,{once:true});'
    "else go()})(document.currentScript)"
)


@hooks.register("page_end")
def counter(context) -> SafeString:
    """Every page a reader sees counts itself: by script, or by an image with scripts off."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None or getattr(request, "is_preview", False):
        return SafeString("")
    allow_inline(request, "script-src", SCRIPT)
    url = reverse("readership:count", args=[page.pk])
    return format_html(
        '<script data-views="{}">{}</script>'
        '<noscript><img src="{}" alt="" width="1" height="1" hidden></noscript>',
        url,
        SafeString(SCRIPT),
        url,
    )


@hooks.register("page_cache_query_parameters")
def counter_query_parameters() -> list[str]:
    return ["r"]  # the no-beacon fallback's referrer (answered before the page cache anyway)


@hooks.register("front_page_rail")
def front_page(context) -> SafeString:
    found = rankings.lists(Ranking.List.DAY, Ranking.List.TRENDING, count=settings.MOST_READ_COUNT)
    return _render(
        "front",
        [("Most read today", found[Ranking.List.DAY]), ("Trending", found[Ranking.List.TRENDING])],
    )


@hooks.register("sidebar")
def sidebar(context) -> SafeString:
    page = context.get("page")
    found = rankings.lists(Ranking.List.DAY, count=settings.MOST_READ_COUNT, exclude=page)
    return _render("sidebar", [("Most read", found[Ranking.List.DAY])])


@hooks.register("section_rail")
def section(context) -> SafeString:
    page = context.get("page")
    if not isinstance(page, Page) or is_post(page):
        return SafeString("")
    found = rankings.lists(Ranking.List.WEEK, scope=page, count=settings.MOST_READ_COUNT)
    return _render("section", [(f"Most read in {page.title} this week", found[Ranking.List.WEEK])])


def _render(place: str, lists: list[tuple[str, list]]) -> SafeString:
    lists = [(title, items) for title, items in lists if items]
    if not lists:
        return SafeString("")
    return render_to_string("readership/most_read.html", {"place": place, "lists": lists})


@hooks.register("scheduler_pass")
def roll_up(stdout) -> None:
    """Every pass: buffered views into the counts. When due: the lists, and old counts out."""
    added = rollup.flush()
    if added:
        stdout.write(f"Readership: {added} views counted.")
    now = timezone.now()
    if rankings.is_due(now):
        places = rankings.compute(now)
        pruned = rollup.prune(now)
        stdout.write(
            f"Readership: {places} places in the most-read lists; {pruned} old counts dropped."
        )


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("readership/", admin_views.overview, name="readership_overview"),
        path("readership/pages/<int:page_id>/", admin_views.page_views, name="readership_page"),
        path("readership/export.csv", admin_views.export, name="readership_export"),
    ]


@hooks.register("register_admin_menu_item")
def menu_item():
    return MenuItem("Readership", reverse("readership_overview"), icon_name="view", order=250)


@hooks.register("construct_homepage_panels")
def dashboard(request, panels):
    panels.insert(0, admin_views.TopTodayPanel())


@hooks.register("register_page_header_buttons")
def header_button(page, user, view_name, next_url=None):
    if page.live and page.depth > 1:
        yield Button(
            "Readership", reverse("readership_page", args=[page.pk]), icon_name="view", priority=80
        )


@hooks.register("register_admin_viewset")
def page_viewset():
    return ReadershipPageViewSet()
