"""Every WordPress permalink form redirects to its new page, through the real middleware."""

import pytest

from newsstand.articles.models import ArticlePage
from newsstand.images.models import CustomImage
from newsstand.imports.models import ImportedObject
from newsstand.imports.redirects import post_paths
from newsstand.imports.wxr import ItemRecord
from newsstand.info.models import InfoPage
from newsstand.series.models import SeriesPage


def page_url(wp_id: int) -> str:
    row = ImportedObject.objects.get(kind__in=["post", "page"], wp_id=str(wp_id))
    return ArticlePage.objects.get(pk=row.object_id).url


def assert_redirect(client, old: str, new: str) -> None:
    response = client.get(old)
    assert response.status_code == 301, old
    assert response["Location"] == new, old


@pytest.mark.parametrize(
    "old",
    [
        "/2023/05/14/lagos-traffic-eases/",  # /%year%/%monthnum%/%day%/%postname%/ (its <link>)
        "/2023/05/lagos-traffic-eases/",  # /%year%/%monthnum%/%postname%/
        "/lagos-traffic-eases/",  # /%postname%/
        "/archives/101",  # numeric
        "/?p=101",  # plain permalinks: the home page would answer 200 without the hook
        "/?p=101&utm_source=whatsapp",  # extra tracking parameters are ignored
        "/2023/05/14/lagos-traffic-eases",  # without the trailing slash
    ],
)
def test_post_permalinks(naijabeat, client, old):
    assert_redirect(client, old, page_url(101))


def test_unicode_post_permalink(naijabeat, client):
    new = page_url(122)
    assert_redirect(client, "/2023/06/07/%e1%bb%8dj%c3%a0-%e1%bb%8dba-reopens/", new)
    assert client.get(new).status_code == 200


def test_page_permalinks(naijabeat, client):
    row = ImportedObject.objects.get(kind="page", wp_id="130")
    about = InfoPage.objects.get(pk=row.object_id)
    assert about.url == "/about/"  # the same address as on WordPress
    assert client.get("/about/").status_code == 200
    assert_redirect(client, "/?page_id=130", "/about/")
    assert_redirect(client, "/?p=130", "/about/")  # WordPress answers ?p= for pages too


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/category/news/", "/news/"),
        ("/?cat=2", "/news/"),
        ("/category/news/lagos/", "/tags/lagos/"),  # a flattened child category
        ("/category/new-only-in-item/", "/tags/markets/"),  # only ever a second category
        ("/category/lagos/", "/tags/lagos/"),
        ("/tag/traffic/", "/tags/traffic/"),
        ("/?tag=traffic", "/tags/traffic/"),
        ("/author/chiamaka/", "/authors/chiamaka-obi/"),
        ("/?author=1", "/authors/chiamaka-obi/"),
    ],
)
def test_archive_permalinks(naijabeat, client, old, new):
    assert_redirect(client, old, new)
    assert client.get(new).status_code == 200


def test_attachment_pages_go_to_their_post_and_files_to_the_file(naijabeat, client):
    market = CustomImage.objects.get(title="Market traders at Balogun")
    assert_redirect(client, "/?attachment_id=201", page_url(101))
    assert_redirect(client, "/2023/05/14/lagos-traffic-eases/market/", page_url(101))
    assert_redirect(client, "/wp-content/uploads/2023/05/market.jpg", market.file.url)


def test_episode_permalinks_and_complete_edition(naijabeat, client):
    series = SeriesPage.objects.get()
    assert_redirect(
        client, "/2023/03/08/the-landlords-daughter-episode-02/", f"{series.url}episode-02/"
    )
    assert_redirect(client, "/?p=113", f"{series.url}complete/")
    assert_redirect(client, "/the-landlords-daughter-complete/", f"{series.url}complete/")
    assert client.get(f"{series.url}complete/").status_code == 200


def test_a_live_page_is_not_shadowed_by_a_redirect(naijabeat, client):
    assert client.get("/news/").status_code == 200
    assert client.get("/").status_code == 200
    assert client.get("/?p=999999").status_code == 200  # unknown ids fall through to home


def test_an_old_link_written_with_a_double_slash_still_arrives(naijabeat, client):
    """A theme's slip made `https://old.example//2023/05/14/slug/`; readers' requests for it
    get their slashes merged, and the import stored the merged path."""
    item = ItemRecord(
        wp_id=7,
        post_name="slug",
        post_date="2023-05-14 09:00:00",
        link="https://old.example//2023/05/14/slug/",
    )
    assert post_paths(item, blog_path="")[0] == "/2023/05/14/slug"  # as Wagtail keeps paths
    response = client.generic("GET", "/", PATH_INFO="//2023//05/14/lagos-traffic-eases/")
    assert response.status_code == 301
    assert response["Location"] == "/2023/05/14/lagos-traffic-eases/"
    assert_redirect(client, response["Location"], page_url(101))
    query = client.generic("GET", "/", PATH_INFO="//news//", QUERY_STRING="page=2")
    assert query["Location"] == "/news/?page=2"
