"""Audio uploads are checked by name, by their first bytes and by size."""

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.music import audio
from newsstand.music.audio import MAX_AUDIO_BYTES, format_for_content, validate_audio

SAMPLES = {
    "tagged.mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 20,
    "untagged.mp3": b"\xff\xfb\x90\x64" + b"\x00" * 20,
    "song.m4a": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00",
    "song.ogg": b"OggS\x00\x02" + b"\x00" * 20,
    "song.opus": b"OggS\x00\x02" + b"\x00" * 20,
    "song.wav": b"RIFF\x24\x08\x00\x00WAVEfmt " + b"\x00" * 8,
    "SONG.FLAC": b"fLaC\x00\x00\x00\x22" + b"\x00" * 20,
}


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(("name", "content"), SAMPLES.items())
def test_each_accepted_format_passes(name, content):
    validate_audio(upload(name, content))


def test_the_file_can_still_be_read_from_the_start():
    file = upload("tagged.mp3", SAMPLES["tagged.mp3"])
    validate_audio(file)
    assert file.read(3) == b"ID3"


@pytest.mark.parametrize("name", ["song.exe", "song.mp4", "song", "cover.jpg"])
def test_other_names_are_refused_with_the_accepted_list(name):
    with pytest.raises(ValidationError) as error:
        validate_audio(upload(name, SAMPLES["tagged.mp3"]))
    assert error.value.code == "audio_type"
    assert error.value.messages == [
        f"“{name}” is not an audio file we accept: upload MP3, M4A, OGG, WAV or FLAC."
    ]


def test_a_program_renamed_to_mp3_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_audio(upload("hit.mp3", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 20))
    assert error.value.code == "audio_content"
    assert error.value.messages == ["“hit.mp3” ends in .mp3, but what it contains is not audio."]


def test_audio_of_another_format_is_named_for_what_it_is():
    with pytest.raises(ValidationError) as error:
        validate_audio(upload("hit.mp3", SAMPLES["song.wav"]))
    assert error.value.messages == [
        "“hit.mp3” ends in .mp3, but it contains WAV audio: name it .wav."
    ]


def test_a_frame_sync_needs_a_valid_layer():
    assert format_for_content(b"\xff\xe0\x00\x00") is None  # layer bits 00 are reserved
    assert format_for_content(b"\xff\xf3\x00\x00").name == "MP3"


def test_oversize_files_are_refused_before_reading(monkeypatch):
    file = upload("long.mp3", SAMPLES["tagged.mp3"])
    file.size = MAX_AUDIO_BYTES + 1
    with pytest.raises(ValidationError) as error:
        validate_audio(file)
    assert error.value.code == "audio_too_large"
    assert error.value.messages == ["“long.mp3” is 25.1 MB; audio files can be at most 25 MB."]
    monkeypatch.setattr(audio, "MAX_AUDIO_BYTES", 2**20)
    with pytest.raises(ValidationError, match="is 1.5 MB; audio files can be at most 1 MB"):
        validate_audio(upload("long.mp3", b"ID3".ljust(3 * 2**19, b"\x00")))
