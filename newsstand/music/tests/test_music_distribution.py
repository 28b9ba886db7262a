"""Music posts in feeds (with audio enclosures when downloads are allowed) and sitemaps
(lyrics views and artist pages, alongside every page)."""

from datetime import timedelta
from xml.etree import ElementTree

import feedparser

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.core.sitemaps import w3c
from newsstand.music.factories import ArtistFactory, SongFactory, SongPageFactory
from newsstand.music.models import Song

ORIGIN = "http://testserver"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
MP3 = b"ID3" + b"\x00" * 61


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0
    return parsed


def with_audio(song, *, download: bool):
    song.audio = SimpleUploadedFile(f"{song.title}.mp3", MP3)
    song.allow_download = download
    song.save()
    return song


def test_music_posts_are_in_the_site_and_section_feeds(client, music, post):
    for url in ("/feed/", "/music/feed/", "/music/feed/atom/"):
        entries = feed(client, url).entries
        assert [e.title for e in entries] == [post.title]
        assert entries[0].link == f"{ORIGIN}{post.url}"


def test_audio_is_enclosed_only_when_downloads_are_allowed(client, music, post, song):
    with_audio(song, download=False)
    assert feed(client, "/feed/").entries[0].enclosures == []
    with_audio(song, download=True)
    (enclosure,) = feed(client, "/feed/").entries[0].enclosures
    assert enclosure.href == f"{ORIGIN}{song.audio.url}"
    assert (enclosure.type, enclosure.length) == ("audio/mpeg", str(len(MP3)))


def test_feed_queries_do_not_grow_with_music_posts(client, music):
    def queries():
        feed(client, "/feed/")
        with CaptureQueriesContext(connection) as context:
            feed(client, "/feed/")
        return len(context.captured_queries)

    for n in range(2):
        song = with_audio(SongFactory(title=f"Song {n}"), download=True)
        SongPageFactory(parent=music, song=song, age=timedelta(hours=n + 1))
    small = queries()
    for n in range(2, 12):
        song = with_audio(SongFactory(title=f"Song {n}"), download=True)
        SongPageFactory(parent=music, song=song, age=timedelta(hours=n + 1))
    assert queries() == small


def sitemap(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [loc.text for loc in root.iterfind(".//sm:loc", NS)]


def test_sitemaps_list_music_pages_lyrics_and_artists(client, home, music, post, kola):
    hidden = SongPageFactory(parent=music, song=SongFactory(lyrics_rights="none"))
    SongPageFactory(parent=music, song=SongFactory(), live=False)
    noindex = SongPageFactory(parent=music, song=SongFactory(artists=[ArtistFactory()]))
    noindex.noindex = True
    noindex.save()
    chart = ChartPageFactory(parent=home)
    week = ChartWeekPageFactory(parent=chart, week=post.first_published_at.date(), songs=[])

    assert sitemap(client, "/sitemap.xml") == [
        f"{ORIGIN}/sitemap-pages.xml",
        f"{ORIGIN}/sitemap-lyrics.xml",
        f"{ORIGIN}/sitemap-artists.xml",
    ]
    pages = sitemap(client, "/sitemap-pages.xml")
    for page in (music, post, hidden, chart, week):
        assert f"{ORIGIN}{page.url}" in pages
    assert sitemap(client, "/sitemap-lyrics.xml") == [f"{ORIGIN}{post.url}lyrics/"]
    hidden_artist = hidden.song.artists[0].slug
    assert sitemap(client, "/sitemap-artists.xml") == [
        f"{ORIGIN}/music/artists/kola-breeze/",
        f"{ORIGIN}/music/artists/ada-sparkle/",
        f"{ORIGIN}/music/artists/{hidden_artist}/",
    ]


def test_lyrics_lastmod_follows_the_song(client, post, song):
    def lastmod():
        root = ElementTree.fromstring(client.get("/sitemap-lyrics.xml").content)
        return root.findtext(".//sm:lastmod", namespaces=NS)

    Song.objects.filter(pk=song.pk).update(updated_at=post.first_published_at - timedelta(days=2))
    assert lastmod() == w3c(post.last_published_at)
    song.lyrics += "\n[Outro]\nBye"
    song.save()
    assert lastmod() == w3c(Song.objects.get(pk=song.pk).updated_at)


def test_no_music_section_no_music_sitemaps(client, article):
    assert sitemap(client, "/sitemap.xml") == [f"{ORIGIN}/sitemap-pages.xml"]
    assert sitemap(client, "/sitemap-artists.xml") == []
