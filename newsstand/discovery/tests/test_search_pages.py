"""Pages of search results, as the reader sees them, without a count of every match.

Each page fetches one result more than it shows, to know whether an older page
follows; the total is said only when this page shows the last result.
"""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.testing import sqlite_run_only
from newsstand.core.tests import nu
from newsstand.discovery import paging

NAV = {"aria-label": "Search results pages"}
# Site, redirects, the results (with the one after them), their cards, and a little room:
# the page cost 5 and more when it counted every match.
MAX_QUERIES = 7


@pytest.fixture
def elections(section, settings):
    """Five results, two a page: pages 1 and 2 are full, page 3 has the oldest."""
    settings.SEARCH_PAGE_SIZE = 2
    ArticlePageFactory(parent=section, title="New stadium opens")
    return [
        ArticlePageFactory(parent=section, title=f"Election update {n}", age=timedelta(hours=n + 1))
        for n in range(5)
    ]


def fetch(client, params, status=200):
    response = client.get("/search/", params)
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def titles(page) -> list[str]:
    return [title.get_text() for title in page.select("ol.results .card-title")]


def results_line(page) -> str:
    return page.select_one("p.results-count").get_text()


def links(page) -> dict[str, tuple[str, str]]:
    """The page links, by rel: their words and where they go."""
    nav = page.find("nav", attrs=NAV)
    if nav is None:
        return {}
    return {a["rel"][0]: (a.get_text(" ", strip=True), a["href"]) for a in nav.find_all("a")}


def test_the_first_page_says_more_follow_without_counting_them(client, elections):
    page = fetch(client, {"q": "election"})
    assert titles(page) == ["Election update 0", "Election update 1"]
    assert results_line(page) == "More than 2 results for “election”"
    assert links(page) == {"next": ("Older results →", "?q=election&page=2")}
    nav = page.find("nav", attrs=NAV)
    assert nav.find("span", string="Page 1") and " of " not in nav.get_text()
    assert page.select_one("ol.results").get("start") is None


def test_a_middle_page_links_both_ways_and_numbers_its_results(client, elections):
    page = fetch(client, {"q": "election", "page": "2"})
    assert titles(page) == ["Election update 2", "Election update 3"]
    assert results_line(page) == "Results 3–4 of more than 4 for “election”"
    assert links(page) == {
        "prev": ("← Newer results", "?q=election"),  # the first page's own URL
        "next": ("Older results →", "?q=election&page=3"),
    }
    assert page.select_one("ol.results")["start"] == "3"


def test_the_last_page_knows_the_total(client, elections):
    page = fetch(client, {"q": "election", "page": "3"})
    assert titles(page) == ["Election update 4"]
    assert results_line(page) == "Result 5 of 5 for “election”"
    assert links(page) == {"prev": ("← Newer results", "?q=election&page=2")}
    assert page.find("nav", attrs=NAV).find("span", string="Page 3")


def test_results_that_fit_on_one_page_are_counted_exactly_and_not_paged(
    client, elections, settings
):
    settings.SEARCH_PAGE_SIZE = 5  # exactly the five: the one fetched beyond is not there
    page = fetch(client, {"q": "election"})
    assert len(titles(page)) == 5
    assert results_line(page) == "5 results for “election”"
    assert not page.find("nav", attrs=NAV)
    assert results_line(fetch(client, {"q": "stadium"})) == "1 result for “stadium”"


def test_the_links_keep_the_query(client, section, settings):
    settings.SEARCH_PAGE_SIZE = 1
    for n in range(3):
        ArticlePageFactory(parent=section, title=f"Ferry & harbour {n}", age=timedelta(hours=n))
    page = fetch(client, {"q": "ferry & harbour", "page": "2"})
    assert links(page) == {
        "prev": ("← Newer results", "?q=ferry+%26+harbour"),
        "next": ("Older results →", "?q=ferry+%26+harbour&page=3"),
    }


def test_a_page_past_the_last_is_not_found_but_says_why(client, elections):
    page = fetch(client, {"q": "election", "page": "4"}, status=404)
    assert "No more results for “election”: they end before page 4." in page.get_text()
    back = page.find("a", string="Back to the first page of results")
    assert back["href"] == "?q=election"
    assert page.find("input", id="search-page-q")["value"] == "election"
    assert not page.select("ol.results") and not page.find("nav", attrs=NAV)
    fetch(client, {"q": "zebra", "page": "2"}, status=404)  # no results at all
    assert "No stories match “zebra”" in fetch(client, {"q": "zebra"}).get_text()


