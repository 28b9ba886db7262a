"""Uploaded audio: the formats we accept, recognised by name and by their first bytes."""

import math
from dataclasses import dataclass
from pathlib import PurePath

from django.core.exceptions import ValidationError

MAX_AUDIO_BYTES = 25 * 1024 * 1024
HEADER_BYTES = 12


@dataclass(frozen=True)
class AudioFormat:
    name: str
    mime_type: str
    extensions: tuple[str, ...]

    def matches(self, head: bytes) -> bool:
        return SIGNATURES[self.name](head)


def is_mp3(head: bytes) -> bool:
    """An ID3 tag, or an MPEG audio frame sync (11 set bits, then a valid layer)."""
    if head.startswith(b"ID3"):
        return True
    return len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] & 0x06 != 0


SIGNATURES = {
    "MP3": is_mp3,
    "M4A": lambda head: head[4:8] == b"ftyp",
    "OGG": lambda head: head.startswith(b"OggS"),
    "WAV": lambda head: head.startswith(b"RIFF") and head[8:12] == b"WAVE",
    "FLAC": lambda head: head.startswith(b"fLaC"),
}
FORMATS = (
    AudioFormat("MP3", "audio/mpeg", (".mp3",)),
    AudioFormat("M4A", "audio/mp4", (".m4a",)),
    AudioFormat("OGG", "audio/ogg", (".ogg", ".oga", ".opus")),
    AudioFormat("WAV", "audio/wav", (".wav",)),
    AudioFormat("FLAC", "audio/flac", (".flac",)),
)
ACCEPTED = ", ".join(f.name for f in FORMATS[:-1]) + f" or {FORMATS[-1].name}"


def format_for_name(name: str) -> AudioFormat | None:
    extension = PurePath(name).suffix.lower()
    return next((f for f in FORMATS if extension in f.extensions), None)


def format_for_content(head: bytes) -> AudioFormat | None:
    return next((f for f in FORMATS if f.matches(head)), None)


def megabytes(size: int) -> str:
    """ "25 MB", "31.2 MB": rounded up, so a file just over the limit never reads as equal."""
    tenths = math.ceil(size * 10 / 2**20)
    return f"{tenths // 10} MB" if tenths % 10 == 0 else f"{tenths / 10:.1f} MB"


def read_head(file) -> bytes:
    """The first bytes of an uploaded file, leaving it ready to be read from the start."""
    file.seek(0)
    head = file.read(HEADER_BYTES)
    file.seek(0)
    return head


def validate_audio(file) -> None:
    """Refuse files that are too large, not named as audio, or whose content isn't audio.

    A file already in storage was checked when it was uploaded, so it isn't read again.
    """
    if getattr(file, "_committed", False):
        return
    name = PurePath(file.name).name
    if file.size > MAX_AUDIO_BYTES:
        raise ValidationError(
            "“%(name)s” is %(size)s; audio files can be at most %(limit)s.",
            code="audio_too_large",
            params={
                "name": name,
                "size": megabytes(file.size),
                "limit": megabytes(MAX_AUDIO_BYTES),
            },
        )
    expected = format_for_name(name)
    if expected is None:
        raise ValidationError(
            "“%(name)s” is not an audio file we accept: upload %(accepted)s.",
            code="audio_type",
            params={"name": name, "accepted": ACCEPTED},
        )
    head = read_head(file)
    if not expected.matches(head):
        found = format_for_content(head)
        hint = (
            f"it contains {found.name} audio: name it {found.extensions[0]}"
            if found
            else "what it contains is not audio"
        )
        raise ValidationError(
            "“%(name)s” ends in %(extension)s, but %(hint)s.",
            code="audio_content",
            params={"name": name, "extension": PurePath(name).suffix.lower(), "hint": hint},
        )
