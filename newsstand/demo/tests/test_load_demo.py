import io
import math
import re
from datetime import timedelta
from itertools import pairwise

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.text import slugify

from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Revision, Site

from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.charts.models import ChartEntry, ChartPage, ChartWeekPage
from newsstand.core.images import all_specs
from newsstand.core.models import HomePage, PostCard, PublicationSettings
from newsstand.core.testing import sqlite_run_only
from newsstand.core.tests import nu
from newsstand.followers.models import Mailing, Subscriber
from newsstand.music.models import Artist, MusicSectionPage, Song, SongPage
from newsstand.people.models import Author, PageAuthor
from newsstand.series.models import (
    AgeAdvisory,
    EpisodePage,
    IndexedEdition,
    SeriesPage,
    SeriesStatus,
    StoriesPage,
)

from .site_pages import every_url


def load(**options) -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        "sections": SectionPage.objects.count(),
        "articles": ArticlePage.objects.count(),
        "series": SeriesPage.objects.count(),
        "episodes": EpisodePage.objects.count(),
        "authors": Author.objects.count(),
        "credits": PageAuthor.objects.count(),
        "images": get_image_model().objects.count(),
        "tags": Tag.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "artists": Artist.objects.count(),
        "songs": Song.objects.count(),
        "music_posts": SongPage.objects.count(),
        "chart_entries": ChartEntry.objects.count(),
    }


@pytest.mark.django_db
@sqlite_run_only  # the demo is what `make run` loads, on SQLite
def test_loads_a_complete_publication_once(home, settings, client, tmp_path):
    settings.DEBUG = True
    started = timezone.now()

    output = load()

    sections = SectionPage.objects.child_of(home)
    assert sections.count() >= 6
    assert all(section.live and section.show_in_menus and section.intro for section in sections)

    articles = ArticlePage.objects.live().descendant_of(home)
    assert articles.count() >= 60
    assert all(section.get_children().exists() for section in sections)
    dates = list(articles.values_list("first_published_at", "last_published_at"))
    firsts = [first for first, _ in dates]
    assert max(firsts) - min(firsts) >= timedelta(days=15 * 30)
    assert all(first <= last <= timezone.now() for first, last in dates)
    assert any(first >= started - timedelta(days=1) for first in firsts)
    assert sum(first >= started - timedelta(days=7) for first in firsts) >= 5
    assert any(last > first for first, last in dates), "some stories show 'Updated'"
    assert all(
        Revision.objects.filter(object_id=str(pk)).exists()
        for pk in articles.values_list("pk", flat=True)
    )
    # Every post's card is dated as its page, and filed under its section: lists read them.
    cards = PostCard.objects.values_list("published_at", "page__first_published_at")
    assert cards.count() >= articles.count() and all(card == page for card, page in cards)
    filed = PostCard.objects.values_list("section__path", "page__path")
    assert all(page.startswith(section) and len(section) == 12 for section, page in filed)

    assert Author.objects.count() >= 5
    assert Author.objects.filter(photo__isnull=False).count() == Author.objects.count()
    assert PageAuthor.objects.filter(page__in=articles).count() > articles.count(), "co-bylines"
    assert Tag.objects.count() >= 15
    assert all(1 <= article.tags.count() <= 4 for article in articles)

    sourced = articles.exclude(source_outlet="")
    assert sourced.exists()
    assert all(a.source_url.startswith("https://") and a.source_relationship for a in sourced)
    assert all(a.source_author and a.source_published_at for a in sourced)
    assert sourced.values("source_relationship").distinct().count() >= 2

    illustrated = articles.exclude(featured_image=None)
    assert all(a.featured_image.description.strip() for a in illustrated)
    assert 0 < articles.filter(featured_image=None).count() < 5, "a text-only brief or two"
    assert all(image.credit for image in get_image_model().objects.all())
    featured = illustrated.first().featured_image
    assert featured.renditions.count() >= len(all_specs("card", "thumb", "lead"))

    lead = HomePage.objects.get(pk=home.pk).lead_story
    assert lead is not None and lead.live
    assert lead.first_published_at >= started - timedelta(days=1)

    # The front page and a story's sidebar mix every kind of post, newest first.
    kinds = {"article": ArticlePage, "episode": EpisodePage, "music post": SongPage}
    latest = client.get("/").text.split('class="front-top"')[1].split('class="front-blocks"')[0]
    story = articles.order_by("-first_published_at")[4]
    sidebar = client.get(story.url).text.split('id="sidebar-heading"')[1]
    for listing in (latest, sidebar):
        for kind, model in kinds.items():
            others = model.objects.live().exclude(pk__in=[story.pk, lead.pk])
            newest = others.order_by("-first_published_at")
            assert f'href="{newest.first().url}"' in listing, kind

    publication = PublicationSettings.for_site(Site.objects.get(is_default_site=True))
    assert publication.name != "newsstand" and publication.tagline and publication.logo
    assert len(publication.social_profiles) == 7

    assert ArticlePage.objects.live().search("ferries")

    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="editor").groups.filter(name="Editors").exists()
    assert users.get(username="contributor").groups.filter(name="Contributors").exists()
    assert "user: admin  password: admin" in output
    assert "http://127.0.0.1:8000/admin/" in output
    assert f"{articles.count()} articles" in output
    check_progress(output, articles.count())

    assert client.get("/").status_code == 200
    assert client.get(lead.url).status_code == 200
    assert client.get(sourced.first().url).status_code == 200
    with_table = next(a for a in articles if any(b.block_type == "table" for b in a.body))
    assert "<table>" in client.get(with_table.url).content.decode()
    scheduled = check_stories(home, client, started, output)
    check_music(home, client, output)
    check_html(client, tmp_path)
    client.force_login(users.get(username="editor"))
    assert client.get(f"/admin/pages/{with_table.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{scheduled.pk}/edit/").status_code == 200

    before = counts()
    again = load(base_url="http://localhost:9000/")
    assert counts() == before
    assert "The publication already has content; nothing loaded." in again
    assert "http://localhost:9000/admin/  user: admin  password: admin" in again


