"""Renaming a page that names its children (a series, a chart) retitles them, and every URL
that changed, old and new, is purged from the caches in front of the app."""

from datetime import date, timedelta

import pytest

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Page

from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.core.models.cards import PostCard
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

ROOT = "http://localhost"
WEEKS = [date(2026, 3, 6) + timedelta(weeks=n) for n in range(3)]


class RecordingBackend(BaseBackend):
    urls: set[str] = set()

    def purge(self, url):
        self.urls.add(url)

    def purge_batch(self, urls):
        self.urls.update(urls)


@pytest.fixture
def purged(settings) -> set[str]:
    """The URLs purged from a configured frontend cache (a CDN that records them)."""
    RecordingBackend.urls = set()
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    return RecordingBackend.urls


@pytest.fixture
def series(home):
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, title="Rain", slug="rain")
    for number in (1, 2, 3):
        EpisodePageFactory(parent=series, number=number)
    return series


def titles(parent: Page) -> list[str]:
    return list(parent.get_children().order_by("path").values_list("title", flat=True))


def test_renaming_a_series_purges_every_episodes_old_and_new_url(purged, run_on_commit, series):
    series.title, series.slug = "Heavy Rain", "heavy-rain"
    run_on_commit(lambda: series.save_revision().publish())
    for number in (1, 2, 3):
        assert f"{ROOT}/stories/rain/episode-0{number}/" in purged
        assert f"{ROOT}/stories/heavy-rain/episode-0{number}/" in purged
    assert {
        f"{ROOT}/stories/rain/",
        f"{ROOT}/stories/rain/complete/",
        f"{ROOT}/stories/rain/feed/",
        f"{ROOT}/stories/heavy-rain/",
        f"{ROOT}/stories/heavy-rain/complete/",
        f"{ROOT}/stories/heavy-rain/feed/",
        f"{ROOT}/stories/",
        f"{ROOT}/",
    } <= purged
    assert titles(series) == [f"Heavy Rain (Episode 0{n})" for n in (1, 2, 3)]
    # The episodes' cards were recorded again with their new titles.
    for card in PostCard.objects.filter(page__in=series.get_children()):
        assert "Heavy Rain" in card.title


def test_retitling_alone_purges_the_episodes_and_the_lists_showing_them(
    purged, run_on_commit, series
):
    series.title = "Heavy Rain"
    run_on_commit(lambda: series.save_revision().publish())
    assert {f"{ROOT}/stories/rain/episode-0{n}/" for n in (1, 2, 3)} <= purged
    assert {f"{ROOT}/stories/rain/", f"{ROOT}/stories/", f"{ROOT}/feed/"} <= purged


def test_renaming_a_chart_purges_every_weeks_old_and_new_url(purged, run_on_commit, home):
    chart = ChartPageFactory(parent=home, title="Hot 10", slug="hot-10")
    for week in WEEKS:
        ChartWeekPageFactory(parent=chart, week=week)
    chart.title, chart.slug = "Hot 20", "hot-20"
    run_on_commit(lambda: chart.save_revision().publish())
    for week in WEEKS:
        assert f"{ROOT}/hot-10/{week.isoformat()}/" in purged
        assert f"{ROOT}/hot-20/{week.isoformat()}/" in purged
    assert {f"{ROOT}/hot-10/", f"{ROOT}/hot-20/", f"{ROOT}/"} <= purged
    assert titles(chart) == [f"Hot 20: week of {week:%-d %B %Y}" for week in WEEKS]
    for card in PostCard.objects.filter(page__in=chart.get_children()):
        assert "Hot 20" in card.title


def test_moving_a_series_purges_every_episodes_old_and_new_url(purged, run_on_commit, home, series):
    tales = StoriesPageFactory(parent=home, title="Tales", slug="tales")
    run_on_commit(lambda: series.move(tales, pos="last-child"))
    for number in (1, 2, 3):
        assert f"{ROOT}/stories/rain/episode-0{number}/" in purged
        assert f"{ROOT}/tales/rain/episode-0{number}/" in purged
    assert {f"{ROOT}/stories/", f"{ROOT}/tales/", f"{ROOT}/stories/rain/complete/"} <= purged


def test_a_draft_descendant_is_not_purged(purged, run_on_commit, series):
    draft = EpisodePageFactory(parent=series, number=4, live=False)
    series.slug = "heavy-rain"
    run_on_commit(lambda: series.save_revision().publish())
    assert f"{ROOT}/stories/rain/episode-01/" in purged
    assert not any(draft.slug in url for url in purged)


def test_nothing_is_purged_without_a_frontend_cache(settings, run_on_commit, series):
    settings.WAGTAILFRONTENDCACHE = {}
    RecordingBackend.urls = set()
    series.title, series.slug = "Heavy Rain", "heavy-rain"
    run_on_commit(lambda: series.save_revision().publish())
    assert RecordingBackend.urls == set()
    assert titles(series)[0] == "Heavy Rain (Episode 01)"
