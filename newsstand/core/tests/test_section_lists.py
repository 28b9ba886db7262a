"""A section's posts are read through their cards' index, however rarely it publishes."""

import importlib
from datetime import timedelta

import pytest

from django.apps import apps
from django.db import connection

from wagtail.models import Page

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.core.models import PostCard
from newsstand.core.posts import posts_below


def test_the_migration_files_the_cards_it_finds(home, section, article):
    quiet = SectionPageFactory(parent=home, title="Quiet")
    old = ArticlePageFactory(parent=quiet, age=timedelta(days=400))
    PostCard.objects.update(section=None, published_at=None)  # as before the migration
    importlib.import_module("newsstand.core.migrations.0009_post_card_section").fill(apps, None)
    for post, filed_under in ((article, section), (old, quiet)):
        card = PostCard.objects.get(page=post)
        assert card.section_id == filed_under.pk
        assert card.published_at == Page.objects.get(pk=post.pk).first_published_at
    assert [post.pk for post in posts_below(quiet)] == [old.pk]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan, as it words it")
def test_a_quiet_sections_posts_are_not_found_by_scanning_newer_ones(home, section):
    quiet = SectionPageFactory(parent=home, title="Quiet")
    old = ArticlePageFactory(parent=quiet, age=timedelta(days=400))
    newer = [ArticlePageFactory(parent=section) for _ in range(5)]
    listed = posts_below(quiet)[:20]
    sql, params = listed.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert "USING COVERING INDEX postcard_section_newest (section_id=?)" in plan, plan
    assert "first_published_at" not in plan, plan  # the site's newest posts, scanned in turn
    assert [post.pk for post in listed] == [old.pk]
    assert [post.pk for post in posts_below(section)] == [post.pk for post in reversed(newer)]
