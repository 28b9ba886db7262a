"""The site's two menus: sections in the main navigation, standing pages in the footer.

A page type with `footer_menu = True` (About, Contact, Privacy…) goes in the
footer instead of the main navigation, when it is ticked "Show in menus".
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr

from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from . import pagecache
from .listing import ListingQuerySet
from .posts import post_types

MENU_CACHE_SECONDS = 3600


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    path: str = ""  # the page's tree path, to mark the current section


def footer_page_types() -> list[type[Page]]:
    return [model for model in get_page_models() if getattr(model, "footer_menu", False)]


def top_pages(home: Page) -> list[Page]:
    """The live, public pages in menus right under `home`, in menu order, as their own types
    (their own fields deferred), each with `has_posts`: whether a live post is below it.

    The main menu and the front page (a block for each that holds posts) both show
    them, so they are read once for both and kept until the next publish.
    """

    def read() -> list[Page]:
        published = (
            Page.objects.live().type(*post_types()).filter(path__startswith=OuterRef("path"))
        )
        found = []
        children = ListingQuerySet(Page).child_of(home).live().public().in_menu()
        for page in children.annotate(has_posts=Exists(published)).order_by("path"):
            specific = page.specific_deferred
            specific.has_posts = page.has_posts
            found.append(specific)
        return found

    return pagecache.remember(f"menus:top:{home.path}", read, MENU_CACHE_SECONDS)


def main_menu(site: Site) -> list[Link]:
    """The pages of `top_pages` but footer ones that hold at least one live post: a new or
    imported section with nothing published in it yet would lead readers to an empty page.
    It joins when its first post is published. Cached until the next publish, like the footer:
    every page shows it.
    """

    def links() -> list[Link]:
        footer = tuple(footer_page_types())
        pages = [page for page in top_pages(site.root_page) if not isinstance(page, footer)]
        return _links(site, [page for page in pages if page.has_posts])

    return pagecache.remember(f"menus:main:{site.pk}", links, MENU_CACHE_SECONDS)


def footer_menu(site: Site) -> list[Link]:
    """Links to the footer pages of `site`: one query, then cached until the next publish."""

    def links() -> list[Link]:
        # A restriction on the page or an ancestor hides it (`public()` costs a query more).
        restricted = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        pages = (
            Page.objects.child_of(site.root_page)
            .live()
            .in_menu()
            .type(*footer_page_types())
            .exclude(Exists(restricted))
            .only("title", "url_path", "path")
            .order_by("path")
        )
        return _links(site, pages)

    return pagecache.remember(f"menus:footer:{site.pk}", links, MENU_CACHE_SECONDS)


def _links(site: Site, pages) -> list[Link]:
    root = site.root_page.url_path
    return [Link(page.title, "/" + page.url_path.removeprefix(root), page.path) for page in pages]
