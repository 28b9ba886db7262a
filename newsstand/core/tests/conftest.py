import pytest


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run the block, then what it queued for after the commit (purges, Wagtail's signals)."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            action()

    return run
