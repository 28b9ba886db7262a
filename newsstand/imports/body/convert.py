"""HTML (WordPress classic or block editor, or an extracted web page) to body blocks.

The walker keeps a buffer of inline markup that becomes a paragraph whenever a
block-level element (heading, quote, image, table, embed, list) interrupts it.
Gutenberg's block comments (`<!-- wp:image {"id":12} -->`) are read as hints on
the markup they wrap. Every value goes through `blocks`, and so through the sanitizer.
"""

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from ..sanitizer import plain_text
from . import blocks
from .blocks import Block
from .embeds import canonical_embed_url, embeddable, is_web_url

DROPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "map",
        "hr",
        "base",
        "frame",
        "frameset",
    }
)
INLINE = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "span",
        "u",
        "s",
        "sub",
        "sup",
        "small",
        "code",
        "mark",
        "abbr",
        "cite",
        "q",
        "font",
        "time",
        "del",
        "ins",
        "big",
        "label",
        "kbd",
        "var",
        "bdi",
        "bdo",
        "data",
        "dfn",
        "wbr",
    }
)
HAS_BLOCK_INSIDE = etree.XPath(
    "boolean(.//*[self::img or self::p or self::div or self::figure or self::table or self::ul"
    " or self::ol or self::blockquote or self::iframe or self::h1 or self::h2 or self::h3"
    " or self::h4 or self::h5 or self::h6 or self::video or self::audio])"
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "ul",
        "ol",
        "pre",
        "blockquote",
        "table",
        "figure",
        "div",
        "img",
        "iframe",
        "video",
        "audio",
    }
)
SOCIAL_BLOCKQUOTES = ("twitter-tweet", "instagram-media", "tiktok-embed", "telegram-post")
QUIET_BLOCKS = frozenset({"more", "nextpage", "separator", "spacer", "core/more", "core/nextpage"})
LAZY_SOURCES = ("data-lazy-src", "data-src", "data-original", "src")
GUTENBERG_RE = re.compile(
    r"^\s*(?P<close>/)?wp:(?P<name>[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)"
    r"\s*(?P<attrs>\{.*\})?\s*(?P<self>/)?\s*$",
    re.S,
)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
EDGE_BREAKS = re.compile(r"^(?:\s|<br\s*/?>|&nbsp;)+|(?:\s|<br\s*/?>|&nbsp;)+$")
SPEAKER_DASH = re.compile(r"^\s*[—–~-]+\s*")
BACKGROUND_URL = re.compile(r"background-image:\s*url\(\s*['\"]?([^'\")]+)")


@dataclass(frozen=True)
class FoundImage:
    id: int
    caption: str = ""


class ImageFinder(Protocol):
    def find(self, *, attachment_id: int | None, url: str, alt: str) -> FoundImage | None:
        """The library image for an attachment id or an image URL, if there is one."""


class NoImages:
    """For pages whose images can't be imported: every image is reported, none is found."""

    def find(self, *, attachment_id: int | None, url: str, alt: str) -> FoundImage | None:
        return None


@dataclass
class Converted:
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    missing_images: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def summary(self) -> list[str]:
        """The notes, with missing images in one line however many there are."""
        missing = list(dict.fromkeys(self.missing_images))
        if len(missing) == 1:
            return [*self.notes, f"image not imported: {missing[0]}"]
        if missing:
            return [*self.notes, f"{len(missing)} images not imported, e.g. {missing[0]}"]
        return self.notes


def html_to_blocks(
    markup: str, *, images: ImageFinder, site_hosts: Iterable[str] = ()
) -> Converted:
    """Body blocks for `markup`; links to `site_hosts` become site-relative."""
    result = Converted()
    markup = CONTROL_CHARS.sub("", markup or "")
    if not markup.strip():
        return result
    root = lxml_html.document_fromstring(f"<html><body>{markup}</body></html>").find("body")
    if root is None:
        return result
    _relativise_links(root, frozenset(site_hosts))
    Walker(result, images).walk(root)
    return result


