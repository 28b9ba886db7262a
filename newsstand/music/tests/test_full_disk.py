"""S12: an audio upload that meets a full disk is refused with a 507, leaving no file and no row,
whether the disk fills while Django buffers the upload or while storage saves it."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from newsstand.core.testing import user_in
from newsstand.music.models import Song

from .test_music_admin import MP3, SONGS, errors, song_form


@pytest.mark.parametrize(
    ("size", "stage"),
    [
        (3 * 2**20, "over FILE_UPLOAD_MAX_MEMORY_SIZE: buffered to tmp/, which fills"),
        (2**20, "kept in memory: the write to media/ fills the disk"),
    ],
)
def test_an_audio_upload_on_a_full_disk_saves_nothing_and_says_so(full_disk, kola, size, stage):
    editor = Client(raise_request_exception=False)
    editor.force_login(user_in("Editors", "amaka"))
    audio = MP3 + b"\xff\xfb\x90\x00" * ((size - len(MP3)) // 4)
    full_disk.fill(leave=size // 2)

    data = song_form([(kola, "primary")])
    data["audio"] = SimpleUploadedFile("eko-nights.mp3", audio, "audio/mpeg")
    response = editor.post(SONGS + "add/", data)

    assert response.status_code == 507, stage
    assert "Storage is full — file not saved" in response.text
    assert not Song.objects.exists()
    assert full_disk.files() == []

    (full_disk.root / "filler").unlink()
    data["audio"] = SimpleUploadedFile("eko-nights.mp3", audio, "audio/mpeg")
    response = editor.post(SONGS + "add/", data)
    assert response.status_code == 302, errors(response)
    song = Song.objects.get()
    assert full_disk.files() == [f"media/{song.audio.name}"]
    assert song.audio_size == len(audio)
