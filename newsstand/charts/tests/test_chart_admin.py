"""Editors rank songs week by week; the admin refuses duplicates and starts the next week."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.charts.models import ChartWeekPage
from newsstand.core.testing import user_in

from .conftest import WEEKS


@pytest.fixture
def editor(client, db):
    client.force_login(user_in("Editors", "amaka"))
    return client


def week_form(day, songs, **extra):
    return nested_form_data(
        {
            "week": day.isoformat(),
            "title": "",
            "slug": "",
            "entries": inline_formset([{"song": song.pk} for song in songs]),
            "action-publish": "publish",
            **extra,
        }
    )


def add_url(chart):
    return f"/admin/pages/add/charts/chartweekpage/{chart.pk}/"


def test_editor_publishes_a_week_by_ranking_songs(editor, chart, songs):
    ranking = [songs["C"], songs["A"], songs["B"]]
    response = editor.post(add_url(chart), week_form(WEEKS[0], ranking))
    assert response.status_code == 302
    week = ChartWeekPage.objects.get()
    assert week.live and week.title == "Hot 10: week of 6 March 2026" and week.slug == "2026-03-06"
    assert [(e.song.title, e.position) for e in week.entries.all()] == [
        ("Calabar Rain", 1),
        ("Alawe", 2),
        ("Bolekaja", 3),
    ]


def test_the_same_song_twice_in_a_week_is_refused(editor, chart, songs):
    ranking = [songs["A"], songs["B"], songs["A"]]
    response = editor.post(add_url(chart), week_form(WEEKS[0], ranking))
    assert response.status_code == 200
    assert "Kola Breeze – Alawe is already ranked this week." in response.content.decode()
    assert not ChartWeekPage.objects.exists()


def test_two_weeks_with_the_same_date_are_refused(editor, chart, songs, weeks):
    response = editor.post(add_url(chart), week_form(WEEKS[1], [songs["E"]]))
    assert response.status_code == 200
    assert "Hot 10 already has a week dated 13 March 2026." in response.content.decode()
    edit = editor.post(f"/admin/pages/{weeks[1].pk}/edit/", week_form(WEEKS[1], [songs["E"]]))
    assert edit.status_code == 302  # a week keeps its own date


def test_the_same_date_on_another_chart_is_fine(editor, home, songs, weeks):
    other = ChartPageFactory(parent=home, title="Gospel 10", slug="gospel-10")
    assert editor.post(add_url(other), week_form(WEEKS[1], [songs["E"]])).status_code == 302


def test_no_more_songs_than_places(editor, home, songs):
    small = ChartPageFactory(parent=home, title="Top 2", slug="top-2", size=2)
    response = editor.post(add_url(small), week_form(WEEKS[0], list(songs.values())[:3]))
    assert response.status_code == 200
    assert "The chart has 2 places, but 3 songs are ranked." in response.content.decode()


def test_new_week_form_suggests_the_next_date(editor, chart, weeks):
    form = editor.get(add_url(chart)).context["form"]
    assert form.fields["week"].initial == WEEKS[3] + timedelta(weeks=1)


def next_week_url(chart):
    return f"/admin/charts/{chart.pk}/next-week/"


def test_the_chart_offers_to_start_next_week(editor, chart, weeks):
    explorer = editor.get(f"/admin/pages/{chart.pk}/").content.decode()
    assert next_week_url(chart) in explorer
    confirm = BeautifulSoup(editor.get(next_week_url(chart)).content, "html.parser")
    assert "Hot 10: week of 3 April 2026" in confirm.get_text()
    assert "ranked like Hot 10: week of 27 March 2026" in " ".join(confirm.get_text().split())


def test_starting_next_week_makes_a_draft_ranked_like_the_latest(editor, chart, songs, weeks):
    later = ChartWeekPageFactory(
        parent=chart, week=WEEKS[3] + timedelta(weeks=2), songs=[songs["E"]], live=False
    )
    response = editor.post(next_week_url(chart))
    draft = ChartWeekPage.objects.exclude(pk__in=[w.pk for w in [*weeks, later]]).get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert not draft.live and draft.week == WEEKS[3] + timedelta(weeks=1)
    assert draft.get_parent().pk == chart.pk
    assert [e.song.title for e in draft.entries.all()] == ["Calabar Rain", "Alawe"]
    assert draft.latest_revision is not None
    assert PageLogEntry.objects.filter(page=draft, action="wagtail.create").exists()
    assert editor.get(response["Location"]).status_code == 200
    assert "Eko Nights" not in editor.get(chart.url).content.decode()  # still a draft


def test_starting_a_week_that_exists_is_refused(editor, chart, songs, weeks):
    editor.post(next_week_url(chart))
    response = editor.post(next_week_url(chart), follow=True)
    assert ChartWeekPage.objects.count() == 5
    message = str(list(response.context["messages"])[-1])
    assert message == "Hot 10: week of 3 April 2026 already exists."


def test_a_chart_with_no_published_week_cannot_start_one(editor, chart):
    page = editor.get(next_week_url(chart)).content.decode()
    assert "has no published week yet" in page
    response = editor.post(next_week_url(chart), follow=True)
    assert not ChartWeekPage.objects.exists()
    assert "Publish a first week of Hot 10" in str(list(response.context["messages"])[0])


def test_only_people_who_may_add_weeks_can_start_one(client, chart, weeks):
    user = get_user_model().objects.create_user("reader", password="pass-word-123")
    user.groups.add(Group.objects.get(name="Contributors"))
    client.force_login(user)
    GroupPagePermission.objects.filter(group__name="Contributors").delete()
    for response in (client.get(next_week_url(chart)), client.post(next_week_url(chart))):
        assert response.status_code == 302 and response["Location"] == "/admin/"  # refused
    assert ChartWeekPage.objects.count() == 4
