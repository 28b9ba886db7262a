import pytest

from newsstand.bench.smtp_sink import Sink
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory


@pytest.fixture
def smtp(settings):
    """A real SMTP server for the test; Django's mail goes to it."""
    with Sink() as sink:
        settings.MAILERS = sink.mailers()
        yield sink


@pytest.fixture
def series(home):
    """A series with its first episode, for following."""
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, title="The Last Bus to Jos")
    EpisodePageFactory(parent=series, number=1)
    return series
