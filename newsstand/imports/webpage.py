"""The article in a web page: its title, byline, date, outlet, lead image and body (trafilatura).

trafilatura's output is untrusted (it keeps `javascript:` links, for one), so the
body only ever reaches the site through the body converter and its sanitizer.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import html as lxml_html
from trafilatura.utils import load_html

from .body.embeds import is_web_url
from .sanitizer import plain_text

MIN_WORDS = 20  # less than this is a login form or a cookie banner, not a story
# A body with less than this share of the words the page shows in its article is suspect.
SHORT_BODY_SHARE = 0.5
SHORT_BODY_MIN_VISIBLE = 150
TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")
DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")  # 19.01.2020, 2020-01-19
# Words that make a byline an organisation (or a desk), not a person.
ORGANISATION = re.compile(
    r"\b(?:online|news|media|press|agency|agencies|staff|desk|team|editorial|newsroom|"
    r"correspondents?|bureau|reuters|afp|dpa|bloomberg|ltd|limited|inc|plc|gmbh|group)\b",
    re.I,
)
STANDFIRST_CLASS = re.compile(
    r"standfirst|\bdek\b|intro|summary|lede|subtitle|teaser|excerpt", re.I
)
NOT_ARTICLE_TEXT = ("script", "style", "noscript", "nav", "aside", "footer", "header", "form",
                    "figure", "figcaption", "button", "template")  # fmt: skip


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
    notes: tuple[str, ...] = field(default=())


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
        favor_precision=True,  # leave out teasers, sign-up boxes and "most read" lists
    )
    if not body or meta is None or len(plain_text(body).split()) < MIN_WORDS:
        raise ArticleNotFound("No article text was found in this page.")
    tree = load_html(page)  # as trafilatura reads it: any encoding, an XML declaration…
    if tree is None:
        raise ArticleNotFound("No article text was found in this page.")
    canonical = meta.url if meta.url and is_web_url(meta.url) else ""
    source_url = canonical or (url if is_web_url(url) else "")
    host = (urlsplit(source_url).hostname or "").removeprefix("www.")
    image = urljoin(source_url or url, meta.image or "") if meta.image else ""
    outlet = plain_text(meta.sitename or host, max_length=120)
    title = _headline(tree, _page_title(tree) or plain_text(meta.title or ""), outlet)
    author, notes = plain_text(meta.author or "", max_length=120), []
    if author and _is_organisation(author, outlet):
        notes.append(
            f"The byline “{author}” names an organisation or a place, so it is credited as "
            "the outlet, not as an author."
        )
        outlet = outlet or plain_text(re.split(r"[,;]", author)[0], max_length=120)
        author = ""
    words, shown = len(plain_text(body).split()), _visible_words(tree)
    if shown >= SHORT_BODY_MIN_VISIBLE and words < SHORT_BODY_SHARE * shown:
        notes.append(
            f"The imported text has {words} words, but the story on the page shows about "
            f"{shown}: check that nothing is missing."
        )
    standfirst = plain_text(meta.description or _standfirst(tree), max_length=400)
    return WebArticle(
        title=title,
        author=author,
        published=_date(meta.date),
        outlet=outlet,
        url=source_url,
        description=standfirst,
        image_url=image if is_web_url(image) else "",
        body_html=_without_lead(body, title, standfirst),
        notes=tuple(notes),
    )


def _page_title(tree) -> str:
    """The title the page gives itself (og:title, else <title>), before anyone trims it."""
    for found in (tree.xpath("//meta[@property='og:title']/@content"), tree.xpath("//title")):
        if found:
            text = found[0] if isinstance(found[0], str) else found[0].text_content()
            if text := plain_text(text, max_length=255):
                return text
    return ""


def _headline(tree, title: str, outlet: str) -> str:
    """The page's own headline: its <h1>, when the title contains it (a title often adds
    " | Outlet | date"); otherwise the title, minus such a suffix."""
    for heading in tree.iter("h1"):
        text = plain_text(heading.text_content(), max_length=255)
        if len(text.split()) >= 3 and (not title or text.casefold() in title.casefold()):
            return text
    changed = True
    while changed:
        changed = False
        for separator in TITLE_SEPARATORS:
            head, found, tail = title.rpartition(separator)
            tail = tail.strip()
            if (
                found
                and head
                and (tail.casefold() == outlet.casefold() or DATE_LIKE.fullmatch(tail))
            ):
                title, changed = head.strip(), True
    return title


def _is_organisation(byline: str, outlet: str) -> bool:
    """ "SPIEGEL ONLINE, Hamburg, Germany", "Reuters", "News Desk", the outlet's own name.
    (Not "Jane Doe; John Smith": trafilatura joins several authors with ";".)"""
    if outlet and re.search(rf"\b{re.escape(outlet)}\b", byline, re.I):
        return True
    return bool(ORGANISATION.search(byline))


def _story(tree):
    """The page's <article> (or <main>) element, if it marks one."""
    found = tree.xpath("//article") or tree.xpath("//main")
    return found[0] if found else None


def _visible_words(tree) -> int:
    """About how many words of story the page shows: its <article> (or <main>) text, without
    navigation, asides, captions and scripts."""
    story = _story(tree)
    if story is None:
        return 0
    article = lxml_html.fromstring(lxml_html.tostring(story, with_tail=False))
    for element in list(article.iter(*NOT_ARTICLE_TEXT)):
        if element is not article:
            element.drop_tree()
    return len(article.text_content().split())


def _standfirst(tree) -> str:
    """A standfirst the page marks by its class (in the story, if the page marks one), for
    pages with no description."""
    story = _story(tree)
    for element in (tree if story is None else story).iter("p", "div", "h2"):
        if STANDFIRST_CLASS.search(element.get("class") or ""):
            text = plain_text(element.text_content())
            if len(text.split()) >= 5:
                return text
    return ""


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _without_lead(document: str, title: str, standfirst: str) -> str:
    """The body's inner HTML, minus a leading <h1> that repeats the headline and a leading
    paragraph that repeats the standfirst (both are shown apart)."""
    body = lxml_html.fromstring(document).find(".//body")
    if body is None:
        return ""
    for repeated, tag in ((title, "h1"), (standfirst, "p")):
        first = next((child for child in body if isinstance(child.tag, str)), None)
        if (
            first is not None
            and first.tag == tag
            and repeated
            and plain_text(first.text_content()) == repeated
        ):
            first.drop_tree()
    lead = escape(body.text or "", quote=False)
    return lead + "".join(lxml_html.tostring(child, encoding="unicode") for child in body)
