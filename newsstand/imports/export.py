"""A first pass over the export: checks the whole file and indexes what posts refer to.

Posts refer to attachments, categories and authors that may come later in the
file, so one streaming pass collects those small records (never post bodies)
before anything is written. A malformed or hostile file fails here, before the
database is touched.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .wxr import AuthorRecord, ItemRecord, SiteInfo, TermRecord, read_wxr

CONTENT_TYPES = ("post", "page")
UPLOADS_MARKER = "/uploads/"
UPLOADS_LAYOUT = re.compile(r"(?:^|/)(\d{4}/\d{2}/[^/]+)$")
NETWORK_SITE = re.compile(r"^sites/\d+/")


@dataclass(frozen=True, slots=True)
class AttachmentRecord:
    wp_id: int
    title: str
    url: str
    file: str  # path inside the uploads folder, e.g. "2023/05/market.jpg"
    alt: str = ""
    caption: str = ""
    parent: int = 0
    link: str = ""


@dataclass
class ExportIndex:
    site: SiteInfo
    authors: dict[str, AuthorRecord] = field(default_factory=dict)
    categories: dict[str, TermRecord] = field(default_factory=dict)
    tags: dict[str, TermRecord] = field(default_factory=dict)
    attachments: dict[int, AttachmentRecord] = field(default_factory=dict)
    attachment_by_file: dict[str, int] = field(default_factory=dict)
    post_attachments: dict[int, list[int]] = field(default_factory=dict)
    item_types: Counter = field(default_factory=Counter)
    other_taxonomies: Counter = field(default_factory=Counter)

    @property
    def content_items(self) -> int:
        return sum(self.item_types[kind] for kind in CONTENT_TYPES)

    @property
    def source(self) -> str:
        """The site's identity for the mapping: host and path, scheme and www. ignored.

        The blog's own address comes first: on a network (or WordPress.com) the site
        address is the network's.
        """
        url = self.site.base_blog_url or self.site.base_site_url or self.site.link
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().removeprefix("www.")
        return (host + parts.path.rstrip("/")) or "wordpress"

    @property
    def hosts(self) -> frozenset[str]:
        """Host names the site's own links use."""
        hosts = set()
        for url in (self.site.base_blog_url or self.site.base_site_url, self.site.link):
            host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
            if host:
                hosts |= {host, f"www.{host}"}
        return frozenset(hosts)

    @property
    def blog_path(self) -> str:
        """Where WordPress itself lived on the site ("" at the root, "/blog" in a folder)."""
        url = self.site.base_blog_url or self.site.base_site_url or self.site.link
        return urlsplit(url.strip()).path.rstrip("/")


def upload_path(url: str) -> str:
    """Where an uploaded file sits in the uploads folder, e.g. "2023/05/a.jpg" ("" if unknown).

    Works for "/wp-content/uploads/2023/05/a.jpg", a network site's
    "/wp-content/uploads/sites/2/2023/05/a.jpg" and WordPress.com's
    "site.files.wordpress.com/2023/05/a.jpg".
    """
    path = unquote(urlsplit(url.strip()).path)
    if UPLOADS_MARKER in path:
        return NETWORK_SITE.sub("", path.split(UPLOADS_MARKER, 1)[1].lstrip("/"))
    match = UPLOADS_LAYOUT.search(path)
    return match[1] if match else ""


def scan_export(path: Path) -> ExportIndex:
    """Read the whole export once and index it; raises WxrError for a bad file."""
    index: ExportIndex | None = None
    for record in read_wxr(path):
        if isinstance(record, SiteInfo):
            index = ExportIndex(site=record)
        elif isinstance(record, AuthorRecord):
            if record.login:
                index.authors[record.login] = record
        elif isinstance(record, TermRecord):
            _add_term(index, record)
        elif isinstance(record, ItemRecord):
            index.item_types[record.post_type] += 1
            if record.post_type == "attachment":
                _add_attachment(index, record)
    return index


def _add_term(index: ExportIndex, term: TermRecord) -> None:
    if not term.slug:
        return
    if term.taxonomy == "category":
        index.categories[term.slug] = term
    elif term.taxonomy == "post_tag":
        index.tags[term.slug] = term
    elif term.taxonomy not in {"nav_menu", "post_format"}:
        index.other_taxonomies[term.taxonomy] += 1


def _add_attachment(index: ExportIndex, item: ItemRecord) -> None:
    file = item.meta.get("_wp_attached_file", "").strip().lstrip("/") or upload_path(
        item.attachment_url
    )
    attachment = AttachmentRecord(
        wp_id=item.wp_id,
        title=item.title,
        url=item.attachment_url,
        file=file,
        alt=item.meta.get("_wp_attachment_image_alt", ""),
        caption=item.excerpt,
        parent=item.parent,
        link=item.link,
    )
    index.attachments[item.wp_id] = attachment
    if file:
        index.attachment_by_file[file] = item.wp_id
    if item.parent:
        index.post_attachments.setdefault(item.parent, []).append(item.wp_id)
