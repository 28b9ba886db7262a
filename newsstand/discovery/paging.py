"""Pages of search results that never count every match.

Django's `Paginator` counts all the matches to number the pages: at 100,000 stories a
common word matches most of them, and that COUNT cost more than the page itself. A
search page instead fetches one result more than it shows: if that one is there,
there is an older page. The total is told only when it is known for free: when the
results end on this page.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from newsstand.core.listing import cards

# Deep pages cost an OFFSET the database walks row by row; a reader who is still
# paging after this many results is better served by more words.
MAX_PAGE = 50


@dataclass(frozen=True)
class ResultsPage:
    """What the search page shows: its cards, its number, and whether more results follow."""

    object_list: Sequence
    number: int
    per_page: int
    more: bool  # a result follows the last one shown

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.more and self.number < MAX_PAGE

    @property
    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def past_the_end(self) -> bool:
        """Nothing to show on a page after the first: the results ended before it."""
        return not self.object_list and self.number > 1

    @property
    def start_index(self) -> int:
        """The position of the first result shown, counting from 1."""
        return (self.number - 1) * self.per_page + 1

    @property
    def end_index(self) -> int:
        return (self.number - 1) * self.per_page + len(self.object_list)

    @property
    def count(self) -> int | None:
        """How many results in all, when this page shows the last of them; else None."""
        if self.more or self.past_the_end:
            return None
        return self.end_index

    @property
    def at_limit(self) -> bool:
        """More results follow, but search pages go no further than this one."""
        return self.more and not self.has_next

    @property
    def beyond_limit(self) -> bool:
        return self.number > MAX_PAGE

    @property
    def limit(self) -> int:
        """How many results search pages show at most."""
        return MAX_PAGE * self.per_page


def page_number(raw: str | None) -> int:
    """The page a reader asked for: 1 unless `raw` is a positive whole number, so a
    missing, malformed, zero or negative one gives the first page. A number past
    MAX_PAGE, however long, gives MAX_PAGE + 1: a page past the end."""
    value = (raw or "").strip()
    if not (value.isascii() and value.isdigit()):
        return 1
    if len(value) > 9:
        return MAX_PAGE + 1
    return min(max(int(value), 1), MAX_PAGE + 1)


def lookahead_page(results, number: int, per_page: int) -> ResultsPage:
    """Page `number` of `results` (a queryset or Wagtail's SearchResults, in order), as
    cards: one query for the page's results and the one after them, then `cards()`'s."""
    if number > MAX_PAGE:
        return ResultsPage([], number, per_page, more=False)
    start = (number - 1) * per_page
    found = list(results[start : start + per_page + 1])
    return ResultsPage(cards(found[:per_page]), number, per_page, more=len(found) > per_page)
