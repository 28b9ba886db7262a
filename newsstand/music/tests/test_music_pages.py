"""The music section, music posts, lyrics pages and artist pages as readers see them."""

from datetime import timedelta

from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.articles.factories import SectionPageFactory
from newsstand.music.factories import ArtistFactory, SongFactory, SongPageFactory
from newsstand.music.models import MusicSectionPage, MusicSettings, SongPage

MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 200


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def card_titles(page):
    return [a.get_text() for a in page.select(".card-title a")]


def test_section_lists_published_posts_newest_first_in_pages(client, settings, music):
    settings.SECTION_PAGE_SIZE = 2
    for title, days in [("Old", 9), ("Newest", 1), ("Middle", 4)]:
        SongPageFactory(parent=music, song=SongFactory(title=title), age=timedelta(days=days))
    SongPageFactory(parent=music, song=SongFactory(title="Draft"), live=False)
    SongPageFactory(parent=music, song=SongFactory(title="Ahead"), age=timedelta(days=-1))
    first = get(client, music.url)
    assert [t.rsplit("– ", 1)[1] for t in card_titles(first)] == ["Newest", "Middle"]
    assert first.find("a", string="Artists from A to Z")["href"] == music.url + "artists/"
    second = get(client, music.url + "?page=2")
    assert [t.rsplit("– ", 1)[1] for t in card_titles(second)] == ["Old"]


def test_music_post_shows_the_song_and_how_to_listen(client, post, song):
    song.spotify_url = "https://open.spotify.com/track/abc"
    song.audiomack_url = "https://audiomack.com/kola/song/lagos-sunrise"
    song.audio = SimpleUploadedFile("lagos-sunrise.mp3", MP3)
    song.save()
    page = get(client, post.url)
    assert page.h1.get_text() == "[Music] Kola Breeze ft. Ada Sparkle – Lagos Sunrise"
    credits = page.select(".song-facts a")
    assert [(a.get_text(), a["href"]) for a in credits] == [
        ("Kola Breeze", "/music/artists/kola-breeze/"),
        ("Ada Sparkle", "/music/artists/ada-sparkle/"),
    ]
    player = page.find("audio")
    assert player.has_attr("controls") and player["preload"] == "none"
    assert player.source["src"] == song.audio.url and player.source["type"] == "audio/mpeg"
    assert player.find("a")["href"] == song.audio.url  # for browsers with no audio support
    cards = page.select(".listen-links a")
    links = [(a.select_one(".embed-action").get_text(), a["href"]) for a in cards]
    assert links == [
        ("Listen on Audiomack →", song.audiomack_url),
        ("Listen on Spotify →", song.spotify_url),
    ]
    assert page.select(".download") == []  # not offered unless the publisher allows it


def test_download_link_only_when_allowed(client, post, song):
    song.audio = SimpleUploadedFile("lagos-sunrise.mp3", MP3)
    song.allow_download = True
    song.save()
    link = get(client, post.url).select_one(".download a")
    assert link["href"] == song.audio.url and link["download"].endswith(".mp3")
    assert link.get_text() == "Download “Lagos Sunrise” (MP3, 210\xa0bytes)"


def test_a_song_without_audio_has_no_player(client, post):
    page = get(client, post.url)
    assert page.find("audio") is None
    assert "Listening links are on their way." in page.get_text()


def test_post_and_lyrics_link_to_each_other(client, post):
    page = get(client, post.url)
    read = page.find("a", string="Read the lyrics")
    assert read["href"] == post.url + "lyrics/"
    lyrics = get(client, read["href"])
    assert lyrics.find("a", string="Listen to the song")["href"] == post.url


def test_lyrics_page_is_titled_and_sectioned(client, post):
    page = get(client, post.url + "lyrics/")
    title = "Kola Breeze ft. Ada Sparkle – Lagos Sunrise [Lyrics]"
    assert page.h1.get_text() == title
    assert page.title.get_text().startswith(f"{title} |")
    sections = page.select(".lyrics-section")
    assert [s.h2.get_text() for s in sections] == ["Verse 1", "Chorus"]
    assert [str(p) for p in sections[1].find_all("p")] == [
        "<p>Lagos sunrise, hold me tight<br/>Lagos sunrise, all is right</p>"
    ]
    assert page.select_one(".lyrics-note").get_text() == "Lyrics published under licence."
    assert page.find("meta", attrs={"name": "robots"}) is None


def test_lyrics_title_follows_its_own_pattern(client, home, post):
    music_settings = MusicSettings.for_site(home.get_site())
    music_settings.lyrics_title_pattern = "{title} lyrics by {artists}"
    music_settings.save()
    assert get(client, post.url + "lyrics/").h1.get_text() == (
        "Lagos Sunrise lyrics by Kola Breeze ft. Ada Sparkle"
    )


