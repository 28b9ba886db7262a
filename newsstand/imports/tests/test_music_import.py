"""'[Music] Artist – Song' posts become songs with music posts; '[Lyrics]' posts give the
song its lyrics, shown on the music post's lyrics page."""

import pytest
from bs4 import BeautifulSoup

from newsstand.articles.models import ArticlePage
from newsstand.core.models import HomePage
from newsstand.imports.models import ImportedObject
from newsstand.imports.report import Outcome
from newsstand.imports.services import import_wordpress
from newsstand.music.factories import ArtistFactory, MusicSectionPageFactory, SongFactory
from newsstand.music.models import Artist, MusicSectionPage, Song, SongPage

from .conftest import item

LYRICS = "[Verse 1]\nWetin dey happen\nFor Lagos tonight\n\n<h3>Chorus</h3>\nEssence, essence"
MUSIC = "[Music] Wizkid ft. Tems – Essence"
LYRICS_TITLE = "Wizkid – Essence (feat. Tems) [Lyrics]"


def post_of(wp_id: int) -> SongPage:
    row = ImportedObject.objects.get(kind="post", wp_id=str(wp_id))
    return SongPage.objects.get(pk=row.object_id)


def assert_redirect(client, old: str, new: str) -> None:
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, new), old


def essence(order: str = "music first", **music):
    posts = {
        "music": item(
            1,
            **{"title": MUSIC, "slug": "wizkid-essence", "content": "A summer anthem.", **music},
        ),
        "lyrics": item(
            2,
            title=LYRICS_TITLE,
            slug="wizkid-essence-lyrics",
            content=LYRICS,
            date="2023-05-15 09:30:00",
            date_gmt="2023-05-15 08:30:00",
        ),
    }
    first, second = ("music", "lyrics") if order == "music first" else ("lyrics", "music")
    return posts[first], posts[second]


def test_naijabeat_music_and_lyrics_posts(naijabeat, client):
    music = MusicSectionPage.objects.get()
    assert (music.slug, music.live, music.show_in_menus) == ("music", True, True)
    fall = post_of(120)
    assert (fall.title, fall.live, fall.get_parent().pk) == (
        "[Music] Davido – Fall",
        True,
        music.pk,
    )
    assert fall.song.artist_line == "Davido" and fall.song.title == "Fall"
    assert "Download and enjoy." in client.get(fall.url).content.decode()
    assert_redirect(client, "/2023/06/01/davido-fall/", "/music/davido-fall/")
    assert_redirect(client, "/?p=120", "/music/davido-fall/")
    assert_redirect(client, "/category/entertainment/", "/music/")  # only music posts in it

    last_last = Song.objects.get(title="Last Last")
    assert last_last.artist_line == "Burna Boy" and last_last.lyrics == "I need Gbedu..."
    assert last_last.lyrics_rights == "none"  # the publisher decides what may be shown
    post = post_of(121)
    assert (post.song_id, post.slug, post.live) == (last_last.pk, "burna-boy-last-last", True)
    assert_redirect(client, "/2023/06/02/burna-boy-last-last-lyrics/", post.url + "lyrics/")
    assert client.get(post.url + "lyrics/").status_code == 200
    looks = {entry.wp_id: entry.reason for entry in naijabeat.needs_look}
    assert "set its lyrics rights" in looks["121"] and "add a write-up" in looks["121"]
    assert not ArticlePage.objects.filter(title__contains="Last Last").exists()
    assert naijabeat.counts["song", Outcome.IMPORTED] == 2


@pytest.mark.parametrize("order", ["music first", "lyrics first"])
def test_music_and_lyrics_posts_share_one_song_and_post_in_any_order(
    home, write_wxr, client, order
):
    report = import_wordpress(export=write_wxr(*essence(order)))
    song = Song.objects.get()
    assert [(c.artist.name, c.role) for c in song.credits] == [
        ("Wizkid", "primary"),
        ("Tems", "featured"),
    ]
    assert (
        song.lyrics
        == "[Verse 1]\nWetin dey happen\nFor Lagos tonight\n\n[Chorus]\nEssence, essence"
    )
    post = SongPage.objects.get()
    assert post_of(1).pk == post_of(2).pk == post.pk
    assert (post.title, post.slug, post.live) == (
        "[Music] Wizkid ft. Tems – Essence",
        "wizkid-essence",
        True,
    )
    assert post.standfirst == "" and "A summer anthem." in str(post.body)
    assert_redirect(client, "/2023/05/14/wizkid-essence/", "/music/wizkid-essence/")
    assert_redirect(client, "/2023/05/15/wizkid-essence-lyrics/", "/music/wizkid-essence/lyrics/")
    assert_redirect(client, "/?p=2", "/music/wizkid-essence/lyrics/")
    assert report.counts["post", Outcome.IMPORTED] == 2 and not report.failed

    song.lyrics_rights = "licensed"
    song.save()
    lyrics = BeautifulSoup(client.get("/music/wizkid-essence/lyrics/").content, "html.parser")
    assert [h.get_text().lower() for h in lyrics.select(".lyrics-section h2")] == [
        "verse 1",
        "chorus",
    ]
    assert "For Lagos tonight" in lyrics.get_text()


