"""Lyrics: parsed into labelled sections, and cut down to what the rights allow."""

import re
from dataclasses import dataclass

from django.db import models

LABEL = re.compile(r"^\s*\[([^\[\]]+)\]\s*$")
EXCERPT_LINES = 8


class LyricsRights(models.TextChoices):
    LICENSED = "licensed", "Licensed: show in full"
    PERMISSION = "permission", "Artist permission: show in full"
    EXCERPT = "excerpt", "Excerpt only"
    NONE = "none", "None: don't show the lyrics"


@dataclass(frozen=True)
class Section:
    label: str  # "" for lines before the first label
    stanzas: tuple[tuple[str, ...], ...]

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(line for stanza in self.stanzas for line in stanza)


@dataclass(frozen=True)
class Lyrics:
    """What readers see: the sections shown, whether that is all of it, and a note."""

    sections: tuple[Section, ...]
    complete: bool
    note: str


NOTES = {
    LyricsRights.LICENSED: "Lyrics published under licence.",
    LyricsRights.PERMISSION: "Lyrics published with the artist's permission.",
    LyricsRights.EXCERPT: "An excerpt: we don't have the rights to publish the full lyrics.",
    LyricsRights.NONE: "We don't have the rights to publish the lyrics of this song.",
}
NOT_YET = "The lyrics of this song aren't available yet."


def parse(text: str) -> tuple[Section, ...]:
    """Sections of `text`, split at lines like "[Chorus]"; blank lines split stanzas."""
    sections: list[Section] = []
    label, stanzas, stanza = "", [], []

    def close_stanza():
        if stanza:
            stanzas.append(tuple(stanza))
            stanza.clear()

    def close_section():
        close_stanza()
        if stanzas:
            sections.append(Section(label, tuple(stanzas)))
            stanzas.clear()

    for raw in text.splitlines():
        line = raw.strip()
        heading = LABEL.match(line)
        if heading:
            close_section()
            label = heading[1].strip()
        elif line:
            stanza.append(line)
        else:
            close_stanza()
    close_section()
    return tuple(sections)


def excerpt(sections: tuple[Section, ...], max_lines: int = EXCERPT_LINES) -> tuple[Section, ...]:
    """The first section, cut to at most `max_lines` lines."""
    if not sections:
        return ()
    first, kept, left = sections[0], [], max_lines
    for stanza in first.stanzas:
        if left <= 0:
            break
        kept.append(stanza[:left])
        left -= len(stanza)
    return (Section(first.label, tuple(kept)),)


def shown(text: str, rights: str) -> Lyrics:
    """The lyrics readers may see under `rights`."""
    sections = parse(text)
    if rights == LyricsRights.NONE:
        return Lyrics((), False, NOTES[LyricsRights.NONE])
    if not sections:
        return Lyrics((), False, NOT_YET)
    if rights == LyricsRights.EXCERPT:
        return Lyrics(excerpt(sections), False, NOTES[LyricsRights.EXCERPT])
    return Lyrics(sections, True, NOTES[LyricsRights(rights)])
