"""Helpers shared by the test suites of several apps."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Revision


def make_schedule_due(page) -> None:
    """Pretend the page's scheduled go-live time has passed (as the scheduler will see it)."""
    revision = Revision.objects.get(pk=page.scheduled_revision.pk)
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
