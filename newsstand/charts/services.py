"""Writes that span several models: starting a chart's next week."""

from django.db import transaction

from wagtail.log_actions import log

from .models import WEEK, ChartEntry, ChartPage, ChartWeekPage


class NextWeekError(Exception):
    """The next week can't be started; the message says why, for the editor."""


@transaction.atomic
def start_next_week(*, chart: ChartPage, user=None) -> ChartWeekPage:
    """A draft week dated a week after the latest published one, ranked like it.

    Editors then move songs up and down, add new ones and drop the rest.
    """
    weeks = chart.published_weeks()
    if not weeks:
        raise NextWeekError(f"Publish a first week of {chart.title} to start the next from it.")
    latest = weeks[-1]
    week = latest.week + WEEK
    if ChartWeekPage.objects.child_of(chart).filter(week=week).exists():
        raise NextWeekError(f"{ChartWeekPage.title_for(chart.title, week)} already exists.")
    draft = ChartWeekPage(
        title=ChartWeekPage.title_for(chart.title, week),
        slug=week.isoformat(),
        week=week,
        live=False,
        entries=[
            ChartEntry(song_id=entry.song_id, sort_order=entry.sort_order)
            for entry in latest.entries.all()
        ],
    )
    chart.add_child(instance=draft)
    draft.save_revision(user=user, log_action=False)
    log(instance=draft, action="wagtail.create", user=user)
    return draft
