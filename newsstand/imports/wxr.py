"""Streaming reader for WordPress eXtended RSS (WXR 1.0–1.2) exports.

The file is parsed with defusedxml, which refuses entity declarations (so
entity-expansion bombs and external entities never resolve), and read as a
stream: each channel-level element is handed over and then dropped, so memory
stays flat however large the export is. Namespace URIs differ between WXR
versions, so elements are matched by prefix family, not by exact URI.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from .errors import ImportAborted

WP_NAMESPACES = ("http://wordpress.org/export/", "https://wordpress.org/export/")
NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
KNOWN_VERSIONS = ("1.0", "1.1", "1.2")
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")


class WxrError(ImportAborted):
    """The file can't be read as a WordPress export; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class SiteInfo:
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    wxr_version: str = ""


@dataclass(frozen=True, slots=True)
class AuthorRecord:
    login: str
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""
    wp_id: str = ""


@dataclass(frozen=True, slots=True)
class TermRecord:
    taxonomy: str  # "category", "post_tag" or another taxonomy
    slug: str
    name: str
    parent: str = ""  # the parent's slug
    description: str = ""
    term_id: str = ""


@dataclass(frozen=True, slots=True)
class ItemTerm:
    taxonomy: str
    slug: str
    name: str


@dataclass(slots=True)
class ItemRecord:
    """One <item>: a post, page, attachment, menu item, revision…"""

    wp_id: int
    post_type: str = "post"
    status: str = ""
    title: str = ""
    link: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    post_name: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_modified: str = ""
    post_modified_gmt: str = ""
    parent: int = 0
    menu_order: int = 0
    password: str = ""
    sticky: bool = False
    attachment_url: str = ""
    terms: list[ItemTerm] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comments: int = 0


Record = SiteInfo | AuthorRecord | TermRecord | ItemRecord


def read_wxr(path: Path) -> Iterator[Record]:
    """Every record of the export at `path`, in file order.

    The channel's own details come first as one SiteInfo (once the first author,
    term or item is reached). Raises WxrError for a file that isn't a well-formed,
    harmless WordPress export.
    """
    try:
        source = path.open("rb")
    except OSError as error:
        raise WxrError(f"Can't open {path}: {error.strerror or error}.") from None
    if path.stat().st_size == 0:
        source.close()
        raise WxrError(
            f"{path.name} is empty (0 bytes). Export again from WordPress "
            "(Tools → Export → All content)."
        )
    with source:
        try:
            yield from _records(source)
        except DefusedXmlException as error:
            raise WxrError(
                f"Refused {path.name}: it declares a DTD or entities ({error}), which "
                "WordPress exports never do. It may be an entity-expansion or "
                "external-entity attack."
            ) from None
        except ParseError as error:
            raise WxrError(_parse_error_message(path, error)) from None


