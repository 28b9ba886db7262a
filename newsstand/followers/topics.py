"""What a reader can follow, read from what posts and pages declare.

A topic is a key and a label. Followers knows three kinds itself:
- "digest" and "breaking";
- "page:<id>": any page below a site's home page that posts are filed under (a section,
  a series, a chart…): a new post notifies the followers of every such page above it.

Other apps add kinds through two hooks, without followers knowing them:
- `post_topics(page) -> [(key, label)]`: more topics a new post notifies (people: its authors);
- `topic_labels(keys) -> {key: label}`: the labels of those keys that are theirs and still
  exist, in one go (so a form can't follow a made-up key, and a hundred cost one query).
"""

from dataclasses import dataclass

from django.db.models import Q

from wagtail import hooks
from wagtail.models import Page

from newsstand.core.models.cards import PostCard
from newsstand.core.pages import SECTION_DEPTH, ancestors
from newsstand.core.posts import is_post, post_types


@dataclass(frozen=True)
class Topic:
    key: str
    label: str


DIGEST = Topic("digest", "The daily digest")
BREAKING = Topic("breaking", "Breaking news")
FIXED = {DIGEST.key: DIGEST, BREAKING.key: BREAKING}


def of_page(page: Page) -> Topic:
    return Topic(f"page:{page.pk}", page.title)


def of_post(page: Page) -> list[Topic]:
    """The topics whose followers hear about a new post: the pages it is filed under,
    nearest first, then what other apps declare."""
    filed_under = [p for p in reversed(ancestors(page)) if p.depth >= SECTION_DEPTH and p.live]
    found = [of_page(p) for p in filed_under]
    for declare in hooks.get_hooks("post_topics"):
        found += [Topic(key, label) for key, label in declare(page)]
    return found


def followable_pages(root: Page | None = None):
    """Live pages posts are filed under (kickers), and the sections above them, in tree order."""
    kickers = PostCard.objects.filter(page__live=True, kicker__isnull=False).values("kicker")
    pages = Page.objects.live().filter(depth__gte=SECTION_DEPTH).not_type(*post_types())
    if root is not None:
        pages = pages.descendant_of(root)
    filed = list(pages.filter(pk__in=kickers).values_list("pk", "path"))
    sections = {path[: Page.steplen * SECTION_DEPTH] for _, path in filed}
    return pages.filter(Q(pk__in=[pk for pk, _ in filed]) | Q(path__in=sections))


def offered(root: Page | None = None) -> list[Topic]:
    """Everything the sign-up page offers: digest, breaking, then sections and what is in them."""
    pages = followable_pages(root).order_by("path")
    titles = {}
    found = [DIGEST, BREAKING]
    for page in pages:
        titles[page.path] = page.title
        parent_title = titles.get(page.path[: -Page.steplen])
        label = f"{parent_title}: {page.title}" if parent_title else page.title
        found.append(Topic(f"page:{page.pk}", label))
    return found


def label(key: str) -> str | None:
    """The label of a topic key, or None if there's no such topic to follow."""
    return labels([key])[key]


def labels(keys) -> dict[str, str | None]:
    """The label of each key (None for no such topic); the pages among them in one query."""
    page_ids = {
        int(ident)
        for kind, _, ident in (k.partition(":") for k in keys)
        if kind == "page" and ident.isdigit()
    }
    pages = Page.objects.live().filter(pk__in=page_ids, depth__gte=SECTION_DEPTH)
    named = {f"page:{page.pk}": page.title for page in pages if not is_post(page)}
    others = [key for key in keys if key not in FIXED and not key.startswith("page:")]
    if others:
        for resolve in hooks.get_hooks("topic_labels"):
            named = resolve(others) | named
    return {key: FIXED[key].label if key in FIXED else named.get(key) for key in keys}
