"""Every list costs the same number of queries however many posts, and however many kinds
of post, it shows."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.core.tests.podcasts.models import PodcastEpisodePage
from newsstand.images.factories import ImageFactory
from newsstand.music.factories import MusicSectionPageFactory, SongPageFactory
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

# 31 before routing, site, settings and sidebar lists were cut; 18 before a chart was kept.
HOME_WITH_EVERY_BLOCK = 4
LISTS = {
    "home": "/",
    "section": "/news/",
    "sidebar": "/news/market-day-0/",
    "author": "/authors/ada/",
    "tag": "/tags/markets/",
    "search": "/search/?q=market",
    "feed": "/feed/",
    "json feed": "/feed.json",
    "sitemap": "/sitemap-pages.xml",
    "news sitemap": "/news-sitemap.xml",
}


def count(client, url: str) -> int:
    client.get(url)  # renditions, content types and menus, once
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def measure(client) -> dict[str, int]:
    return {name: count(client, url) for name, url in LISTS.items()}


def articles(section, author, image, start: int, count: int) -> None:
    for n in range(start, start + count):
        article = ArticlePageFactory(
            parent=section,
            title=f"Market day {n}",
            featured_image=image,
            age=timedelta(hours=n + 1),
        )
        PageAuthor.objects.create(page=article, author=author)
        article.tags.add("Markets")
        article.save()


def holders(home, author, image) -> dict:
    """The top-level pages that hold the other kinds: a series, a music section, a chart."""
    series = SeriesPageFactory(
        parent=StoriesPageFactory(parent=home), title="Market Queen", cover_image=image
    )
    PageAuthor.objects.create(page=series, author=author)
    music = MusicSectionPageFactory(parent=home)
    chart = ChartPageFactory(parent=home, title="Market Hot 20")
    return {"series": series, "music": music, "chart": chart, "author": author}


def other_kinds(home, holders: dict, start: int, count: int, podcasts: bool = True) -> None:
    """`count` posts of each other kind: episodes, music posts, chart weeks and podcasts."""
    for n in range(start, start + count):
        EpisodePageFactory(parent=holders["series"], number=n + 1, age=timedelta(minutes=10 + n))
        post = SongPageFactory(parent=holders["music"], age=timedelta(minutes=20 + n))
        PageAuthor.objects.create(page=post, author=holders["author"])
        week = ChartWeekPageFactory(
            parent=holders["chart"],
            week=timezone.localdate() - timedelta(days=7 * n),
            songs=[post.song],
        )
        week.first_published_at = timezone.now() - timedelta(minutes=30 + n)
        week.save()
        if not podcasts:
            continue
        podcast = home.add_child(
            instance=PodcastEpisodePage(
                title=f"Market talk {n}", slug=f"market-talk-{n}", standfirst="Prices, weekly."
            )
        )
        # Older than the rest, so every list still shows pictures (a list of none skips
        # the image queries).
        podcast.first_published_at = timezone.now() - timedelta(minutes=40 + n)
        podcast.save_revision().publish()


@pytest.fixture
def publication(home):
    section = SectionPageFactory(parent=home, title="News", slug="news")
    return section, AuthorFactory(slug="ada"), ImageFactory()


def test_lists_cost_the_same_whatever_the_posts_and_kinds(client, home, publication):
    section, author, image = publication
    articles(section, author, image, 0, 4)
    one_kind = measure(client)

    articles(section, author, image, 4, 20)
    other_kinds(home, holders(home, author, image), 0, 6)
    five_kinds = measure(client)

    # The front page gives the Stories and the chart blocks of their own, a fixed cost each
    # (test_home_blocks_cost_the_same_whatever_the_posts); every other list costs the same.
    assert {**five_kinds, "home": 0} == {**one_kind, "home": 0}
    # And the lists really show the other kinds.
    home_html = client.get("/").content.decode()
    feed = client.get("/feed.json").json()
    for title in ("Market Queen (Episode 01)", "Market Hot 20</a></h2>"):
        assert title in home_html
    assert "Market talk 0" in [item["title"] for item in feed["items"]]


def test_home_blocks_cost_the_same_whatever_the_posts(client, home, publication):
    section, author, image = publication
    articles(section, author, image, 0, 4)
    kinds = holders(home, author, image)
    other_kinds(home, kinds, 0, 2, podcasts=False)
    few = count(client, "/")

    articles(section, author, image, 4, 20)
    other_kinds(home, kinds, 2, 6)
    assert count(client, "/") == few
    # The section blocks share one query; the sections are kept with the main menu, the Stories
    # block with the Stories page's shelf, and the chart's top five with its chart's pages'
    # (until the next change).
    assert few <= HOME_WITH_EVERY_BLOCK
