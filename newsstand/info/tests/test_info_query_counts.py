"""A standing page costs a fixed number of queries, however many pages the footer links."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.info.factories import InfoPageFactory

BOUND = 10


def count(client, url):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_query_count_does_not_grow_with_pages_or_stories(client, home):
    InfoPageFactory(parent=home)
    small = count(client, "/about/")
    for n in range(8):
        InfoPageFactory(parent=home, title=f"Policy {n}", slug=f"policy-{n}")
        ArticlePageFactory(parent=SectionPageFactory(parent=home), title=f"Story {n}")
    large = count(client, "/about/")
    assert large == small
    assert large <= BOUND, f"{large} queries, bound {BOUND}"
