"""The post contract: every kind of post in one stream, and a new kind joins by declaring itself."""

import json
import re
from datetime import timedelta
from xml.etree import ElementTree

import pytest

from django.utils import timezone

from wagtail.models import Page

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.charts.factories import ChartPageFactory, ChartWeekPageFactory
from newsstand.core.models import PostCard
from newsstand.core.posts import post_types, posts, posts_below
from newsstand.core.tests.podcasts.models import PodcastEpisodePage
from newsstand.music.factories import MusicSectionPageFactory, SongFactory, SongPageFactory
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def card_titles(html: str) -> list[str]:
    return re.findall(r'class="card-title"><a href="[^"]*">([^<]*)</a>', html)


@pytest.fixture
def stream(home, section):
    """One post of each kind, newest first: episode, music post, article, chart week."""
    series = SeriesPageFactory(parent=StoriesPageFactory(parent=home), title="Second Key")
    episode = EpisodePageFactory(parent=series, number=1, age=timedelta(hours=1))
    music = MusicSectionPageFactory(parent=home)
    song = SongPageFactory(parent=music, song=SongFactory(title="Ọ̀rẹ́"), age=timedelta(hours=2))
    article = ArticlePageFactory(parent=section, title="Ferry fares fall", age=timedelta(hours=3))
    chart = ChartPageFactory(parent=home, title="Hot 20")
    week = ChartWeekPageFactory(
        parent=chart, week=timezone.localdate() - timedelta(days=1), songs=[song.song]
    )
    week.first_published_at = timezone.now() - timedelta(hours=4)
    week.save()
    return {"episode": episode, "song": song, "article": article, "week": week, "series": series}


def test_every_kind_declares_itself(stream):
    kinds = {model._meta.label for model in post_types()}
    assert {
        "articles.ArticlePage",
        "series.EpisodePage",
        "music.SongPage",
        "charts.ChartWeekPage",
        "podcasts.PodcastEpisodePage",
    } <= kinds
    assert PostCard.objects.count() == 4
    episode = PostCard.objects.get(page=stream["episode"])
    assert (episode.kicker_id, episode.credits_page_id) == (
        stream["series"].pk,
        stream["series"].pk,
    )
    assert episode.feed_summary == "Episode 1 of Second Key"


def test_each_card_names_its_section_and_date_and_follows_a_move(home, section, stream):
    """A section's list is read through its posts' cards, so each names its top-level page
    and its first publication."""
    for post in (stream["episode"], stream["song"], stream["article"], stream["week"]):
        card = PostCard.objects.get(page=post)
        assert card.section_id == post.get_ancestors().get(depth=3).pk
        assert card.published_at == Page.objects.get(pk=post.pk).first_published_at
    business = SectionPageFactory(parent=home, title="Business")
    stream["article"].move(business, pos="last-child")
    assert PostCard.objects.get(page=stream["article"]).section_id == business.pk
    assert list(posts_below(business)) == [stream["article"].page_ptr]
    assert list(posts_below(section)) == []


def test_home_page_and_sidebar_mix_every_kind_newest_first(client, stream):
    home = client.get("/").content.decode()
    titles = card_titles(home)
    assert titles[:4] == [
        "Second Key (Episode 01)",
        stream["song"].title,
        "Ferry fares fall",
        stream["week"].title,
    ]
    sidebar = client.get(stream["article"].url).content.decode().split('class="sidebar"')[1]
    assert card_titles(sidebar) == [
        "Second Key (Episode 01)",
        stream["song"].title,
        stream["week"].title,
    ]
    # The kicker names the series, the music section, the section and the chart.
    assert ">Second Key</a></p>" in home and ">Hot 20</a></p>" in home


def test_an_episode_can_lead_the_home_page(client, home, stream):
    home.lead_story = stream["episode"]
    home.save_revision().publish()
    lead = client.get("/").content.decode().split('class="front-lead"')[1].split("</div>")[0]
    assert card_titles(lead) == ["Second Key (Episode 01)"]


def test_the_lead_story_must_be_a_post(home, section):
    from django.core.exceptions import ValidationError

    home.lead_story = section
    with pytest.raises(ValidationError):
        home.full_clean()


def test_a_final_episode_is_listed_as_final(client, stream):
    series = stream["series"]
    series.status = "completed"
    series.save_revision().publish()
    assert "Second Key (Final Episode 01)" in card_titles(client.get("/").content.decode())


