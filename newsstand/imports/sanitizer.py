"""The one allowlist sanitizer that every import path runs before anything is stored.

Wagtail's `|richtext` filter outputs stored HTML unchanged, so whatever an import
stores must already be safe. Rich text keeps the inline formatting and lists the
paragraph block offers; plain text keeps no markup at all.
"""

import html
import re

import nh3

RICH_TEXT_TAGS = frozenset(
    {"p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li", "sup", "sub"}
)
# A numbered list keeps where it starts and its direction ("Top 10", counting down); the
# only ids kept are footnotes' (body/footnotes.py), so imported markup can't clobber others.
ATTRIBUTES = {"a": {"href"}, "ol": {"start", "reversed"}, "li": {"id"}, "sup": {"id"}}
FOOTNOTE_ID = re.compile(r"fn-\d{1,4}(?:-ref)?")
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
LINK_REL = "noopener noreferrer"

_TAG = re.compile(r"<[^>]*>")
_BREAKS = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr|/td|/th)\b[^>]*>", re.I)
_SPACE = re.compile(r"\s+")


def sanitize(markup: str, *, tags: frozenset[str] = RICH_TEXT_TAGS) -> str:
    """`markup` reduced to the allowed tags, links with http(s)/mailto/tel URLs only.

    Scripts and styles go with their content; event handlers, `style` and every other
    attribute go; links get `rel="noopener noreferrer"`.
    """
    return nh3.clean(
        markup,
        tags=set(tags),
        attributes={tag: names for tag, names in ATTRIBUTES.items() if tag in tags},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL if "a" in tags else None,
        strip_comments=True,
        attribute_filter=_kept_value,
    )


def _kept_value(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "id":
        return value if FOOTNOTE_ID.fullmatch(value) else None
    return value


def plain_text(markup: str, *, max_length: int | None = None) -> str:
    """The text of `markup` on one line, entities decoded, cut at a word if too long.

    The result is text, not HTML: templates escape it when they show it.
    """
    text = html.unescape(sanitize(_BREAKS.sub(" ", markup or ""), tags=frozenset()))
    text = _SPACE.sub(" ", text).strip()
    if max_length is not None and len(text) > max_length:
        cut = text[: max_length - 1]
        if text[max_length - 1] != " " and " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:.-–—") + "…"
    return text


def has_text(clean: str) -> bool:
    """Whether sanitized markup shows any text (entities such as &nbsp; count as blank)."""
    return bool(html.unescape(_TAG.sub("", clean)).strip())
