"""What readers see on the home, section, article and tag pages."""

import datetime
import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.core.models import PublicationSettings
from newsstand.images.factories import ImageFactory
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def rich_article(section):
    image = ImageFactory(
        description="Commuters crossing the new bridge at dawn", credit="Photo: Ife Ade"
    )
    raw = [
        (
            "paragraph",
            '<p>Traffic moved freely on <a href="https://example.com/map">the new route</a>.</p>',
        ),
        ("heading", {"text": "What drivers said", "level": "h2"}),
        (
            "quote",
            {
                "quote": "I got to work in twenty minutes.",
                "speaker": "Bisi Okon",
                "role": "taxi driver",
            },
        ),
        ("image", {"image": image.pk, "caption": "Morning rush on the bridge"}),
        (
            "embed",
            {"url": "https://www.youtube.com/watch?v=abc123", "title": "Drone view of the bridge"},
        ),
        (
            "table",
            {
                "caption": "Journey times",
                "columns": [
                    {"type": "text", "heading": "Route"},
                    {"type": "number", "heading": "Minutes"},
                ],
                "rows": [
                    {"values": ["Ikeja to Marina", "35"]},
                    {"values": ["Lekki to Yaba", "50"]},
                ],
            },
        ),
        ("code", {"code": "Ikeja  -> Marina\n  <b>35</b> min", "language": "Plain text"}),
    ]
    article = ArticlePageFactory(
        parent=section,
        title="Lagos traffic eases after new bridge opens",
        standfirst="Journey times fell by a third in the first week.",
        featured_image=image,
        featured_image_caption="The bridge on opening day",
        body=json.dumps([{"type": kind, "value": value} for kind, value in raw]),
        first_published_at=datetime.datetime(2022, 9, 11, 8, 30, tzinfo=datetime.UTC),
        last_published_at=datetime.datetime(2022, 9, 11, 8, 30, tzinfo=datetime.UTC),
    )
    for order, name in enumerate(["Ada Eze", "Tunde Bello"]):
        PageAuthor.objects.create(page=article, author=AuthorFactory(name=name), sort_order=order)
    article.tags.add("Transport", "Lagos")
    article.save()
    return article


def test_article_page_shows_the_story(client, rich_article):
    page = soup(client.get(rich_article.url))
    article = page.find("article", class_="article")
    assert article.h1.get_text() == "Lagos traffic eases after new bridge opens"
    assert "Journey times fell by a third" in article.find(class_="standfirst").get_text()
    assert article.find(class_="byline").get_text(" ", strip=True) == "By Ada Eze and Tunde Bello"
    published = article.find(class_="meta")
    assert "Published on 11 September 2022" in published.get_text(" ", strip=True)
    assert published.time["datetime"].startswith("2022-09-11T09:30:00+01:00")
    assert "Updated" not in published.get_text()
    lead = article.find("figure", class_="lead-figure")
    assert lead.img["alt"] == "Commuters crossing the new bridge at dawn"
    assert lead.img.get("loading") is None and lead.img["fetchpriority"] == "high"
    assert lead.img["width"] and lead.img["height"]
    assert "Photo: Ife Ade" in lead.figcaption.get_text()
    body = article.find(class_="article-body")
    assert body.find("a", href="https://example.com/map")
    assert body.h2.get_text() == "What drivers said"
    quote = body.find("figure", class_="quote")
    assert quote.blockquote.get_text(strip=True) == "I got to work in twenty minutes."
    assert quote.figcaption.get_text(" ", strip=True) == "— Bisi Okon , taxi driver"
    assert body.find("figure", class_="body-image").img["loading"] == "lazy"
    card = body.find(class_="embed-card")
    assert card.a["href"] == "https://www.youtube.com/watch?v=abc123"
    assert "Watch on YouTube" in card.get_text()
    assert not page.find("iframe") and not page.find("script", src=lambda s: s and "//" in s)
    table = body.find("table")
    assert table.caption.get_text() == "Journey times"
    assert [th.get_text() for th in table.find_all("th", scope="col")] == ["Route", "Minutes"]
    code = body.find("pre", class_="code")
    assert code.code.get_text() == "Ikeja  -> Marina\n  <b>35</b> min"  # as typed, escaped
    assert code.code["class"] == ["language-plain-text"] and code.find("b") is None
    assert code["tabindex"] == "0"  # a wide block scrolls, by keyboard too
    assert [a.get_text() for a in article.find(class_="tags").find_all("a")] == [
        "Lagos",
        "Transport",
    ]


