"""Other apps add panels to music posts and artist pages through hooks, never templates."""

import pytest
from bs4 import BeautifulSoup

from django.utils.html import format_html

from wagtail import hooks


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def artist_page(client, music, artist):
    return get(client, f"{music.url}artists/{artist.slug}/")


@pytest.fixture
def no_panels(monkeypatch):
    """No app fills music's extension points, as on a site without charts."""
    hooks.search_for_hooks()  # so discovery cannot refill the emptied lists later
    for name in ("music_song_panels", "music_artist_panels"):
        monkeypatch.setitem(hooks._hooks, name, [])


def test_without_panels_pages_render_with_no_chart_history(no_panels, client, music, post, kola):
    page = get(client, post.url)
    assert page.select(".chart-history") == []
    assert "Chart history" not in page.get_text()
    body = page.select_one(".article-body")
    assert body.find_next_sibling()["class"] == ["share"]  # nothing between body and sharing
    artist = artist_page(client, music, kola)
    assert artist.select(".chart-history") == []
    assert "Lagos Sunrise" in artist.get_text()


def song_panel(request, song):
    return format_html(
        '<section class="panel">Heard on {} ({})</section>', song.title, request.path
    )


def plain_song_panel(request, song):
    return "<b>escaped</b>"


def artist_panel(request, artist):
    return format_html('<section class="panel">Touring: {}</section>', artist.name)


def nothing(request, obj):
    return ""


def test_registered_panels_show_in_order_on_song_and_artist_pages(
    no_panels, client, music, post, kola
):
    with hooks.register_temporarily(
        [
            ("music_song_panels", song_panel),
            ("music_song_panels", nothing),
            ("music_song_panels", plain_song_panel),
            ("music_artist_panels", artist_panel),
        ]
    ):
        page = get(client, post.url)
        artist = artist_page(client, music, kola)
    panel = page.select_one(".article-body").find_next_sibling()
    assert panel.get_text() == f"Heard on Lagos Sunrise ({post.url})"
    assert panel.find_next_sibling(string=True).strip() == "<b>escaped</b>"
    assert page.find("b", string="escaped") is None
    assert [p.get_text() for p in artist.select(".panel")] == ["Touring: Kola Breeze"]
