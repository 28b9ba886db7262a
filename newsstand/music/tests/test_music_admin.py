"""Editors add songs and music posts; bad uploads and links are explained; things in use stay."""

import pytest

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import ReferenceIndex
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from newsstand.core.testing import user_in
from newsstand.music import audio
from newsstand.music.factories import SongFactory
from newsstand.music.models import Artist, Song, SongPage

MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 100
SONGS = "/admin/snippets/music/song/"


@pytest.fixture
def editor(client, db):
    client.force_login(user_in("Editors", "amaka"))
    return client


def song_form(artists, **extra):
    return nested_form_data(
        {
            "title": "Eko Nights",
            "song_artists": inline_formset(
                [{"artist": artist.pk, "role": role} for artist, role in artists]
            ),
            "lyrics": "[Chorus]\nEko o ni baje",
            "lyrics_rights": "permission",
            **extra,
        }
    )


def errors(response) -> list[str]:
    """Every validation message on the returned form, its inline forms included."""
    assert response.status_code == 200
    form = response.context["form"]
    messages = [m for field in form.errors.values() for m in field]
    for child in form.formsets["song_artists"].forms:
        messages += [m for field in child.errors.values() for m in field]
    return messages


def test_editor_adds_a_song_with_audio(editor, kola, ada):
    data = song_form([(kola, "primary"), (ada, "featured")])
    data["audio"] = SimpleUploadedFile("eko-nights.mp3", MP3)
    data["spotify_url"] = "https://open.spotify.com/track/123"
    response = editor.post(SONGS + "add/", data)
    assert response.status_code == 302, errors(response)
    song = Song.objects.get(title="Eko Nights")
    assert str(song) == "Kola Breeze ft. Ada Sparkle – Eko Nights"
    assert song.audio.name.endswith(".mp3") and song.audio_size == len(MP3)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("eko.exe", MP3, "“eko.exe” is not an audio file we accept"),
        ("eko.mp3", b"<html><script>alert(1)</script>", "but what it contains is not audio"),
        ("eko.m4a", b"fLaC\x00\x00\x00\x22" + b"\x00" * 10, "contains FLAC audio: name it .flac"),
    ],
)
def test_bad_audio_is_explained(editor, kola, name, content, message):
    data = song_form([(kola, "primary")])
    data["audio"] = SimpleUploadedFile(name, content)
    assert any(message in m for m in errors(editor.post(SONGS + "add/", data)))
    assert not Song.objects.exists()


def test_oversize_audio_is_explained(editor, kola, monkeypatch):
    monkeypatch.setattr(audio, "MAX_AUDIO_BYTES", 2**20)
    data = song_form([(kola, "primary")])
    data["audio"] = SimpleUploadedFile("eko.mp3", MP3.ljust(3 * 2**19, b"\x00"))
    assert errors(editor.post(SONGS + "add/", data)) == [
        "“eko.mp3” is 1.5 MB; audio files can be at most 1 MB."
    ]
    assert not Song.objects.exists()


def test_song_listing_shows_credits(editor, song):
    response = editor.get(SONGS)
    assert response.status_code == 200
    assert "Kola Breeze ft. Ada Sparkle" in response.content.decode()


def test_streaming_links_must_point_at_their_service(editor, kola):
    data = song_form(
        [(kola, "primary")],
        spotify_url="https://spotify.example.com/track/1",
        youtube_url="http://youtube.com/watch?v=1",
        boomplay_url="https://www.boomplay.com/songs/1",
    )
    assert errors(editor.post(SONGS + "add/", data)) == [
        "Enter an https link to Spotify (open.spotify.com, spotify.link).",
        "Enter an https link to YouTube (youtube.com, youtu.be).",
    ]


def test_a_download_needs_an_audio_file(editor, kola):
    data = song_form([(kola, "primary")], allow_download="on")
    assert errors(editor.post(SONGS + "add/", data)) == [
        "Upload an audio file to offer a download."
    ]