def test_article_shows_updated_when_republished_later(client, section):
    first = timezone.now() - timedelta(days=3)
    article = ArticlePageFactory(parent=section, first_published_at=first, last_published_at=first)
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.first_published_at == first
    meta = soup(client.get(article.url)).find(class_="meta")
    assert "Updated" in meta.get_text()


def test_share_links_are_plain_urls(client, article):
    share = soup(client.get(article.url)).find(class_="share")
    hrefs = [a["href"] for a in share.find_all("a")]
    full_url = f"http://testserver{article.url}"
    assert hrefs[0].startswith("https://x.com/intent/post?url=http%3A%2F%2Ftestserver%2Fnews%2F")
    assert hrefs[1].startswith("https://www.facebook.com/sharer/sharer.php?u=")
    assert hrefs[2].startswith("https://wa.me/?text=")
    assert hrefs[3].startswith("https://t.me/share/url?url=")
    assert hrefs[4] == full_url


def test_call_to_action_and_connect_block_use_site_settings(client, article, home, section):
    settings = PublicationSettings.for_site(home.get_site())
    settings.name = "Naija Ledger"
    settings.facebook = "@naijaledger"
    settings.x = "naijaledger"
    settings.whatsapp_channel_url = "https://whatsapp.com/channel/0029Va"
    settings.save()
    profiles = {
        "https://www.facebook.com/naijaledger": "Facebook @naijaledger",
        "https://x.com/naijaledger": "X @naijaledger",
        "https://whatsapp.com/channel/0029Va": "WhatsApp channel",
    }
    page = soup(client.get(article.url))
    cta = page.find(class_="cta")
    assert cta.h2.get_text() == "Get more stories like this"
    listed = cta.find(class_="connect-list").find_all("a")
    assert {a["href"]: a.get_text() for a in listed} == profiles
    # The profiles are listed once: under the story, not again in the footer.
    assert page.find("section", class_="connect") is None
    assert len(page.find_all("a", href="https://x.com/naijaledger")) == 1
    connect = soup(client.get(section.url)).find("section", class_="connect")
    assert connect.h2.get_text() == "Connect with us"
    assert {a["href"]: a.get_text() for a in connect.find_all("a")} == profiles
    assert page.title.get_text().endswith("| Naija Ledger")


def test_without_social_profiles_the_cta_offers_following_by_email(client, article):
    cta = soup(client.get(article.url)).find(class_="cta")
    assert cta.h2.get_text() == "Get more stories like this"
    assert cta.find("form")["action"] == "/subscribe/"  # added by another app, through a hook
    assert cta.find(class_="connect-list") is None  # no profiles to link


def test_source_attribution_box(client, section):
    article = ArticlePageFactory(
        parent=section,
        source_outlet="Coastal Courier",
        source_url="https://coastal-courier.example/story",
        source_author="Kemi Ade",
        source_published_at=datetime.date(2024, 3, 2),
        source_relationship="excerpt",
    )
    box = soup(client.get(article.url)).find("aside", class_="source-box")
    text = box.get_text(" ", strip=True)
    assert "This is an excerpt of a story first published by Coastal Courier" in text
    assert "by Kemi Ade" in text and "2 March 2024" in text
    assert box.a["href"] == "https://coastal-courier.example/story"


