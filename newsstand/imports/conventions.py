"""Title conventions of Nigerian-style news and entertainment blogs.

`parse_title` recognises serialized stories ("[STORY] Title (Episode 01)"), their
complete editions ("(Complete Episodes)") and music posts ("[Music] Artist – Song",
"Artist ft. X – Song", "Artist – Song [Lyrics]"). It only reads the title; what
becomes of each kind is up to the importer, so a music app can plug in later.
"""

import re
from dataclasses import dataclass

DASH = r"\s+[-–—]\s+"
STORY = r"^\[\s*story\s*\]\s*[:\-–—]?\s*"

EPISODE_RE = re.compile(
    STORY + r"(?P<series>.+?)\s*(?:\(\s*|[-–—:]\s*)"
    r"(?P<final>final\s+)?episode\s*(?P<number>\d{1,4})\s*\)?$",
    re.I,
)
COMPLETE_RE = re.compile(
    STORY + r"(?P<series>.+?)\s*(?:\(\s*|[-–—:]\s*)complete\s+episodes?\s*\)?$", re.I
)
LYRICS_RE = re.compile(r"^(?P<rest>.+?)\s*\[\s*lyrics\s*\]$", re.I)
MUSIC_RE = re.compile(r"^\[\s*music\s*\]\s*[:\-–—]?\s*(?P<rest>.+)$", re.I)
FEATURING = r"\s+\(?(?:ft\.?|feat\.?|featuring)\s+"
FEATURING_RE = re.compile(FEATURING, re.I)
ARTIST_FT_SONG_RE = re.compile(r"^(?P<artist>.+?)" + FEATURING + r".+?" + DASH + r".+$", re.I)


@dataclass(frozen=True)
class Episode:
    series: str
    number: int
    final: bool = False


@dataclass(frozen=True)
class CompleteEdition:
    series: str


@dataclass(frozen=True)
class Song:
    artist: str
    title: str
    featuring: tuple[str, ...] = ()
    lyrics: bool = False


Convention = Episode | CompleteEdition | Song


def parse_title(title: str) -> Convention | None:
    """What `title` (plain text) follows, or None for an ordinary story."""
    title = title.strip()
    if match := EPISODE_RE.match(title):
        return Episode(
            series=match["series"].strip(),
            number=int(match["number"]),
            final=bool(match["final"]),
        )
    if match := COMPLETE_RE.match(title):
        return CompleteEdition(series=match["series"].strip())
    if match := LYRICS_RE.match(title):
        return _song(match["rest"], lyrics=True)
    if match := MUSIC_RE.match(title):
        return _song(match["rest"], lyrics=False)
    if ARTIST_FT_SONG_RE.match(title):
        return _song(title, lyrics=False)
    return None


def _song(text: str, *, lyrics: bool) -> Song | None:
    parts = re.split(DASH, text, maxsplit=1)
    if len(parts) != 2:
        return None
    artist, artist_guests = _split_featuring(parts[0])
    title, title_guests = _split_featuring(parts[1])
    if not artist or not title:
        return None
    return Song(artist=artist, title=title, featuring=artist_guests + title_guests, lyrics=lyrics)


def _split_featuring(text: str) -> tuple[str, tuple[str, ...]]:
    """ "Wizkid ft. Tems & Buju" -> ("Wizkid", ("Tems", "Buju"))."""
    pieces = FEATURING_RE.split(text.strip(), maxsplit=1)
    if len(pieces) == 1:
        return pieces[0].strip(), ()
    guests = re.split(r",|&|\band\b", pieces[1].strip(" ()"))
    return pieces[0].strip(), tuple(name.strip() for name in guests if name.strip())
