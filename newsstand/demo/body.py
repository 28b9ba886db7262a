"""Turn a story's body items into the raw data of an ArticlePage body StreamField."""

from collections.abc import Iterable, Mapping

from django.utils.html import format_html

from wagtail.images.models import AbstractImage

from .content.types import BodyItem, Embed, Figure, Heading, Quote, Table


def stream(body: Iterable[BodyItem], arts: Mapping[str, AbstractImage]) -> list[tuple[str, object]]:
    """(block name, value) pairs for `BodyBlock`; figures name their image by art key."""
    return [block(item, arts) for item in body]


def block(item: BodyItem, arts: Mapping[str, AbstractImage]) -> tuple[str, object]:
    match item:
        case str():
            return ("paragraph", format_html("<p>{}</p>", item))
        case Heading(text, level):
            return ("heading", {"text": text, "level": level})
        case Quote(quote, speaker, role):
            return ("quote", {"quote": quote, "speaker": speaker, "role": role})
        case Figure(art, caption):
            return ("image", {"image": arts[art], "caption": caption})
        case Embed(url, title):
            return ("embed", {"url": url, "title": title})
        case Table(caption, columns, rows):
            return (
                "table",
                {
                    "caption": caption,
                    "columns": [{"type": kind, "heading": heading} for kind, heading in columns],
                    "rows": [{"values": list(row)} for row in rows],
                },
            )
    raise TypeError(f"Not a body item: {item!r}")
