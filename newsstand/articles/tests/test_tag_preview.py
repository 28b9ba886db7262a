"""Tags as editors type them: safe to preview, and one tag whatever its case."""

import pytest

from taggit.models import Tag

from newsstand.articles.models import ArticlePage
from newsstand.core.testing import user_in

from .test_admin import add_url, article_form


@pytest.fixture
def editor(client, section):
    client.force_login(user_in("Editors", "amaka"))
    client.post(add_url(section), article_form(**{"action-publish": "publish"}))
    return client


def preview(client, page, tags: str):
    url = f"/admin/pages/{page.pk}/edit/preview/"
    posted = client.post(url, article_form(tags=tags))
    assert posted.status_code == 200, posted.content[:300]
    return client.get(url)


@pytest.mark.parametrize("tags", ['"', 'Lagos, "news', '","', '"""', "Lagos, ,"])
def test_preview_with_quotes_in_the_tags_is_not_a_500(editor, tags):
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    response = preview(editor, article, tags)
    assert response.status_code == 200
    assert b"Rain delays Eko derby" in response.content


def test_previewing_in_another_case_makes_no_second_tag(editor):
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    preview(editor, article, "football, weather")
    assert sorted(Tag.objects.values_list("name", flat=True)) == ["Football", "Weather"]


def test_previewing_new_tags_shows_them_and_writes_nothing(editor):
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    before = sorted(Tag.objects.values_list("name", flat=True))
    response = preview(editor, article, "Brand new tag, Lagos")
    assert b"Brand new tag" in response.content
    assert sorted(Tag.objects.values_list("name", flat=True)) == before
    # Saving is what makes them, once.
    editor.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(tags="Brand new tag, Lagos", **{"action-publish": "publish"}),
    )
    assert sorted(Tag.objects.values_list("name", flat=True)) == sorted(
        {*before, "Brand new tag", "Lagos"}
    )


def test_names_without_a_letter_or_digit_are_not_tags(editor):
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    editor.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(tags='Lagos, ",", "", -', **{"action-publish": "publish"}),
    )
    article.refresh_from_db()
    assert [tag.name for tag in article.tags.all()] == ["Lagos"]
    assert editor.get(article.url).status_code == 200


def test_tags_are_one_whatever_their_case(editor, section):
    article = ArticlePage.objects.get(slug="rain-delays-eko-derby")
    editor.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(tags="football, WEATHER, Lagos", **{"action-publish": "publish"}),
    )
    assert sorted(Tag.objects.values_list("name", flat=True)) == ["Football", "Lagos", "Weather"]
    article.refresh_from_db()
    assert sorted(tag.name for tag in article.tags.all()) == ["Football", "Lagos", "Weather"]
