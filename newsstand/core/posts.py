"""The post contract: what a listable kind of page declares, once, for every list to read.

A page type becomes a *post* by inheriting `Post` (before `BasePage`). Posts are the
stream of the publication: the home page, sidebars, tag and author pages, search,
feeds, sitemaps and page metadata show every kind of post the same way, through
what the kind declares here, and never name a kind:

- `post_kicker()`: the page that labels it in lists (its section, series or chart);
- `post_title()`: the title lists show ("Series (Final Episode 13)");
- `post_summary()` and `post_feed_summary()`: a sentence or two for cards and feeds;
- `listing_image_id`: its picture;
- `post_credits_page()`: whose author credits it carries (a series credits its episodes);
- `post_tags()`, `post_links()` (more views, such as a song's lyrics) and
  `post_enclosures()` (files for feeds, such as audio);
- `is_indexable()`: whether search engines should index it here (also for non-posts);
- `structured_data(meta)`: its schema.org node for the page's JSON-LD;
- `body_field`: the StreamField a feed carries in full, if any;
- `call_to_action`: the line above the publication's profiles under the post, when
  the publication's own ("Get more stories like this") doesn't fit the kind;
- its date is the page's `first_published_at`.

Each post's declarations are stored as its `PostCard` when its page row is saved, so
lists cost the same few queries whatever the number of posts or kinds.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache

from django.db.models import Q
from django.db.models.signals import post_migrate, post_save

from wagtail.models import Page, Site, get_page_models
from wagtail.signals import page_unpublished, post_page_move

from . import pagecache, structured_data
from .listing import ListingQuerySet, cards
from .models.cards import PostCard
from .pages import SECTION_DEPTH, BasePage, section_path, sections_by_path

TAGS = "_post_tag_objects"
SIDEBAR_COUNT = 6
SIDEBAR_SECONDS = 300  # a publish makes it stale sooner
CARD_FIELDS = (
    "kind",
    "title",
    "kicker",
    "summary",
    "feed_summary",
    "image",
    "credits_page",
    "tags",
    "links",
    "enclosures",
    "indexable",
    "section",
    "published_at",
)


class Post:
    """The contract of a listable kind; every declaration has a default to override."""

    body_field: str | None = "body"
    og_type = "article"
    news = False  # listed in the Google News sitemap
    call_to_action: str | None = None  # None: the publication's own

    def post_kicker(self) -> Page | None:
        """The parent (section, series, chart); none for a post right under the home page."""
        parent = self.get_parent()
        return parent if parent is not None and parent.depth > 2 else None

    def post_title(self) -> str:
        return self.title

    def post_summary(self) -> str:
        return self.summary

    def post_feed_summary(self) -> str:
        return self.post_summary()

    def post_credits_page(self) -> Page:
        return self

    def post_tags(self) -> list[str]:
        return [tag.name for tag in self.post_tag_objects()]

    def post_tag_objects(self) -> list:
        """The post's tags by name: one query, then kept on the page (its template and its
        metadata both show them) until it is saved."""
        found = self.__dict__.get(TAGS)
        if found is None:
            tags = getattr(self, "tags", None)
            found = sorted(tags.all(), key=lambda tag: tag.name) if tags is not None else []
            self.__dict__[TAGS] = found
        return found

    def post_links(self) -> list[dict]:
        """More views of the post, as {"label", "suffix"} (a path below the post's URL)."""
        return []

    def post_enclosures(self) -> list[dict]:
        """Files a feed attaches, as {"url", "length", "mime_type"}."""
        return []

    def structured_data(self, meta) -> list[dict]:
        return [structured_data.post(self, meta)]

    def get_context(self, request, *args, **kwargs):
        """Every post's page has a sidebar of the site's other newest posts, of any kind."""
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request)
        newest = pagecache.remember(
            f"sidebar:newest:{getattr(site, 'root_page_id', None)}",
            lambda: newest_posts(site, SIDEBAR_COUNT + 1),
            SIDEBAR_SECONDS,
        )
        context["sidebar"] = [post for post in newest if post.pk != self.pk][:SIDEBAR_COUNT]
        return context

    def save(self, *args, **kwargs):
        self.__dict__.pop(TAGS, None)
        result = super().save(*args, **kwargs)
        # A partial save (a draft revision of a live page) leaves the live row, and
        # so the card, as it was; a full save writes what readers will see.
        if kwargs.get("update_fields") is None:
            record([self])
        return result