@pytest.mark.parametrize(
    "value",
    ["junk", "", " ", "0", "-1", "-0", "1.5", "+2", "1e3", "0x2", "%", "２", "٢", "a" * 5000],
)
def test_a_malformed_page_number_gives_the_first_page(client, elections, value):
    page = fetch(client, {"q": "election", "page": value})
    assert titles(page) == ["Election update 0", "Election update 1"]


@pytest.mark.parametrize("value", ["51", "99999999999999999999999999", "9" * 5000])
def test_a_page_number_past_the_limit_is_not_found(client, elections, value):
    page = fetch(client, {"q": "election", "page": value}, status=404)
    assert "Search shows the first 100 results." in page.get_text()


def test_search_pages_stop_at_the_limit(client, elections, monkeypatch):
    monkeypatch.setattr(paging, "MAX_PAGE", 2)
    page = fetch(client, {"q": "election", "page": "2"})
    assert titles(page) == ["Election update 2", "Election update 3"]
    assert results_line(page) == "Results 3–4 of more than 4 for “election”"
    assert "prev" in links(page) and "next" not in links(page)
    expected = "Search shows the first 4 results. Add a word to “election” to narrow them down."
    assert expected in page.get_text()
    assert expected in fetch(client, {"q": "election", "page": "3"}, status=404).get_text()


def test_results_published_at_the_same_moment_are_each_on_one_page(client, section, settings):
    settings.SEARCH_PAGE_SIZE = 2
    made = [ArticlePageFactory(parent=section, title=f"Budget vote {n}") for n in range(5)]
    Page.objects.filter(pk__in=[page.pk for page in made]).update(
        first_published_at=made[0].first_published_at
    )
    seen = [title for n in (1, 2, 3) for title in titles(fetch(client, {"q": "budget", "page": n}))]
    assert seen == [page.title for page in reversed(made)]  # the newest row first


def test_no_page_counts_every_match(client, elections):
    client.get("/search/", {"q": "election"})  # renditions, site and settings, once
    for number in ("1", "2", "3"):
        with CaptureQueriesContext(connection) as context:
            client.get("/search/", {"q": "election", "page": number})
        sql = [query["sql"] for query in context.captured_queries]
        assert not [s for s in sql if re.search(r"\bCOUNT\s*\(", s, re.I)], number
        searches = [s for s in sql if "wagtailsearch_" in s]
        assert len(searches) == 1, searches  # the page and the one after it, in one query
        assert re.search(r"LIMIT 3\b", searches[0]), searches[0]


def test_each_page_costs_the_same_few_queries(client, elections, django_assert_max_num_queries):
    client.get("/search/", {"q": "election"})  # renditions, site and settings, once
    costs = []
    for number in ("1", "2", "3"):
        with django_assert_max_num_queries(MAX_QUERIES) as context:
            client.get("/search/", {"q": "election", "page": number})
        costs.append(len(context.captured_queries))
    assert len(set(costs)) == 1, costs  # the last page costs no more than the first
    for number in ("4", "x", "51"):  # past the end, malformed, past the limit
        with django_assert_max_num_queries(MAX_QUERIES):
            client.get("/search/", {"q": "election", "page": number})


@sqlite_run_only
def test_the_pages_are_valid_html(client, elections, tmp_path):
    pages = {"first": "1", "middle": "2", "last": "3", "past-the-end": "4", "past-the-limit": "51"}
    urls = {name: f"/search/?q=election&page={number}" for name, number in pages.items()}
    assert nu.errors(client, urls, tmp_path) == []


def test_on_postgresql_pages_are_joined_to_their_matches_by_an_index(section):
    """Wagtail joins on the page's id as text; without an index on that, a search for a
    rare word hashed the whole page table (~80 ms at 100,000 stories)."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: runs in `make test-scaleout`")
    from newsstand.core.posts import posts

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'discovery_page_id_text'")
        (definition,) = cursor.fetchone()
    assert "(id)::character varying(50)" in definition
    results = posts().order_by("-first_published_at", "-id").search("korula")
    sql, _ = results[:11].get_queryset().query.sql_with_params()
    assert '("wagtailcore_page"."id")::varchar(50)' in sql  # the expression indexed
