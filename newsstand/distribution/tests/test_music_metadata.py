"""OpenGraph and JSON-LD for music posts, lyrics, artists and charts."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.images.factories import ImageFactory
from newsstand.music.factories import (
    ArtistFactory,
    MusicSectionPageFactory,
    SongFactory,
    SongPageFactory,
)

ORIGIN = "http://testserver"
HOME = ("Home", f"{ORIGIN}/")
MUSIC = ("Music", f"{ORIGIN}/music/")


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def meta(page, prop):
    tag = page.find("meta", attrs={"property": prop}) or page.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


def node(page, kind):
    (script,) = page.find_all("script", type="application/ld+json")
    matches = [n for n in json.loads(script.string)["@graph"] if n["@type"] == kind]
    assert len(matches) == 1, kind
    return matches[0]


def crumbs(page):
    return [
        (item["name"], item["item"]) for item in node(page, "BreadcrumbList")["itemListElement"]
    ]


@pytest.fixture
def music(home):
    return MusicSectionPageFactory(parent=home)


@pytest.fixture
def song(db):
    kola = ArtistFactory(name="Kola Breeze", slug="kola-breeze", x="kolabreeze")
    ada = ArtistFactory(name="Ada Sparkle", slug="ada-sparkle")
    return SongFactory(
        title="Lagos Sunrise",
        artists=[kola],
        featuring=[ada],
        cover_art=ImageFactory(description="A sun over water", file__width=1200, file__height=1200),
        spotify_url="https://open.spotify.com/track/abc",
        release_date=datetime.date(2026, 3, 6),
        audio=SimpleUploadedFile("lagos-sunrise.mp3", b"ID3" + b"\x00" * 64),
    )


@pytest.fixture
def post(music, song):
    return SongPageFactory(parent=music, song=song, slug="lagos-sunrise")


def test_music_post_is_a_music_recording(client, post, song):
    page = get(client, post.url)
    assert meta(page, "og:type") == "music.song"
    assert meta(page, "og:image").startswith(f"{ORIGIN}/")
    assert meta(page, "og:image:alt") == "A sun over water"
    recording = node(page, "MusicRecording")
    assert recording["name"] == "Lagos Sunrise"
    assert recording["url"] == f"{ORIGIN}{post.url}"
    assert recording["byArtist"] == [
        {
            "@type": "MusicGroup",
            "name": "Kola Breeze",
            "url": f"{ORIGIN}/music/artists/kola-breeze/",
            "description": "Sings about the city at night.",
            "sameAs": ["https://x.com/kolabreeze"],
        },
        {
            "@type": "MusicGroup",
            "name": "Ada Sparkle",
            "url": f"{ORIGIN}/music/artists/ada-sparkle/",
            "description": "Sings about the city at night.",
        },
    ]
    assert recording["genre"] == "Afrobeats" and recording["datePublished"] == "2026-03-06"
    assert recording["sameAs"] == ["https://open.spotify.com/track/abc"]
    assert recording["audio"] == {
        "@type": "AudioObject",
        "contentUrl": f"{ORIGIN}{song.audio.url}",
        "encodingFormat": "audio/mpeg",
    }
    assert crumbs(page) == [HOME, MUSIC, (post.title, f"{ORIGIN}{post.url}")]


def test_lyrics_are_a_music_composition_with_its_text_when_licensed(client, post):
    url = post.url + "lyrics/"
    page = get(client, url)
    title = "Kola Breeze ft. Ada Sparkle – Lagos Sunrise [Lyrics]"
    assert page.find("link", rel="canonical")["href"] == f"{ORIGIN}{url}"
    assert meta(page, "og:title") == title and meta(page, "og:type") == "article"
    assert meta(page, "description") == (
        "The lyrics of “Lagos Sunrise” by Kola Breeze ft. Ada Sparkle. "
        "Lyrics published under licence."
    )
    composition = node(page, "MusicComposition")
    assert composition["url"] == f"{ORIGIN}{url}"
    assert composition["recordedAs"]["url"] == f"{ORIGIN}{post.url}"
    assert composition["lyrics"]["text"].startswith("Morning light on the lagoon\n")
    assert "\n\nLagos sunrise, hold me tight\n" in composition["lyrics"]["text"]
    assert crumbs(page) == [
        HOME,
        MUSIC,
        (post.title, f"{ORIGIN}{post.url}"),
        (title, f"{ORIGIN}{url}"),
    ]


@pytest.mark.parametrize("rights", ["excerpt", "none"])
def test_lyrics_text_stays_out_of_structured_data_without_full_rights(client, post, song, rights):
    song.lyrics_rights = rights
    song.save()
    page = get(client, post.url + "lyrics/")
    assert "lyrics" not in node(page, "MusicComposition")


def test_artist_page_is_a_profile_of_a_music_group(client, music, post):
    photo = ImageFactory(description="Kola on stage")
    artist = post.song.artists[0]
    artist.photo = photo
    artist.save()
    url = music.url + "artists/kola-breeze/"
    page = get(client, url)
    assert meta(page, "og:type") == "profile"
    assert meta(page, "og:image:alt") == "Kola on stage"
    profile = node(page, "ProfilePage")
    assert profile["mainEntity"]["@type"] == "MusicGroup"
    assert profile["mainEntity"]["url"] == f"{ORIGIN}{url}"
    assert profile["mainEntity"]["image"] == meta(page, "og:image")
    assert crumbs(page) == [HOME, MUSIC, ("Kola Breeze", f"{ORIGIN}{url}")]


def test_music_section_offers_its_feed(client, music):
    page = get(client, music.url)
    feeds = [link["href"] for link in page.find_all("link", rel="alternate")]
    assert f"{ORIGIN}/music/feed/" in feeds
    assert crumbs(page) == [HOME, MUSIC]
    assert crumbs(get(client, music.url + "artists/"))[-1] == (
        "Artists",
        f"{ORIGIN}/music/artists/",
    )


def test_a_chart_week_is_an_item_list(client, home, music, post, song):
    chart = ChartPageFactory(parent=home)
    other = SongFactory(title="Eko Nights", artists=[ArtistFactory(name="Tobi Ray")])
    week = ChartWeekPageFactory(parent=chart, week=datetime.date(2026, 3, 13), songs=[other, song])
    for url in (chart.url, week.url):
        chart_list = node(get(client, url), "ItemList")
        assert chart_list["name"] == "Hot 10, week of 13 March 2026"
        assert chart_list["numberOfItems"] == 2
        items = chart_list["itemListElement"]
        assert [(i["position"], i["item"]["name"]) for i in items] == [
            (1, "Eko Nights"),
            (2, "Lagos Sunrise"),
        ]
        assert "url" not in items[0]["item"]  # no music post to point to
        assert items[1]["item"]["url"] == f"{ORIGIN}{post.url}"
        assert items[0]["item"]["byArtist"][0]["url"] == f"{ORIGIN}/music/artists/tobi-ray/"


def test_a_chart_with_no_week_has_no_list(client, home):
    chart = ChartPageFactory(parent=home)
    page = get(client, chart.url)
    script = page.find("script", type="application/ld+json")
    assert "ItemList" not in script.string
