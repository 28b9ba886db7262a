"""Defects found by trying the site as a new reader (issue 12), each with its test."""

import re
from collections import Counter
from datetime import timedelta
from urllib.parse import unquote_plus

from django.contrib.staticfiles import finders

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory


def card_links(html: str) -> list[str]:
    return re.findall(r'class="card-title"><a href="([^"]*)"', html)


def test_no_story_is_a_card_twice_on_the_home_page(client, home):
    sections = [SectionPageFactory(parent=home, title=name) for name in ("News", "Sport")]
    for n in range(20):
        ArticlePageFactory(parent=sections[n % 2], title=f"Story {n}", age=timedelta(hours=n + 1))
    links = card_links(client.get("/").content.decode())
    assert len(links) >= 10 + 4  # the lead, 3 secondary, 6 in "Latest", and the blocks
    assert [link for link, times in Counter(links).items() if times > 1] == []
    # The section blocks still show the older stories "Latest" had no room for.
    assert "/news/story-14/" in links


def test_every_page_has_a_favicon(client, home):
    html = client.get("/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)[1]
    assert finders.find("favicon.svg")
    assert client.get(icon).status_code == 200


def test_a_completed_series_calls_its_latest_episode_final(client, home):
    series = SeriesPageFactory(parent=StoriesPageFactory(parent=home), status="completed")
    for number in (1, 2, 3):
        EpisodePageFactory(parent=series, number=number)
    html = client.get(series.url).content.decode()
    assert "Latest: Final Episode 03" in html
    assert "Latest: Episode 03" not in html


def test_search_pages_keep_their_query_in_the_canonical_url(client, section):
    for n in range(25):
        ArticlePageFactory(parent=section, title=f"Market report {n}")
    html = client.get("/search/?q=market&page=2").content.decode()
    assert '<link rel="canonical" href="http://testserver/search/?q=market&amp;page=2">' in html


def headings(html: str) -> list[str]:
    return re.findall(r"<(h[1-6])\b", html)


def test_body_headings_never_skip_a_level(client, home):
    series = SeriesPageFactory(parent=StoriesPageFactory(parent=home))
    body = [
        ("paragraph", "<p>Night fell.</p>"),
        ("heading", {"text": "Morning", "level": "h3"}),
        ("paragraph", "<p>Day broke.</p>"),
        ("heading", {"text": "Noon", "level": "h3"}),
    ]
    episode = EpisodePageFactory(parent=series, number=1, body=body)
    html = client.get(episode.url).content.decode()
    article = html.split('<article class="article episode"')[1].split('<section class="share"')[0]
    # The editor's subheadings sit right under the page title, so they become h2s.
    assert headings(article) == ["h1", "h2", "h2"]
    assert "<h2>Morning</h2>" in article
    # In the complete edition each episode is an h2, so its headings are h3s.
    edition = client.get(series.complete_edition_url).content.decode()
    assert "<h3>Morning</h3>" in edition and "<h3>Noon</h3>" in edition


def test_article_headings_keep_their_shape(client, section):
    body = [
        ("heading", {"text": "Part one", "level": "h2"}),
        ("heading", {"text": "A detail", "level": "h3"}),
        ("heading", {"text": "Part two", "level": "h2"}),
    ]
    html = client.get(ArticlePageFactory(parent=section, body=body).url).content.decode()
    assert "<h2>Part one</h2>\n<h3>A detail</h3>\n<h2>Part two</h2>" in html


def share_urls(html: str) -> list[str]:
    share = html.split('<section class="share"')[1].split("</section>")[0]
    return re.findall(r'href="([^"]+)"', share)


def test_episodes_lyrics_and_complete_editions_have_share_links(client, home):
    from newsstand.music.factories import MusicSectionPageFactory, SongPageFactory

    series = SeriesPageFactory(parent=StoriesPageFactory(parent=home), title="Second Key")
    episode = EpisodePageFactory(parent=series, number=2)
    song = SongPageFactory(parent=MusicSectionPageFactory(parent=home))
    for url in (episode.url, song.url + "lyrics/", series.complete_edition_url):
        links = share_urls(client.get(url).content.decode())
        assert [link.split("?")[0] for link in links[:4]] == [
            "https://x.com/intent/post",
            "https://www.facebook.com/sharer/sharer.php",
            "https://wa.me/",
            "https://t.me/share/url",
        ]
        # Each shares the page being read, not its parent.
        assert links[4] == f"http://testserver{url}"
    lyrics_share = share_urls(client.get(song.url + "lyrics/").content.decode())[0]
    assert "Lyrics" in unquote_plus(lyrics_share)


def test_the_call_to_action_speaks_of_the_kind(client, home, section, article):
    from newsstand.core.models import PublicationSettings
    from newsstand.music.factories import MusicSectionPageFactory, SongPageFactory

    publication = PublicationSettings.for_site(home.get_site())
    publication.x = "ledger"
    publication.save()
    series = SeriesPageFactory(parent=StoriesPageFactory(parent=home))
    episode = EpisodePageFactory(parent=series, number=1)
    song = SongPageFactory(parent=MusicSectionPageFactory(parent=home))
    expected = {
        article.url: "Get more stories like this",
        episode.url: "Read the next episode first",
        song.url: "Hear new music first",
        song.url + "lyrics/": "Hear new music first",
    }
    for url, line in expected.items():
        html = client.get(url).content.decode()
        assert f'<h2 id="cta-heading">{line}</h2>' in html, url
        assert "next story" not in html


def test_the_search_page_has_one_search_box(client, section):
    assert client.get("/search/?q=market").content.decode().count('type="search"') == 1
    assert client.get(section.url).content.decode().count('type="search"') == 1


def test_the_logo_is_decorative_beside_the_name(client, home):
    from newsstand.core.models import PublicationSettings
    from newsstand.images.factories import ImageFactory

    publication = PublicationSettings.for_site(home.get_site())
    publication.name = "Danfo Dispatch"
    publication.logo = ImageFactory(description="The Danfo Dispatch logo, a yellow bus " * 5)
    publication.save()
    brand = client.get("/").content.decode().split('class="brand"')[1].split("</a>")[0]
    # A broken logo can't spill its long description across a phone's header.
    assert 'alt=""' in brand and "yellow bus" not in brand
    assert '<span class="brand-name">Danfo Dispatch</span>' in brand


def main_nav(client) -> str:
    return client.get("/").content.decode().split('<nav class="main-nav"')[1].split("</nav>")[0]


def test_the_menu_opens_every_top_level_page_without_javascript(client, home, article):
    sport = SectionPageFactory(parent=home, title="Sport")
    ArticlePageFactory(parent=sport, title="Derby day")
    stories = StoriesPageFactory(parent=home, title="Stories")
    EpisodePageFactory(parent=SeriesPageFactory(parent=stories), number=1)
    nav = main_nav(client)
    assert '<details class="menu">' in nav and "<summary>Menu</summary>" in nav
    assert re.findall(r">([^<]+)</a>", nav) == ["News", "Sport", "Stories"]


def test_a_section_joins_the_menu_with_its_first_published_post(client, home, article):
    gossip = SectionPageFactory(parent=home, title="Gossip")
    draft = ArticlePageFactory(parent=gossip, title="Who wore it", live=False)
    assert re.findall(r">([^<]+)</a>", main_nav(client)) == ["News"]  # nothing to read yet
    draft.save_revision().publish()
    assert re.findall(r">([^<]+)</a>", main_nav(client)) == ["News", "Gossip"]


def test_the_menu_and_the_front_pages_blocks_follow_the_sections_at_once(
    client, settings, home, article
):
    """Both show the top-level pages, kept between renders until the next change."""
    settings.PAGE_CACHE_SECONDS = 0  # every page rendered anew: only what they share is kept
    for hours in range(2, 14):  # enough for the top of the front page and a block
        ArticlePageFactory(parent=article.get_parent(), age=timedelta(hours=hours))

    def shown():
        html = client.get("/").content.decode()
        blocks = html.split('<div class="front-blocks">')[1]
        return re.findall(r'class="block-heading"><a [^>]+>([^<]+)</a>', blocks)

    assert shown() == ["News"]
    gossip = SectionPageFactory(parent=home, title="Gossip", live=False)
    gossip.save_revision().publish()
    assert shown() == ["News"]  # nothing to read yet
    late = ArticlePageFactory(parent=gossip, age=timedelta(days=30), live=False)
    late.save_revision().publish()
    assert shown() == ["News", "Gossip"]
    assert re.findall(r">([^<]+)</a>", main_nav(client)) == ["News", "Gossip"]
    gossip.title = "Gist"
    gossip.save_revision().publish()
    assert shown() == ["News", "Gist"]
    gossip.show_in_menus = False
    gossip.save_revision().publish()
    assert shown() == ["News"]
    assert re.findall(r">([^<]+)</a>", main_nav(client)) == ["News"]


def test_the_front_page_has_a_place_for_most_read(client, section):
    from django.utils.html import format_html

    from wagtail import hooks

    ArticlePageFactory(parent=section)

    def most_read(context):
        return format_html('<section class="most-read"><h2>{}</h2></section>', "Most read")

    with hooks.register_temporarily("front_page_rail", most_read):
        html = client.get("/").content.decode()
    middle = html.split('<div class="front-middle">')[1].split('<div class="front-blocks">')[0]
    assert '<section class="most-read"><h2>Most read</h2></section>' in middle
    assert "most-read" not in client.get("/").content.decode()
