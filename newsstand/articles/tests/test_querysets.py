"""What counts as listable: live, public, not in the future."""

from datetime import timedelta

import pytest

from wagtail.models import PageViewRestriction

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.articles.models import ArticlePage


@pytest.fixture
def listed(section):
    return ArticlePageFactory(parent=section, title="A published story")


def test_published_article_is_listed(listed):
    assert list(ArticlePage.objects.for_listing()) == [listed]


def test_draft_is_not_listed(section, listed):
    ArticlePageFactory(parent=section, title="Unfinished draft", live=False)
    assert list(ArticlePage.objects.for_listing()) == [listed]


def test_future_dated_is_not_listed(section, listed):
    ArticlePageFactory(parent=section, title="From tomorrow", age=timedelta(days=-1))
    assert list(ArticlePage.objects.for_listing()) == [listed]


def test_private_article_is_not_listed(section, listed):
    secret = ArticlePageFactory(parent=section, title="Members only")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert list(ArticlePage.objects.for_listing()) == [listed]


def test_articles_in_a_private_section_are_not_listed(home, listed):
    private = SectionPageFactory(parent=home, title="Staff room")
    ArticlePageFactory(parent=private, title="Rota for December")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    assert list(ArticlePage.objects.for_listing()) == [listed]


def test_newest_first(section):
    old = ArticlePageFactory(parent=section, age=timedelta(days=30))
    new = ArticlePageFactory(parent=section, age=timedelta(minutes=5))
    middle = ArticlePageFactory(parent=section, age=timedelta(days=2))
    assert list(ArticlePage.objects.for_listing()) == [new, middle, old]


def test_listing_defers_the_body(listed):
    article = ArticlePage.objects.for_listing().get()
    assert "body" in article.get_deferred_fields()
