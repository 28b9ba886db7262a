import pytest

from newsstand.bench.smtp_sink import Sink


@pytest.fixture
def smtp(settings):
    """A real SMTP server for the test; Django's mail goes to it."""
    with Sink() as sink:
        settings.MAILERS = sink.mailers()
        yield sink
