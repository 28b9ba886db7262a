"""RSS, Atom and JSON feeds: what they carry, what they leave out, and what they cost."""

from datetime import UTC, datetime, timedelta
from html import unescape

import feedparser
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.feedgenerator import Enclosure

from wagtail.models import PageViewRestriction, Site

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.articles.models import ArticlePage
from newsstand.core.models import PublicationSettings
from newsstand.distribution.feeds.entries import FEED_LENGTH, LEAD_IMAGE_SPEC
from newsstand.images.factories import ImageFactory
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"


def parse(client, url, content_type=None):
    """The feed at `url`, which must be served and well formed."""
    response = client.get(url)
    assert response.status_code == 200, url
    if content_type:
        assert response["Content-Type"] == content_type
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, f"{url}: {feed.get('bozo_exception')}"
    return feed


def titles(feed) -> list[str]:
    return [entry.title for entry in feed.entries]


def moment(parsed) -> datetime:
    return datetime(*parsed[:6], tzinfo=UTC)


def set_full_content(on: bool) -> None:
    PublicationSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"name": "Naija Daily", "feed_full_content": on},
    )


@pytest.fixture
def series(home):
    author = AuthorFactory(name="Chioma Eze", slug="chioma")
    series = SeriesPageFactory(
        parent=StoriesPageFactory(parent=home), title="The Pastor's Daughter"
    )
    PageAuthor.objects.create(page=series, author=author)
    for number, days in [(1, 9), (2, 8), (3, 2)]:
        EpisodePageFactory(parent=series, number=number, age=timedelta(days=days))
    return series


@pytest.fixture
def credited(article):
    """`article` with two authors, two tags, a lead image and a later revision."""
    for name, slug in [("Ada Obi", "ada"), ("Tunde Bello", "tunde")]:
        PageAuthor.objects.create(page=article, author=AuthorFactory(name=name, slug=slug))
    article.tags.add("Lagos", "Transport")
    article.featured_image = ImageFactory()
    article.last_published_at = article.first_published_at + timedelta(minutes=30)
    article.save()
    return article


# Site feeds


@pytest.mark.parametrize(("url", "content_type"), [("/feed/", RSS), ("/feed/atom/", ATOM)])
def test_site_feed_carries_what_readers_see_newest_first(
    client, section, article, series, url, content_type
):
    older = ArticlePageFactory(parent=section, title="Older story", age=timedelta(days=1))
    ArticlePageFactory(parent=section, title="Draft story", live=False)
    ArticlePageFactory(parent=section, title="Scheduled story", age=timedelta(hours=-2))
    private = ArticlePageFactory(parent=section, title="Private story")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    feed = parse(client, url, content_type)

    assert feed.feed.title == "newsstand"
    assert feed.feed.language == "en-gb"
    assert titles(feed) == [
        article.title,
        older.title,
        "The Pastor's Daughter (Episode 03)",
        "The Pastor's Daughter (Episode 02)",
        "The Pastor's Daughter (Episode 01)",
    ]
    assert feed.entries[1].link == f"http://testserver{older.url}"


def test_site_feed_is_capped(client, section):
    for n in range(FEED_LENGTH + 2):
        ArticlePageFactory(parent=section, title=f"Story {n}", age=timedelta(hours=n + 1))
    feed = parse(client, "/feed/")
    assert titles(feed) == [f"Story {n}" for n in range(FEED_LENGTH)]


def test_rss_item_details(client, credited):
    entry = parse(client, "/feed/").entries[0]
    rendition = credited.featured_image.get_rendition(LEAD_IMAGE_SPEC)

    assert entry.link == f"http://testserver{credited.url}"
    assert entry.id.startswith("tag:localhost,") and entry.id.endswith(f":page-{credited.pk}")
    assert entry.guidislink is False
    assert moment(entry.published_parsed) == credited.first_published_at.replace(microsecond=0)
    assert entry.author == "Ada Obi, Tunde Bello"
    assert [tag.term for tag in entry.tags] == ["News", "Lagos", "Transport"]
    assert entry.summary == "What happened, in one sentence."
    assert entry.enclosures == [
        {
            "href": f"http://testserver{rendition.url}",
            "type": "image/jpeg",
            "length": str(rendition.file.size),
        }
    ]
    assert rendition.file.size > 0