def test_a_song_needs_a_lead_artist_credited_once(editor, kola, ada):
    response = editor.post(SONGS + "add/", song_form([(ada, "featured")]))
    assert errors(response) == ["Credit at least one artist as the song's artist, not a guest."]
    response = editor.post(SONGS + "add/", song_form([(kola, "primary"), (kola, "featured")]))
    assert errors(response) == ["Kola Breeze is already credited on this song."]
    assert not Song.objects.exists()


def post_form(song, **extra):
    return nested_form_data(
        {
            "song": song.pk,
            "title": "",
            "slug": "",
            "standfirst": "Out now.",
            "body": streamfield([]),
            "page_authors": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )


def test_editor_publishes_a_music_post_titled_from_its_song(editor, music, song):
    response = editor.post(f"/admin/pages/add/music/songpage/{music.pk}/", post_form(song))
    assert response.status_code == 302
    post = SongPage.objects.get(song=song)
    assert post.live
    assert post.title == "[Music] Kola Breeze ft. Ada Sparkle – Lagos Sunrise"
    assert post.slug == "kola-breeze-ft-ada-sparkle-lagos-sunrise"


def test_a_song_has_one_music_post(editor, music, post, song):
    response = editor.post(f"/admin/pages/add/music/songpage/{music.pk}/", post_form(song))
    assert response.status_code == 200
    assert "already has a music post: “[Music] Kola Breeze ft. Ada Sparkle – Lagos Sunrise”" in (
        response.content.decode()
    )
    edit = editor.post(f"/admin/pages/{post.pk}/edit/", post_form(song, slug=post.slug))
    assert edit.status_code == 302  # its own post is fine


def test_an_artist_in_use_cannot_be_deleted(editor, kola, post):
    url = f"/admin/snippets/music/artist/delete/{kola.pk}/"
    page = editor.get(url).content.decode()
    assert "This artist is referenced 1 time." in page
    assert "One or more references to this artist prevent it from being deleted." in page
    assert "Yes, delete" not in page
    usage = editor.get(f"/admin/snippets/music/artist/usage/{kola.pk}/?describe_on_delete=1")
    assert "Kola Breeze ft. Ada Sparkle – Lagos Sunrise" in usage.content.decode()
    assert "prevents deletion" in usage.content.decode()
    editor.post(url)
    assert Artist.objects.filter(pk=kola.pk).exists()


def test_a_song_with_a_post_cannot_be_deleted(editor, song, post):
    url = f"/admin/snippets/music/song/delete/{song.pk}/"
    assert "This song is referenced 1 time." in editor.get(url).content.decode()
    usage = editor.get(f"/admin/snippets/music/song/usage/{song.pk}/").content.decode()
    assert post.title in usage
    editor.post(url)
    assert Song.objects.filter(pk=song.pk).exists()


def test_the_database_still_refuses_when_the_usage_index_is_behind(editor, song, post):
    ReferenceIndex.objects.all().delete()  # e.g. rows written by an import, not yet indexed
    response = editor.post(f"/admin/snippets/music/song/delete/{song.pk}/", follow=True)
    assert Song.objects.filter(pk=song.pk).exists()
    message = str(list(response.context["messages"])[0])
    assert message == (
        f"“{song}” can't be deleted: it is still used by the page “{post.title}”. "
        "Remove it from there first."
    )


def test_an_unused_song_can_be_deleted(editor):
    song = SongFactory()
    response = editor.post(f"/admin/snippets/music/song/delete/{song.pk}/")
    assert response.status_code == 302
    assert not Song.objects.filter(pk=song.pk).exists()


def test_the_music_post_form_needs_no_title(editor, music):
    response = editor.get(f"/admin/pages/add/music/songpage/{music.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert not form.fields["title"].required and not form.fields["slug"].required
    assert "Settings › Music" in form.fields["title"].help_text


def test_music_settings_refuse_a_bad_pattern(client, home, db):
    admin = get_user_model().objects.create_superuser("root", "root@example.com", "pw")
    client.force_login(admin)
    url = f"/admin/settings/music/musicsettings/{home.get_site().pk}/"
    response = client.post(
        url, {"title_pattern": "{title} {year}", "lyrics_title_pattern": "{title} lyrics"}
    )
    assert response.status_code == 200
    assert "“{year}” isn&#x27;t a placeholder" in response.content.decode()
