"""Canonical URLs, descriptions, OpenGraph, Twitter cards and JSON-LD on every page type."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.models import PublicationSettings
from newsstand.images.factories import ImageFactory
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def meta(page, prop):
    tag = page.find("meta", attrs={"property": prop}) or page.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


def graph(page):
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) <= 1
    return json.loads(scripts[0].string)["@graph"] if scripts else []


def node(page, kind):
    matches = [n for n in graph(page) if n["@type"] == kind]
    assert len(matches) == 1, [n["@type"] for n in graph(page)]
    return matches[0]


@pytest.fixture
def publication(home):
    settings = PublicationSettings.for_site(home.get_site())
    settings.name = "Eko Ledger"
    settings.tagline = "News from the lagoon city"
    settings.x = "ekoledger"
    settings.facebook = "ekoledger"
    settings.logo = ImageFactory(title="Logo", file__width=320, file__height=320)
    settings.save()
    return settings


@pytest.fixture
def story(section, publication):
    article = ArticlePageFactory(
        parent=section,
        title="Ferry fares fall on the lagoon",
        standfirst="Operators cut prices after a new jetty opened.",
        featured_image=ImageFactory(
            description="A ferry at the jetty", file__width=1600, file__height=900
        ),
        first_published_at=datetime.datetime(2026, 3, 4, 9, 0, tzinfo=datetime.UTC),
        last_published_at=datetime.datetime(2026, 3, 5, 10, 0, tzinfo=datetime.UTC),
    )
    author = AuthorFactory(name="Kemi Ade", slug="kemi-ade", x="kemiwrites")
    PageAuthor.objects.create(page=article, author=author)
    article.tags.add("Transport")
    article.save()
    return article


def test_home_page_metadata(client, home, publication):
    page = get(client, "/")
    assert page.title.get_text() == "News from the lagoon city | Eko Ledger"
    assert page.find("link", rel="canonical")["href"] == "http://testserver/"
    assert meta(page, "description") == "News from the lagoon city"
    assert meta(page, "og:type") == "website"
    website = node(page, "WebSite")
    assert website["potentialAction"]["target"]["urlTemplate"] == (
        "http://testserver/search/?q={search_term_string}"
    )
    organization = node(page, "NewsMediaOrganization")
    assert organization["name"] == "Eko Ledger"
    logo = publication.logo.get_rendition("width-160|format-jpeg")  # 160 px wide, a JPEG
    assert organization["logo"]["url"] == f"http://testserver{logo.url}"
    assert "https://x.com/ekoledger" in organization["sameAs"]
    feeds = {link["type"]: link["href"] for link in page.find_all("link", rel="alternate")}
    assert feeds == {
        "application/rss+xml": "http://testserver/feed/",
        "application/atom+xml": "http://testserver/feed/atom/",
        "application/feed+json": "http://testserver/feed.json",
    }


def test_article_metadata(client, story):
    page = get(client, story.url)
    url = f"http://testserver{story.url}"
    assert page.find("link", rel="canonical")["href"] == url
    assert meta(page, "description") == "Operators cut prices after a new jetty opened."
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:title") == "Ferry fares fall on the lagoon"
    assert meta(page, "og:url") == url
    shared = story.featured_image.get_rendition("fill-1200x630-c100|format-jpeg")
    assert meta(page, "og:image") == f"http://testserver{shared.url}"
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("1200", "630")
    assert meta(page, "og:image:alt") == "A ferry at the jetty"
    assert meta(get(client, story.url), "og:image") == meta(page, "og:image")  # when kept, too
    assert meta(page, "article:published_time") == "2026-03-04T10:00:00+01:00"
    assert meta(page, "article:section") == "News"
    assert meta(page, "article:tag") == "Transport"
    assert meta(page, "twitter:card") == "summary_large_image"
    assert meta(page, "twitter:site") == "@ekoledger"
    assert meta(page, "robots") is None

    article = node(page, "NewsArticle")
    assert article["headline"] == "Ferry fares fall on the lagoon"
    assert article["datePublished"].startswith("2026-03-04T")
    assert article["dateModified"].startswith("2026-03-05T")
    assert article["image"] == [meta(page, "og:image")]
    assert article["author"] == [
        {
            "@type": "Person",
            "name": "Kemi Ade",
            "url": "http://testserver/authors/kemi-ade/",
            "jobTitle": "Reporter",
            "sameAs": ["https://x.com/kemiwrites"],
        }
    ]
    assert article["publisher"]["name"] == "Eko Ledger"
    assert article["publisher"]["logo"]["url"]
    assert "isBasedOn" not in article
    crumbs = node(page, "BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"]) for c in crumbs] == [
        (1, "Home"),
        (2, "News"),
        (3, "Ferry fares fall on the lagoon"),
    ]


def test_curated_story_is_based_on_its_source(client, story):
    story.source_outlet = "Coastal Courier"
    story.source_url = "https://coastal.example/ferry"
    story.source_relationship = "rewritten"
    story.save()
    page = get(client, story.url)
    assert node(page, "NewsArticle")["isBasedOn"] == "https://coastal.example/ferry"
    assert page.find("link", rel="canonical")["href"] == f"http://testserver{story.url}"


@pytest.mark.parametrize(
    ("handling", "canonical", "robots"),
    [("canonical", "https://coastal.example/ferry", None), ("noindex", None, "noindex, follow")],
)
def test_story_republished_in_full_defers_to_the_source(client, story, handling, canonical, robots):
    story.source_outlet = "Coastal Courier"
    story.source_url = "https://coastal.example/ferry"
    story.source_relationship = "republished"
    story.republished_handling = handling
    story.save()
    page = get(client, story.url)
    expected = canonical or f"http://testserver{story.url}"
    assert page.find("link", rel="canonical")["href"] == expected
    assert meta(page, "robots") == robots


def test_promote_tab_overrides(client, story):
    story.seo_title = "Cheaper ferries: what changed"
    story.search_description = "A short description for search results."
    story.social_image = ImageFactory(description="Share card", file__width=1200, file__height=630)
    story.noindex = True
    story.save()
    page = get(client, story.url)
    assert page.title.get_text().startswith("Cheaper ferries: what changed |")
    assert meta(page, "og:title") == "Cheaper ferries: what changed"
    assert meta(page, "description") == "A short description for search results."
    assert meta(page, "og:image:alt") == "Share card"
    assert meta(page, "robots") == "noindex, follow"


def test_section_and_author_and_tag_pages(client, story, section):
    page = get(client, section.url)
    feeds = [link["href"] for link in page.find_all("link", rel="alternate")]
    assert f"http://testserver{section.url}feed/" in feeds
    assert [c["name"] for c in node(page, "BreadcrumbList")["itemListElement"]] == ["Home", "News"]

    author_page = get(client, "/authors/kemi-ade/")
    profile = node(author_page, "ProfilePage")
    assert profile["mainEntity"]["@type"] == "Person"
    assert profile["mainEntity"]["name"] == "Kemi Ade"
    assert "http://testserver/authors/kemi-ade/feed/" in [
        link["href"] for link in author_page.find_all("link", rel="alternate")
    ]
    assert meta(author_page, "og:title") == "Kemi Ade"

    tag_page = get(client, "/tags/transport/")
    assert "http://testserver/tags/transport/feed/" in [
        link["href"] for link in tag_page.find_all("link", rel="alternate")
    ]


def test_paginated_section_is_its_own_canonical(client, section, settings):
    settings.SECTION_PAGE_SIZE = 1
    for _ in range(3):
        ArticlePageFactory(parent=section)
    page = get(client, section.url + "?page=2&utm_source=x")
    assert page.find("link", rel="canonical")["href"] == f"http://testserver{section.url}?page=2"


def test_search_is_noindex(client, home):
    assert meta(get(client, "/search/?q=ferry"), "robots") == "noindex, follow"


def test_series_and_episode_structured_data(client, home):
    stories = StoriesPageFactory(parent=home)
    cover = ImageFactory(description="Rain on a zinc roof")
    series = SeriesPageFactory(parent=stories, title="Rain Over Ajegunle", cover_image=cover)
    for number in (1, 2, 3):
        EpisodePageFactory(parent=series, number=number)
    page = get(client, series.url)
    work = node(page, "CreativeWorkSeries")
    assert work["name"] == "Rain Over Ajegunle"
    assert [(p["position"], p["url"]) for p in work["hasPart"]] == [
        (n, f"http://testserver{series.url}episode-0{n}/") for n in (1, 2, 3)
    ]
    episode = get(client, series.url + "episode-02/")
    part = node(episode, "CreativeWork")
    assert part["position"] == 2
    assert part["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "name": "Rain Over Ajegunle",
        "url": f"http://testserver{series.url}",
    }
    assert meta(episode, "og:title") == "Rain Over Ajegunle (Episode 02)"
    # An episode's picture is its series' cover.
    assert meta(episode, "og:image") == meta(page, "og:image")
    assert meta(episode, "og:image:alt") == "Rain on a zinc roof"


def test_hostile_titles_cannot_break_out_of_json_ld(client, section):
    article = ArticlePageFactory(parent=section, title='</script><script>alert("x")</script>')
    page = get(client, article.url)
    assert node(page, "NewsArticle")["headline"] == '</script><script>alert("x")</script>'
    assert not [
        s for s in page.find_all("script") if "alert" in (s.string or "") and not s.get("type")
    ]
