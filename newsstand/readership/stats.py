"""The numbers editors see, read from the hourly counts (what is still buffered shows
after the scheduler's next pass, within SCHEDULER_INTERVAL seconds)."""

from collections import Counter
from datetime import date, datetime, timedelta

from django.db.models import OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.models import Page

from .models import HourlyViews, Source

LABELS = dict(Source.choices)


def start_of_today() -> datetime:
    """Local midnight (the site's time zone), as an aware datetime."""
    return timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)


def hour_floor(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def views_since(since: datetime):
    """A subquery annotation: each page's views since `since` (0 for none)."""
    views = (
        HourlyViews.objects.filter(page=OuterRef("pk"), hour__gte=hour_floor(since))
        .values("page")
        .annotate(total=Sum("views"))
        .values("total")
    )
    return Coalesce(Subquery(views), 0)


def top(since: datetime, count: int = 10) -> list[tuple[Page, int]]:
    rows = (
        HourlyViews.objects.filter(hour__gte=hour_floor(since))
        .values("page")
        .annotate(total=Sum("views"))
        .order_by("-total", "-page")[:count]
    )
    totals = {row["page"]: row["total"] for row in rows}
    pages = Page.objects.in_bulk(totals)
    return [(pages[pk], n) for pk, n in totals.items() if pk in pages]


def daily(page: Page, days: int = 30) -> list[tuple[date, int]]:
    """Views per local day for the last `days` days, today last, with the empty days."""
    today = timezone.localdate()
    first = today - timedelta(days=days - 1)
    since = timezone.make_aware(datetime.combine(first, datetime.min.time()))
    per_day = Counter()
    for hour, views in HourlyViews.objects.filter(page=page, hour__gte=since).values_list(
        "hour", "views"
    ):
        per_day[timezone.localdate(hour)] += views
    return [(first + timedelta(days=n), per_day[first + timedelta(days=n)]) for n in range(days)]


def sources(page: Page | None, since: datetime) -> list[tuple[str, int, int]]:
    """(label, views, per cent) by where readers came from, most first."""
    rows = HourlyViews.objects.filter(hour__gte=hour_floor(since))
    if page is not None:
        rows = rows.filter(page=page)
    totals = dict(rows.values("source").annotate(total=Sum("views")).values_list("source", "total"))
    everything = sum(totals.values()) or 1
    return [
        (LABELS.get(source, source), n, round(100 * n / everything))
        for source, n in sorted(totals.items(), key=lambda item: -item[1])
    ]
