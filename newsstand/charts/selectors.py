"""A song's or an artist's runs on every chart, for music posts and artist pages."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from wagtail.models import Page

from .entries import ChartEntry
from .models import WEEK_FIELDS, ChartPage, ChartWeekPage
from .tables import best_of


@dataclass(frozen=True)
class ChartRun:
    """A song's whole run on one chart."""

    chart: ChartPage
    song_title: str
    peak: int
    peak_week: ChartWeekPage
    weeks_on_chart: int
    first_week: ChartWeekPage


def chart_runs(songs: Q) -> list[ChartRun]:
    """The chart runs of the songs `songs` selects (a filter on ChartEntry), in three queries
    however long the runs: the entries first, then their published weeks and charts. Most
    songs never chart, and then it is one short query."""
    rows = ChartEntry.objects.filter(songs).values_list(
        "page_id", "song_id", "song__title", "position"
    )
    if not (rows := list(rows)):
        return []
    weeks = ChartWeekPage.objects.published().filter(pk__in={row[0] for row in rows})
    weeks = {w.pk: w for w in weeks.only(*WEEK_FIELDS)}
    if not (rows := [row for row in rows if row[0] in weeks]):
        return []
    parents = {w.path[: -Page.steplen] for w in weeks.values()}
    charts = {c.path: c for c in ChartPage.objects.filter(path__in=parents)}
    grouped: dict[tuple[str, int], dict[date, int]] = defaultdict(dict)
    titles, by_date = {}, defaultdict(dict)
    for page_id, song_id, title, position in rows:
        week = weeks[page_id]
        key = (week.path[: -Page.steplen], song_id)
        grouped[key][week.week] = min(position, grouped[key].get(week.week, position))
        titles[song_id] = title
        by_date[key[0]][week.week] = week
    runs = []
    for (chart_path, song_id), placed in grouped.items():
        peak, peak_day = best_of(placed)
        dated = by_date[chart_path]
        runs.append(
            ChartRun(
                chart=charts[chart_path],
                song_title=titles[song_id],
                peak=peak,
                peak_week=dated[peak_day],
                weeks_on_chart=len(placed),
                first_week=dated[min(placed)],
            )
        )
    runs.sort(key=lambda run: (run.chart.title, run.peak, run.first_week.week, run.song_title))
    return runs