def test_atom_item_details(client, credited):
    feed = parse(client, "/feed/atom/")
    entry = feed.entries[0]

    assert feed.feed.author == "newsstand"
    assert moment(entry.published_parsed) == credited.first_published_at.replace(microsecond=0)
    assert moment(entry.updated_parsed) == credited.last_published_at.replace(microsecond=0)
    assert entry.author == "Ada Obi, Tunde Bello"
    assert [tag.term for tag in entry.tags] == ["News", "Lagos", "Transport"]
    [enclosure] = [link for link in entry.links if link.rel == "enclosure"]
    assert enclosure.href.startswith("http://testserver/media/")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0


def test_a_single_author_is_linked_in_atom(client, article):
    PageAuthor.objects.create(page=article, author=AuthorFactory(name="Ada Obi", slug="ada"))
    entry = parse(client, "/feed/atom/").entries[0]
    assert entry.author_detail.href == "http://testserver/authors/ada/"


def test_episodes_are_credited_to_their_series_authors(client, series):
    entry = parse(client, "/feed/").entries[0]
    assert entry.author == "Chioma Eze"
    assert entry.summary == "Episode 3 of The Pastor's Daughter"
    assert [tag.term for tag in entry.tags] == ["The Pastor's Daughter"]


def test_page_enclosures_come_first_and_rss_keeps_one(client, credited, monkeypatch):
    audio = Enclosure("https://cdn.example.com/song.mp3", "1234", "audio/mpeg")
    declared = {"url": audio.url, "length": 1234, "mime_type": audio.mime_type}
    monkeypatch.setattr(ArticlePage, "post_enclosures", lambda page: [declared])
    credited.save()  # the card keeps what the kind declares
    rss = parse(client, "/feed/").entries[0]
    atom = parse(client, "/feed/atom/").entries[0]
    json_item = client.get("/feed.json").json()["items"][0]

    assert [e.href for e in rss.enclosures] == [audio.url]
    assert [e.type for e in atom.enclosures] == ["audio/mpeg", "image/jpeg"]
    assert [a["mime_type"] for a in json_item["attachments"]] == ["audio/mpeg", "image/jpeg"]


# Full text or standfirst only


@pytest.fixture
def illustrated(section):
    """A story whose body links to its section, shows a captioned picture and has a heading."""
    return ArticlePageFactory(
        parent=section,
        title="Rain floods the market",
        body=[
            ("paragraph", f'<p>More in <a linktype="page" id="{section.pk}">News</a>.</p>'),
            ("image", {"image": ImageFactory(), "caption": "Traders & <goods>"}),
            ("heading", {"text": "What next", "level": "h2"}),
        ],
    )


@pytest.mark.parametrize("url", ["/feed/", "/feed/atom/"])
def test_full_content_with_absolute_urls(client, illustrated, url):
    set_full_content(True)
    entry = parse(client, url).entries[0]
    [content] = entry.content
    assert content.type == "text/html"
    assert '<a href="http://testserver/news/">News</a>' in content.value
    assert 'src="http://testserver/media/images/' in content.value
    assert "Traders &amp; &lt;goods&gt;" in content.value
    assert "<h2>What next</h2>" in content.value
    assert entry.summary == "What happened, in one sentence."


@pytest.mark.parametrize("url", ["/feed/", "/feed/atom/"])
def test_standfirst_only_when_full_content_is_off(client, illustrated, url):
    set_full_content(False)
    entry = parse(client, url).entries[0]
    assert "content" not in entry
    assert entry.summary == "What happened, in one sentence."


def test_json_feed_follows_the_content_setting(client, illustrated):
    set_full_content(False)
    item = client.get("/feed.json").json()["items"][0]
    assert item["content_text"] == "What happened, in one sentence."
    assert "content_html" not in item

    set_full_content(True)
    item = client.get("/feed.json").json()["items"][0]
    assert 'src="http://testserver/media/images/' in item["content_html"]


# JSON Feed


