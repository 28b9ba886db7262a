"""The bench counts every view the site counted, wherever the site buffers them."""

from newsstand.articles.factories import ArticlePageFactory
from newsstand.bench.run import count_after, counted_views
from newsstand.readership.tests.readers import beacon, reader


def test_views_are_counted_from_memory_or_from_redis(client, section):
    """Without Redis, the views wait in this process's memory; with REDIS_URL (the scale-out
    run), in Redis, where only a flush (the scheduler's, or the bench's) moves them."""
    story = ArticlePageFactory(parent=section)
    before = counted_views([story.pk])
    for n in range(3):
        assert beacon(client, story, agent=reader(n)).status_code == 204
    assert count_after(before, [story.pk], expected=3, seconds=2) == 3
