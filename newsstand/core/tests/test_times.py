"""How times are written: the full local time is exactly what Django's date filter writes."""

from datetime import UTC, datetime, timedelta

import pytest

from django.utils import timezone
from django.utils.dateformat import format as date_format

from newsstand.core import times

MOMENTS = [
    datetime(2026, 3, 2, 14, 5, tzinfo=UTC),
    datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC),  # the next year, locally
    datetime(2024, 2, 29, 0, 0, tzinfo=UTC),
    datetime(1999, 9, 9, 9, 9, tzinfo=UTC),
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_full_is_djangos_date_format(moment, settings):
    for zone in ("Africa/Lagos", "UTC", "America/St_Johns"):
        settings.TIME_ZONE = zone
        expected = date_format(timezone.localtime(moment), "j F Y, H:i")
        assert times.full(moment) == expected


def test_relative_counts_the_largest_unit():
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    assert times.relative(now - timedelta(seconds=30), now) == "just now"
    assert times.relative(now - timedelta(minutes=1), now) == "1 minute ago"
    assert times.relative(now - timedelta(days=65), now) == "2 months ago"
