"""A listing's total is counted once per change, not on every page of it."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.articles.factories import ArticlePageFactory


def count_queries(client, url) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as context:
        html = client.get(url).content.decode()
    return html, sum("COUNT(" in query["sql"] for query in context.captured_queries)


def test_section_total_is_counted_once_until_the_next_publish(client, section, settings):
    """Page cache or not (the test settings turn it off)."""
    settings.SECTION_PAGE_SIZE = 2
    for n in range(5):
        ArticlePageFactory(parent=section, title=f"Story {n}")
    html, counts = count_queries(client, section.url)
    assert counts == 1 and "Page 1 of 3" in html
    html, counts = count_queries(client, section.url + "?page=2")
    assert counts == 0 and "Page 2 of 3" in html

    ArticlePageFactory(parent=section, title="Story 5", live=False).save_revision().publish()
    html, counts = count_queries(client, section.url + "?page=3")
    assert counts == 1 and "Page 3 of 3" in html
    ArticlePageFactory(parent=section, title="Story 6", live=False).save_revision().publish()
    html, _ = count_queries(client, section.url + "?page=4")
    assert "Page 4 of 4" in html
