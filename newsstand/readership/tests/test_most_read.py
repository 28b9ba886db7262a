"""Hourly counts, retention, and the most-read and trending lists readers see."""

import io
import re

import pytest

from django.core.management import call_command
from django.utils import timezone

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.readership import rankings, rollup
from newsstand.readership.models import HourlyViews, Ranking
from newsstand.readership.stats import hour_floor

from .readers import beacon, reader, views


def read(client, page, readers: int, first: int = 0) -> None:
    for n in range(first, first + readers):
        beacon(client, page, agent=reader(n))


def headlines(html: str, heading: str) -> list[str]:
    """The titles listed under `heading`, in order."""
    section = html.split(f">{heading}</h2>")[1].split("</section>")[0]
    return re.findall(r'<h3 class="card-title"><a href="[^"]*">([^<]+)</a>', section)


@pytest.fixture
def stories(section):
    return [ArticlePageFactory(parent=section, title=f"Story {n}") for n in range(4)]


def test_views_roll_up_into_one_row_per_page_hour_and_source(client, stories):
    read(client, stories[0], 3)
    assert rollup.flush() == 3
    read(client, stories[0], 2, first=3)
    beacon(client, stories[0], "https://t.co/abc", agent=reader(9))
    assert rollup.flush() == 3
    rows = HourlyViews.objects.filter(page=stories[0])
    assert {(row.source, row.views) for row in rows} == {("direct", 5), ("x", 1)}
    assert {row.hour for row in rows} == {hour_floor(timezone.now())}
    assert rollup.flush() == 0


def test_retention_drops_counts_older_than_the_setting(settings, stories):
    settings.VIEWS_RETENTION_DAYS = 30
    views(stories[0], hours_ago=24 * 31, n=4)
    views(stories[0], hours_ago=24 * 29, n=6)
    assert rollup.prune() == 1
    assert list(HourlyViews.objects.values_list("views", flat=True)) == [6]


def test_most_read_orders_posts_by_their_readers(client, stories):
    read(client, stories[2], 5)
    read(client, stories[0], 3)
    read(client, stories[3], 1)
    rollup.flush()
    rankings.compute()
    html = client.get("/").content.decode()
    assert headlines(html, "Most read today") == ["Story 2", "Story 0", "Story 3"]


def test_most_read_today_and_this_week_count_their_own_windows(client, home, stories):
    views(stories[0], hours_ago=30, n=50)  # yesterday's story
    views(stories[1], hours_ago=2, n=10)
    rankings.compute()
    day = Ranking.objects.filter(list="day", scope=None).values_list("page", flat=True)
    week = Ranking.objects.filter(list="week", scope=None).values_list("page", flat=True)
    assert list(day) == [stories[1].pk]
    assert list(week) == [stories[0].pk, stories[1].pk]


def test_lists_leave_out_unpublished_posts_and_pages_that_are_not_posts(client, section, stories):
    views(stories[0], hours_ago=1, n=9)
    views(stories[1], hours_ago=1, n=5)
    views(section, hours_ago=1, n=99)  # a section is counted, but isn't a post
    rankings.compute()
    stories[0].unpublish()
    html = client.get("/").content.decode()
    assert headlines(html, "Most read today") == ["Story 1"]


def test_a_section_lists_its_own_most_read(client, home, section, stories):
    sport = SectionPageFactory(parent=home, title="Sport", slug="sport")
    derby = ArticlePageFactory(parent=sport, title="Derby day")
    views(derby, hours_ago=1, n=40)
    views(stories[1], hours_ago=1, n=7)
    views(stories[3], hours_ago=20, n=8)
    rankings.compute()
    html = client.get(section.url).content.decode()
    assert headlines(html, "Most read in News this week") == ["Story 3", "Story 1"]
    assert headlines(client.get(sport.url).content.decode(), "Most read in Sport this week") == [
        "Derby day"
    ]


def test_trending_is_what_rises_above_its_usual_readership(client, stories):
    for hour in range(4, 28):
        views(stories[0], hours_ago=hour, n=20)  # always read a lot
    views(stories[0], hours_ago=1, n=20)
    views(stories[1], hours_ago=1, n=15)  # new, and taking off
    views(stories[2], hours_ago=1, n=2)  # too few to call a trend
    rankings.compute()
    html = client.get("/").content.decode()
    assert headlines(html, "Trending") == ["Story 1", "Story 0"]
    assert headlines(html, "Most read today") == ["Story 0", "Story 1", "Story 2"]


def test_the_sidebar_lists_most_read_but_not_the_story_being_read(client, stories):
    views(stories[0], hours_ago=1, n=9)
    views(stories[1], hours_ago=1, n=5)
    rankings.compute()
    html = client.get(stories[0].url).content.decode()
    sidebar = html.split('<aside class="sidebar"')[1]
    assert headlines(sidebar, "Most read") == ["Story 1"]


def test_no_views_no_lists(client, stories):
    rankings.compute()
    assert "most-read" not in client.get("/").content.decode()
    assert "Most read" not in client.get(stories[0].url).content.decode()


def test_the_scheduler_counts_ranks_and_prunes_when_due(client, settings, stories):
    read(client, stories[1], 2)
    out = io.StringIO()
    call_command("run_scheduler", "--once", stdout=out)
    assert "Readership: 2 views counted." in out.getvalue()
    assert list(Ranking.objects.filter(list="day", scope=None).values_list("page", flat=True)) == [
        stories[1].pk
    ]
    read(client, stories[2], 3)
    call_command("run_scheduler", "--once", stdout=io.StringIO())  # counted, not yet re-ranked
    assert Ranking.objects.filter(page=stories[2]).count() == 0
    settings.MOST_READ_SECONDS = 0
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert Ranking.objects.filter(list="day", scope=None).first().page_id == stories[2].pk


def test_a_new_ranking_purges_no_cached_page(client, settings, stories):
    from newsstand.core import pagecache

    settings.PAGE_CACHE_SECONDS = 300
    views(stories[0], hours_ago=1, n=3)
    before = pagecache.generation()
    rankings.compute()
    assert pagecache.generation() == before


@pytest.mark.parametrize("path", ["/", "/news/", "/news/story-0/"])
def test_the_lists_cost_the_same_whatever_their_length(client, stories, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def cost() -> int:
        rankings.compute()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    client.get(path)  # settings and site paths made and cached: not what is measured
    views(stories[1], hours_ago=1, n=6)
    short = cost()
    for n, story in enumerate(stories):
        views(story, hours_ago=2, n=n + 1)
    assert cost() == short


def test_a_ranking_made_by_another_process_shows_within_seconds(client, settings, stories):
    """Each process reads when the lists were last ranked at most every few seconds: no
    query for it in between, and another process's new ranking shows once that is up."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    views(stories[1], hours_ago=1, n=6)
    rankings.compute()
    assert headlines(client.get("/").content.decode(), "Most read today") == ["Story 1"]
    read_at = rankings._stamp.read_at
    views(stories[2], hours_ago=1, n=9)
    rankings.compute()
    rankings._stamp.read_at = read_at  # as if the scheduler's process had ranked them
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()
    assert headlines(html, "Most read today") == ["Story 1"]
    assert not [q for q in queries if "readership_ranking" in q["sql"]]
    rankings._stamp.read_at -= settings.MOST_READ_STAMP_SECONDS
    html = client.get("/").content.decode()
    assert headlines(html, "Most read today") == ["Story 2", "Story 1"]
