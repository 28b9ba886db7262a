"""Raw StreamField values for `newsstand.core.blocks.BodyBlock`, sanitized on the way in.

Every imported body is built from these constructors, so every block value has
been through `sanitizer.sanitize` or `sanitizer.plain_text` before it is stored.
"""

import uuid
from typing import Any

from ..sanitizer import has_text, plain_text, sanitize
from .embeds import is_web_url

Block = dict[str, Any]

HEADING_MAX = 160
QUOTE_SPEAKER_MAX = 120
CAPTION_MAX = 250
EMBED_TITLE_MAX = 200
LANGUAGE_MAX = 40


def _block(kind: str, value: Any) -> Block:
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def paragraph(markup: str) -> Block | None:
    """A rich-text paragraph (or list), or None if nothing readable is left."""
    clean = sanitize(markup).strip()
    if not has_text(clean):
        return None
    if not clean.startswith(("<p>", "<ul>", "<ol>", "<ol ")):
        clean = f"<p>{clean}</p>"
    return _block("paragraph", clean)


def heading(markup: str, *, level: int) -> Block | None:
    text = plain_text(markup)
    if not text:
        return None
    if len(text) > HEADING_MAX:
        return paragraph(f"<p><b>{sanitize(markup, tags=frozenset())}</b></p>")
    return _block("heading", {"text": text, "level": "h2" if level <= 2 else "h3"})


def quote(paragraphs: list[str], *, speaker: str = "") -> Block | None:
    """A quotation from the markup of its paragraphs, kept apart by blank lines."""
    text = "\n\n".join(filter(None, (plain_text(p) for p in paragraphs)))
    if not text:
        return None
    speaker = plain_text(speaker)
    if len(speaker) > QUOTE_SPEAKER_MAX:
        text, speaker = f"{text}\n\n{speaker}", ""
    return _block("quote", {"quote": text, "speaker": speaker, "role": ""})


def image(image_id: int, *, caption: str = "") -> Block:
    return _block(
        "image", {"image": image_id, "caption": plain_text(caption, max_length=CAPTION_MAX)}
    )


def embed(url: str, *, title: str = "") -> Block | None:
    """A link card, for http(s) URLs only."""
    if not is_web_url(url):
        return None
    value = {"url": url.strip(), "title": plain_text(title, max_length=EMBED_TITLE_MAX)}
    return _block("embed", value)


def table(rows: list[list[str]], *, header: bool, caption: str = "") -> Block | None:
    """A table of text columns; `header` makes the first row the column headings."""
    cells = [[plain_text(cell) for cell in row] for row in rows]
    cells = [row for row in cells if any(row)]
    if not cells:
        return None
    width = max(len(row) for row in cells)
    cells = [row + [""] * (width - len(row)) for row in cells]
    headings = cells.pop(0) if header and len(cells) > 1 else [""] * width
    value = {
        "columns": [{"type": "text", "heading": text} for text in headings],
        "rows": [{"values": row} for row in cells],
        "caption": plain_text(caption),
    }
    return _block("table", value)


def code(text: str, *, language: str = "") -> Block | None:
    """Text kept exactly as typed (code, ASCII art); stored as text, escaped when shown."""
    text = text.strip("\n")  # control characters went with the markup's (convert.py)
    if not text.strip():
        return None
    return _block("code", {"code": text, "language": plain_text(language, max_length=LANGUAGE_MAX)})