def test_music_posts_link_their_lyrics_in_lists(client, stream):
    song = stream["song"]
    assert f'<a href="{song.url}lyrics/">Read the lyrics</a>' in client.get("/").content.decode()


# A new kind, declared in its own app (newsstand/core/tests/podcasts), touching no other app


@pytest.fixture
def podcast(home, section):
    ArticlePageFactory(parent=section, title="Older story", age=timedelta(days=2))
    page = home.add_child(
        instance=PodcastEpisodePage(
            title="Lagos after dark, episode 4",
            slug="lagos-after-dark-4",
            standfirst="Night markets and the people who keep them running.",
            audio_url="https://cdn.example.com/after-dark-4.mp3",
            audio_bytes=4321,
        )
    )
    page.save_revision().publish()
    return page


def test_a_new_kind_is_on_the_home_page(client, podcast):
    home = client.get("/").content.decode()
    assert card_titles(home)[0] == "Lagos after dark, episode 4"
    assert "Night markets and the people who keep them running." in home


def test_a_new_kind_is_in_the_site_feed_with_its_enclosure(client, podcast):
    feed = client.get("/feed.json").json()
    item = feed["items"][0]
    assert item["title"] == "Lagos after dark, episode 4"
    assert item["summary"] == "Night markets and the people who keep them running."
    assert item["attachments"][0] == {
        "url": "https://cdn.example.com/after-dark-4.mp3",
        "mime_type": "audio/mpeg",
        "size_in_bytes": 4321,
    }
    rss = client.get("/feed/").content.decode()
    assert "<title>Lagos after dark, episode 4</title>" in rss


def test_a_new_kind_is_found_by_search(client, podcast):
    results = client.get("/search/?q=night+markets").content.decode()
    assert card_titles(results.split('class="results"')[1]) == ["Lagos after dark, episode 4"]


def test_a_new_kind_is_in_the_sitemap(client, podcast):
    xml = ElementTree.fromstring(client.get("/sitemap-pages.xml").content)
    locations = {loc.text for loc in xml.iter(f"{SITEMAP}loc")}
    assert "http://testserver/lagos-after-dark-4/" in locations


def test_a_new_kind_has_complete_page_metadata(client, podcast):
    html = client.get(podcast.url).content.decode()

    def meta(attribute: str, name: str) -> str:
        return re.search(rf'<meta {attribute}="{name}" content="([^"]*)"', html)[1]

    assert meta("name", "description") == "Night markets and the people who keep them running."
    assert meta("property", "og:type") == "article"
    assert meta("property", "og:title") == "Lagos after dark, episode 4"
    assert meta("property", "article:published_time").startswith(str(timezone.localdate().year))
    assert '<link rel="canonical" href="http://testserver/lagos-after-dark-4/">' in html
    assert 'name="robots"' not in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])
    article = next(node for node in data["@graph"] if node["@type"] == "Article")
    assert article["headline"] == "Lagos after dark, episode 4"
    assert article["url"] == "http://testserver/lagos-after-dark-4/"
    assert article["publisher"]["@type"] == "NewsMediaOrganization"
    crumbs = next(node for node in data["@graph"] if node["@type"] == "BreadcrumbList")
    assert crumbs["itemListElement"][-1]["name"] == "Lagos after dark, episode 4"
    # …and the sidebar lists the site's other posts.
    assert "Older story" in html


def test_a_hidden_post_leaves_the_sitemap_and_says_noindex(client, podcast):
    podcast.noindex = True
    podcast.save_revision().publish()
    assert not PostCard.objects.get(page=podcast).indexable
    assert b"lagos-after-dark-4" not in client.get("/sitemap-pages.xml").content
    assert (
        '<meta name="robots" content="noindex, follow">' in client.get(podcast.url).content.decode()
    )


def test_unpublished_posts_leave_every_list(client, podcast):
    podcast.unpublish()
    assert not posts().filter(pk=podcast.pk).exists()
    assert b"Lagos after dark" not in client.get("/").content
    assert b"Lagos after dark" not in client.get("/feed/").content


def test_the_lead_story_chooser_offers_every_kind_of_post_and_nothing_else(admin_client, home):
    html = admin_client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    offered = json.loads(re.search(r'"modelNames": (\[[^\]]*\])', html)[1])
    assert set(offered) == {model._meta.label_lower for model in post_types()}
    assert "articles.sectionpage" not in offered
