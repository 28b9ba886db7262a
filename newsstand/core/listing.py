"""Turn a page queryset into display-ready cards with a constant number of queries."""

from collections.abc import Iterable

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property

from wagtail.images import get_image_model
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from . import pagecache, pictures

# How a card's image may be shown: as a grid card, a thumbnail, the front page's lead.
CARD_VARIANTS = ("card", "thumb", "front")
RESTRICTIONS_SECONDS = 3600  # a change of restrictions invalidates it before this
COUNT_SECONDS = 300  # a publish makes a listing's total stale sooner


def restricted_page_ids() -> list[int]:
    """The pages with a view restriction (each hides its subtree): kept until the next change,
    which adding or lifting a restriction is (core.signal_handlers)."""

    def find() -> list[int]:
        return list(PageViewRestriction.objects.values_list("page_id", flat=True))

    return pagecache.remember("restricted-pages", find, RESTRICTIONS_SECONDS)


class ListingQuerySet(PageQuerySet):
    def private_q(self) -> Q:
        """Wagtail's, without its join of every page to the restrictions. On SQLite that
        join scanned the page table when there were none (~28 ms at 100,000 stories, on
        every list): the restricted pages' ids first, then only their paths."""
        restricted = restricted_page_ids()
        q = Q()
        if restricted:
            for path, depth in Page.objects.filter(pk__in=restricted).values_list("path", "depth"):
                q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])  # no private section: exclude nothing

    def public(self) -> "ListingQuerySet":
        """Wagtail's; on a site where nothing is private, without building an exclusion of
        nothing into every list's query."""
        return super().public() if restricted_page_ids() else self._chain()

    def published(self) -> "ListingQuerySet":
        """What readers may see: live, public and not dated in the future."""
        return self.live().public().filter(first_published_at__lte=timezone.now())

    def for_listing(self) -> "ListingQuerySet":
        """Published pages for lists: newest first, without their StreamFields."""
        return self.published().defer_streamfields().order_by("-first_published_at", "-pk")


ListingManager = PageManager.from_queryset(ListingQuerySet)


def cards(pages: Iterable[Page], images: bool = True, known: Iterable[Page] = ()) -> list[Page]:
    """Evaluate `pages`, attaching each one's card (a post's, with its kicker) and its image.

    Each page gets `card` (None but for posts, its kicker read once however many cards
    share it) and `card_image` (with renditions prefetched), at a cost of at most four
    queries in all however many pages and kinds (cards, kickers, images, and renditions
    not yet kept); two without `images`, for lists of headlines; none for what there isn't.
    Kickers among `known` (pages the caller has already read, such as the section being
    listed) are not read again.
    """
    from .models.cards import PostCard
    from .posts import is_post

    pages = list(pages)
    by_page = {}
    if post_ids := [page.pk for page in pages if is_post(page)]:
        by_page = PostCard.objects.in_bulk(post_ids)
        wanted = {card.kicker_id for card in by_page.values()} - {None}
        kickers = {page.pk: page for page in known if page.pk in wanted}
        if missing := wanted - kickers.keys():
            kickers |= Page.objects.in_bulk(missing)
        for card in by_page.values():
            card.kicker = kickers.get(card.kicker_id)
    image_ids = set()
    for page in pages:
        page.card = by_page.get(page.pk)
        image_id = page.card.image_id if page.card else getattr(page, "listing_image_id", None)
        page.card_image_id = image_id
        image_ids.add(image_id)
    image_ids.discard(None)
    found_images = {}
    if image_ids and images:
        found = get_image_model().objects.filter(pk__in=image_ids)
        found_images = pictures.prefetch(found, CARD_VARIANTS)
    for page in pages:
        page.card_image = found_images.get(page.card_image_id)
    return pages


class CountCachingPaginator(Paginator):
    """Keeps a listing's total, which changes only on publish, until the next invalidation.

    Numbered pages need an exact COUNT, which walks every item (~50 ms for a
    section of 100,000 stories on SQLite); each page of a listing shares one.
    """

    def __init__(self, *args, count_key: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        return pagecache.remember(
            f"listing-count:{self.count_key}",
            lambda: Paginator.count.func(self),  # Django's own COUNT (a cached_property)
            COUNT_SECONDS,
        )


def paginate(
    queryset,
    page_number: str | None,
    per_page: int,
    *,
    count_key: str | None = None,
    known: Iterable[Page] = (),
) -> PaginatorPage:
    """A page of `queryset` as cards. A bad or out-of-range number gives the first or last page.

    `count_key` names the listing (e.g. "section:12") so its total can be cached; `known`
    pages are kickers not to read again (see `cards`).
    """
    if count_key:
        paginator = CountCachingPaginator(queryset, per_page, count_key=count_key)
    else:
        paginator = Paginator(queryset, per_page)
    page = paginator.get_page(page_number)
    page.object_list = cards(page.object_list, known=known)
    return page
