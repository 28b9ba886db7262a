from datetime import timedelta

import pytest

from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory


@pytest.fixture
def stories(home):
    return StoriesPageFactory(parent=home)


@pytest.fixture
def series(stories):
    return SeriesPageFactory(parent=stories, title="The Pastor's Daughter")


@pytest.fixture
def episodes(series):
    """Five released episodes, published out of number order to prove order comes from numbers."""
    return {
        number: EpisodePageFactory(parent=series, number=number, age=timedelta(days=age))
        for number, age in [(2, 8), (1, 9), (3, 7), (5, 2), (4, 5)]
    }
