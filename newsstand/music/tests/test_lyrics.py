"""Lyrics are split at their [Section] labels and shown as far as the rights allow."""

import pytest

from newsstand.music.lyrics import EXCERPT_LINES, LyricsRights, Section, excerpt, parse, shown

TEXT = """
Intro words before any label

[Verse 1]
One
Two

Three

[Chorus]
Hold me tight
All is right
[Verse 2: Ada Sparkle]
Four
"""


def test_sections_keep_their_labels_lines_and_stanzas():
    assert parse(TEXT) == (
        Section("", (("Intro words before any label",),)),
        Section("Verse 1", (("One", "Two"), ("Three",))),
        Section("Chorus", (("Hold me tight", "All is right"),)),
        Section("Verse 2: Ada Sparkle", (("Four",),)),
    )


def test_empty_sections_and_stray_brackets():
    assert parse("[Intro]\n\n[Chorus]\nla [la] la\n") == (Section("Chorus", (("la [la] la",),)),)
    assert parse("") == ()


def test_excerpt_is_the_first_section_cut_to_a_few_lines():
    long_verse = "[Verse]\n" + "\n".join(f"line {n}" for n in range(20)) + "\n[Chorus]\nla"
    (only,) = excerpt(parse(long_verse))
    assert only.label == "Verse"
    assert only.lines == tuple(f"line {n}" for n in range(EXCERPT_LINES))
    (first,) = excerpt(parse(TEXT)[1:])
    assert first.stanzas == (("One", "Two"), ("Three",))


@pytest.mark.parametrize("rights", [LyricsRights.LICENSED, LyricsRights.PERMISSION])
def test_full_rights_show_everything(rights):
    lyrics = shown(TEXT, rights)
    assert lyrics.sections == parse(TEXT) and lyrics.complete
    assert lyrics.note in (
        "Lyrics published under licence.",
        "Lyrics published with the artist's permission.",
    )


def test_excerpt_rights_show_the_first_section_only():
    lyrics = shown(TEXT[TEXT.index("[Verse 1]") :], LyricsRights.EXCERPT)
    assert [s.label for s in lyrics.sections] == ["Verse 1"] and not lyrics.complete
    assert "excerpt" in lyrics.note


def test_no_rights_show_nothing_but_a_note():
    lyrics = shown(TEXT, LyricsRights.NONE)
    assert lyrics.sections == () and not lyrics.complete
    assert lyrics.note == "We don't have the rights to publish the lyrics of this song."


def test_missing_lyrics_say_so():
    lyrics = shown("  \n", LyricsRights.LICENSED)
    assert lyrics.note == "The lyrics of this song aren't available yet."
