"""Shared fixtures: a minimal publication tree that any test can build on."""

import pytest

from wagtail.models import Locale, Page, Site

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.articles.models import HomePage


def ensure_home() -> HomePage:
    """The site's HomePage, recreated if a transactional test flushed the tree."""
    home = HomePage.objects.first()
    if home is None:
        Locale.objects.get_or_create(language_code="en")
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        home = root.add_child(instance=HomePage(title="Home", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "newsstand"},
    )
    return home


@pytest.fixture
def home(db) -> HomePage:
    return ensure_home()


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="News", slug="news")


@pytest.fixture
def article(section):
    return ArticlePageFactory(parent=section, title="Lagos traffic eases after new bridge opens")
