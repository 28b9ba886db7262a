"""How times are written: relative ("2 months ago", mirrored in site.js) and ISO 8601."""

from datetime import datetime

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.html import escape
from django.utils.safestring import SafeString

UNITS = (
    ("year", 365 * 24 * 3600),
    ("month", 30 * 24 * 3600),
    ("week", 7 * 24 * 3600),
    ("day", 24 * 3600),
    ("hour", 3600),
    ("minute", 60),
)


def relative(moment: datetime, now: datetime | None = None) -> str:
    seconds = ((now or timezone.now()) - moment).total_seconds()
    if seconds < 60:
        return "just now"
    for name, size in UNITS:
        count = int(seconds // size)
        if count >= 1:
            return f"{count} {name}{'' if count == 1 else 's'} ago"
    return "just now"


def full(moment: datetime) -> str:
    """The local time in full, e.g. "2 March 2026, 14:05": what Django's `date:"j F Y, H:i"`
    writes, at a tenth of its cost (a front page writes ~25)."""
    return _full(timezone.localtime(moment))


def _full(local: datetime) -> str:
    return f"{local.day} {MONTHS[local.month]} {local.year}, {local.hour:02}:{local.minute:02}"


def iso(moment: datetime | None) -> str:
    """Local ISO 8601 to the second, as HTML's datetime attribute and schema.org accept."""
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else ""


def element(moment: datetime | None) -> SafeString | str:
    """A <time> showing "2 months ago", the full time as its title; site.js recomputes the
    text when the page comes from a cache."""
    if not moment:
        return ""
    local = timezone.localtime(moment)
    return SafeString(
        f'<time datetime="{local.isoformat(timespec="seconds")}" title="{escape(_full(local))}"'
        f" data-relative>{relative(moment)}</time>"
    )
