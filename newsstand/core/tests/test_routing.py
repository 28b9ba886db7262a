"""Routing in two queries gives exactly Wagtail's answer, for every kind of URL."""

import pytest

from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction, Site

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core import routing
from newsstand.core.pages import ancestors
from newsstand.core.tests import every_page_type

pytestmark = pytest.mark.django_db

HOSTILE = [
    "no-such-page/",
    "news/no-such-story/",
    "news/no-such-story/deeper/",
    "music/artists/",
    "music/artists/no-such-artist/",
    "music/artists/kola/extra/",
    "music/lyrics/",
    "home/",
    "news/news/",
    "%00/",
    "-/",
    "_/",
    "news//",
    "x" * 300 + "/",
    "Ñews/",
]


def wagtails_route(request, path: str):
    """Wagtail's own walk down the tree, as `Page.route_for_request` does it."""
    site = Site.find_for_request(request)
    components = [component for component in path.split("/") if component]
    try:
        return site.root_page.localized.specific.route(request, components)
    except Http404:
        return None


def described(route):
    """What decides the response: the page, its type, and the sub-view with its arguments."""
    if route is None:
        return None
    page, args, kwargs = route
    if args:
        view, view_args, view_kwargs = args
        args = (view.__name__, view_args, view_kwargs)
    return page.pk, type(page), args, kwargs


def paths(home) -> list[str]:
    urls = every_page_type.build(home)
    # A page that isn't live, and a live story below it; a draft story in a live section.
    hidden = SectionPageFactory(parent=home, title="Hidden", slug="hidden", live=False)
    ArticlePageFactory(parent=hidden, slug="below-hidden")
    ArticlePageFactory(parent=Page.objects.get(slug="news"), slug="draft", live=False)
    wanted = [url.split("?")[0].lstrip("/") for url in urls.values()]
    wanted += ["hidden/", "hidden/below-hidden/", "news/draft/", *HOSTILE]
    return [path for path in wanted if not path.startswith(("tags/", "authors/", "search/"))]


def test_every_url_routes_as_wagtail_routes_it(home):
    factory = RequestFactory()
    for path in paths(home):
        ours = routing.find(factory.get("/" + path), path)
        assert ours is not routing.UNKNOWN, path
        assert described(ours) == described(wagtails_route(factory.get("/" + path), path)), path


def test_the_pages_a_reader_sees_are_served_from_that_route(client, home):
    urls = every_page_type.build(home)
    for name in ("home", "section", "article", "episode", "complete-edition", "lyrics", "artist"):
        response = client.get(urls[name])
        assert response.status_code == 200, name
    assert client.get("/news/no-such-story/").status_code == 404
    assert client.get("/music/artists/no-such-artist/").status_code == 404


def test_a_story_is_found_in_two_queries_with_its_parent_and_ancestors(rf, article):
    path = article.url.lstrip("/")
    request = rf.get(article.url)
    request._wagtail_site = Site.objects.get(is_default_site=True)
    routing.find(request, path)  # the site's root is kept in the cache from here on
    with CaptureQueriesContext(connection) as queries:
        page, args, kwargs = routing.find(request, path)
        parent = page.get_parent()
        above = ancestors(page)
    assert len(queries) == 2
    assert page.specific_class is type(page) and page.pk == article.pk
    assert parent.pk == article.get_parent().pk
    assert [p.pk for p in above] == [p.pk for p in article.get_ancestors().filter(depth__gt=1)]


def test_a_private_page_still_asks_for_its_password(client, article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    response = client.get(article.url)
    assert response.status_code == 200
    assert b"password" in response.content.lower()
    assert article.title.encode() not in response.content


def test_making_a_page_private_takes_it_off_lists_at_once(client, section, article):
    assert article.title.encode() in client.get(section.url).content
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert article.title.encode() not in client.get(section.url).content
    assert client.get(article.url).status_code == 302  # to the login page


SITES = [
    # hostname, port, default
    ("localhost", 80, True),
    ("a.example", 80, False),
    ("a.example", 8080, False),
    ("b.example", 80, False),
]
HOSTS = ["a.example", "a.example:8080", "a.example:9000", "b.example", "c.example", "localhost"]


@pytest.mark.parametrize("with_default", [True, False])
def test_the_site_is_the_one_wagtail_finds(rf, home, with_default):
    Site.objects.all().delete()
    for hostname, port, default in SITES:
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=default and with_default
        )
    for host in HOSTS:
        request = rf.get("/", HTTP_HOST=host)
        expected = Site._find_for_request(rf.get("/", HTTP_HOST=host))
        assert routing.find_site(request) == expected, host


def test_a_new_site_is_found_at_once(rf, home):
    assert routing.find_site(rf.get("/", HTTP_HOST="new.example")).hostname == "localhost"
    Site.objects.create(hostname="new.example", port=80, root_page=home)
    assert routing.find_site(rf.get("/", HTTP_HOST="new.example")).hostname == "new.example"