def test_a_rerun_updates_instead_of_duplicating(home, write_wxr):
    import_wordpress(export=write_wxr(*essence()))
    again = import_wordpress(export=write_wxr(*essence()))
    assert again.counts["post", Outcome.UNCHANGED] == 2
    changed = import_wordpress(export=write_wxr(*essence(content="A summer anthem, remixed.")))
    assert changed.counts["post", Outcome.UPDATED] == 1
    assert (Song.objects.count(), SongPage.objects.count(), Artist.objects.count()) == (1, 1, 2)
    assert "remixed" in str(SongPage.objects.get().body)


def test_existing_section_song_and_artists_are_reused(home, write_wxr):
    section = MusicSectionPageFactory(parent=home, title="Sounds", slug="sounds")
    wizkid = ArtistFactory(name="WizKid", slug="wizkid")
    song = SongFactory(title="essence", artists=[wizkid], lyrics="")
    import_wordpress(export=write_wxr(*essence()))
    assert MusicSectionPage.objects.get().pk == section.pk
    assert Song.objects.get().pk == song.pk
    assert Artist.objects.filter(name__iexact="wizkid").count() == 1
    assert SongPage.objects.get().get_parent().pk == section.pk
    assert Song.objects.get().lyrics.startswith("[Verse 1]")


def test_lyrics_the_song_already_has_are_kept(home, write_wxr):
    SongFactory(title="Essence", artists=[ArtistFactory(name="Wizkid")], lyrics="Our own lyrics")
    report = import_wordpress(export=write_wxr(essence()[1]))
    assert Song.objects.get().lyrics == "Our own lyrics"
    assert any("already had lyrics" in entry.reason for entry in report.needs_look)


def test_a_second_music_post_for_the_song_becomes_a_draft_article(home, write_wxr):
    report = import_wordpress(
        export=write_wxr(
            item(1, title="[Music] Davido – Fall", content="First."),
            item(2, title="[Music] Davido – Fall", slug="davido-fall-again", content="Again."),
        )
    )
    assert SongPage.objects.count() == 1
    draft = ArticlePage.objects.get()
    assert (draft.slug, draft.live) == ("davido-fall-again", False)
    assert any("already has a music post" in entry.reason for entry in report.needs_look)


def test_a_draft_music_post_never_publishes_and_its_lyrics_wait_for_it(home, write_wxr, client):
    report = import_wordpress(export=write_wxr(*essence(status="draft")))
    post = SongPage.objects.get()
    assert not post.live
    assert client.get("/music/wizkid-essence/lyrics/").status_code == 404
    assert any("shows once that is published" in entry.reason for entry in report.needs_look)


def test_a_draft_music_post_after_public_lyrics_does_not_replace_them(home, write_wxr):
    import_wordpress(export=write_wxr(*essence("lyrics first", status="draft")))
    post = SongPage.objects.get()
    assert post.live and len(post.body) == 0
    assert not ArticlePage.objects.get().live


def test_lyrics_and_names_are_sanitized(home, write_wxr, client):
    import_wordpress(
        export=write_wxr(
            item(
                1,
                title="<b>Rema</b> – Calm Down [Lyrics]",
                content=(
                    "<p>Another banger<script>alert(1)</script><br>"
                    '<img src=x onerror="alert(2)">Baby calm down</p>'
                ),
            )
        )
    )
    song = Song.objects.get()
    assert (song.title, song.artist_line) == ("Calm Down", "Rema")
    assert song.lyrics == "Another banger\n\nBaby calm down"  # the image split the stanza
    song.lyrics_rights = "licensed"
    song.save()
    html = client.get(SongPage.objects.get().url + "lyrics/").content.decode()
    assert "alert" not in html


def test_a_sticky_music_post_is_not_the_lead_story(home, write_wxr):
    import_wordpress(
        export=write_wxr(
            item(1, title="[Music] Davido – Fall", extra="<wp:is_sticky>1</wp:is_sticky>")
        )
    )
    assert HomePage.objects.get().lead_story_id is None
