"""Buffered views into hourly counts in the database, and old counts out of it."""

import logging
from collections import Counter
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from wagtail.models import Page

from . import buffers
from .models import AppliedBatch, HourlyViews, Source

logger = logging.getLogger(__name__)
SOURCES = set(Source.values)


def flush() -> int:
    """Add every buffered view to the hourly counts (this process's and Redis's); how many."""
    added = buffers.memory.write_out()
    if buffers.shared:
        try:
            batches = buffers.shared.batches()
        except buffers.shared.error as error:
            logger.warning(
                "Redis unavailable, its buffered views wait for the next flush: %s", error
            )
            return added
        for batch in batches:
            added += apply_batch(batch)
    return added


def apply_batch(batch: str) -> int:
    """Add one Redis batch to the counts exactly once, however many flushers race for it."""
    counts = buffers.shared.read(batch)
    try:
        with transaction.atomic():
            AppliedBatch.objects.create(token=batch[len(buffers.BATCH_PREFIX) :][:64])
            added = apply(counts)
    except IntegrityError:
        added = 0  # another flusher (or this one, before a crash) already added it
    buffers.shared.clear(batch)
    return added


def apply(counts: Counter) -> int:
    """Add `counts` ({"<hour epoch>:<page id>:<source>": views}) to HourlyViews in one statement."""
    rows = {}
    for key, views in counts.items():
        hour, page_id, source = key.split(":")
        if source in SOURCES and views > 0:
            rows[(int(page_id), int(hour), source)] = views
    existing = set(
        Page.objects.filter(pk__in={page_id for page_id, _, _ in rows}).values_list("pk", flat=True)
    )
    table = HourlyViews._meta.db_table
    adapt = connection.ops.adapt_datetimefield_value
    params = [
        (page_id, adapt(datetime.fromtimestamp(hour, UTC)), source, views)
        for (page_id, hour, source), views in rows.items()
        if page_id in existing  # a page deleted since, or an id that never was
    ]
    if params:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_id, hour, source, views) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (page_id, hour, source) "
                f"DO UPDATE SET views = {table}.views + excluded.views",
                params,
            )
    return sum(views for *_, views in params)


def prune(now: datetime | None = None) -> int:
    """Drop counts older than VIEWS_RETENTION_DAYS, and the record of applied batches."""
    now = now or timezone.now()
    deleted, _ = HourlyViews.objects.filter(
        hour__lt=now - timedelta(days=settings.VIEWS_RETENTION_DAYS)
    ).delete()
    AppliedBatch.objects.filter(applied_at__lt=now - timedelta(days=2)).delete()
    return deleted
