"""What the front page shows: the top stories, then a block per top-level page that holds posts.

A page type decides its own block by defining a method `front_page_block(shown)`
that returns a `Block` (or None to leave itself out), as the Stories and the
chart do. Every other type gets the section block: its newest posts not already
shown higher up, as one featured card and compact headlines.

The newest posts of the whole stream usually fill the top of the page and every
section's block, so they are read first, as rows of what a card shows of a page. Only a
section they leave short gets its own indexed sub-query (its newest posts, however old),
so the cost follows the number of sections, not the number of posts. The posts shown are
made from those rows, with no query of their own.
"""

from dataclasses import dataclass, field

from django.db.models import Q, Subquery

from wagtail.models import Page

from .pages import section_path
from .posts import filed_in

SECTION_BLOCK_SIZE = 3
SCAN_DEPTH = 4  # how many blocks' worth of the newest posts to read before asking per section
# What the front page reads of a post's page, in the order of the page's own fields (as
# `Page.from_db` takes them): its place in the tree, and what a card shows of it (the rest
# comes with its card, core.listing.cards).
READ = [
    field.attname
    for field in Page._meta.concrete_fields
    if field.attname in {"id", "path", "title", "url_path", "first_published_at", "content_type_id"}
]
ID, PATH = READ.index("id"), READ.index("path")


@dataclass
class Block:
    page: Page  # the top-level page the block leads to
    template: str
    # Pages it shows as cards (a section's posts, never shown twice; the Stories block's
    # series): the front page reads their cards and pictures with its own, in one go.
    pages: list[Page] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def heading_id(self) -> str:
        """The id of the block's heading (`{% block_heading %}`), which labels its section."""
        return f"block-{self.page.pk}"


@dataclass
class FrontPage:
    top: list[Page]  # the lead (the chosen one, or the newest), then the newest others
    blocks: list[Block]


def front_page(stream, holders: list[Page], top_count: int, lead: Page | None) -> FrontPage:
    """The `top_count` top stories of `stream` (`lead` first, if given) and a block per page
    of `holders` (specific pages, in menu order), no post shown twice."""
    plain = [holder for holder in holders if not hasattr(holder, "front_page_block")]
    scan_limit = top_count + SECTION_BLOCK_SIZE * SCAN_DEPTH * len(plain)
    newest = list(stream.values_list(*READ)[:scan_limit])
    scanned = [row for row in newest if lead is None or row[ID] != lead.pk]
    top_ids = [row[ID] for row in scanned[: top_count - (lead is not None)]]
    shown = {*top_ids, *([lead.pk] if lead else [])}
    rows = {row[ID]: row for row in scanned}
    chosen = _fill(plain, (row for row in scanned if row[ID] not in shown), {})
    short = [holder for holder in plain if len(chosen[holder.path]) < SECTION_BLOCK_SIZE]
    if short and len(newest) == scan_limit:  # older posts exist: ask those sections alone
        older = list(_older(stream.exclude(pk__in=shown), short))
        rows |= {row[ID]: row for row in older}
        chosen = _fill(short, older, chosen)
    section_of = {pk: top for top, pks in chosen.items() for pk in pks}
    # The pages shown, from the rows read: no query of their own.
    found = {pk: Page.from_db(stream.db, READ, rows[pk]) for pk in [*top_ids, *section_of]}
    grouped: dict[str, list[Page]] = {}
    in_blocks = (found[pk] for pk in section_of)
    for post in sorted(
        in_blocks, key=lambda post: (post.first_published_at, post.pk), reverse=True
    ):
        grouped.setdefault(section_of[post.pk], []).append(post)
    made = {}
    for holder in holders:
        if holder in plain:
            if posts := grouped.get(holder.path):
                made[holder.pk] = Block(holder, "core/blocks/section.html", posts)
        elif (block := holder.front_page_block(shown)) is not None:
            made[holder.pk] = block
    top = [*([lead] if lead else []), *(found[pk] for pk in top_ids)]
    return FrontPage(top, [made[holder.pk] for holder in holders if holder.pk in made])


def _older(rest, short: list[Page]):
    """The newest posts of `rest` (rows of READ) in each section of `short`, in one query: a
    sub-query per section, or, for the usual one quiet section, its own query (building a
    sub-query costs more than running it)."""
    if len(short) == 1:
        return filed_in(rest, short[0]).values_list(*READ)[:SECTION_BLOCK_SIZE]
    older = Q()
    for holder in short:
        older |= Q(pk__in=Subquery(filed_in(rest, holder).values("pk")[:SECTION_BLOCK_SIZE]))
    return Page.objects.filter(older).values_list(*READ)


def _fill(sections: list[Page], rows, chosen: dict) -> dict[str, list[int]]:
    """Add each post of `rows` (of READ) to its section's list of pks in `chosen` (keyed by
    section path), up to the block size."""
    wanted = {section.path for section in sections}
    for path in wanted:
        chosen.setdefault(path, [])
    for row in rows:
        pk, top = row[ID], section_path(row[PATH])
        if top in wanted and len(chosen[top]) < SECTION_BLOCK_SIZE and pk not in chosen[top]:
            chosen[top].append(pk)
    return chosen
