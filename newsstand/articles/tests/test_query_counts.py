"""Every listing page costs a fixed number of queries, however many posts there are."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.images.factories import ImageFactory
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor

# Upper bounds, checked at two sizes of publication: they must not grow with content.
BOUNDS = {"home": 16, "section": 16, "article": 21, "author": 12, "tag": 11, "search": 11}


def publish(start, count, sections, author, image):
    for n in range(start, start + count):
        article = ArticlePageFactory(
            parent=sections[n % len(sections)],
            title=f"Market report {n}",
            featured_image=image if n % 2 else None,
            age=timedelta(hours=n + 1),
        )
        PageAuthor.objects.create(page=article, author=author)
        article.tags.add("Markets")
        article.save()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.fixture
def publication(home):
    sections = [SectionPageFactory(parent=home, title=name) for name in ("News", "Sports", "Tech")]
    return sections, AuthorFactory(slug="ada"), ImageFactory()


def urls(sections):
    from newsstand.articles.models import ArticlePage

    article = ArticlePage.objects.for_listing().first()
    return {
        "home": "/",
        "section": sections[0].url,
        "article": article.url,
        "author": "/authors/ada/",
        "tag": "/tags/markets/",
        "search": "/search/?q=market",
    }


def test_query_counts_are_bounded_and_do_not_grow(client, publication):
    sections, author, image = publication
    publish(0, 6, sections, author, image)
    for url in urls(sections).values():  # warm renditions and caches once
        client.get(url)
    small = {name: count_queries(client, url) for name, url in urls(sections).items()}

    publish(6, 40, sections, author, image)
    for url in urls(sections).values():
        client.get(url)
    large = {name: count_queries(client, url) for name, url in urls(sections).items()}

    for name, bound in BOUNDS.items():
        assert large[name] == small[name], f"{name}: {small[name]} queries grew to {large[name]}"
        assert large[name] <= bound, f"{name}: {large[name]} queries, bound {bound}"
