"""A publication with one page of every type, every optional part filled in.

The HTML validity test and the layout browser tests read the same pages.
"""

from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.core.blocks import TableBlock
from newsstand.core.models import PublicationSettings
from newsstand.followers.models import Subscriber
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

ACCENT = "#0b6e4f"
# Wider than a phone: it must scroll inside its box, never the page.
STANDINGS = {
    "caption": "Standings",
    "columns": [
        {"type": "text", "heading": heading}
        for heading in ("Club", "Played", "Won", "Drawn", "Lost", "Goals for", "Against", "Points")
    ],
    "rows": [{"values": ["Enyimba International", "14", "9", "3", "2", "27", "11", "30"]}],
}


def build(home) -> dict[str, str]:
    """One page of every type, with every optional part filled; returns URLs by type name."""
    section = SectionPageFactory(parent=home, title="News", slug="news")
    publication = PublicationSettings.for_site(home.get_site())
    publication.logo = ImageFactory(title="Logo")
    publication.facebook = "ekoledger"
    publication.whatsapp_channel_url = "https://whatsapp.com/channel/abc"
    publication.accent_colour = ACCENT
    publication.save()
    image = ImageFactory(description="Fans at the stadium", file__width=1600, file__height=900)
    body = [
        ("paragraph", '<p>A paragraph with <a href="https://example.com">a link</a>.</p>'),
        ("heading", {"text": "A heading", "level": "h2"}),
        ("heading", {"text": "A subheading", "level": "h3"}),
        ("quote", {"quote": "We will win.", "speaker": "Ada Obi", "role": "captain"}),
        ("image", {"image": image, "caption": "The crowd"}),
        ("embed", {"url": "https://t.me/channel/12", "title": "A Telegram post"}),
        ("table", TableBlock().to_python(STANDINGS)),
        ("code", {"code": "FT  Enyimba 2-1 Rangers\n    Goals: 12', 88'", "language": ""}),
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
    reader = Subscriber.objects.create(email="reader@example.ng", consent="test")
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
        "subscribe": "/subscribe/",
        "subscribe-sent": "/subscribe/sent/",
        "subscribe-confirm": f"/subscribe/confirm/{reader.token}/",
        "subscribe-manage": f"/subscribe/manage/{reader.token}/",
        "unsubscribe": f"/subscribe/unsubscribe/{reader.token}/",
    }