def check_progress(output: str, articles: int) -> None:
    """Each step says how far it has got as it goes, then how long it took; renditions last."""
    steps = ["Illustrations", "Authors", "Sections", "Articles", "Series", "Artists", "Songs"]
    steps += ["Music posts", "Chart weeks", "Image renditions"]
    ends = [re.search(rf"^{step} (\d+)/\1 in \d+\.\d s$", output, re.MULTILINE) for step in steps]
    assert all(ends), [step for step, end in zip(steps, ends, strict=True) if not end]
    assert [end.start() for end in ends] == sorted(end.start() for end in ends)
    assert ends[steps.index("Articles")].group(1) == str(articles)
    quarters = re.findall(rf"^Articles (\d+)/{articles}$", output, re.MULTILINE)
    assert quarters == [str(math.ceil(articles * n / 4)) for n in (1, 2, 3)]
    with_renditions = get_image_model().get_rendition_model().objects.values("image").distinct()
    assert ends[-1].group(1) == str(with_renditions.count())
    assert output.index("Image renditions") < output.index("Loaded Danfo Dispatch")


def check_html(client, folder) -> None:
    """The Nu HTML Checker finds no error on any page of the demo, every episode included."""
    urls = every_url(client)
    published = EpisodePage.objects.live().filter(first_published_at__lte=timezone.now())
    assert {episode.url for episode in published} <= set(urls)
    assert len(urls) > 150
    names = {f"{n:03d}-{slugify(url)[:60] or 'home'}": url for n, url in enumerate(urls)}
    assert nu.errors(client, names, folder) == []