def test_json_feed(client, credited, series):
    set_full_content(True)
    response = client.get("/feed.json?page=2")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/feed+json"
    feed = response.json()

    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Naija Daily"
    assert feed["home_page_url"] == "http://testserver/"
    assert feed["feed_url"] == "http://testserver/feed.json"
    assert feed["language"] == "en-gb"
    assert [item["title"] for item in feed["items"]][:2] == [
        credited.title,
        "The Pastor's Daughter (Episode 03)",
    ]
    item = feed["items"][0]
    assert item["id"].startswith("tag:")
    assert item["url"] == f"http://testserver{credited.url}"
    assert item["content_html"].startswith("<p>")
    assert item["summary"] == "What happened, in one sentence."
    assert item["image"].startswith("http://testserver/media/")
    assert datetime.fromisoformat(item["date_published"]) == credited.first_published_at
    assert datetime.fromisoformat(item["date_modified"]) == credited.last_published_at
    assert item["authors"] == [
        {"name": "Ada Obi", "url": "http://testserver/authors/ada/"},
        {"name": "Tunde Bello", "url": "http://testserver/authors/tunde/"},
    ]
    assert item["tags"] == ["News", "Lagos", "Transport"]
    for item in feed["items"]:
        assert {"id", "url", "title", "date_published"} <= item.keys()
        assert "content_html" in item or "content_text" in item


# Section, series, tag and author feeds


@pytest.mark.parametrize("suffix", ["feed/", "feed/atom/"])
def test_section_feed(client, home, section, article, series, suffix):
    other = SectionPageFactory(parent=home, title="Sports")
    ArticlePageFactory(parent=other, title="Eagles win")
    feed = parse(client, f"/news/{suffix}?page=junk&utm_source=x")
    assert feed.feed.title == "News — newsstand"
    assert feed.feed.link == "http://testserver/news/"
    assert titles(feed) == [article.title]


@pytest.mark.parametrize("suffix", ["feed/", "feed/atom/"])
def test_series_feed_newest_episode_first(client, series, suffix):
    EpisodePageFactory(parent=series, number=4, live=False)
    feed = parse(client, f"{series.url}{suffix}")
    assert feed.feed.title == "The Pastor's Daughter — newsstand"
    assert titles(feed) == [f"The Pastor's Daughter (Episode 0{n})" for n in (3, 2, 1)]


def test_page_feed_resolves_unicode_paths(client, home):
    section = SectionPageFactory(parent=home, title="Ọṣun", slug="ọṣun")
    ArticlePageFactory(parent=section, title="Festival opens")
    assert titles(parse(client, f"{section.url}feed/")) == ["Festival opens"]


@pytest.mark.parametrize("suffix", ["feed/", "feed/atom/"])
def test_tag_feed(client, credited, section, suffix):
    ArticlePageFactory(parent=section, title="Untagged story")
    feed = parse(client, f"/tags/lagos/{suffix}")
    assert feed.feed.title == "Lagos — newsstand"
    assert titles(feed) == [credited.title]


@pytest.mark.parametrize("suffix", ["feed/", "feed/atom/"])
def test_author_feed_has_stories_and_credited_series(client, credited, series, suffix):
    PageAuthor.objects.create(page=credited, author=series.page_authors.get().author)
    feed = parse(client, f"/authors/chioma/{suffix}")
    assert feed.feed.title == "Chioma Eze — newsstand"
    assert titles(feed) == [
        credited.title,
        *(f"The Pastor's Daughter (Episode 0{n})" for n in (3, 2, 1)),
    ]
    assert titles(parse(client, f"/authors/ada/{suffix}")) == [credited.title]


def test_url_names(section):
    assert reverse("feed") == "/feed/"
    assert reverse("feed-atom") == "/feed/atom/"
    assert reverse("feed-json") == "/feed.json"
    assert reverse("page-feed", kwargs={"path": "news/"}) == "/news/feed/"
    assert reverse("page-feed-atom", kwargs={"path": "news/"}) == "/news/feed/atom/"
    assert reverse("tag-feed", kwargs={"slug": "lagos"}) == "/tags/lagos/feed/"
    assert reverse("tag-feed-atom", kwargs={"slug": "lagos"}) == "/tags/lagos/feed/atom/"
    assert reverse("author-feed", kwargs={"slug": "ada"}) == "/authors/ada/feed/"
    assert reverse("author-feed-atom", kwargs={"slug": "ada"}) == "/authors/ada/feed/atom/"


