"""Stories, series, episode and complete-edition pages cost the same however long the story runs."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory

# The episode page lists the site's newest posts of every kind in its sidebar (three queries).
BOUNDS = {"stories": 14, "series": 15, "episode": 20, "complete": 17}


def count(client, url):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def measure(client, stories, series):
    return {
        "stories": count(client, stories.url),
        "series": count(client, series.url),
        "episode": count(client, series.url + "episode-02/"),
        "complete": count(client, series.url + "complete/"),
    }


def test_query_counts_do_not_grow_with_episodes(client, stories, series):
    for number in range(1, 4):
        EpisodePageFactory(parent=series, number=number)
    small = measure(client, stories, series)
    for number in range(4, 31):
        EpisodePageFactory(parent=series, number=number)
    for _ in range(3):
        EpisodePageFactory(parent=SeriesPageFactory(parent=stories), number=1)
    large = measure(client, stories, series)
    assert large == small
    for name, bound in BOUNDS.items():
        assert large[name] <= bound, f"{name}: {large[name]} queries, bound {bound}"
