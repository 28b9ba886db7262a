"""Invented reading for the demo: two weeks of hourly views, so that "Most read",
"Trending" and the editors' numbers have something to show before the first real
reader arrives. Real views are counted on top of these from the first page served."""

import math
import random
from datetime import datetime, timedelta

from newsstand.core.posts import posts
from newsstand.readership import rankings
from newsstand.readership.models import HourlyViews, Source
from newsstand.readership.stats import hour_floor

DAYS = 14
SOURCES = {
    Source.FACEBOOK: 34,
    Source.WHATSAPP: 22,
    Source.GOOGLE: 18,
    Source.DIRECT: 14,
    Source.X: 5,
    Source.TELEGRAM: 3,
    Source.INTERNAL: 3,
    Source.OTHER: 1,
}
# Readers by local hour: quiet at night, busy at lunch and in the evening.
DAY_SHAPE = [0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.1, 1.2, 1.1, 1.0, 1.1,
             1.4, 1.3, 1.1, 1.0, 1.1, 1.3, 1.6, 1.8, 1.7, 1.4, 0.9, 0.5]  # fmt: skip


def invent_views(rng: random.Random, now: datetime) -> int:
    """Hourly views of every published post for the last DAYS days, then the rankings;
    returns the number of views invented."""
    hour = hour_floor(now)
    published = list(posts().values_list("pk", "first_published_at"))
    newest = max(published, key=lambda row: row[1])[0] if published else None
    sources, weights = list(SOURCES), list(SOURCES.values())
    rows = []
    for page_id, first in published:
        popularity = rng.lognormvariate(0, 0.9)
        for back in range(DAYS * 24):
            moment = hour - timedelta(hours=back)
            if moment < first:
                break
            age_days = (moment - first).total_seconds() / 86400
            rate = 1.5 * popularity * DAY_SHAPE[(moment.hour + 1) % 24] / (1 + age_days / 3)
            if page_id == newest and back < 3:
                rate *= 12  # the newest story is taking off: trending
            views = poisson(rng, rate)
            if views:
                source = rng.choices(sources, weights)[0]
                rows.append(HourlyViews(page_id=page_id, hour=moment, source=source, views=views))
    HourlyViews.objects.bulk_create(rows, batch_size=2000)
    rankings.compute(now)
    return sum(row.views for row in rows)


def poisson(rng: random.Random, rate: float) -> int:
    """A Poisson-distributed count with mean `rate` (Knuth's method; rates here are small)."""
    limit, count, product = math.exp(-rate), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count
