"""Chart pages, week pages, and chart history on song and artist pages."""

from datetime import timedelta

from bs4 import BeautifulSoup

from wagtail import hooks

from newsstand.charts import wagtail_hooks
from newsstand.charts.factories import ChartWeekPageFactory
from newsstand.charts.models import ChartPage, ChartWeekPage

from .conftest import WEEKS


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def table_rows(page):
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in page.select(".chart-table tbody tr")
    ]


def spoken(tag) -> str:
    return "".join(
        text
        for text in tag.find_all(string=True)
        if not text.find_parent(attrs={"aria-hidden": True})
    )


def test_chart_page_shows_the_latest_week_and_every_week(client, chart, weeks, music, posts):
    page = get(client, chart.url)
    assert page.h1.get_text() == "Hot 10"
    table = page.select_one("table.chart-table")
    assert table.caption.get_text() == "Hot 10, week of 27 March 2026"
    assert [th["scope"] for th in table.thead.find_all("th")] == ["col"] * 6
    # What screen readers hear: the full header, not the short one phones show.
    assert [spoken(th) for th in table.thead.find_all("th")] == [
        "No.", "Movement", "Song", "Last week", "Peak", "Weeks on chart",
    ]  # fmt: skip
    assert [th.get_text() for th in table.thead.select("[aria-hidden]")] == ["+/−", "Last", "Wks"]
    assert all(row.th["scope"] == "row" for row in table.tbody.find_all("tr"))
    assert table_rows(page) == [
        ["1", "▲2 up 2", "Calabar Rain Ada Sparkle", "3", "1", "3"],
        ["2", "RE-ENTRY re-entry", "Alawe Kola Breeze", "–", "1 ( 6 Mar )", "3"],
    ]
    dropped = [li.get_text(" ", strip=True) for li in page.select(".chart-dropped li")]
    assert dropped == [
        "Bolekaja – Kola Breeze ft. Ada Sparkle (last week No. 1, peak No. 1, 3 weeks on chart)",
        "Dance Money – Ada Sparkle (last week No. 2, peak No. 2, 2 weeks on chart)",
    ]
    archive = [(a.get_text(), a["href"]) for a in page.select(".chart-archive a")]
    assert archive == [
        ("27 March 2026", "/hot-10/2026-03-27/"),
        ("20 March 2026", "/hot-10/2026-03-20/"),
        ("13 March 2026", "/hot-10/2026-03-13/"),
        ("6 March 2026", "/hot-10/2026-03-06/"),
    ]
    assert "streams and radio plays" in page.find(id="methodology").parent.get_text()


def test_movement_is_text_with_words_for_screen_readers(client, chart, weeks):
    page = get(client, weeks[1].url)
    moves = page.select(".chart-move")
    assert [m.find(attrs={"aria-hidden": "true"}).get_text() for m in moves] == ["▲1", "▼1", "NEW"]
    assert [m.select_one(".visually-hidden").get_text() for m in moves] == [
        "up 1",
        "down 1",
        "new entry",
    ]


def test_songs_link_to_their_posts_and_artists_to_their_pages(client, chart, weeks, music, posts):
    page = get(client, weeks[2].url)
    song_cells = page.select(".chart-song")
    assert song_cells[0].a["href"] == posts["B"].url
    assert song_cells[1].find("a")["href"] == "/music/artists/ada-sparkle/"  # no post: artist only
    assert [a["href"] for a in song_cells[0].select(".chart-artists a")] == [
        "/music/artists/kola-breeze/",
        "/music/artists/ada-sparkle/",
    ]


def test_week_page_navigates_between_weeks(client, chart, weeks):
    page = get(client, weeks[1].url)
    assert page.h1.get_text() == "Hot 10: week of 13 March 2026"
    assert page.find("a", rel="prev")["href"] == weeks[0].url
    assert page.find("a", rel="next")["href"] == weeks[2].url
    last = get(client, weeks[3].url)
    assert last.find("a", rel="next") is None
    assert last.find("a", string="The latest chart →")["href"] == chart.url


