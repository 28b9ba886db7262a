"""Series, episodes and the complete edition as readers see them."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

from newsstand.core.testing import make_schedule_due
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory
from newsstand.series.models import EpisodePage, SeriesPage


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def toc(page):
    return [a.get_text() for a in page.select(".episode-toc a")]


def test_series_page_lists_episodes_in_number_order(client, series, episodes):
    page = get(client, series.url)
    assert page.h1.get_text() == "The Pastor's Daughter"
    assert toc(page) == [f"Episode 0{n}" for n in range(1, 6)]
    assert "5 episodes out" in page.get_text()
    start = page.find("a", string="Start from Episode 1")
    assert start["href"] == episodes[1].url
    assert page.find("a", string="Latest: Episode 05")["href"] == episodes[5].url
    assert page.find("a", href=series.url + "complete/")


def test_episode_title_is_generated(client, series, episodes):
    assert episodes[3].title == "The Pastor's Daughter (Episode 03)"
    page = get(client, episodes[3].url)
    assert page.h1.get_text() == "The Pastor's Daughter (Episode 03)"
    assert page.title.get_text().startswith("The Pastor's Daughter (Episode 03) |")


def test_final_label_only_on_the_last_episode_of_a_completed_series(client, series, episodes):
    assert "Final" not in get(client, episodes[5].url).h1.get_text()
    series.status = "completed"
    series.save_revision().publish()  # as an editor does: the episodes' pages follow at once
    assert get(client, episodes[5].url).h1.get_text() == "The Pastor's Daughter (Final Episode 05)"
    assert get(client, episodes[4].url).h1.get_text() == "The Pastor's Daughter (Episode 04)"
    assert toc(get(client, series.url))[-1] == "Final Episode 05"


def test_every_page_of_a_series_follows_each_change_at_once(client, settings, series, episodes):
    """What a series' pages share of it is kept between renders, until the next change."""
    settings.PAGE_CACHE_SECONDS = 0  # every page rendered anew: only what they share is kept
    writer = AuthorFactory(name="Ada Writer")
    PageAuthor.objects.create(page=series, author=writer, sort_order=0)
    series.save_revision().publish()
    first = client.get(episodes[1].url).content.decode()
    assert "Ada Writer" in first  # the series' credits, in the episode's metadata
    assert toc(BeautifulSoup(first, "html.parser"))[-1] == "Episode 05"
    sixth = EpisodePageFactory(parent=series, number=6, live=False)
    sixth.save_revision().publish()
    assert toc(get(client, episodes[1].url))[-1] == "Episode 06"
    assert toc(get(client, series.url))[-1] == "Episode 06"
    series.title = "The Bishop's Daughter"
    series.save_revision().publish()
    page = get(client, episodes[2].url)
    assert page.select_one(".kicker a").get_text() == "The Bishop's Daughter"
    writer.name = "Ada Novelist"
    writer.save()
    html = client.get(episodes[2].url).content.decode()
    assert "Ada Novelist" in html and "Ada Writer" not in html
    EpisodePage.objects.get(pk=sixth.pk).unpublish()
    assert toc(get(client, episodes[3].url))[-1] == "Episode 05"


def test_editors_preview_a_new_episode(rf, series, episodes):
    """As Wagtail previews a page not yet created: a path below its series, no id."""
    draft = EpisodePage(number=6, title="draft", body=[("paragraph", "<p>Coming up.</p>")])
    draft.depth = series.depth + 1
    draft.path = SeriesPage._get_children_path_interval(series.path)[1]
    request = rf.get("/")
    request.is_preview = True
    html = draft.serve_preview(request, "").render().content.decode()
    assert "The Pastor&#x27;s Daughter (Episode 06)" in html
    assert "Coming up." in html


def test_prev_and_next_at_both_ends(client, series, episodes):
    first = get(client, episodes[1].url).find("nav", class_="episode-nav")
    assert first.find("a", rel="prev") is None
    assert first.find("a", rel="next")["href"] == episodes[2].url
    middle = get(client, episodes[3].url).find("nav", class_="episode-nav")
    assert middle.find("a", rel="prev")["href"] == episodes[2].url
    assert middle.find("a", rel="next")["href"] == episodes[4].url
    last = get(client, episodes[5].url).find("nav", class_="episode-nav")
    assert last.find("a", rel="prev")["href"] == episodes[4].url
    assert last.find("a", rel="next") is None
    assert "The next episode is on its way." in last.get_text()