def check_stories(home, client, started, output) -> EpisodePage:
    """The Stories section, one completed and one ongoing series; returns the scheduled episode."""
    stories = StoriesPage.objects.child_of(home).get()
    assert stories.live and stories.show_in_menus and stories.intro and stories.slug == "stories"
    series = SeriesPage.objects.child_of(stories)
    assert series.count() == 2 and all(s.live for s in series)
    completed = series.get(status=SeriesStatus.COMPLETED)
    ongoing = series.get(status=SeriesStatus.ONGOING)
    assert completed.indexed_edition == IndexedEdition.COMPLETE
    assert ongoing.indexed_edition == IndexedEdition.EPISODES
    for serial in (completed, ongoing):
        assert serial.synopsis and serial.genre and serial.release_cadence
        assert serial.age_advisory in AgeAdvisory.values
        cover = serial.cover_image
        assert cover.description.strip() and cover.credit
        assert cover.renditions.count() >= len(all_specs("card", "thumb", "lead"))
        assert serial.page_authors.count() >= 1
        episodes = EpisodePage.objects.child_of(serial).order_by("number")
        numbers = list(episodes.values_list("number", flat=True))
        assert numbers == list(range(1, len(numbers) + 1))
        for episode in episodes:
            assert episode.title == EpisodePage.title_for(serial.title, episode.number)
            assert episode.slug == f"episode-{episode.number:02d}"
            assert episode.body[0].block_type == "paragraph"
            assert len([b for b in episode.body if b.block_type == "paragraph"]) >= 4
        released = list(episodes.filter(live=True).values_list("first_published_at", flat=True))
        assert all(
            later - earlier == timedelta(days=7)
            for earlier, later in zip(released, released[1:], strict=False)
        ), "one episode a week"
        assert all(
            Revision.objects.filter(object_id=str(pk), created_at__lt=started).exists()
            for pk in episodes.filter(live=True).values_list("pk", flat=True)
        ), "publication backdated"

    finished = EpisodePage.objects.child_of(completed).live()
    assert finished.count() >= 8 and not finished.filter(go_live_at__isnull=False).exists()
    final = finished.order_by("number").last()
    assert final.first_published_at <= started - timedelta(days=30)

    released = EpisodePage.objects.child_of(ongoing).live()
    assert released.count() >= 4
    latest = released.order_by("number").last()
    assert started - timedelta(days=7) < latest.first_published_at < started
    upcoming = EpisodePage.objects.child_of(ongoing).not_live()
    assert upcoming.count() == 1
    scheduled = upcoming.get()
    assert scheduled.number == latest.number + 1 and scheduled.first_published_at is None
    assert scheduled.go_live_at > timezone.now()
    assert scheduled.scheduled_revision is not None
    assert scheduled.scheduled_revision.approved_go_live_at == scheduled.go_live_at

    count = finished.count() + released.count()
    assert f"2 series with {count} episodes (1 more scheduled)" in output

    listing = client.get(stories.url)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert html.index(f'href="{ongoing.url}"') < html.index(f'href="{completed.url}"')
    for url in (ongoing.url, latest.url, completed.url + "complete/"):
        assert client.get(url).status_code == 200, url
    last_but_one = client.get(finished.get(number=final.number - 1).url).content.decode()
    assert f"(Final Episode {final.number - 1:02d})" not in last_but_one
    assert f"(Final Episode {final.number:02d})" in client.get(final.url).content.decode()
    assert client.get(scheduled.url).status_code == 404
    assert client.get(completed.page_authors.first().author.get_absolute_url()).status_code == 200
    assert f'href="{completed.url}episode-' in client.get("/search/?q=Oduya").content.decode()
    return scheduled


