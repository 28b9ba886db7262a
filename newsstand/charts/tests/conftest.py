from datetime import date, timedelta

import pytest

from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.music.factories import (
    ArtistFactory,
    MusicSectionPageFactory,
    SongFactory,
    SongPageFactory,
)

WEEKS = [date(2026, 3, 6) + timedelta(weeks=n) for n in range(4)]


@pytest.fixture
def music(home):
    return MusicSectionPageFactory(parent=home)


@pytest.fixture
def songs(db):
    """Five songs by Kola Breeze (A, B), Ada Sparkle (C, D) and Tobi Ray (E)."""
    kola = ArtistFactory(name="Kola Breeze", slug="kola-breeze")
    ada = ArtistFactory(name="Ada Sparkle", slug="ada-sparkle")
    tobi = ArtistFactory(name="Tobi Ray", slug="tobi-ray")
    return {
        "A": SongFactory(title="Alawe", artists=[kola]),
        "B": SongFactory(title="Bolekaja", artists=[kola], featuring=[ada]),
        "C": SongFactory(title="Calabar Rain", artists=[ada]),
        "D": SongFactory(title="Dance Money", artists=[ada]),
        "E": SongFactory(title="Eko Nights", artists=[tobi]),
    }


@pytest.fixture
def chart(home):
    return ChartPageFactory(parent=home, title="Hot 10", slug="hot-10", size=10)


@pytest.fixture
def weeks(chart, songs):
    """Four published weeks: A B C, then B A D, then B D C (C re-enters), then C A."""
    rankings = ["ABC", "BAD", "BDC", "CA"]
    return [
        ChartWeekPageFactory(parent=chart, week=day, songs=[songs[key] for key in ranking])
        for day, ranking in zip(WEEKS, rankings, strict=True)
    ]


@pytest.fixture
def posts(music, songs):
    """Music posts for songs B and C."""
    return {key: SongPageFactory(parent=music, song=songs[key]) for key in "BC"}