def newest_posts(site: Site | None, count: int) -> list[Page]:
    """The newest `count` posts of `site`, as headline cards (the same on every post's page)."""
    newest = posts() if site is None else posts().descendant_of(site.root_page)
    return cards(newest[:count], images=False)


def news_types() -> list[type[Page]]:
    return [model for model in post_types() if model.news]


def post_types() -> list[type[Page]]:
    """Every page type that declared itself a post, the way Wagtail lists page models."""
    return _post_types(len(get_page_models()))


@cache
def _post_types(_count: int) -> list[type[Page]]:
    return [model for model in get_page_models() if issubclass(model, Post)]


def is_post(page: Page) -> bool:
    return issubclass(page.specific_class or type(page), Post)


def posts(kinds: Iterable[type[Page]] | None = None) -> ListingQuerySet:
    """Every published post (of `kinds`, or of every kind), newest first: base pages, cards
    not yet attached."""
    return ListingQuerySet(Page).type(*(post_types() if kinds is None else kinds)).for_listing()


def posts_below(page: Page, kinds: Iterable[type[Page]] | None = None) -> ListingQuerySet:
    """The published posts (of `kinds`) below `page`, newest first."""
    found = posts(kinds)
    return filed_in(found, page) if page.depth == SECTION_DEPTH else found.descendant_of(page)


def filed_in(found: ListingQuerySet, section: Page) -> ListingQuerySet:
    """The posts of `found` below `section` (a top-level page), newest first, read through its
    cards' index (`PostCard.section`): read through the tree's paths, a quiet section's few
    posts took a scan of every newer post."""
    return found.filter(post_card__section=section).order_by(
        "-post_card__published_at", "-post_card__page"
    )


def record(pages: Iterable[Page]) -> None:
    """Store the card of each post in `pages` from what its kind declares, in one write.

    Inside `deferred_recording()`, the pages are only noted, to be recorded at its end.
    """
    pending = _pending.get()
    if pending is not None:
        pending.pages.update(page.pk for page in pages)
        return
    found = [page.specific_deferred for page in pages if is_post(page)]
    sections = sections_by_path(post.path for post in found)
    cards = [card_of(post, sections.get(section_path(post.path))) for post in found]
    if cards:
        PostCard.objects.bulk_create(
            cards,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=CARD_FIELDS,
        )


def card_of(page: Post, section_id: int | None) -> PostCard:
    kicker = page.post_kicker()
    credits_page = page.post_credits_page()
    return PostCard(
        page_id=page.pk,
        kind=str(page._meta.verbose_name),
        title=page.post_title()[:255],
        kicker_id=kicker.pk if kicker else None,
        summary=page.post_summary() or "",
        feed_summary=page.post_feed_summary() or "",
        image_id=page.listing_image_id,
        credits_page_id=credits_page.pk if credits_page else None,
        tags=page.post_tags(),
        links=page.post_links(),
        enclosures=page.post_enclosures(),
        indexable=page.is_indexable(),
        section_id=section_id,
        published_at=page.first_published_at,
    )


def record_missing() -> None:
    """Record the card of every post that has none yet (after a migration or a bulk load)."""
    missing = Page.objects.type(*post_types()).filter(post_card__isnull=True)
    record_ids(missing.values_list("pk", flat=True))


def record_ids(ids: Iterable[int], batch_size: int = 500) -> None:
    """Record the cards of the pages with these ids, a batch at a time."""
    ids = sorted(ids)
    for start in range(0, len(ids), batch_size):
        record(Page.objects.filter(pk__in=ids[start : start + batch_size]).specific())


