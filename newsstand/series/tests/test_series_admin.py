"""Editors create episodes: numbering, validation and scheduled release."""

import io
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from newsstand.core.testing import make_schedule_due, user_in
from newsstand.series.factories import EpisodePageFactory
from newsstand.series.models import EpisodePage


def editor_client(client):
    client.force_login(user_in("Editors", "amaka"))
    return client


def episode_form(number, **extra):
    return nested_form_data(
        {
            "number": number,
            "title": "Anything the editor typed",
            "slug": f"episode-{number:02d}",
            "body": streamfield([("paragraph", rich_text("<p>Rain on the zinc roof.</p>"))]),
            **extra,
        }
    )


def add_url(series):
    return f"/admin/pages/add/series/episodepage/{series.pk}/"


def test_new_episode_form_suggests_the_next_free_number(client, series, episodes):
    EpisodePageFactory(parent=series, number=6, live=False)  # drafts hold their number too
    response = editor_client(client).get(add_url(series))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.fields["number"].initial == 7
    assert form.fields["slug"].initial == "episode-07"


def test_first_episode_gets_number_one(client, series):
    response = editor_client(client).get(add_url(series))
    assert response.context["form"].fields["number"].initial == 1


def test_duplicate_number_is_a_validation_error(client, series, episodes):
    response = editor_client(client).post(
        add_url(series), episode_form(3, **{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert "Episode 3 already exists in this series." in response.content.decode()
    assert EpisodePage.objects.child_of(series).count() == 5


def test_saved_episode_gets_the_generated_title(client, series, episodes):
    response = editor_client(client).post(
        add_url(series), episode_form(6, **{"action-publish": "1"})
    )
    assert response.status_code == 302
    episode = EpisodePage.objects.get(number=6)
    assert episode.live
    assert episode.title == "The Pastor's Daughter (Episode 06)"


def test_editing_an_episode_keeps_its_own_number_valid(client, series, episodes):
    episode = episodes[2]
    url = f"/admin/pages/{episode.pk}/edit/"
    response = editor_client(client).post(url, episode_form(2, **{"action-publish": "1"}))
    assert response.status_code == 302


def test_episodes_can_only_be_added_to_a_series(client, stories):
    response = editor_client(client).get(f"/admin/pages/add/series/episodepage/{stories.pk}/")
    assert response.status_code in (302, 403)


def test_scheduled_episode_goes_live_through_the_scheduler(client, series, episodes):
    editor_client(client)
    go_live = timezone.now() + timedelta(days=2)
    form = episode_form(
        6, **{"action-publish": "1", "go_live_at": go_live.strftime("%Y-%m-%d %H:%M")}
    )
    assert client.post(add_url(series), form).status_code == 302
    episode = EpisodePage.objects.get(number=6)
    assert not episode.live
    assert "Episode 06" not in client.get(series.url).content.decode()

    make_schedule_due(episode)
    call_command("run_scheduler", "--once", stdout=io.StringIO())

    assert EpisodePage.objects.get(number=6).live
    client.logout()
    assert "Episode 06" in client.get(series.url).content.decode()