def check_music(home, client, output) -> None:
    """The Music section with its posts, lyrics and artists, and nine weeks of the chart."""
    music = MusicSectionPage.objects.child_of(home).get()
    assert music.live and music.show_in_menus and music.intro
    assert Artist.objects.count() >= 12 and Song.objects.count() >= 30
    assert not Artist.objects.filter(photo__isnull=True).exists()
    assert not Song.objects.filter(cover_art__isnull=True).exists()
    assert not Song.objects.filter(song_artists__isnull=True).exists()
    posts = SongPage.objects.child_of(music).live()
    assert posts.count() == 10
    for post in posts.select_related("song"):
        assert post.title.startswith("[Music] ") and post.title.endswith(f" – {post.song.title}")
        assert post.first_published_at.date() <= post.song.release_date + timedelta(days=1)
        page = client.get(post.url).content.decode()
        assert 'preload="none"' in page if post.song.audio else "<audio" not in page
        assert client.get(post.url + "lyrics/").status_code == 200
    with_audio = Song.objects.exclude(audio="")
    assert with_audio.count() >= 3
    assert all(song.audio_size > 0 and song.audio.name.endswith(".wav") for song in with_audio)
    assert with_audio.filter(allow_download=True).exists()
    first = posts.select_related("song").get(song__title="Lagos Sunrise")
    assert "[Chorus]" not in client.get(first.url + "lyrics/").content.decode()
    assert "Lagos sunrise, open up my eyes" in client.get(first.url + "lyrics/").content.decode()
    artist = Song.objects.with_credits().get(pk=first.song_id).artists[0]
    assert client.get(music.url + f"artists/{artist.slug}/").status_code == 200
    assert first.cover_image.renditions.count() >= len(all_specs("card", "thumb", "lead"))

    chart = ChartPage.objects.child_of(home).get()
    assert chart.live and chart.size == 10 and chart.methodology
    weeks = chart.published_weeks()
    assert len(weeks) >= 8
    assert all(later.week - earlier.week == timedelta(days=7) for earlier, later in pairwise(weeks))
    assert all(ChartEntry.objects.filter(page=week).count() == 10 for week in weeks)
    assert weeks[-1].week.weekday() == 4 and weeks[-1].first_published_at <= timezone.now()
    assert ChartWeekPage.objects.child_of(chart).count() == len(weeks)
    latest = client.get(chart.url).content.decode()
    assert "<caption>Danfo Hot 10, week of" in latest and "Dropped out" in latest
    assert any("re-entry" in client.get(week.url).content.decode() for week in weeks), (
        "a song comes back"
    )
    assert f"{posts.count()} music posts of {Song.objects.count()} songs" in output
    assert f"a chart of {len(weeks)} weeks" in output

    # Invented email followers, who follow what the site offers; loading emailed no one.
    readers = Subscriber.objects.filter(status="active", email__endswith="@example.com")
    assert readers.count() == 12 and not readers.filter(follows__isnull=True).exists()
    assert not Mailing.objects.exists()


@pytest.mark.django_db
def test_creates_no_accounts_without_debug(home, settings):
    settings.DEBUG = False
    home.add_child(instance=SectionPage(title="News", slug="news"))

    output = load()

    assert not get_user_model().objects.exists()
    assert "no demo accounts were created" in output
    assert "nothing loaded" in output


@pytest.mark.django_db
def test_loads_nothing_when_the_site_already_has_music(home, settings):
    settings.DEBUG = False
    home.add_child(instance=MusicSectionPage(title="Music", slug="music"))

    assert "nothing loaded" in load()
    assert not SectionPage.objects.exists() and not Song.objects.exists()


@pytest.mark.django_db
def test_loads_nothing_when_the_site_already_has_stories(home, settings):
    settings.DEBUG = False
    home.add_child(instance=StoriesPage(title="Stories", slug="stories"))

    output = load()

    assert "nothing loaded" in output
    assert not SectionPage.objects.exists() and not SeriesPage.objects.exists()


@pytest.mark.django_db
def test_a_failure_leaves_nothing_half_loaded(home, settings, monkeypatch):
    settings.DEBUG = True

    def fail(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr("newsstand.demo.services.warm_renditions", fail)
    with pytest.raises(RuntimeError):
        load()

    assert not SectionPage.objects.exists()
    assert not StoriesPage.objects.exists() and not EpisodePage.objects.exists()
    assert not MusicSectionPage.objects.exists() and not ChartPage.objects.exists()
    assert not Artist.objects.exists() and not Song.objects.exists()
    assert not Author.objects.exists()
    assert not get_image_model().objects.exists()
    assert not get_user_model().objects.exists()


def test_rejects_a_bad_base_url():
    with pytest.raises(CommandError, match="--base-url"):
        load(base_url="not a url")
