"""Feed items: everything the RSS, Atom and JSON writers need, loaded in a fixed number
of queries however many items there are."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils.feedgenerator import Enclosure

from wagtail.models import Site

from newsstand.core.images import MIME_TYPES, VARIANTS
from newsstand.core.listing import cards
from newsstand.people.models import PageAuthor

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
    """The newest posts readers may see, as entries, from their cards."""
    full_content = source.publication.feed_full_content
    pages = cards(source.pages[:FEED_LENGTH])
    authors = _authors(pages, source.request)
    bodies = Bodies(pages) if full_content else None
    hostname = Site.find_for_request(source.request).hostname
    entries = []
    for page in pages:
        card = page.card
        url = source.request.build_absolute_uri(page.get_url(source.request))
        image_url, enclosures = _enclosures(page, source.request)
        entries.append(
            Entry(
                guid=_guid(hostname, page),
                url=url,
                title=card.title,
                summary=card.feed_summary,
                content=bodies.html(page, url) if bodies else None,
                published=page.first_published_at,
                updated=max(
                    page.first_published_at, page.last_published_at or page.first_published_at
                ),
                authors=authors.get(card.credits_page_id, []),
                categories=[*([card.kicker.title] if card.kicker else []), *card.tags],
                image_url=image_url,
                enclosures=enclosures,
            )
        )
    return entries


def _guid(hostname: str, page) -> str:
    """A tag: URI, which stays the same when the page's slug or section changes."""
    return f"tag:{hostname},{page.first_published_at.astimezone(UTC):%Y-%m-%d}:page-{page.pk}"


def _authors(pages, request) -> dict[int, list[dict[str, str]]]:
    """The credits each post carries (a series credits its episodes), in one query."""
    ids = {page.card.credits_page_id for page in pages}
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


def _enclosures(page, request) -> tuple[str | None, list[Enclosure]]:
    """The lead image's URL, and the files to attach: the post's own first (audio, say),
    then the lead image as a JPEG."""
    enclosures = [
        Enclosure(request.build_absolute_uri(e["url"]), str(e["length"]), e["mime_type"])
        for e in page.card.enclosures
    ]
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
