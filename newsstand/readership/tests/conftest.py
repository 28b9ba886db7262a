import pytest

from newsstand.readership import buffers


@pytest.fixture(autouse=True)
def empty_buffer():
    """This process's buffered views belong to the test that made them."""
    buffers.memory.take()
    buffers.memory.seen.clear()
    yield
    buffers.memory.take()
