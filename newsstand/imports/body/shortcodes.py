"""WordPress shortcodes: [caption], [embed], [gallery] and URL embeds become markup the
body converter understands; any other shortcode stays as text and is reported.

Matching is linear: tokens are found in one pass and each opening tag is paired
with the next closing tag of the same name, as WordPress does.
"""

import bisect
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .embeds import embeddable

TOKEN_RE = re.compile(
    r"\[(?P<escape>\[?)(?P<close>/?)(?P<name>[a-z][a-z0-9_-]*)(?![\w-])"
    r"(?P<attrs>[^\[\]/]*(?:/(?!\])[^\[\]/]*)*)(?P<self>/?)\](?P<escape_end>\]?)"
)
ATTR_RE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)"""
)
IMAGE_RE = re.compile(r"(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?", re.I)
URL_EMBEDS = frozenset(
    {
        "youtube",
        "vimeo",
        "tweet",
        "twitter",
        "instagram",
        "facebook",
        "tiktok",
        "soundcloud",
        "spotify",
        "audiomack",
    }
)


@dataclass
class Expanded:
    html: str
    unknown: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def expand_shortcodes(text: str, *, post_attachments: Sequence[int] = ()) -> Expanded:
    """`text` with the shortcodes we understand converted to HTML.

    `post_attachments` are the ids of the post's own attachments, which a [gallery]
    without ids shows.
    """
    tokens = list(TOKEN_RE.finditer(text))
    closings: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        if token["close"] and not token["escape"]:
            closings.setdefault(token["name"], []).append(index)
    result = Expanded(html="")
    out: list[str] = []
    position = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        out.append(text[position : token.start()])
        position = token.end()
        index += 1
        if token["escape"] and token["escape_end"]:
            out.append(token.group()[1:-1])
            continue
        if token["close"]:
            out.append(token.group())
            continue
        content = None
        end = None
        if not token["self"]:
            ends = closings.get(token["name"], [])
            found = bisect.bisect_left(ends, index)
            if found < len(ends):
                end_index = ends[found]
                end = tokens[end_index]
                content = text[position : end.start()]
        converted = _convert(token, content, post_attachments, result)
        if converted is None:
            result.unknown.add(token["name"])
            out.append(token.group())
            if end is not None:
                inner = expand_shortcodes(content or "", post_attachments=post_attachments)
                result.unknown |= inner.unknown
                result.notes += inner.notes
                out.append(inner.html + end.group())
        else:
            out.append(converted)
        if end is not None:
            position = end.end()
            index = end_index + 1
    out.append(text[position:])
    result.html = "".join(out)
    return result


def parse_attributes(text: str) -> tuple[dict[str, str], list[str]]:
    """Named and positional shortcode attributes, as WordPress's shortcode_parse_atts."""
    named: dict[str, str] = {}
    positional: list[str] = []
    for match in ATTR_RE.finditer(text.strip().lstrip("=")):
        groups = match.groups()
        for name_at, value_at in ((0, 1), (2, 3), (4, 5)):
            if groups[name_at]:
                named[groups[name_at].lower()] = html.unescape(groups[value_at])
                break
        else:
            positional.extend(html.unescape(value) for value in groups[6:] if value)
    return named, positional


def _convert(token, content, post_attachments, result: Expanded) -> str | None:
    name = token["name"]
    named, positional = parse_attributes(token["attrs"])
    if name in {"caption", "wp_caption"}:
        return _caption(named, content or "")
    if name == "embed":
        url = (content or "").strip()
        return _embed_figure(url) if embeddable(url) or url.startswith("http") else None
    if name == "gallery":
        ids = named.get("ids") or named.get("include")
        numbers = [int(n) for n in re.findall(r"\d+", ids)] if ids else list(post_attachments)
        if not numbers:
            result.notes.append("an empty [gallery] was left out")
            return ""
        images = "".join(f'<img class="wp-image-{number}">' for number in numbers)
        return f'<figure class="wp-block-gallery">{images}</figure>'
    if name in URL_EMBEDS:
        candidates = [named.get(key, "") for key in ("url", "src", "href", "id")]
        candidates += [*positional, (content or "").strip()]
        url = next((c for c in candidates if embeddable(c)), None)
        return _embed_figure(url) if url else None
    return None


def _caption(named: dict[str, str], content: str) -> str:
    image = IMAGE_RE.search(content)
    caption = named.get("caption") or (IMAGE_RE.sub("", content, count=1) if image else "")
    attachment = re.sub(r"\D", "", named.get("id", ""))
    data = f' data-wp-attachment="{attachment}"' if attachment else ""
    return (
        f"<figure{data}>{image.group() if image else ''}"
        f"<figcaption>{caption.strip()}</figcaption></figure>"
    )


def _embed_figure(url: str) -> str:
    return (
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        f"{html.escape(url)}</div></figure>"
    )
