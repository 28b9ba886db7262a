"""The article in a web page: its title, byline, date, outlet, lead image and body (trafilatura).

trafilatura's output is untrusted (it keeps `javascript:` links, for one), so the
body only ever reaches the site through the body converter and its sanitizer.
"""

from dataclasses import dataclass
from datetime import date
from html import escape
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import html as lxml_html

from .body.embeds import is_web_url
from .sanitizer import plain_text

MIN_WORDS = 20  # less than this is a login form or a cookie banner, not a story


class ArticleNotFound(Exception):
    """The page has no article text to import."""


@dataclass(frozen=True)
class WebArticle:
    title: str
    author: str
    published: date | None
    outlet: str
    url: str
    description: str
    image_url: str
    body_html: str


def extract_article(page: bytes | str, *, url: str = "") -> WebArticle:
    """Read the article out of `page` (HTML); `url` is where it came from, if known."""
    meta = trafilatura.extract_metadata(page, default_url=url or None)
    body = trafilatura.extract(
        page,
        url=url or None,
        output_format="html",
        include_images=True,
        include_links=True,
        include_formatting=True,
        include_tables=True,
        include_comments=False,
    )
    if not body or meta is None or len(plain_text(body).split()) < MIN_WORDS:
        raise ArticleNotFound("No article text was found in this page.")
    canonical = meta.url if meta.url and is_web_url(meta.url) else ""
    source_url = canonical or (url if is_web_url(url) else "")
    host = (urlsplit(source_url).hostname or "").removeprefix("www.")
    image = urljoin(source_url or url, meta.image or "") if meta.image else ""
    title = plain_text(meta.title or "", max_length=255)
    return WebArticle(
        title=title,
        author=plain_text(meta.author or "", max_length=120),
        published=_date(meta.date),
        outlet=plain_text(meta.sitename or host, max_length=120),
        url=source_url,
        description=plain_text(meta.description or "", max_length=400),
        image_url=image if is_web_url(image) else "",
        body_html=_without_title(body, title),
    )


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _without_title(document: str, title: str) -> str:
    """The body's inner HTML, minus a leading <h1> that repeats the headline."""
    body = lxml_html.fromstring(document).find(".//body")
    if body is None:
        return ""
    first = body[0] if len(body) else None
    if first is not None and first.tag == "h1" and plain_text(first.text_content()) == title:
        first.drop_tree()
    lead = escape(body.text or "", quote=False)
    return lead + "".join(lxml_html.tostring(child, encoding="unicode") for child in body)