def test_missing_and_hidden_feeds_are_not_found(client, home, section, article, series):
    draft = SectionPageFactory(parent=home, title="Drafts", live=False)
    private = SectionPageFactory(parent=home, title="Staff")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    urls = [
        f"{article.url}feed/",  # an article has no feed
        f"{series.url}complete/feed/",  # a series' sub-route is not a page
        f"{draft.url}feed/",
        f"{private.url}feed/",
        "/nowhere/feed/",
        "/tags/nothing/feed/",
        "/authors/nobody/feed/atom/",
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    # The Stories index holds posts (its series' episodes), so it has a feed.
    assert client.get("/stories/feed/atom/").status_code == 200


# Hostile input


def test_item_text_is_escaped(client, section):
    set_full_content(True)
    title = 'Tinubu\'s "plan" <script>alert(1)</script> & more'
    ArticlePageFactory(
        parent=section,
        title=title,
        standfirst="<img src=x onerror=alert(1)> & co",
        body=[("paragraph", "<p>Safe &amp; sound</p>")],
    )
    for url in ["/feed/", "/feed/atom/"]:
        response = client.get(url)
        assert b"<script>" not in response.content
        assert b"<img src=x" not in response.content
        entry = parse(client, url).entries[0]
        assert unescape(entry.title) == title
        assert unescape(entry.summary) == "<img src=x onerror=alert(1)> & co"
    item = client.get("/feed.json").json()["items"][0]
    assert item["title"] == title
    assert item["summary"] == "<img src=x onerror=alert(1)> & co"


# Query cost


def publish(start, count, sections, series, author):
    for n in range(start, start + count):
        article = ArticlePageFactory(
            parent=sections[n % len(sections)],
            title=f"Market report {n}",
            featured_image=ImageFactory() if n % 2 else None,
            body=[
                ("paragraph", f'<p>Prices <a linktype="page" id="{series.pk}">rose</a>.</p>'),
                ("image", {"image": ImageFactory(), "caption": "The market"}),
            ],
            age=timedelta(hours=n + 1),
        )
        PageAuthor.objects.create(page=article, author=author)
        article.tags.add("Markets", f"Week {n}")
        article.save()
        EpisodePageFactory(parent=series, number=n + 1, age=timedelta(hours=n + 1, minutes=30))


# Upper bounds, measured with full content (the dearer setting: body images and internal
# links) at 3 and 25 stories. Standfirst-only feeds cost four fewer.
FEEDS = {
    "/feed/": 15,
    "/feed/atom/": 15,
    "/feed.json": 15,
    "/news/feed/": 15,
    "/stories/saga/feed/atom/": 11,
    "/tags/markets/feed/": 15,
    "/authors/ada/feed/": 17,
}


def count_queries(client):
    for url in FEEDS:  # make renditions once
        client.get(url)
    counts = {}
    for url in FEEDS:
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        counts[url] = len(context.captured_queries)
    return counts


@pytest.mark.parametrize("full_content", [True, False])
def test_query_counts_are_bounded_and_do_not_grow(client, home, full_content):
    set_full_content(full_content)
    sections = [SectionPageFactory(parent=home, title=name) for name in ("News", "Business")]
    series = SeriesPageFactory(parent=StoriesPageFactory(parent=home), title="Saga")
    author = AuthorFactory(slug="ada")
    PageAuthor.objects.create(page=series, author=author)

    publish(0, 3, sections, series, author)
    small = count_queries(client)
    publish(3, 22, sections, series, author)
    large = count_queries(client)

    assert len(parse(client, "/feed/").entries) == FEED_LENGTH
    for url, bound in FEEDS.items():
        assert large[url] == small[url], f"{url}: {small[url]} queries grew to {large[url]}"
        assert large[url] <= bound, f"{url}: {large[url]} queries, bound {bound}"
