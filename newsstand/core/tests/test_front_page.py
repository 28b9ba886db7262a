"""Front-page defects found by trying the site as a reader (issue 12), each with its test."""

import re
from collections import Counter
from datetime import timedelta

from django.contrib.staticfiles import finders

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory


def card_links(html: str) -> list[str]:
    return re.findall(r'class="card-title"><a href="([^"]*)"', html)


def test_no_story_is_a_card_twice_on_the_home_page(client, home):
    sections = [SectionPageFactory(parent=home, title=name) for name in ("News", "Sport")]
    for n in range(20):
        ArticlePageFactory(parent=sections[n % 2], title=f"Story {n}", age=timedelta(hours=n + 1))
    links = card_links(client.get("/").content.decode())
    assert len(links) >= 13 + 4  # the lead, 12 in "Latest", and the blocks
    assert [link for link, times in Counter(links).items() if times > 1] == []
    # The section blocks still show the older stories "Latest" had no room for.
    assert "/news/story-18/" in links


def test_every_page_has_a_favicon(client, home):
    html = client.get("/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)[1]
    assert finders.find("favicon.svg")
    assert client.get(icon).status_code == 200


def test_a_completed_series_calls_its_latest_episode_final(client, home):
    series = SeriesPageFactory(parent=StoriesPageFactory(parent=home), status="completed")
    for number in (1, 2, 3):
        EpisodePageFactory(parent=series, number=number)
    html = client.get(series.url).content.decode()
    assert "Latest: Final Episode 03" in html
    assert "Latest: Episode 03" not in html


def test_search_pages_keep_their_query_in_the_canonical_url(client, section):
    for n in range(25):
        ArticlePageFactory(parent=section, title=f"Market report {n}")
    html = client.get("/search/?q=market&page=2").content.decode()
    assert '<link rel="canonical" href="http://testserver/search/?q=market&amp;page=2">' in html
