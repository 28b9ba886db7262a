"""Most read (24 hours, 7 days) and trending, for the site and each section.

Computed by the scheduler every MOST_READ_SECONDS from the hourly counts, and stored,
so that a page shows them for the cost of a small query, which each process makes at
most every MOST_READ_STAMP_SECONDS (to learn when they were last ranked). A new ranking
does not purge any cached page: each shows the new lists when its cache entry next
expires (PAGE_CACHE_SECONDS), so a busy site never sees a purge storm from it.
"""

import time
from collections import defaultdict
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone

from wagtail.models import Page

from newsstand.core import pagecache
from newsstand.core.listing import cards
from newsstand.core.pages import section_path, sections_by_path
from newsstand.core.posts import posts

from .models import HourlyViews, Ranking
from .stats import hour_floor

KEPT = 10  # places stored per list; pages show fewer, skipping the one being read


class _Stamp:
    """When the lists were last ranked, as this process last read it (and when it read it)."""

    value: datetime | None = None
    read_at = -float("inf")


_stamp = _Stamp()


def is_due(now: datetime) -> bool:
    last = Ranking.objects.aggregate(last=Max("computed_at"))["last"]
    return last is None or now - last >= timedelta(seconds=settings.MOST_READ_SECONDS)


def compute(now: datetime | None = None) -> int:
    """Rank every published post by its readers; replaces the stored rankings. How many places."""
    now = now or timezone.now()
    week = _views_since(now - timedelta(days=7))
    paths = dict(Page.objects.filter(pk__in=week).values_list("pk", "path"))
    sections = sections_by_path(paths.values())
    ranked = {
        Ranking.List.DAY: _by_views(_views_since(now - timedelta(hours=24))),
        Ranking.List.WEEK: _by_views(week),
        Ranking.List.TRENDING: _trending(hour_floor(now)),
    }
    places = []
    for name, entries in ranked.items():
        by_scope = defaultdict(list)
        for page_id, n in entries:
            if page_id not in paths:
                continue
            by_scope[None].append((page_id, n))
            by_scope[section_path(paths[page_id])].append((page_id, n))
        for scope, entries in by_scope.items():
            if scope is not None and scope not in sections:
                continue
            scope_id = sections.get(scope)
            places += [
                Ranking(
                    list=name,
                    scope_id=scope_id,
                    position=i,
                    page_id=page_id,
                    views=n,
                    computed_at=now,
                )
                for i, (page_id, n) in enumerate(entries[:KEPT], start=1)
            ]
    with transaction.atomic():
        Ranking.objects.all().delete()
        Ranking.objects.bulk_create(places)
    forget_stamp()  # this process shows the new lists at once
    return len(places)


def forget_stamp() -> None:
    """Read when the lists were last ranked again, on the next call."""
    _stamp.read_at = -float("inf")


def ranked_at() -> datetime | None:
    """When the lists were last ranked: read at most every MOST_READ_STAMP_SECONDS per
    process, so a page asks the database once in a while rather than on every render."""
    now = time.monotonic()
    if now - _stamp.read_at >= settings.MOST_READ_STAMP_SECONDS:
        _stamp.value = Ranking.objects.aggregate(last=Max("computed_at"))["last"]
        _stamp.read_at = now
    return _stamp.value


def _views_since(since: datetime) -> dict[int, int]:
    """Views per published post since `since`."""
    rows = (
        HourlyViews.objects.filter(hour__gte=hour_floor(since))
        .filter(page__in=posts().values("pk"))
        .values("page")
        .annotate(views=Sum("views"))
    )
    return {row["page"]: row["views"] for row in rows}


def _by_views(views: dict[int, int]) -> list[tuple[int, int]]:
    """(post, views), most read first; among equals, the newer post (higher id) first."""
    return sorted(views.items(), key=lambda item: (-item[1], -item[0]))


def _trending(hour: datetime) -> list[tuple[int, int]]:
    """Posts read most above their own usual rate: the last TRENDING_HOURS against the
    day before them, scored by views in the window over the views the day's rate would
    have given it (plus one, so that a new post isn't infinitely above its past)."""
    window = timedelta(hours=settings.TRENDING_HOURS)
    recent = _views_since(hour - window + timedelta(hours=1))
    earlier = (
        HourlyViews.objects.filter(
            hour__gte=hour - window - timedelta(hours=24),
            hour__lt=hour - window + timedelta(hours=1),
        )
        .values("page")
        .annotate(views=Sum("views"))
    )
    usual = {row["page"]: row["views"] * settings.TRENDING_HOURS / 24 for row in earlier}
    scores = {
        page_id: views / (usual.get(page_id, 0) + 1)
        for page_id, views in recent.items()
        if views >= settings.TRENDING_MIN_VIEWS
    }
    # In score order, with the window's views (what an editor would compare).
    order = sorted(scores, key=lambda page_id: (-scores[page_id], -recent[page_id], -page_id))
    return [(page_id, recent[page_id]) for page_id in order]


def lists(*names: str, scope: Page | None = None, count: int, exclude: Page | None = None) -> dict:
    """{list name: up to `count` published posts with their cards, in rank order}.

    Every page of a kind shows the same lists (but for the page being read, left out
    here), so they are kept until the next change or the next ranking (`ranked_at`): four
    queries when the lists aren't kept yet, none when they are."""
    last = ranked_at()
    stamp = last.isoformat() if last else "never"
    key = f"rankings:{stamp}:{','.join(names)}:{getattr(scope, 'pk', None)}:{count + 1}"
    ranked = pagecache.remember(
        key, lambda: _lists(names, scope, count + 1), settings.MOST_READ_SECONDS
    )
    excluded = getattr(exclude, "pk", None)
    return {name: [p for p in pages if p.pk != excluded][:count] for name, pages in ranked.items()}


def _lists(names, scope: Page | None, count: int) -> dict:
    places = list(
        Ranking.objects.filter(list__in=names, scope=scope).values_list("list", "page_id")
    )
    found = {
        page.pk: page
        for page in cards(posts().filter(pk__in={pk for _, pk in places}), images=False)
    }
    result = {name: [] for name in names}
    for name, page_id in places:
        page = found.get(page_id)
        if page is not None and len(result[name]) < count:
            result[name].append(page)
    return result