def credited_to(author) -> Q:
    """Posts that carry `author`'s credit, directly or through their credits page."""
    credited_pages = author.page_credits.values("page_id")
    return Q(pk__in=PostCard.objects.filter(credits_page__in=credited_pages).values("page_id"))


def tagged(tag) -> Q:
    """Posts tagged `tag`, whichever kinds carry tags (a `tags` manager)."""
    rules = Q(pk__in=[])
    for model in post_types():
        if hasattr(model, "tags"):
            rules |= Q(pk__in=model.objects.filter(tags=tag).values("pk"))
    return rules


def hidden_from_search() -> Q:
    """Pages search engines should not index: a page's own noindex, or a post's rule."""
    rules = Q(pk__in=PostCard.objects.filter(indexable=False).values("page_id"))
    for model in get_page_models():
        if issubclass(model, BasePage) and not issubclass(model, Post):
            rules |= Q(pk__in=model.objects.filter(noindex=True).values("pk"))
    return rules


def holds_posts(page_type: type[Page]) -> bool:
    """Whether posts can be published below pages of `page_type`, at any depth."""
    return _holds_posts(page_type, len(get_page_models()))


@cache
def _holds_posts(page_type: type[Page], _count: int) -> bool:
    seen, todo = set(), [page_type]
    while todo:
        model = todo.pop()
        for child in model.allowed_subpage_models():
            if issubclass(child, Post):
                return True
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return False


# Keeping cards in step with what they derive from


def follower_types() -> list[type[Page]]:
    """Kinds whose card reads their parent (`card_follows_parent`): an episode reads its
    series' title, status and indexing; which sibling is last can change it too."""
    return [model for model in post_types() if getattr(model, "card_follows_parent", False)]


def record_followers(sender, instance, **kwargs):
    """A page was saved or unpublished: re-record the posts whose cards derive from it,
    its children (or, for such a post, its siblings and itself)."""
    followers = follower_types()
    page_type = type(instance)
    if page_type in followers:
        parent_path = instance.path[: -Page.steplen]
    elif any(model in followers for model in page_type.allowed_subpage_models()):
        parent_path = instance.path
    else:
        return
    pending = _pending.get()
    if pending is not None:
        pending.parent_paths.add(parent_path)
        return
    children = Page.objects.filter(
        path__startswith=parent_path, depth=len(parent_path) // Page.steplen + 1
    )
    record(children.type(*followers).specific())


def record_moved(sender, instance, **kwargs):
    """A moved post has a new kicker (Wagtail saves a moved page as a plain Page)."""
    record([instance])


def record_followers_on_save(sender, instance, update_fields=None, raw=False, **kwargs):
    if update_fields is None and not raw:
        record_followers(sender, instance)


@dataclass
class Pending:
    pages: set[int] = field(default_factory=set)
    parent_paths: set[str] = field(default_factory=set)


_pending: ContextVar[Pending | None] = ContextVar("pending_cards", default=None)


@contextmanager
def deferred_recording() -> Iterator[None]:
    """Record cards once, when a bulk write (an import) ends, not at every save.

    Cards are recorded even if the write stops half way: pages it kept need them.
    """
    if _pending.get() is not None:  # already deferred further out
        yield
        return
    pending = Pending()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
        _record_pending(pending)


def _record_pending(pending: Pending, batch_size: int = 500) -> None:
    ids = set(pending.pages)
    paths = sorted(pending.parent_paths)
    followers = follower_types()
    for start in range(0, len(paths), batch_size):
        children = Q()
        for path in paths[start : start + batch_size]:
            children |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
        ids.update(Page.objects.type(*followers).filter(children).values_list("pk", flat=True))
    record_ids(ids, batch_size)


def register_signal_handlers() -> None:
    for model in get_page_models():
        post_save.connect(record_followers_on_save, sender=model)
    page_unpublished.connect(record_followers)
    post_page_move.connect(record_moved)
    post_migrate.connect(record_missing_after_migrate)


def record_missing_after_migrate(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.label == "core":
        record_missing()
