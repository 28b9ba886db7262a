from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.db import connection

from wagtail.models import PageViewRestriction

from newsstand.articles.factories import ArticlePageFactory


def get(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def stories(section):
    return [
        ArticlePageFactory(
            parent=section,
            title="Flooding closes Ibadan market",
            standfirst="Traders count losses.",
        ),
        ArticlePageFactory(
            parent=section,
            title="Council meeting report",
            body=[("paragraph", "<p>The flooding debate ran late into the night.</p>")],
        ),
        ArticlePageFactory(parent=section, title="New stadium opens"),
    ]


def result_titles(page):
    return [title.get_text() for title in page.select("ol.results .card-title")]


def test_search_finds_titles_and_bodies(client, stories):
    page = get(client, {"q": "flooding"})
    assert sorted(result_titles(page)) == [
        "Council meeting report",
        "Flooding closes Ibadan market",
    ]
    assert "2 results for “flooding”" in page.get_text()


def test_results_are_newest_first(client, section):
    """News readers want the latest; it also keeps search one indexed query at 100k posts."""
    for days, title in [(30, "Old flood warning"), (1, "Flood waters rise"), (9, "Flood map")]:
        ArticlePageFactory(parent=section, title=title, age=timedelta(days=days))
    titles = result_titles(get(client, {"q": "flood"}))
    assert titles == ["Flood waters rise", "Flood map", "Old flood warning"]


def test_search_is_noindex(client, stories):
    page = get(client, {"q": "flooding"})
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def test_search_excludes_drafts_private_and_future(client, section, stories):
    ArticlePageFactory(parent=section, title="Flooding draft", live=False)
    ArticlePageFactory(parent=section, title="Flooding tomorrow", age=timedelta(days=-1))
    private = ArticlePageFactory(parent=section, title="Flooding private memo")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    titles = result_titles(get(client, {"q": "flooding"}))
    assert sorted(titles) == ["Council meeting report", "Flooding closes Ibadan market"]


def test_empty_query_shows_a_prompt(client, stories):
    for params in ({}, {"q": ""}, {"q": "   "}):
        page = get(client, params)
        assert "Type a few words above to search every story." in page.get_text()
        assert not page.select("ol.results")


def test_no_results_state(client, stories):
    page = get(client, {"q": "zebra"})
    assert "No stories match “zebra”." in page.get_text()


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "flooding " * 500,
        '"unbalanced',
        "AND OR NOT",
        "title:flooding",
        "*",
        "(((",
        "'; DROP TABLE wagtailcore_page; --",
        "\x00null byte",
        "<script>alert(1)</script>",
        "flooding NEAR market",
    ],
)
def test_hostile_or_odd_queries_never_fail(client, stories, query):
    page = get(client, {"q": query})
    shown = page.find("input", id="search-page-q")["value"]
    assert len(shown) <= 200 and "\x00" not in shown
    assert not page.find("script", string=lambda s: s and "alert(1)" in s)


def test_query_is_cleaned_and_capped(client, stories):
    page = get(client, {"q": "  flooding\x00\t market  " + "y" * 300})
    shown = page.find("input", id="search-page-q")["value"]
    assert shown.startswith("flooding market yyy") and len(shown) == 200


def test_unbalanced_quote_still_searches(client, stories):
    assert result_titles(get(client, {"q": '"flooding'}))


def test_search_results_paginate_and_keep_the_query(client, section, settings):
    settings.SEARCH_PAGE_SIZE = 2
    for n in range(5):
        ArticlePageFactory(parent=section, title=f"Election update {n}")
    page = get(client, {"q": "election"})
    assert len(result_titles(page)) == 2
    assert page.find("a", rel="next")["href"] == "?q=election&page=2"
    assert len(result_titles(get(client, {"q": "election", "page": "3"}))) == 1
    assert len(result_titles(get(client, {"q": "election", "page": "junk"}))) == 2


def test_on_postgresql_search_uses_its_full_text_search_with_stemming(client, section):
    """SQLite's FTS5 matches whole words; PostgreSQL's full-text search matches word forms."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: runs in `make test-scaleout`")
    from wagtail.search.backends import get_search_backend
    from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

    assert isinstance(get_search_backend(), PostgresSearchBackend)
    ArticlePageFactory(parent=section, title="Floods close Ibadan market")
    ArticlePageFactory(parent=section, title="Council meeting report")
    assert result_titles(get(client, {"q": "flooding"})) == ["Floods close Ibadan market"]
    assert result_titles(get(client, {"q": "markets closed"})) == ["Floods close Ibadan market"]


def test_on_postgresql_the_searched_expression_is_indexed(client, section):
    """Wagtail matches `title || body`; without an index on it each search reads every entry."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: runs in `make test-scaleout`")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'newsstand_indexentry_title_body'"
        )
        (definition,) = cursor.fetchone()
    assert "gin" in definition.lower() and "title" in definition and "body" in definition
    ArticlePageFactory(parent=section, title="Floods close Ibadan market")
    assert result_titles(get(client, {"q": "ibadan"})) == ["Floods close Ibadan market"]


def test_search_pages_have_a_meta_description(client, section):
    assert '<meta name="description" content="Search every story, episode and song.">' in (
        client.get("/search/").content.decode()
    )
    html = client.get("/search/?q=ferry+%3Cb%3E").content.decode()
    expected = "Stories, episodes and songs matching “ferry &lt;b&gt;”."
    assert f'<meta name="description" content="{expected}">' in html
