"""A reader on a phone: a music post → its lyrics → back to the song → the chart."""

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.core.browser import ARTIFACTS, PHONE
from newsstand.demo.audio import jingle
from newsstand.images.factories import ImageFactory
from newsstand.music.factories import (
    ArtistFactory,
    MusicSectionPageFactory,
    SongFactory,
    SongPageFactory,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def live_post(live_home):
    music = MusicSectionPageFactory(parent=live_home)
    kola = ArtistFactory(name="Kola Breeze", slug="kola-breeze")
    song = SongFactory(
        title="Lagos Sunrise",
        artists=[kola],
        featuring=[ArtistFactory(name="Ada Sparkle", slug="ada-sparkle")],
        cover_art=ImageFactory(description="A sun over water", file__width=800, file__height=800),
        audio=SimpleUploadedFile("lagos-sunrise.wav", jingle(seed="sunrise")),
        audiomack_url="https://audiomack.com/kola/song/lagos-sunrise",
    )
    post = SongPageFactory(parent=music, song=song, slug="lagos-sunrise")
    others = [SongFactory(title=title) for title in ("Calabar Rain", "Bolekaja", "Eko Nights")]
    chart = ChartPageFactory(parent=live_home, title="Hot 10")
    first = date(2026, 3, 6)
    for week, ranking in enumerate([[others[0], song, others[1]], [song, others[2], others[0]]]):
        ChartWeekPageFactory(parent=chart, week=first + timedelta(weeks=week), songs=ranking)
    return post


def test_reader_goes_from_song_to_lyrics_and_back_then_to_the_chart(
    browser, live_server, live_post
):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))

    page.goto(live_server.url + live_post.url)
    title = "[Music] Kola Breeze ft. Ada Sparkle – Lagos Sunrise"
    assert page.locator("h1").inner_text() == title
    player = page.locator("audio")
    assert player.get_attribute("preload") == "none" and player.get_attribute("controls") == ""
    assert page.evaluate("document.querySelector('audio').readyState") == 0, "nothing preloaded"
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    page.screenshot(path=ARTIFACTS / "music-post-phone.png", full_page=True)

    page.get_by_role("link", name="Read the lyrics").click()
    page.wait_for_url(re.compile(r"/lagos-sunrise/lyrics/$"))
    assert page.locator("h1").inner_text() == "Kola Breeze ft. Ada Sparkle – Lagos Sunrise [Lyrics]"
    sections = page.locator(".lyrics-section h2").all_inner_texts()
    assert [s.lower() for s in sections] == ["verse 1", "chorus"]
    page.screenshot(path=ARTIFACTS / "lyrics-phone.png", full_page=True)

    page.get_by_role("link", name="Listen to the song").click()
    page.wait_for_url(re.compile(r"/lagos-sunrise/$"))
    assert page.locator("h1").inner_text() == title

    menu = page.get_by_role("navigation", name="Sections")
    menu.get_by_text("Menu").click()  # a phone: the sections are behind the menu button
    menu.get_by_role("link", name="Hot 10").click()
    page.wait_for_url(re.compile(r"/hot-10/$"))
    table = page.get_by_role("table", name="Hot 10, week of 13 March 2026")
    moves = [" ".join(text.split()) for text in table.locator("td.chart-move").all_inner_texts()]
    assert moves == ["▲1 up 1", "NEW new entry", "▼2 down 2"]
    assert table.get_by_role("rowheader").first.inner_text().startswith("Lagos Sunrise")
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    page.screenshot(path=ARTIFACTS / "chart-phone.png", full_page=True)

    assert hosts == {urlsplit(live_server.url).netloc}, "no third-party requests"
    context.close()
