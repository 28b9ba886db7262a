"""Block-editor footnotes: numbered in the text, listed under the story, linked both ways.

WordPress keeps the notes in the post's `footnotes` meta (JSON: each note's id and
content) and marks each reference `<sup data-fn="ID"><a href="#ID">N</a></sup>`; its
footnotes block lists them where it stands. Here each reference becomes
`<sup id="fn-N-ref"><a href="#fn-N">N</a></sup>`, and the list a "Notes" heading and a
numbered list whose items link back. The ids are the only ones the sanitizer keeps.
"""

import html
import json
import re

REFERENCE = re.compile(r"<sup\b[^>]*\bdata-fn=\"([^\"]+)\"[^>]*>.*?</sup>", re.S | re.I)
FOOTNOTES_BLOCK = re.compile(r"<!--\s*wp:(?:core/)?footnotes\b[^>]*?/?-->")


def notes_from_meta(meta_value: str) -> dict[str, str]:
    """The `footnotes` meta as {id: content}; anything unreadable is no notes."""
    try:
        notes = json.loads(meta_value or "[]")
    except ValueError:
        return {}
    if not isinstance(notes, list):
        return {}
    return {
        str(note["id"]): str(note.get("content") or "")
        for note in notes
        if isinstance(note, dict) and note.get("id")
    }


def with_footnotes(content: str, meta_value: str) -> str:
    """`content` with its references numbered and linked, and its notes listed."""
    notes = notes_from_meta(meta_value)
    if not notes:
        return content
    numbers: dict[str, int] = {}

    def reference(match: re.Match) -> str:
        note_id = html.unescape(match[1])
        if note_id not in notes:
            return ""
        number = numbers.setdefault(note_id, len(numbers) + 1)
        return f'<sup id="fn-{number}-ref"><a href="#fn-{number}">{number}</a></sup>'

    content = REFERENCE.sub(reference, content)
    for note_id in notes:  # notes nothing refers to still go in the list, after the others
        numbers.setdefault(note_id, len(numbers) + 1)
    items = "".join(
        f'<li id="fn-{number}">{notes[note_id]} <a href="#fn-{number}-ref">↩</a></li>'
        for note_id, number in sorted(numbers.items(), key=lambda item: item[1])
    )
    listing = f"<h2>Notes</h2><ol>{items}</ol>"
    if FOOTNOTES_BLOCK.search(content):
        return FOOTNOTES_BLOCK.sub(lambda _: listing, content, count=1)
    return content + listing
