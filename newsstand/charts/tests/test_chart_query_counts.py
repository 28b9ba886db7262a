"""Chart, week, music post, lyrics, artist and music section pages cost the same however
long the history."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.charts.factories import ChartWeekPageFactory
from newsstand.images.factories import ImageFactory
from newsstand.music.factories import ArtistFactory, SongFactory, SongPageFactory

from .conftest import WEEKS

# A chart week is a post: its sidebar lists the site's newest posts of every kind, with
# their pictures (five queries).
BOUNDS = {
    "chart": 20,
    "week": 27,
    "post": 27,
    "lyrics": 24,
    "artist": 22,
    "section": 16,
    "artists": 12,
}


def queries(client, url) -> int:
    client.get(url)  # warm: renditions, site root paths
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def measure(client, chart, music, post, week):
    return {
        "chart": queries(client, chart.url),
        "week": queries(client, week.url),
        "post": queries(client, post.url),
        "lyrics": queries(client, post.url + "lyrics/"),
        "artist": queries(client, music.url + "artists/kola-breeze/"),
        "section": queries(client, music.url),
        "artists": queries(client, music.url + "artists/"),
    }


def grow(chart, music, kola, weeks: int, per_week: int, start: int):
    """More weeks of more songs by Kola Breeze (each with a post and cover art)."""
    songs = []
    for n in range(per_week):
        song = SongFactory(artists=[kola, ArtistFactory()], cover_art=ImageFactory())
        SongPageFactory(parent=music, song=song, age=timedelta(hours=n + 2))
        songs.append(song)
    for w in range(weeks):
        day = WEEKS[0] + timedelta(weeks=start + w)
        ranking = songs[w % 3 :] + songs[: w % 3]  # moves, so every movement kind shows
        ChartWeekPageFactory(parent=chart, week=day, songs=ranking[: per_week - w % 2])
    return songs


def test_query_counts_do_not_grow_with_history(client, chart, music):
    kola = ArtistFactory(name="Kola Breeze", slug="kola-breeze")
    songs = grow(chart, music, kola, weeks=2, per_week=3, start=0)
    post = songs[0].posts.get()
    week = chart.get_children().last()
    small = measure(client, chart, music, post, week)
    grow(chart, music, kola, weeks=12, per_week=10, start=2)
    large = measure(client, chart, music, post, week)
    assert large == small
    for name, bound in BOUNDS.items():
        assert large[name] <= bound, f"{name}: {large[name]} queries, bound {bound}"