def test_a_chart_without_weeks_says_so(client, chart):
    assert "The first week of this chart is coming soon." in get(client, chart.url).get_text()


def test_a_draft_week_is_not_shown_but_can_be_previewed(client, chart, songs, weeks, admin_client):
    draft = ChartWeekPageFactory(
        parent=chart, week=WEEKS[3] + timedelta(weeks=1), songs=[songs["E"]], live=False
    )
    assert client.get(draft.url).status_code == 404
    assert "Eko Nights" not in get(client, chart.url).get_text()
    preview = admin_client.get(f"/admin/pages/{draft.pk}/view_draft/")
    assert preview.status_code == 200
    rows = table_rows(BeautifulSoup(preview.content, "html.parser"))
    assert rows == [["1", "NEW new entry", "Eko Nights Tobi Ray", "–", "1", "1"]]


def test_a_charts_pages_follow_each_change_at_once(client, settings, home, chart, songs, weeks):
    """What a chart's pages and the front page share of it is kept, until the next change."""
    settings.PAGE_CACHE_SECONDS = 0  # every page rendered anew: only what they share is kept

    def top_five():
        block = get(client, home.url).find(
            "section", attrs={"aria-labelledby": f"block-{chart.pk}"}
        )
        return [song.get_text(" ", strip=True) for song in block.select(".chart-song")]

    assert top_five() == ["Calabar Rain Ada Sparkle", "Alawe Kola Breeze"]
    assert get(client, weeks[3].url).find("a", rel="next") is None
    newest = ChartWeekPageFactory(
        parent=chart, week=WEEKS[3] + timedelta(weeks=1), songs=[songs["E"]], live=False
    )
    newest.save_revision().publish()
    caption = get(client, chart.url).select_one("table.chart-table caption").get_text()
    assert caption == "Hot 10, week of 3 April 2026"
    assert top_five() == ["Eko Nights Tobi Ray"]
    assert get(client, weeks[3].url).find("a", rel="next")["href"] == newest.url
    songs["E"].title = "Eko Nights (Remix)"
    songs["E"].save()
    assert table_rows(get(client, newest.url))[0][2] == "Eko Nights (Remix) Tobi Ray"
    assert top_five() == ["Eko Nights (Remix) Tobi Ray"]


def test_song_page_shows_its_chart_history(client, chart, weeks, posts):
    page = get(client, posts["C"].url)
    history = page.select_one(".chart-history")
    cells = [c.get_text(" ", strip=True) for c in history.tbody.find_all(["th", "td"])]
    assert cells == ["Hot 10", "No. 1 27 Mar 2026", "3", "6 Mar 2026"]
    assert history.find("a", string="27 Mar 2026")["href"] == weeks[3].url


def test_artist_page_shows_the_chart_history_of_each_song(client, chart, weeks, music, posts):
    page = get(client, music.url + "artists/ada-sparkle/")
    history = page.select_one(".chart-history")
    assert [th.get_text() for th in history.tbody.find_all("th")] == [
        "Bolekaja",
        "Calabar Rain",
        "Dance Money",
    ]


def test_chart_history_reaches_music_pages_only_through_music_hooks(
    client, monkeypatch, chart, weeks, music, posts
):
    assert wagtail_hooks.song_chart_history in hooks.get_hooks("music_song_panels")
    assert wagtail_hooks.artist_chart_history in hooks.get_hooks("music_artist_panels")
    for name in ("music_song_panels", "music_artist_panels"):
        monkeypatch.setitem(hooks._hooks, name, [])
    assert get(client, posts["C"].url).select(".chart-history") == []
    assert get(client, music.url + "artists/ada-sparkle/").select(".chart-history") == []


def test_songs_never_charted_show_no_history(client, posts):
    assert get(client, posts["B"].url).select(".chart-history") == []


def test_page_type_rules(home, chart, weeks, section):
    assert ChartPage.can_create_at(home) and ChartWeekPage.can_create_at(chart)
    for parent in (home, section, weeks[0]):
        assert not ChartWeekPage.can_create_at(parent)
    assert not ChartPage.can_create_at(chart)