def test_no_source_box_for_original_reporting(client, article):
    assert soup(client.get(article.url)).find(class_="source-box") is None


def test_article_sidebar_lists_other_recent_posts_with_section_and_time(client, section, home):
    sports = SectionPageFactory(parent=home, title="Sports")
    other = ArticlePageFactory(parent=sports, title="Kano Stars win derby", age=timedelta(days=61))
    this = ArticlePageFactory(parent=section, title="This story")
    sidebar = soup(client.get(this.url)).find("aside", class_="sidebar")
    cards = sidebar.find_all("article")
    assert len(cards) == 1
    assert cards[0].h3.get_text() == other.title
    assert cards[0].find(class_="kicker").get_text() == "Sports"
    assert cards[0].time.get_text() == "2 months ago"


def test_home_page_has_lead_secondary_latest_and_section_blocks(client, home, section):
    sports = SectionPageFactory(parent=home, title="Sports")
    news = [ArticlePageFactory(parent=section, age=timedelta(hours=h)) for h in range(1, 4)]
    sport = [ArticlePageFactory(parent=sports, age=timedelta(days=d)) for d in range(1, 17)]
    page = soup(client.get("/"))
    assert page.find(class_="front-lead").h3.get_text() == news[0].title
    secondary = [h3.get_text() for h3 in page.find(class_="front-secondary").find_all("h3")]
    assert secondary == [news[1].title, news[2].title, sport[0].title]
    latest = page.find("section", attrs={"aria-labelledby": "latest-heading"})
    assert [h3.get_text() for h3 in latest.find_all("h3")] == [a.title for a in sport[1:7]]
    blocks = {
        s.h2.get_text(): [h3.get_text() for h3 in s.find_all("h3")]
        for s in page.find_all("section", class_="front-block")
    }
    # A block shows what the top of the page doesn't: no story twice on the page.
    assert "News" not in blocks  # all three news stories are already above
    assert blocks["Sports"] == [a.title for a in sport[7:10]]
    nav = [a.get_text() for a in page.find("nav", class_="main-nav").find_all("a")]
    assert nav == ["News", "Sports"]


@pytest.mark.parametrize("quiet_titles", [["Health"], ["Health", "Travel"]])
def test_a_quiet_section_keeps_its_newest_three_below_busy_ones(
    client, home, section, quiet_titles
):
    """The front page reads the newest posts of the whole site first; a section none of them
    is in still gets a block of its own newest three, however old, newest first (one quiet
    section is asked on its own, several in one query)."""
    old = {}
    for n, title in enumerate(quiet_titles):
        quiet = SectionPageFactory(parent=home, title=title)
        ages = [timedelta(days=300 + 10 * n + d) for d in range(4)]
        old[title] = [ArticlePageFactory(parent=quiet, age=age) for age in ages]
    busy = [ArticlePageFactory(parent=section, age=timedelta(hours=h)) for h in range(1, 41)]
    page = soup(client.get("/"))
    blocks = {
        s.h2.get_text(): [h3.get_text() for h3 in s.find_all("h3")]
        for s in page.find_all("section", class_="front-block")
    }
    expected = {title: [a.title for a in posts[:3]] for title, posts in old.items()}
    assert blocks == {"News": [a.title for a in busy[10:13]], **expected}
    titles = [h3.get_text() for h3 in page.find_all("h3")]
    assert len(titles) == len(set(titles))  # no story twice on the page


def test_editor_chosen_lead_story(client, home, section):
    chosen = ArticlePageFactory(parent=section, title="The big one", age=timedelta(days=5))
    ArticlePageFactory(parent=section, title="Newer")
    home.lead_story = chosen
    home.save()
    for n in range(12):
        ArticlePageFactory(parent=section, title=f"Brief {n}", age=timedelta(hours=n + 1))
    page = soup(client.get("/"))
    assert page.find(class_="front-lead").h3.get_text() == "The big one"
    # A chosen lead from outside the newest still leaves "Latest" its usual length.
    latest = page.find("section", attrs={"aria-labelledby": "latest-heading"})
    assert len(latest.find_all("h3")) == 6