def test_excerpt_rights_show_the_first_section(client, post, song):
    song.lyrics_rights = "excerpt"
    song.save()
    page = get(client, post.url + "lyrics/")
    assert [s.h2.get_text() for s in page.select(".lyrics-section")] == ["Verse 1"]
    assert "Lagos sunrise" not in page.select_one(".lyrics").get_text()
    assert "excerpt" in page.select_one(".lyrics-note").get_text()
    assert get(client, post.url).find("a", string="Read the lyrics")


def test_no_rights_show_no_lyrics_and_hide_the_page_from_search(client, post, song):
    song.lyrics_rights = "none"
    song.save()
    page = get(client, post.url + "lyrics/")
    assert page.select(".lyrics") == [] and "Lagos sunrise" not in page.get_text()
    note = "We don't have the rights to publish the lyrics of this song."
    assert page.select_one(".lyrics-note").get_text() == note
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    listing = get(client, post.url)
    assert listing.find("a", string="Read the lyrics") is None
    assert note in listing.get_text()


def test_lyrics_come_from_the_song_so_they_never_drift(client, post, song):
    song.lyrics = "[Hook]\nNew words"
    song.save()
    page = get(client, post.url + "lyrics/")
    assert [s.h2.get_text() for s in page.select(".lyrics-section")] == ["Hook"]


def test_drafts_have_no_lyrics_page(client, music):
    draft = SongPageFactory(parent=music, live=False)
    assert client.get(draft.url + "lyrics/").status_code == 404
    assert client.get(music.url + "no-such-post/lyrics/").status_code == 404


def test_artist_page_lists_songs_lyrics_and_links(client, music, post, kola):
    SongPageFactory(parent=music, song=SongFactory(title="Unreleased", artists=[kola]), live=False)
    rights_none = SongFactory(title="Quiet One", artists=[kola], lyrics_rights="none")
    SongPageFactory(parent=music, song=rights_none, age=timedelta(days=3))
    page = get(client, music.url + "artists/kola-breeze/")
    assert page.h1.get_text() == "Kola Breeze"
    assert page.title.get_text().startswith("Kola Breeze |")
    assert page.find("a", string="Instagram @kolabreeze")["href"] == (
        "https://www.instagram.com/kolabreeze"
    )
    songs = card_titles(page.find("section", attrs={"aria-labelledby": "artist-songs"}))
    assert songs == [post.title, "[Music] Kola Breeze – Quiet One"]
    lyrics = page.find("section", attrs={"aria-labelledby": "artist-lyrics"}).find_all("a")
    assert [(a.get_text(), a["href"]) for a in lyrics] == [("Lagos Sunrise", post.url + "lyrics/")]


def test_featured_artists_get_their_page_too(client, music, post):
    page = get(client, music.url + "artists/ada-sparkle/")
    assert card_titles(page) == [post.title]


def test_unknown_artist_is_not_found(client, music):
    assert client.get(music.url + "artists/nobody/").status_code == 404


def test_artists_index_lists_artists_with_published_posts(client, music, post):
    ArtistFactory(name="Not Yet")
    page = get(client, music.url + "artists/")
    links = [(a.get_text(), a["href"]) for a in page.select(".artist-list a")]
    assert links == [
        ("Ada Sparkle", "/music/artists/ada-sparkle/"),
        ("Kola Breeze", "/music/artists/kola-breeze/"),
    ]


def test_unicode_artist_slugs(client, music):
    artist = ArtistFactory(name="Ọlá Ẹ̀kọ́", slug="ọlá-ẹkọ")
    SongPageFactory(parent=music, song=SongFactory(artists=[artist]))
    page = get(client, music.url + "artists/")
    href = page.select_one(".artist-list a")["href"]
    assert client.get(href).status_code == 200


def test_search_finds_a_post_by_a_line_of_its_lyrics(post):
    assert list(SongPage.objects.live().search("danfo horns")) == [post]


def test_page_type_rules(home, section, music, post):
    assert SongPage.can_create_at(music)
    assert MusicSectionPage.can_create_at(home)
    for parent in (home, section, post):
        assert not SongPage.can_create_at(parent)
    assert not MusicSectionPage.can_create_at(SectionPageFactory(parent=home))


def test_editors_preview_the_music_post_and_its_lyrics(rf, post):
    request = rf.get("/")
    request.is_preview = True
    lyrics = post.serve_preview(request, "lyrics").render().content.decode()
    assert "Kola Breeze ft. Ada Sparkle – Lagos Sunrise [Lyrics]</h1>" in lyrics
    music_post = post.serve_preview(request, "").render().content.decode()
    assert "Read the lyrics" in music_post


def test_editing_a_song_or_artist_refreshes_cached_pages(client, settings, post, song, kola):
    settings.PAGE_CACHE_SECONDS = 300
    assert "Lagos Sunrise" in get(client, post.url + "lyrics/").h1.get_text()
    song.title = "Lagos Sunset"
    song.save()
    assert get(client, post.url + "lyrics/").h1.get_text().endswith("Lagos Sunset [Lyrics]")
    kola.name = "Kola B"
    kola.save()
    assert get(client, post.url).h1.get_text().startswith("[Music] Kola B ft.")
