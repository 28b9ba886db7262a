"""Every page type passes the Nu HTML Checker (vnu.jar, installed by `make test`) with no errors."""

import json
import os
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.articles.factories import ArticlePageFactory
from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.core.models import PublicationSettings
from newsstand.images.factories import ImageFactory
from newsstand.music.factories import (
    ArtistFactory,
    MusicSectionPageFactory,
    SongFactory,
    SongPageFactory,
)
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

VNU_JAR = Path(
    os.environ.get("VNU_JAR")
    or settings.BASE_DIR / ".venv/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
)


def missing(what: str):
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing; .ci/run and `make test` install it")
    pytest.skip(f"{what} is missing: run `make test`, or apt-get install default-jre-headless npm")


def checker() -> list[str]:
    java = shutil.which("java")
    if not java:
        missing("java")
    if not VNU_JAR.exists():
        missing(str(VNU_JAR))
    return [java, "-jar", str(VNU_JAR)]


@pytest.fixture
def every_page_type(home, section):
    settings = PublicationSettings.for_site(home.get_site())
    settings.logo = ImageFactory(title="Logo")
    settings.facebook = "ekoledger"
    settings.whatsapp_channel_url = "https://whatsapp.com/channel/abc"
    settings.save()
    image = ImageFactory(description="Fans at the stadium", file__width=800, file__height=450)
    body = [
        ("paragraph", '<p>A paragraph with <a href="https://example.com">a link</a>.</p>'),
        ("heading", {"text": "A heading", "level": "h2"}),
        ("heading", {"text": "A subheading", "level": "h3"}),
        ("quote", {"quote": "We will win.", "speaker": "Ada Obi", "role": "captain"}),
        ("image", {"image": image, "caption": "The crowd"}),
        ("embed", {"url": "https://t.me/channel/12", "title": "A Telegram post"}),
    ]
    article = ArticlePageFactory(
        parent=section,
        featured_image=image,
        featured_image_caption="Fans",
        body=body,
        source_outlet="Coastal Courier",
        source_url="https://coastal.example/x",
        source_author="Kemi",
        source_relationship="excerpt",
    )
    article.tags.add("Football")
    article.save()
    author = AuthorFactory(slug="ada", photo=image, x="ada", website="https://ada.example")
    PageAuthor.objects.create(page=article, author=author)
    for age in range(1, 4):
        ArticlePageFactory(parent=section, featured_image=image, age=timedelta(days=age))
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, cover_image=image, status="completed")
    for number in (1, 2, 3):
        EpisodePageFactory(parent=series, number=number)
    music = MusicSectionPageFactory(parent=home)
    kola = ArtistFactory(slug="kola", photo=image, x="kola", website="https://kola.example")
    song = SongFactory(
        artists=[kola],
        featuring=[ArtistFactory()],
        cover_art=image,
        audio=SimpleUploadedFile("song.mp3", b"ID3" + b"\x00" * 64),
        allow_download=True,
        spotify_url="https://open.spotify.com/track/1",
    )
    post = SongPageFactory(parent=music, song=song, body=body)
    PageAuthor.objects.create(page=post, author=author)
    unlicensed = SongPageFactory(parent=music, song=SongFactory(lyrics_rights="none"))
    chart = ChartPageFactory(parent=home)
    songs = [song, unlicensed.song, SongFactory()]
    for week, ranking in enumerate([songs, songs[::-1], songs[1:]]):
        ChartWeekPageFactory(parent=chart, week=date(2026, 3, 6 + 7 * week), songs=ranking)
    return {
        "home": "/",
        "section": section.url,
        "article": article.url,
        "tag": "/tags/football/",
        "author": "/authors/ada/",
        "search": "/search/?q=story",
        "search-empty": "/search/",
        "not-found": "/no-such-page/",
        "stories": stories.url,
        "series": series.url,
        "episode": series.url + "episode-02/",
        "complete-edition": series.url + "complete/",
        "music": music.url,
        "music-post": post.url,
        "lyrics": post.url + "lyrics/",
        "lyrics-unlicensed": unlicensed.url + "lyrics/",
        "artists": music.url + "artists/",
        "artist": music.url + "artists/kola/",
        "chart": chart.url,
        "chart-week": chart.url + "2026-03-13/",
    }


def test_every_page_type_is_valid_html(client, every_page_type, tmp_path):
    command = checker()
    files = []
    for name, url in every_page_type.items():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors == [], "\n".join(errors)