def test_unpublished_lead_story_falls_back_to_newest(client, home, section):
    chosen = ArticlePageFactory(parent=section, title="Pulled story")
    newest = ArticlePageFactory(parent=section, title="Newest", age=timedelta(minutes=1))
    home.lead_story = chosen
    home.save()
    chosen.unpublish()
    page = soup(client.get("/"))
    assert page.find(class_="front-lead").h3.get_text() == newest.title
    assert "Pulled story" not in page.get_text()


def test_home_page_empty_state(client, home):
    assert "No stories yet." in soup(client.get("/")).get_text()


def test_section_page_lists_its_posts_newest_first_paginated(client, section, settings):
    settings.SECTION_PAGE_SIZE = 3
    articles = [ArticlePageFactory(parent=section, age=timedelta(hours=h)) for h in range(1, 8)]
    page = soup(client.get(section.url))
    assert page.h1.get_text() == "News"
    assert [h2.get_text() for h2 in page.select(".card-title")] == [a.title for a in articles[:3]]
    assert page.find("nav", class_="pagination").find("a", rel="next")["href"] == "?page=2"
    last = soup(client.get(section.url + "?page=3"))
    assert [h2.get_text() for h2 in last.select(".card-title")] == [articles[6].title]


@pytest.mark.parametrize(
    ("query", "expected_page"),
    [("abc", 1), ("0", 3), ("-1", 3), ("999999999999999999999999", 3), ("2.5", 1), ("%00", 1)],
)
def test_section_bad_page_numbers_never_fail(client, section, settings, query, expected_page):
    settings.SECTION_PAGE_SIZE = 3
    for hours in range(1, 8):
        ArticlePageFactory(parent=section, age=timedelta(hours=hours))
    page = soup(client.get(section.url, {"page": query}))
    assert f"Page {expected_page} of 3" in page.find("nav", class_="pagination").get_text()


def test_section_empty_state(client, section):
    assert "No stories in this section yet." in soup(client.get(section.url)).get_text()


def test_tag_page_lists_tagged_posts(client, section, article):
    article.tags.add("Transport")
    article.save()
    ArticlePageFactory(parent=section, title="Untagged")
    page = soup(client.get("/tags/transport/"))
    assert page.h1.get_text() == "Transport"
    assert [h2.get_text() for h2 in page.select(".card-title")] == [article.title]


def test_tag_page_hides_drafts(client, section):
    draft = ArticlePageFactory(parent=section, live=False)
    draft.tags.add("Secret")
    draft.save()
    assert "No stories with this tag yet." in soup(client.get("/tags/secret/")).get_text()


@pytest.mark.parametrize(
    "url", ["/no-such-page/", "/news/no-such-story/", "/tags/no-such-tag/", "/authors/nobody/"]
)
def test_unknown_urls_give_a_friendly_404(client, section, url):
    response = client.get(url)
    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "We couldn't find that page"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_draft_article_is_not_served(client, section):
    draft = ArticlePageFactory(parent=section, live=False)
    assert client.get(f"/news/{draft.slug}/").status_code == 404


def test_page_type_rules(home, section, article):
    assert ArticlePage.can_create_at(section)
    assert not ArticlePage.can_create_at(home)
    assert not ArticlePage.can_create_at(article)
    assert SectionPage.can_create_at(home)
    assert not SectionPage.can_create_at(section)


def test_tags_with_non_ascii_slugs_have_pages(client, section, article):
    article.tags.add("Ọṣun Osogbo")
    article.save()
    slug = article.tags.get().slug
    assert slug != slug.encode("ascii", "ignore").decode()
    page = client.get(f"/tags/{slug}/")
    assert page.status_code == 200
    assert article.title in page.content.decode()
    assert client.get(f"/tags/{slug}/feed/").status_code == 200
