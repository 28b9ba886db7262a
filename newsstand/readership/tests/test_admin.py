"""The numbers editors see in the Wagtail admin."""

import csv
import io
import re

import pytest

from django.contrib.auth import get_user_model

from newsstand.articles.factories import ArticlePageFactory

from .readers import views


@pytest.fixture
def editor(client, db):
    client.force_login(get_user_model().objects.create_superuser("ed", password="pass-word-123"))
    return client


@pytest.fixture
def read(section, article):
    other = ArticlePageFactory(parent=section, title="Second story")
    views(article, 0, 7, "facebook")
    views(article, 0, 3, "google")
    views(article, 24 * 3, 5, "whatsapp")
    views(other, 0, 2)
    return article, other


def test_the_dashboard_lists_todays_most_read(editor, read):
    html = editor.get("/admin/").content.decode()
    panel = html.split('id="readership-today-section"')[1].split("</section>")[0]
    assert re.findall(r">([^<]+)</a></td><td>(\d+) views?<", panel) == [
        (read[0].title, "10"),
        ("Second story", "2"),
    ]


def test_the_page_explorer_has_a_views_column_to_sort_by(editor, section, read):
    html = editor.get(f"/admin/pages/{section.pk}/?ordering=-views_week").content.decode()
    assert "Views, 7 days" in html
    rows = re.findall(r'title="Readership of this page">(\d+)</a>', html)
    assert rows == ["15", "2"]


def test_the_editor_has_a_readership_side_panel(editor, read):
    html = editor.get(f"/admin/pages/{read[0].pk}/edit/").content.decode()
    assert 'data-side-panel="readership"' in html
    panel = html.split('data-side-panel="readership"')[1]
    assert "<strong>10</strong> views today" in panel
    assert "<strong>15</strong> in the last 7 days" in panel
    assert "Facebook: 47%" in panel
    assert f'href="/admin/readership/pages/{read[0].pk}/"' in html  # the header button too


def test_a_pages_readership_has_thirty_days_and_sources(editor, read):
    html = editor.get(f"/admin/readership/pages/{read[0].pk}/").content.decode()
    assert html.count("<rect ") == 30
    assert (
        "<strong>10</strong> views today · <strong>15</strong> in 7 days · "
        "<strong>15</strong> in 30 days"
    ) in html
    assert re.findall(r"<td>(Facebook|Google|WhatsApp)</td><td>(\d+)</td>", html) == [
        ("Facebook", "7"),
        ("WhatsApp", "5"),
        ("Google", "3"),
    ]
    assert editor.get("/admin/readership/pages/999999/").status_code == 404


def test_the_overview_and_the_csv_export(editor, read):
    article, _ = read
    article.title = '=HYPERLINK("http://evil.example")'
    article.save()
    assert "Most read in the last 7 days" in editor.get("/admin/readership/").content.decode()
    response = editor.get("/admin/readership/export.csv?days=7")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sum(int(row["views"]) for row in rows) == 17
    assert {row["source"] for row in rows} == {"facebook", "google", "whatsapp", "direct"}
    titles = {row["title"] for row in rows}
    assert '\'=HYPERLINK("http://evil.example")' in titles  # text, not a formula
    one = editor.get(f"/admin/readership/export.csv?days=1&page={article.pk}")
    assert (
        sum(
            int(row["views"])
            for row in csv.DictReader(io.StringIO(b"".join(one.streaming_content).decode()))
        )
        == 10
    )


@pytest.mark.parametrize("query", ["days=0", "days=abc", "days=", "page=x&days=3", "days=-5"])
def test_bad_export_parameters_are_a_clear_400(editor, query):
    response = editor.get(f"/admin/readership/export.csv?{query}")
    assert response.status_code == 400
    assert b"Bad export parameters" in response.content


def test_readers_cannot_see_the_numbers(client, read):
    for url in ("/admin/readership/", "/admin/readership/export.csv?days=3"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