def test_drafts_scheduled_future_and_private_episodes_never_count(client, series, episodes):
    EpisodePageFactory(parent=series, number=6, live=False)  # draft
    scheduled = EpisodePageFactory(parent=series, number=7, live=False)
    scheduled.go_live_at = scheduled.first_published_at + timedelta(days=30)
    scheduled.save_revision().publish()  # becomes a scheduled revision, not live
    EpisodePageFactory(parent=series, number=8, age=timedelta(days=-1))  # dated in the future
    private = EpisodePageFactory(parent=series, number=9)
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    page = get(client, series.url)
    assert toc(page) == [f"Episode 0{n}" for n in range(1, 6)]
    assert "5 episodes out" in page.get_text()
    last = get(client, episodes[5].url).find("nav", class_="episode-nav")
    assert last.find("a", rel="next") is None
    edition = get(client, series.url + "complete/")
    assert [s["id"] for s in edition.select("section.edition-episode")] == [
        f"episode-{n}" for n in range(1, 6)
    ]


def test_unpublishing_an_episode_keeps_counts_and_navigation_consistent(client, series, episodes):
    episodes[3].unpublish()
    page = get(client, series.url)
    assert toc(page) == ["Episode 01", "Episode 02", "Episode 04", "Episode 05"]
    assert "4 episodes out" in page.get_text()
    two = get(client, episodes[2].url).find("nav", class_="episode-nav")
    assert two.find("a", rel="next")["href"] == episodes[4].url
    assert client.get(episodes[3].url).status_code == 404


def test_deleting_the_last_episode_moves_the_final_label(client, series, episodes):
    series.status = "completed"
    series.save()
    episodes[5].delete()
    assert get(client, episodes[4].url).h1.get_text() == "The Pastor's Daughter (Final Episode 04)"


def test_complete_edition_renders_every_episode_in_order_with_anchors(client, series, episodes):
    page = get(client, series.url + "complete/")
    assert page.h1.get_text() == "The Pastor's Daughter (Complete Episodes)"
    sections = page.select("section.edition-episode")
    assert [s["id"] for s in sections] == [f"episode-{n}" for n in range(1, 6)]
    assert [s.h2.get_text() for s in sections] == [f"Episode 0{n}" for n in range(1, 6)]
    assert [s.find(class_="article-body").get_text(strip=True) for s in sections] == [
        f"Text of episode {n}." for n in range(1, 6)
    ]
    assert [a["href"] for a in page.select(".episode-toc a")] == [
        f"#episode-{n}" for n in range(1, 6)
    ]


def test_complete_edition_of_a_series_with_no_episodes_redirects(client, series):
    response = client.get(series.url + "complete/")
    assert response.status_code == 302 and response["Location"] == series.url


def robots(page):
    tag = page.find("meta", attrs={"name": "robots"})
    return tag["content"] if tag else None


@pytest.mark.parametrize(
    ("indexed", "episode_robots", "edition_robots"),
    [("episodes", None, "noindex, follow"), ("complete", "noindex, follow", None)],
)
def test_each_series_chooses_what_search_engines_index(
    client, series, episodes, indexed, episode_robots, edition_robots
):
    series.indexed_edition = indexed
    series.save()
    assert robots(get(client, episodes[2].url)) == episode_robots
    assert robots(get(client, series.url + "complete/")) == edition_robots


def test_continue_reading_hooks(client, series, episodes):
    episode = get(client, episodes[3].url).find("article", class_="episode")
    assert episode["data-series"] == str(series.pk)
    assert episode["data-episode"] == "3"
    assert episode["data-episode-url"] == episodes[3].url
    offer = get(client, series.url).find(attrs={"data-continue-series": str(series.pk)})
    assert offer.has_attr("hidden")  # shown by site.js only when there is somewhere to continue


def test_stories_page_lists_ongoing_series_first_by_latest_episode(client, stories):
    done = SeriesPageFactory(parent=stories, title="Finished Tale", status="completed")
    EpisodePageFactory(parent=done, number=1, age=timedelta(hours=1))
    stale = SeriesPageFactory(parent=stories, title="Slow Burn")
    EpisodePageFactory(parent=stale, number=1, age=timedelta(days=20))
    fresh = SeriesPageFactory(parent=stories, title="Hot Off The Press")
    EpisodePageFactory(parent=fresh, number=1, age=timedelta(days=3))
    EpisodePageFactory(parent=fresh, number=2, age=timedelta(days=1))
    EpisodePageFactory(parent=fresh, number=3, live=False)
    page = get(client, stories.url)
    assert [h2.get_text() for h2 in page.select(".series-list h2")] == [
        "Hot Off The Press",
        "Slow Burn",
        "Finished Tale",
    ]
    assert "2 episodes" in page.select(".series-list article")[0].get_text()