def _records(source) -> Iterator[Record]:
    names: dict[str, str] = {}
    site: dict[str, str] = {}
    site_sent = False
    depth = 0
    channel = None
    for event, element in iterparse(source, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth == 1 and _name(element.tag, names) != "rss":
                local = element.tag.rsplit("}", 1)[-1]
                raise WxrError(
                    f"This is not a WordPress export: its root element is <{local}>, not <rss>."
                )
            if depth == 2 and _name(element.tag, names) == "channel":
                channel = element
            continue
        depth -= 1
        if depth != 2 or channel is None:
            continue
        name = _name(element.tag, names)
        if name in {"title", "link", "wp:base_site_url", "wp:base_blog_url", "wp:wxr_version"}:
            site[name] = (element.text or "").strip()
        elif name in {"wp:author", "wp:category", "wp:tag", "wp:term", "item"}:
            if not site_sent:
                yield _site_info(site)
                site_sent = True
            yield _record(name, element, names)
        channel.remove(element)
    if channel is None:
        raise WxrError("This is not a WordPress export: it has no <channel>.")
    if not site_sent:
        yield _site_info(site)


def _site_info(site: dict[str, str]) -> SiteInfo:
    version = site.get("wp:wxr_version", "")
    if not version:
        raise WxrError(
            "This is not a WordPress export: it has no <wp:wxr_version>. Export the site "
            "from WordPress under Tools → Export."
        )
    return SiteInfo(
        title=site.get("title", ""),
        link=site.get("link", ""),
        base_site_url=site.get("wp:base_site_url", ""),
        base_blog_url=site.get("wp:base_blog_url", ""),
        wxr_version=version,
    )


def _name(tag: str, names: dict[str, str]) -> str:
    """`{http://wordpress.org/export/1.2/}post_id` -> `wp:post_id` (cached)."""
    known = names.get(tag)
    if known is not None:
        return known
    local = tag
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        if uri.startswith(WP_NAMESPACES):
            prefix = "excerpt" if uri.rstrip("/").endswith("excerpt") else "wp"
        else:
            prefix = NAMESPACES.get(uri, "other")
        local = f"{prefix}:{local}"
    names[tag] = local
    return local


def _texts(element, names: dict[str, str]) -> dict[str, str]:
    return {_name(child.tag, names): (child.text or "") for child in element}


def _record(name: str, element, names: dict[str, str]) -> Record:
    if name == "item":
        return _item(element, names)
    values = _texts(element, names)
    if name == "wp:author":
        return AuthorRecord(
            login=values.get("wp:author_login", "").strip(),
            display_name=values.get("wp:author_display_name", "").strip(),
            first_name=values.get("wp:author_first_name", "").strip(),
            last_name=values.get("wp:author_last_name", "").strip(),
            wp_id=values.get("wp:author_id", "").strip(),
        )
    if name == "wp:category":
        return TermRecord(
            taxonomy="category",
            slug=values.get("wp:category_nicename", "").strip(),
            name=values.get("wp:cat_name", "").strip(),
            parent=values.get("wp:category_parent", "").strip(),
            description=values.get("wp:category_description", ""),
            term_id=values.get("wp:term_id", "").strip(),
        )
    if name == "wp:tag":
        return TermRecord(
            taxonomy="post_tag",
            slug=values.get("wp:tag_slug", "").strip(),
            name=values.get("wp:tag_name", "").strip(),
            description=values.get("wp:tag_description", ""),
            term_id=values.get("wp:term_id", "").strip(),
        )
    return TermRecord(
        taxonomy=values.get("wp:term_taxonomy", "").strip(),
        slug=values.get("wp:term_slug", "").strip(),
        name=values.get("wp:term_name", "").strip(),
        parent=values.get("wp:term_parent", "").strip(),
        description=values.get("wp:term_description", ""),
        term_id=values.get("wp:term_id", "").strip(),
    )


def _int(text: str) -> int:
    text = (text or "").strip()
    return int(text) if text.isdigit() else 0


def _item(element, names: dict[str, str]) -> ItemRecord:
    item = ItemRecord(wp_id=0)
    for child in element:
        name = _name(child.tag, names)
        text = child.text or ""
        if name == "category":
            item.terms.append(
                ItemTerm(
                    taxonomy=child.get("domain", "category"),
                    slug=child.get("nicename", "").strip(),
                    name=text.strip(),
                )
            )
        elif name == "wp:postmeta":
            meta = _texts(child, names)
            key = meta.get("wp:meta_key", "").strip()
            if key:
                item.meta[key] = meta.get("wp:meta_value", "")
        elif name == "wp:comment":
            item.comments += 1
        elif name in ITEM_TEXT_FIELDS:
            setattr(
                item, ITEM_TEXT_FIELDS[name], text.strip() if name != "content:encoded" else text
            )
        elif name in ITEM_INT_FIELDS:
            setattr(item, ITEM_INT_FIELDS[name], _int(text))
        elif name == "wp:is_sticky":
            item.sticky = text.strip() == "1"
    item.excerpt = item.excerpt.strip()
    return item


ITEM_TEXT_FIELDS = {
    "title": "title",
    "link": "link",
    "dc:creator": "creator",
    "content:encoded": "content",
    "excerpt:encoded": "excerpt",
    "wp:post_name": "post_name",
    "wp:post_date": "post_date",
    "wp:post_date_gmt": "post_date_gmt",
    "wp:post_modified": "post_modified",
    "wp:post_modified_gmt": "post_modified_gmt",
    "wp:status": "status",
    "wp:post_type": "post_type",
    "wp:post_password": "password",
    "wp:attachment_url": "attachment_url",
}
ITEM_INT_FIELDS = {"wp:post_id": "wp_id", "wp:post_parent": "parent", "wp:menu_order": "menu_order"}


def _parse_error_message(path: Path, error: ParseError) -> str:
    line, column = error.position
    reason = str(error).split(":")[0]
    encoding = _declared_encoding(path)
    if "invalid token" in reason and not _line_decodes(path, line, encoding):
        return (
            f"{path.name} is not valid {encoding} at line {line}: the file is saved in another "
            f"encoding than it declares. Re-export it from WordPress, or convert it "
            f"(e.g. `iconv -f WINDOWS-1252 -t UTF-8`)."
        )
    if reason.startswith(("no element found", "unclosed")) and _is_last_line(path, line):
        return (
            f"{path.name} ends too early, at line {line}, column {column}: the export is "
            f"incomplete (truncated download?)."
        )
    return f"{path.name} is not well-formed XML at line {line}, column {column} ({reason})."


def _is_last_line(path: Path, number: int) -> bool:
    with path.open("rb") as source:
        return sum(1 for _line in source) <= number


def _declared_encoding(path: Path) -> str:
    with path.open("rb") as source:
        match = _DECLARED_ENCODING.match(source.read(200))
    return match[1].decode().upper() if match else "UTF-8"


def _line_decodes(path: Path, number: int, encoding: str) -> bool:
    with path.open("rb") as source:
        for index, line in enumerate(source, start=1):
            if index == number:
                try:
                    line.decode(encoding)
                except (UnicodeDecodeError, LookupError):
                    return False
                return True
    return True
