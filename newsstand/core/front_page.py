"""The front page's blocks: one per top-level menu page that holds posts.

A page type decides its own block by defining a method `front_page_block(shown)`
that returns a `Block` (or None to leave itself out), as the Stories and the
chart do. Every other type gets the section block:
its newest posts not already shown higher up, as one featured card and compact
headlines, fetched for all sections in one query.
"""

from dataclasses import dataclass, field

from django.db.models import Q, Subquery

from wagtail.models import Page

SECTION_BLOCK_SIZE = 3


@dataclass
class Block:
    page: Page  # the top-level page the block leads to
    template: str
    posts: list[Page] = field(default_factory=list)  # posts to show as cards; never shown twice
    extra: dict = field(default_factory=dict)


def blocks(holders: list[Page], stream, shown: set[int]) -> list[Block]:
    """A block per page of `holders` (specific pages, in menu order), skipping posts in `shown`."""
    made, plain = {}, []
    for holder in holders:
        if not hasattr(holder, "front_page_block"):
            plain.append(holder)
        elif (block := holder.front_page_block(shown)) is not None:
            made[holder.pk] = block
    newest = newest_by_section(stream.exclude(pk__in=shown), plain)
    for holder in plain:
        if posts := newest.get(holder.path):
            made[holder.pk] = Block(holder, "core/blocks/section.html", posts)
    return [made[holder.pk] for holder in holders if holder.pk in made]


def newest_by_section(stream, sections: list[Page]) -> dict[str, list[Page]]:
    """The newest few posts below each section, keyed by section path, in one query.

    Each section's slice is its own indexed sub-query, so the cost follows the
    number of sections, not the number of posts.
    """
    if not sections:
        return {}
    newest = Q()
    for section in sections:
        ids = stream.descendant_of(section).values("pk")[:SECTION_BLOCK_SIZE]
        newest |= Q(pk__in=Subquery(ids))
    grouped: dict[str, list[Page]] = {}
    for post in stream.filter(newest):
        top = next(section.path for section in sections if post.path.startswith(section.path))
        grouped.setdefault(top, []).append(post)
    return grouped