def test_front_page_shows_each_series_latest_episode_ongoing_first(client, home, stories):
    def release(series, *ages_in_days, draft=None):
        for number, age in enumerate(ages_in_days, start=1):
            EpisodePageFactory(parent=series, number=number, age=timedelta(days=age))
        if draft:
            EpisodePageFactory(parent=series, number=len(ages_in_days) + 1, live=False)

    release(SeriesPageFactory(parent=stories, title="Finished Tale", status="completed"), 2, 0.1)
    release(SeriesPageFactory(parent=stories, title="Slow Burn"), 30, 20)
    release(SeriesPageFactory(parent=stories, title="Hot Off The Press"), 3, 1, draft=True)
    release(SeriesPageFactory(parent=stories, title="Paused", status="hiatus"), 9)
    release(SeriesPageFactory(parent=stories, title="Old Hiatus", status="hiatus"), 40)
    SeriesPageFactory(parent=stories, title="Not Started")  # nothing out: not shown
    block = get(client, home.url).find("section", attrs={"aria-labelledby": f"block-{stories.pk}"})
    shown = [
        (
            card.h3.get_text(),
            card.select_one(".meta a").get_text(),
            card.select_one(".kicker").text.split(" · ")[0],
        )
        for card in block.find_all("article")
    ]
    # Ongoing first, each by its latest episode's release; then the rest the same way; four.
    assert shown == [
        ("Hot Off The Press", "Episode 02", "Ongoing"),
        ("Slow Burn", "Episode 02", "Ongoing"),
        ("Finished Tale", "Final Episode 02", "Completed"),
        ("Paused", "Episode 01", "On hiatus"),
    ]


def test_the_stories_page_and_front_page_follow_each_change_at_once(
    client, settings, home, stories, series, episodes
):
    """Both show the shelf of series, kept between renders until the next change."""
    settings.PAGE_CACHE_SECONDS = 0  # every page rendered anew: only what they share is kept

    def shelf():
        index = get(client, stories.url)
        block = get(client, home.url).find(
            "section", attrs={"aria-labelledby": f"block-{stories.pk}"}
        )
        return (
            [
                (h2.get_text(), h2.find_next("p", class_="meta").get_text())
                for h2 in index.select(".series-list h2")
            ],
            [
                (card.h3.get_text(), card.select_one(".meta a").get_text())
                for card in block.select("article")
            ]
            if block
            else [],
        )

    index, front = shelf()
    assert index[0][0] == "The Pastor's Daughter" and index[0][1].startswith("5 episodes")
    assert front == [("The Pastor's Daughter", "Episode 05")]
    newer = SeriesPageFactory(parent=stories, title="Night Market", live=False)
    newer.save_revision().publish()
    assert [title for title, _ in shelf()[0]] == ["The Pastor's Daughter", "Night Market"]
    assert shelf()[1] == front  # nothing out yet: not on the front page
    EpisodePageFactory(parent=newer, number=1, live=False).save_revision().publish()
    index, front = shelf()
    assert [title for title, _ in index] == ["Night Market", "The Pastor's Daughter"]
    assert front == [("Night Market", "Episode 01"), ("The Pastor's Daughter", "Episode 05")]
    EpisodePage.objects.get(pk=episodes[5].pk).unpublish()
    index, front = shelf()
    assert index[1][1].startswith("4 episodes")
    assert front[1] == ("The Pastor's Daughter", "Episode 04")
    series.status = "completed"
    series.save_revision().publish()
    assert shelf()[1][1] == ("The Pastor's Daughter", "Final Episode 04")


def test_publishing_a_renamed_series_renames_its_episodes(series, episodes):
    series.title = "The Bishop's Daughter"
    series.save_revision()  # a draft rename changes nothing readers see
    assert EpisodePage.objects.get(pk=episodes[2].pk).title == "The Pastor's Daughter (Episode 02)"
    series.get_latest_revision().publish()
    assert EpisodePage.objects.get(pk=episodes[2].pk).title == "The Bishop's Daughter (Episode 02)"


def test_scheduled_episode_publishes_with_the_current_series_title(series, episodes):
    scheduled = EpisodePageFactory(parent=series, number=6, live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()
    series.title = "The Bishop's Daughter"
    series.save_revision().publish()
    make_schedule_due(scheduled)
    call_command("publish_scheduled", stdout=io.StringIO())
    assert EpisodePage.objects.get(pk=scheduled.pk).title == "The Bishop's Daughter (Episode 06)"


def test_page_type_rules(home, stories, series, episodes, section):
    assert EpisodePage.can_create_at(series)
    for parent in (home, stories, section, episodes[1]):
        assert not EpisodePage.can_create_at(parent)