def _relativise_links(root, hosts: frozenset[str]) -> None:
    if not hosts:
        return
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        parts = urlsplit(href)
        if parts.scheme in {"http", "https"} and (parts.hostname or "").lower() in hosts:
            relative = parts.path or "/"
            relative += f"?{parts.query}" if parts.query else ""
            relative += f"#{parts.fragment}" if parts.fragment else ""
            link.set("href", relative)


class Walker:
    def __init__(self, result: Converted, images: ImageFinder) -> None:
        self.result = result
        self.images = images
        self.inline: list[str] = []
        self.gutenberg: list[tuple[str, dict]] = []

    def walk(self, root) -> None:
        self.children(root)
        self.flush()

    # Traversal

    def children(self, element) -> None:
        if element.text:
            self.text(element.text)
        for child in element:
            self.visit(child)
            if child.tail:
                self.text(child.tail)

    def text(self, text: str) -> None:
        self.inline.append(html.escape(text, quote=False))

    def visit(self, element) -> None:
        if element.tag is etree.Comment:
            self.comment(element.text or "")
            return
        if not isinstance(element.tag, str):
            return
        tag = element.tag.lower()
        if tag in DROPPED:
            return
        if tag == "br":
            self.inline.append("<br>")
            return
        if self.social_url(element):
            handler = self.block_social
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            handler = self.block_heading
        elif tag in BLOCK_TAGS:
            handler = getattr(self, f"block_{tag}")
        else:
            handler = None
        if handler is not None:
            self.flush()
            handler(element)
            return
        if tag in INLINE and not HAS_BLOCK_INSIDE(element):
            self.inline.append(lxml_html.tostring(element, encoding="unicode", with_tail=False))
            return
        if tag in INLINE:
            self.children(element)
            return
        self.flush()
        self.children(element)
        self.flush()

    def flush(self) -> None:
        markup = EDGE_BREAKS.sub("", "".join(self.inline))
        self.inline.clear()
        if not markup:
            return
        if "http" in markup:
            text = plain_text(markup)
            if " " not in text and embeddable(text):
                self.add(blocks.embed(canonical_embed_url(text)))
                return
        self.add(blocks.paragraph(markup))

    def add(self, block: Block | None) -> None:
        if block is not None:
            self.result.blocks.append(block)

    # Gutenberg block comments

    def comment(self, text: str) -> None:
        match = GUTENBERG_RE.match(text)
        if match is None:
            return
        name = match["name"]
        if match["close"]:
            if self.gutenberg and self.gutenberg[-1][0] == name:
                self.gutenberg.pop()
            return
        try:
            attrs = json.loads(match["attrs"] or "{}")
        except ValueError:
            attrs = {}
        if not isinstance(attrs, dict):
            attrs = {}
        if match["self"]:
            self.dynamic_block(name, attrs)
        else:
            self.gutenberg.append((name, attrs))

    def dynamic_block(self, name: str, attrs: dict) -> None:
        if name in QUIET_BLOCKS:
            return
        self.flush()
        if name in {"block", "core/block"}:
            self.result.note(f"reusable block {attrs.get('ref', '')} left out".replace("  ", " "))
        else:
            self.result.note(f"block wp:{name} left out (it shows content generated by WordPress)")

    def block_attrs(self, *names: str) -> dict:
        for name, attrs in reversed(self.gutenberg):
            if name in names or name.removeprefix("core/") in names:
                return attrs
        return {}

    # Block-level elements

    def block_heading(self, element) -> None:
        self.add(blocks.heading(self.inner(element), level=int(element.tag[1])))

    def block_p(self, element) -> None:
        self.children(element)
        self.flush()

    def block_ul(self, element) -> None:
        if "wp-block-social-links" in (element.get("class") or "").split():
            self.result.note(
                "social links left out: the site's Connect with us block shows the "
                "publication's own profiles"
            )
            return
        if element.find(".//img") is not None:
            self.children(element)
            self.flush()
            return
        self.add(blocks.paragraph(self.outer(element)))

    block_ol = block_ul

    def block_pre(self, element) -> None:
        """Verse keeps its lines and emphasis; code and preformatted text keep every space."""
        for br in element.iter("br"):  # the block editor saves line breaks as <br>
            br.tail = "\n" + (br.tail or "")
            br.drop_tree()
        classes = (element.get("class") or "").split()
        if "wp-block-verse" in classes:
            self.add(blocks.paragraph(self.inner(element).strip("\n").replace("\n", "<br>")))
            return
        code = element.find("code")
        names = classes + ((code.get("class") or "").split() if code is not None else [])
        language = next((n[9:] for n in names if n.startswith("language-")), "")
        self.add(blocks.code(element.text_content(), language=language))

    def block_blockquote(self, element) -> None:
        speaker = ""
        for cite in element.findall(".//cite") + element.findall(".//footer"):
            speaker = speaker or SPEAKER_DASH.sub("", cite.text_content()).strip()
            cite.drop_tree()
        paragraphs = self.paragraphs(element)
        if not speaker and len(paragraphs) > 1 and SPEAKER_DASH.match(plain_text(paragraphs[-1])):
            speaker = SPEAKER_DASH.sub("", plain_text(paragraphs.pop()))
        self.add(blocks.quote(paragraphs, speaker=speaker))

    def block_table(self, element, caption: str = "") -> None:
        rows, header = [], False
        for index, row in enumerate(element.iter("tr")):
            cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in {"td", "th"}]
            if index == 0:
                in_head = row.getparent() is not None and row.getparent().tag == "thead"
                header = in_head or (bool(cells) and all(cell.tag == "th" for cell in cells))
            rows.append([self.inner(cell) for cell in cells])
        caption_element = element.find("caption")
        if caption_element is not None:
            caption = caption or self.inner(caption_element)
        self.add(blocks.table(rows, header=header, caption=caption))

    def block_figure(self, element) -> None:
        figcaption = element.find("figcaption")
        caption = self.inner(figcaption) if figcaption is not None else ""
        if figcaption is not None:
            figcaption.drop_tree()
        table = element.find(".//table")
        if table is not None:
            self.block_table(table, caption=caption)
            return
        embed_url = self.embed_url(element)
        if embed_url:
            self.add(blocks.embed(canonical_embed_url(embed_url), title=caption))
            return
        if element.find(".//figure") is not None:  # a gallery of captioned figures
            self.children(element)
            self.flush()
            self.add(blocks.paragraph(caption))  # the gallery's own caption, after it
            return
        pictures = list(element.iter("img"))
        if not pictures:
            self.children(element)
            self.flush()
            if caption:
                self.add(blocks.paragraph(caption))
            return
        attachment = element.get("data-wp-attachment")
        for picture in pictures:
            self.image(
                picture,
                caption=caption if len(pictures) == 1 else "",
                attachment=int(attachment) if attachment and len(pictures) == 1 else None,
            )
        if len(pictures) > 1:
            self.add(blocks.paragraph(caption))

    def block_div(self, element) -> None:
        classes = element.get("class") or ""
        if "wp-block-cover" in classes.split() and element.find(".//img") is None:
            self.cover_background(element)
        caption = element.find(".//*[@class='wp-caption-text']")
        if "wp-caption" in classes.split() and caption is not None:
            text = self.inner(caption)
            caption.drop_tree()
            for picture in element.iter("img"):
                self.image(picture, caption=text)
            return
        self.children(element)
        self.flush()

    def cover_background(self, element) -> None:
        """An older cover block shows its image as a CSS background: keep it as an image."""
        attrs = self.block_attrs("cover", "cover-image")
        style = BACKGROUND_URL.search(element.get("style") or "")
        url = attrs.get("url") if isinstance(attrs.get("url"), str) else ""
        url = url or (style[1] if style else "")
        if url:
            picture = lxml_html.Element("img", src=url)
            if isinstance(attrs.get("id"), int):
                picture.set("class", f"wp-image-{attrs['id']}")
            self.image(picture)

    def block_img(self, element) -> None:
        self.image(element)

    def block_iframe(self, element) -> None:
        source = (element.get("src") or element.get("data-src") or "").strip()
        if source.startswith("//"):
            source = "https:" + source
        if is_web_url(source):
            self.add(blocks.embed(canonical_embed_url(source), title=element.get("title") or ""))
        else:
            self.result.note("an embedded frame without a web address was left out")

    def block_video(self, element) -> None:
        """A video or audio player: a link card for a known host, else a link to the file."""
        sources = [element.get("src")] + [s.get("src") for s in element.iter("source")]
        source = next((s.strip() for s in sources if s and s.strip()), "")
        if embeddable(source):
            self.add(blocks.embed(canonical_embed_url(source)))
        elif is_web_url(source):
            name = html.escape(source.rstrip("/").rsplit("/", 1)[-1], quote=False)
            label = "Listen" if element.tag == "audio" else "Watch"
            self.add(blocks.paragraph(f'<a href="{html.escape(source)}">{label}: {name}</a>'))
            self.result.note(f"video or audio file linked, not copied: {source}")
        elif source:
            self.result.note(f"video or audio file not imported: {source}")

    block_audio = block_video

    def block_social(self, element) -> None:
        url = self.social_url(element)
        paragraphs = [p.text_content() for p in element.iter("p")]
        self.add(blocks.embed(canonical_embed_url(url), title=" ".join(paragraphs[:1])))

    # Helpers

    def social_url(self, element) -> str:
        """The post a pasted social embed (tweet blockquote, fb-post div…) shows, if any."""
        classes = (element.get("class") or "").split()
        candidates = [element.get("data-href"), element.get("data-instgrm-permalink")]
        if any(name in classes for name in SOCIAL_BLOCKQUOTES):
            candidates.append(element.get("cite"))
            candidates += [a.get("href") for a in reversed(list(element.iter("a")))]
        return next((url for url in candidates if url and embeddable(url)), "")

    def embed_url(self, figure) -> str:
        classes = figure.get("class") or ""
        if "wp-block-embed" not in classes and not self.gutenberg_embed():
            return ""
        url = self.gutenberg_embed().get("url") or ""
        if not url:
            wrapper = figure.find(".//*[@class='wp-block-embed__wrapper']")
            url = (wrapper.text_content() if wrapper is not None else "").strip()
        if not is_web_url(url):
            url = next((a.get("href") for a in figure.iter("a") if a.get("href")), "") or ""
        return url if is_web_url(url) else ""

    def gutenberg_embed(self) -> dict:
        if self.gutenberg and re.match(r"(core/)?embed|core-embed/", self.gutenberg[-1][0]):
            return self.gutenberg[-1][1]
        return {}

    def image(self, element, *, caption: str = "", attachment: int | None = None) -> None:
        url = next((element.get(a) for a in LAZY_SOURCES if element.get(a)), "") or ""
        if attachment is None:
            attachment = self.attachment_id(element)
        found = self.images.find(
            attachment_id=attachment, url=url.strip(), alt=plain_text(element.get("alt") or "")
        )
        if found is None:
            self.result.missing_images.append(url or f"attachment {attachment}")
            self.add(blocks.paragraph(caption))  # the words stay, even without the picture
            return
        self.add(blocks.image(found.id, caption=caption or found.caption))

    def attachment_id(self, element) -> int | None:
        for name in (element.get("class") or "").split():
            if name.startswith("wp-image-") and name[9:].isdigit():
                return int(name[9:])
        if (data_id := element.get("data-id") or "").isdigit():
            return int(data_id)
        image_attrs = self.block_attrs("image")
        if isinstance(image_attrs.get("id"), int):
            return image_attrs["id"]
        return None

    def paragraphs(self, element) -> list[str]:
        """The markup of each paragraph in `element`: its <p>s and the text around them."""
        pieces, loose = [], [html.escape(element.text or "", quote=False)]
        for child in element:
            if isinstance(child.tag, str) and child.tag in {"p", "div"}:
                pieces += ["".join(loose), self.inner(child)]
                loose = []
            else:
                loose.append(lxml_html.tostring(child, encoding="unicode", with_tail=False))
            loose.append(html.escape(child.tail or "", quote=False))
        pieces.append("".join(loose))
        return [piece for piece in pieces if plain_text(piece)]

    @staticmethod
    def inner(element) -> str:
        parts = [html.escape(element.text or "", quote=False)]
        parts += [lxml_html.tostring(child, encoding="unicode") for child in element]
        return "".join(parts)

    @staticmethod
    def outer(element) -> str:
        return lxml_html.tostring(element, encoding="unicode", with_tail=False)
