"""Sitemaps: each indexable page once, with absolute URLs, dates and images, at any scale."""

from datetime import datetime, timedelta
from xml.etree import ElementTree

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site

from newsstand.articles.factories import ArticlePageFactory, SectionPageFactory
from newsstand.articles.models import ArticlePage
from newsstand.core.images import VARIANTS
from newsstand.core.models import PublicationSettings
from newsstand.images.factories import ImageFactory
from newsstand.series.factories import EpisodePageFactory, SeriesPageFactory, StoriesPageFactory

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NS = {
    "sm": SITEMAP,
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
HOST = "news.example.ng"
ORIGIN = f"https://{HOST}"
LEAD_JPEG = VARIANTS["lead"].spec(960, "jpeg")


def get_xml(client, url, host=HOST):
    response = client.get(url, HTTP_HOST=host, secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return ElementTree.fromstring(response.content)


def entries(client, url, host=HOST) -> dict[str, ElementTree.Element]:
    root = get_xml(client, url, host)
    assert root.tag == f"{{{SITEMAP}}}urlset"
    locs = [url.findtext("sm:loc", namespaces=NS) for url in root.findall("sm:url", NS)]
    assert len(locs) == len(set(locs))
    return dict(zip(locs, root.findall("sm:url", NS), strict=True))


def index_locs(client) -> list[str]:
    root = get_xml(client, "/sitemap.xml")
    assert root.tag == f"{{{SITEMAP}}}sitemapindex"
    return [sitemap.findtext("sm:loc", namespaces=NS) for sitemap in root.findall("sm:sitemap", NS)]


def absolute(page) -> str:
    return ORIGIN + page.url


def bulk_articles(section, ages, **fields) -> list[int]:
    """Insert live articles under `section` in a few queries, bypassing treebeard and signals.

    Each child's path is its parent's plus a 4-character base-36 step.
    """
    first = section.numchild + 1
    pages = Page.objects.bulk_create(
        [
            ArticlePage(
                title=f"Bulk story {n}",
                draft_title=f"Bulk story {n}",
                slug=f"bulk-story-{n}",
                locale_id=section.locale_id,
                depth=section.depth + 1,
                path=Page._get_path(section.path, section.depth + 1, n),
                url_path=f"{section.url_path}bulk-story-{n}/",
                first_published_at=timezone.now() - age,
                last_published_at=timezone.now() - age,
            )
            for n, age in enumerate(ages, start=first)
        ],
        batch_size=500,
    )
    # Page.bulk_create filled in the base rows; now the ArticlePage rows, with their defaults.
    columns = ArticlePage._meta.local_concrete_fields
    rows = [ArticlePage(page_ptr_id=page.id, body=[], **fields) for page in pages]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(ArticlePage._meta.db_table),
        ", ".join(quote(column.column) for column in columns),
        ", ".join(["%s"] * len(columns)),
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [
                [c.get_db_prep_save(getattr(row, c.attname), connection) for c in columns]
                for row in rows
            ],
        )
    Page.objects.filter(pk=section.pk).update(numchild=section.numchild + len(pages))
    section.refresh_from_db()
    return [page.id for page in pages]


@pytest.fixture(autouse=True)
def no_cached_renditions():
    """Wagtail caches renditions by image id, which an earlier test's rolled-back image shares."""
    get_image_model().get_rendition_model().cache_backend.clear()


@pytest.fixture
def series_tree(home):
    stories = StoriesPageFactory(parent=home)
    series = SeriesPageFactory(parent=stories, title="Second Key", cover_image=ImageFactory())
    episodes = [EpisodePageFactory(parent=series, number=n) for n in (1, 2)]
    return stories, series, episodes


def test_index_names_each_section_absolutely(client, article):
    assert index_locs(client) == [f"{ORIGIN}/sitemap-pages.xml"]


def test_every_page_type_is_listed_with_absolute_urls_dates_and_images(
    client, home, section, article, series_tree
):
    stories, series, episodes = series_tree
    pictured = ArticlePageFactory(parent=section, featured_image=ImageFactory())
    rendition = pictured.featured_image.get_rendition(LEAD_JPEG)

    found = entries(client, "/sitemap-pages.xml")

    pages = [home, section, article, pictured, stories, series, *episodes]
    assert set(found) == {absolute(page) for page in pages}
    assert absolute(home) == f"{ORIGIN}/"
    images = {
        loc: url.findtext("image:image/image:loc", namespaces=NS) for loc, url in found.items()
    }
    assert images[absolute(pictured)] == ORIGIN + rendition.url
    # No lead rendition made yet: the original upload, rather than encoding one now.
    assert images[absolute(series)] == ORIGIN + series.cover_image.file.url
    assert images[absolute(article)] is None
    lastmod = datetime.fromisoformat(found[absolute(article)].findtext("sm:lastmod", namespaces=NS))
    assert lastmod.tzinfo is not None
    assert lastmod == article.last_published_at.replace(microsecond=0)
    assert found[absolute(home)].find("sm:lastmod", NS) is None  # never stamped as published


def test_lastmod_falls_back_to_first_publication(client, section):
    article = ArticlePageFactory(parent=section, last_published_at=None)
    found = entries(client, "/sitemap-pages.xml")
    lastmod = found[absolute(article)].findtext("sm:lastmod", namespaces=NS)
    assert datetime.fromisoformat(lastmod) == article.first_published_at.replace(microsecond=0)


def test_pages_readers_cannot_see_or_search_should_not_index_are_left_out(
    client, home, section, article
):
    private = SectionPageFactory(parent=home, title="Members")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    excerpt = ArticlePageFactory(
        parent=section,
        source_outlet="Punch",
        source_relationship="excerpt",
        source_url="https://punchng.com/story/",
    )
    left_out = [
        ArticlePageFactory(parent=section, live=False),
        ArticlePageFactory(parent=section, age=-timedelta(hours=1)),
        ArticlePageFactory(parent=private),
        private,
        ArticlePageFactory(parent=section, noindex=True),
        *(
            ArticlePageFactory(
                parent=section,
                source_outlet="Punch",
                source_relationship="republished",
                source_url="https://punchng.com/story/",
                republished_handling=handling,
            )
            for handling in ("canonical", "noindex")
        ),
    ]
    found = entries(client, "/sitemap-pages.xml")
    assert set(found) == {absolute(page) for page in (home, section, article, excerpt)}
    assert not {ORIGIN + page.url for page in left_out} & set(found)


def test_indexed_complete_edition_replaces_its_episodes(client, series_tree):
    stories, series, episodes = series_tree
    other = SeriesPageFactory(parent=stories, indexed_edition="complete")
    series.indexed_edition = "complete"
    series.save()
    latest = EpisodePageFactory(parent=series, number=3, age=timedelta(hours=2))

    assert index_locs(client) == [f"{ORIGIN}/sitemap-pages.xml", f"{ORIGIN}/sitemap-editions.xml"]
    pages = entries(client, "/sitemap-pages.xml")
    assert absolute(series) in pages
    assert not {absolute(episode) for episode in [*episodes, latest]} & set(pages)
    editions = entries(client, "/sitemap-editions.xml")
    # `other` has no episodes, so its complete edition only redirects to the series.
    assert list(editions) == [f"{absolute(series)}complete/"]
    edition = editions[f"{absolute(series)}complete/"]
    lastmod = datetime.fromisoformat(edition.findtext("sm:lastmod", namespaces=NS))
    assert lastmod == latest.last_published_at.replace(microsecond=0)
    assert edition.findtext("image:image/image:loc", namespaces=NS).startswith(f"{ORIGIN}/media/")
    assert absolute(other) in pages


def test_each_site_lists_only_its_own_pages_on_its_own_host(client, home, article):
    other_home = Page.get_first_root_node().add_child(instance=Page(title="Other", slug="other"))
    Site.objects.create(hostname="other.example", root_page=other_home)

    assert absolute(other_home) not in entries(client, "/sitemap-pages.xml")
    assert list(entries(client, "/sitemap-pages.xml", host="other.example")) == [
        "https://other.example/"
    ]


@pytest.mark.parametrize("number", ["0", "-1", "abc", "1.5", "2", "99999999999999999999"])
def test_a_bad_page_number_is_not_found(client, article, number):
    assert client.get(f"/sitemap-pages.xml?p={number}").status_code == 404


def test_an_unknown_section_is_not_found(client, article):
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_paging_at_scale_lists_every_page_once_in_bounded_queries(client, settings, section):
    settings.SITEMAP_PAGE_SIZE = 1000
    images = [ImageFactory(), ImageFactory()]
    images[0].get_rendition(LEAD_JPEG)
    bulk_articles(section, [timedelta(minutes=n) for n in range(1, 1251)])
    bulk_articles(section, [timedelta(hours=n) for n in range(1, 626)], featured_image=images[0])
    bulk_articles(section, [timedelta(days=n) for n in range(1, 626)], featured_image=images[1])
    expected = {ORIGIN + page.url for page in Page.objects.filter(depth__gt=1)}
    assert len(expected) == 2_502

    sitemaps = index_locs(client)
    assert sitemaps == [
        f"{ORIGIN}/sitemap-pages.xml",
        *(f"{ORIGIN}/sitemap-pages.xml?p={n}" for n in (2, 3)),
    ]

    seen, queries = [], []
    for url in sitemaps:
        with CaptureQueriesContext(connection) as captured:
            found = entries(client, url.removeprefix(ORIGIN))
        queries.append(len(captured))
        assert len(found) <= 1000
        seen += found
    assert len(seen) == len(set(seen)) == 2_502
    assert set(seen) == expected
    assert max(queries) <= 12

    settings.SITEMAP_PAGE_SIZE = 10
    with CaptureQueriesContext(connection) as small:
        assert len(entries(client, "/sitemap-pages.xml")) == 10
    assert len(small) == queries[0]


def news_items(client) -> list[ElementTree.Element]:
    root = get_xml(client, "/news-sitemap.xml")
    assert root.tag == f"{{{SITEMAP}}}urlset"
    return root.findall("sm:url", NS)


def test_news_sitemap_has_the_last_two_days_of_stories_newest_first(
    client, home, section, series_tree
):
    PublicationSettings.objects.create(site=Site.objects.get(), name="Naija Beat")
    fresh = ArticlePageFactory(parent=section, title="Fuel & food prices", age=timedelta(hours=1))
    older = ArticlePageFactory(parent=section, age=timedelta(hours=47))
    ArticlePageFactory(parent=section, age=timedelta(hours=49))
    ArticlePageFactory(parent=section, age=-timedelta(minutes=5))
    ArticlePageFactory(parent=section, live=False)
    ArticlePageFactory(parent=section, noindex=True)
    items = news_items(client)

    assert [item.findtext("sm:loc", namespaces=NS) for item in items] == [
        absolute(fresh),
        absolute(older),
    ]
    news = items[0].find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "Naija Beat"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
    assert news.findtext("news:title", namespaces=NS) == "Fuel & food prices"
    published = datetime.fromisoformat(news.findtext("news:publication_date", namespaces=NS))
    assert published.tzinfo is not None
    assert published == fresh.first_published_at.replace(microsecond=0)


def test_news_sitemap_stops_at_a_thousand(client, section):
    bulk_articles(section, [timedelta(minutes=n) for n in range(1, 1006)])
    items = news_items(client)
    assert len(items) == 1000
    assert items[0].findtext("sm:loc", namespaces=NS) == f"{ORIGIN}/news/bulk-story-1/"
    assert client.get("/news-sitemap.xml?p=2").status_code == 404
