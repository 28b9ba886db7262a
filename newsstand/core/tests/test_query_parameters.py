"""The page cache keys on the query parameters pages use, and ignores the rest."""

import ast
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core import pagecache

from .test_boundaries import PACKAGE


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def cost(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_made_up_parameters_are_served_the_plain_page(client, article):
    plain, _ = cost(client, "/")
    for url in ("/?utm_source=whatsapp", "/?x=1", "/?x=2&y=%00", "/?PAGE=2", "/?&&=&"):
        response, queries = cost(client, url)
        assert response.status_code == 200, url
        # From the plain page's cache entry: no render, only the look for a redirect
        # that names the URL as sent (the site, then one indexed query).
        assert queries <= 2, url
        assert response.content == plain.content


def test_a_redirect_naming_the_url_as_sent_wins_over_the_cached_page(client, section):
    from wagtail.contrib.redirects.models import Redirect

    client.get("/news/")  # cached
    Redirect.objects.create(old_path="/news?edition=print", redirect_link="/print/")
    assert client.get("/news/?edition=print")["Location"] == "/print/"


def test_made_up_queries_cannot_fill_the_cache(client, article, monkeypatch):
    client.get("/")
    backend = pagecache.cache()  # local memory or Redis: count what is stored either way
    stored = []
    original_set = backend.set
    monkeypatch.setattr(
        backend, "set", lambda key, *a, **k: stored.append(key) or original_set(key, *a, **k)
    )
    for n in range(50):
        client.get(f"/?nonce={n}")
    assert [key for key in stored if key.startswith("pagecache:")] == []


def test_parameters_pages_use_still_count_first_value_first(client, section):
    for n in range(25):
        ArticlePageFactory(parent=section, title=f"Story {n:02}")
    first = client.get("/news/").content
    second = client.get("/news/?page=2").content
    assert first != second and b"Story 04" in second
    assert client.get("/news/?page=2&utm=1").content == second
    assert client.get("/news/?page=2&page=1").content == second  # the first value, as nginx's $arg_
    assert b"Story 24" in client.get("/search/?q=story&fbclid=abc").content


def test_every_query_parameter_the_code_reads_is_declared():
    """A view reading a parameter nobody declared would never see it: fail here instead."""
    read = set()
    for path in PACKAGE.rglob("*.py"):
        if "tests" in path.parts or "admin" in path.name or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "GET"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                read.add(node.args[0].value)
    assert read, "found no request.GET.get() at all: the scan is broken"
    assert read <= pagecache.query_parameters(), read - pagecache.query_parameters()


def test_the_nginx_cache_key_names_the_same_parameters():
    conf = (PACKAGE.parent / "deploy" / "nginx" / "newsstand.conf").read_text()
    keyed = set(re.findall(r"\$arg_(\w+)", conf.split("proxy_cache_key", 1)[1].split(";", 1)[0]))
    assert keyed == pagecache.query_parameters()
