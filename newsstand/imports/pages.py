"""Creating pages in bulk: tree positions, free slugs, WordPress dates."""

from datetime import UTC, datetime
from urllib.parse import unquote

from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page

WP_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


class PageTree:
    """Adds imported pages under their parents, as treebeard's `add_child` does, but lighter.

    `add_child` locks and re-reads the parent and runs Wagtail's full validation
    (a query per foreign key) for every page. Here each parent's last child path is
    read once and then counted on, and pages are saved without those checks: the
    importer builds them valid (free slugs, sanitized, length-limited fields, ids
    of objects it just found or made).
    """

    def __init__(self) -> None:
        self._last_path: dict[int, str | None] = {}

    def add(self, parent: Page, page: Page) -> Page:
        if parent.pk not in self._last_path:
            children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            self._last_path[parent.pk] = (
                children.order_by("-path").values_list("path", flat=True).first()
            )
        page.depth = parent.depth + 1
        page.path = child_path(parent.path, self._last_path[parent.pk])
        page.locale_id = parent.locale_id
        page.draft_title = page.draft_title or page.title
        try:
            page.save(clean=False, log_action=None)  # the batch logs "Imported from WordPress"
        except Exception:
            del self._last_path[parent.pk]  # read it again: another process may have added one
            raise
        self._last_path[parent.pk] = page.path
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
        parent.numchild += 1
        return page


def child_path(parent_path: str, last_child_path: str | None) -> str:
    """The materialised path of a parent's next child (treebeard's base-36 steps)."""
    alphabet, step = Page.alphabet, Page.steplen
    position = 1
    if last_child_path:
        position = 0
        for character in last_child_path[-step:]:
            position = position * len(alphabet) + alphabet.index(character)
        position += 1
    digits = ""
    while position:
        position, remainder = divmod(position, len(alphabet))
        digits = alphabet[remainder] + digits
    if len(digits) > step:
        raise ValueError(f"no room for another child under {parent_path}")
    return parent_path + digits.rjust(step, alphabet[0])


class Slugs:
    """The slugs in use under each parent, read once, so each new page gets a free one."""

    def __init__(self) -> None:
        self._taken: dict[int, set[str]] = {}

    def claim(self, parent: Page, wanted: str, *, fallback: str) -> str:
        taken = self._taken.get(parent.pk)
        if taken is None:
            taken = set(Page.objects.child_of(parent).values_list("slug", flat=True))
            self._taken[parent.pk] = taken
        base = (slug_for(wanted) or fallback)[:240]
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        return slug


def slug_for(text: str) -> str:
    """A Wagtail slug for a WordPress post_name (percent-encoded) or a title."""
    return slugify(unquote(text or ""), allow_unicode=True)[:255]


def wp_datetime(gmt: str, local: str) -> datetime | None:
    """An aware datetime from WordPress's GMT date, or its local one in the site's time zone.

    Drafts carry "0000-00-00 00:00:00" as their GMT date; then the local date is read
    in the configured TIME_ZONE.
    """
    for value, zone in ((gmt, UTC), (local, None)):
        value = (value or "").strip()
        if not value or value.startswith("0000"):
            continue
        try:
            moment = datetime.strptime(value, WP_DATE_FORMAT)
        except ValueError:
            continue
        if zone is UTC:
            return moment.replace(tzinfo=UTC)
        return timezone.make_aware(moment)
    return None
