"""Readers' requests as their browsers make them, and counted views, for the readership tests."""

from datetime import timedelta

from django.utils import timezone

from newsstand.readership.models import HourlyViews
from newsstand.readership.stats import hour_floor

PHONE = (
    "Mozilla/5.0 (Linux; Android 13; {model}) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Mobile Safari/537.36"
)


def reader(n: int) -> str:
    """The user agent of the nth distinct reader (one phone model each)."""
    return PHONE.format(model=f"SM-A{100 + n}F")


def beacon(client, page, referrer: str = "", agent: str | None = None, **headers):
    """What the page's script sends: a POST whose body is the referrer."""
    return client.post(
        f"/_views/{page.pk}",
        data=referrer,
        content_type="text/plain;charset=UTF-8",
        headers={"User-Agent": agent or reader(0), "Sec-Fetch-Site": "same-origin", **headers},
    )


def views(page, hours_ago: int, n: int, source: str = "direct") -> None:
    """`n` views of `page` counted in the hour `hours_ago` hours back."""
    hour = hour_floor(timezone.now()) - timedelta(hours=hours_ago)
    HourlyViews.objects.create(page=page, hour=hour, source=source, views=n)
