"""Feed items: everything the RSS, Atom and JSON writers need, loaded in a fixed number
of queries however many items there are."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import prefetch_related_objects
from django.utils.feedgenerator import Enclosure

from wagtail.models import Site

from newsstand.articles.models import ArticlePageTag
from newsstand.core.images import MIME_TYPES, VARIANTS
from newsstand.core.listing import cards
from newsstand.people.models import PageAuthor
from newsstand.series.models import EpisodePage

from .content import Bodies
from .sources import Source

FEED_LENGTH = 20
LEAD_IMAGE_SPEC = VARIANTS["lead"].spec(960, "jpeg")


@dataclass(frozen=True)
class Entry:
    guid: str
    url: str
    title: str
    summary: str  # plain text
    content: str | None  # the full story as HTML, when the publication shares it
    published: datetime
    updated: datetime
    authors: list[dict[str, str]]  # name and url of each
    categories: list[str]
    image_url: str | None
    enclosures: list[Enclosure]

    @property
    def byline(self) -> str | None:
        return ", ".join(author["name"] for author in self.authors) or None


def load(source: Source) -> list[Entry]:
    """The newest pages readers may see, as entries."""
    full_content = source.publication.feed_full_content
    pages = source.pages.published().order_by("-first_published_at", "-pk")
    if not full_content:
        pages = pages.defer_streamfields()
    pages = cards(pages.specific()[:FEED_LENGTH])
    _prefetch_enclosures(pages)
    authors = _authors(pages, source.request)
    tags = _tags(pages)
    bodies = Bodies(pages) if full_content else None
    hostname = Site.find_for_request(source.request).hostname
    entries = []
    for page in pages:
        url = source.request.build_absolute_uri(page.get_url(source.request))
        image_url, enclosures = _enclosures(page, source.request)
        entries.append(
            Entry(
                guid=_guid(hostname, page),
                url=url,
                title=page.title,
                summary=_summary(page),
                content=bodies.html(page, url) if bodies else None,
                published=page.first_published_at,
                updated=max(
                    page.first_published_at, page.last_published_at or page.first_published_at
                ),
                authors=authors.get(page.pk) or authors.get(page.parent_page.pk, []),
                categories=[page.parent_page.title, *tags.get(page.pk, [])],
                image_url=image_url,
                enclosures=enclosures,
            )
        )
    return entries


def _guid(hostname: str, page) -> str:
    """A tag: URI, which stays the same when the page's slug or section changes."""
    return f"tag:{hostname},{page.first_published_at.astimezone(UTC):%Y-%m-%d}:page-{page.pk}"


def _summary(page) -> str:
    if isinstance(page, EpisodePage):
        return f"Episode {page.number} of {page.parent_page.title}"
    return page.standfirst or page.search_description


def _authors(pages, request) -> dict[int, list[dict[str, str]]]:
    """Credits of each page and of its parent (a series credits its episodes), in one query."""
    ids = {page.pk for page in pages} | {page.parent_page.pk for page in pages}
    credits = (
        PageAuthor.objects.filter(page_id__in=ids)
        .select_related("author")
        .only("page_id", "author__name", "author__slug")
        .order_by("sort_order")
    )
    authors = defaultdict(list)
    for credit in credits:
        url = request.build_absolute_uri(credit.author.get_absolute_url())
        authors[credit.page_id].append({"name": credit.author.name, "url": url})
    return authors


def _tags(pages) -> dict[int, list[str]]:
    rows = (
        ArticlePageTag.objects.filter(content_object_id__in=[page.pk for page in pages])
        .order_by("tag__name")
        .values_list("content_object_id", "tag__name")
    )
    tags = defaultdict(list)
    for page_id, name in rows:
        tags[page_id].append(name)
    return tags


def _prefetch_enclosures(pages) -> None:
    """Fetch what each page type's `feed_enclosures` reads (named by its optional
    `feed_related` lookups) for all its pages at once: a query per type, not per page."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for page_type, group in by_type.items():
        if getattr(page_type, "feed_related", ()):
            prefetch_related_objects(group, *page_type.feed_related)


def _enclosures(page, request) -> tuple[str | None, list[Enclosure]]:
    """The lead image's URL, and the files to attach: the page's own first (audio, say,
    from an optional `feed_enclosures(request)` method), then the lead image as a JPEG."""
    enclosures = list(page.feed_enclosures(request)) if hasattr(page, "feed_enclosures") else []
    if page.card_image is None:
        return None, enclosures
    rendition = page.card_image.get_rendition(LEAD_IMAGE_SPEC)
    url = request.build_absolute_uri(rendition.url)
    enclosures.append(Enclosure(url, str(_file_size(rendition)), MIME_TYPES["jpeg"]))
    return url, enclosures


def _file_size(rendition) -> int:
    try:
        return rendition.file.size
    except (OSError, NotImplementedError):  # missing file, or a storage that can't tell
        return 0
