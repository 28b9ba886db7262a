"""Chart tables and runs come from published weeks only, loaded in a few queries."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from wagtail.models import PageViewRestriction

from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.charts.models import ChartWeekPage
from newsstand.charts.selectors import chart_runs
from newsstand.charts.tables import week_chart

from .conftest import WEEKS


def table(chart, week):
    return week_chart(week, chart.published_weeks())


def summary(chart, week):
    result = table(chart, week)
    rows = [
        (r.placing.position, r.song.title, r.placing.movement.symbol, r.placing.peak)
        for r in result.rows
    ]
    return rows, [d.song.title for d in result.dropped]


def test_a_week_against_its_published_history(chart, weeks, posts):
    result = table(chart, weeks[2])
    assert [
        (r.placing.position, r.song.title, r.placing.last_position, r.placing.movement.text)
        for r in result.rows
    ] == [
        (1, "Bolekaja", 1, "no change"),
        (2, "Dance Money", 3, "up 1"),
        (3, "Calabar Rain", None, "re-entry"),
    ]
    assert [r.post for r in result.rows] == [posts["B"], None, posts["C"]]
    assert [r.peak_week for r in result.rows] == [weeks[1], weeks[2], weeks[0]]
    assert [
        (d.song.title, d.dropout.last_position, d.dropout.peak, d.dropout.weeks_on_chart)
        for d in result.dropped
    ] == [("Alawe", 2, 1, 2)]
    assert (result.previous, result.next) == (weeks[1], weeks[3])


def test_drafts_scheduled_future_dated_and_private_weeks_are_not_history(chart, songs, weeks):
    a, e = songs["A"], songs["E"]
    draft = ChartWeekPageFactory(
        parent=chart, week=WEEKS[3] + timedelta(weeks=1), songs=[e, a], live=False
    )
    scheduled = ChartWeekPageFactory(
        parent=chart, week=WEEKS[3] + timedelta(weeks=2), songs=[e], live=False
    )
    scheduled.go_live_at = timezone.now() + timedelta(days=2)
    scheduled.save_revision().publish()
    ahead = ChartWeekPageFactory(parent=chart, week=WEEKS[3] + timedelta(weeks=3), songs=[e])
    ahead.first_published_at = timezone.now() + timedelta(days=1)
    ahead.save()
    private = ChartWeekPageFactory(parent=chart, week=WEEKS[3] + timedelta(weeks=4), songs=[e])
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert [w.pk for w in chart.published_weeks()] == [w.pk for w in weeks]
    # Previewing the draft: Eko Nights is new although it sits in three unpublished weeks.
    rows, dropped = summary(chart, draft)
    assert rows == [(1, "Eko Nights", "NEW", 1), (2, "Alawe", "=", 1)]
    assert dropped == ["Calabar Rain"]
    assert chart_runs(Q(song=e)) == []


def test_other_charts_do_not_count(home, chart, songs, weeks):
    other = ChartPageFactory(parent=home, title="Gospel 10", slug="gospel-10")
    ChartWeekPageFactory(parent=other, week=WEEKS[0], songs=[songs["E"], songs["D"]])
    rows, _ = summary(chart, weeks[1])
    assert rows[2] == (3, "Dance Money", "NEW", 3)


def test_runs_of_a_song_on_each_chart(home, chart, songs, weeks):
    other = ChartPageFactory(parent=home, title="Gospel 10", slug="gospel-10")
    gospel = ChartWeekPageFactory(parent=other, week=WEEKS[1], songs=[songs["E"], songs["C"]])
    runs = chart_runs(Q(song=songs["C"]))
    assert [(r.chart.title, r.peak, r.peak_week, r.weeks_on_chart, r.first_week) for r in runs] == [
        ("Gospel 10", 2, gospel, 1, gospel),
        ("Hot 10", 1, weeks[3], 3, weeks[0]),
    ]


def test_runs_of_every_song_of_an_artist(songs, weeks):
    ada = songs["C"].artists[0]
    runs = chart_runs(Q(song__song_artists__artist=ada))
    assert [(r.song_title, r.peak, r.weeks_on_chart) for r in runs] == [
        ("Bolekaja", 1, 3),  # featured
        ("Calabar Rain", 1, 3),
        ("Dance Money", 2, 2),
    ]


def test_positions_follow_the_editors_order(chart, songs):
    week = ChartWeekPage(week=WEEKS[0], slug="w")
    week.entries.create(song=songs["C"], sort_order=7)
    week.entries.create(song=songs["A"], sort_order=2)
    chart.add_child(instance=week)
    stored = list(
        week.entries.order_by("position").values_list("song__title", "position", "sort_order")
    )
    assert stored == [("Alawe", 1, 0), ("Calabar Rain", 2, 1)]
    assert week.title == "Hot 10: week of 6 March 2026"


def test_renaming_the_chart_renames_its_weeks(chart, weeks):
    chart.title = "Hot Ten"
    chart.save_revision()
    assert ChartWeekPage.objects.get(pk=weeks[0].pk).title == "Hot 10: week of 6 March 2026"
    chart.get_latest_revision().publish()
    assert ChartWeekPage.objects.get(pk=weeks[0].pk).title == "Hot Ten: week of 6 March 2026"
