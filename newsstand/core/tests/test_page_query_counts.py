"""Every page type renders in a bounded number of queries (once its process is warm:
content types, menus and pictures read once). The bounds are today's counts, so a
change that adds a query to a page has to say so here. Before the routing, site,
settings, credits and sidebar changes, a story took 25 and the front page 32. A list's
kickers are read in a query of their own (one page each, not one per card), which made
lists of cards one query longer and ~10 % faster; a section's own posts' kicker is the
section, already at hand, so its lists don't read it. A page's own picture comes with its row,
and when the most-read lists were ranked is read by each process at most every ten
seconds, which took a query or two off every page that shows either; the front page's
Stories block reads its series' pictures with the page's other cards. What every page of a
series shows of it (the series, its credits, its episodes) is read once for all of them
until the next change, which took three queries off an episode; so is what a chart's pages
and the front page show of it (its weeks, a week's table), which took six off each, and what
the Stories page and the front page show of every series (its shelf), which took one off the
Stories page and two off the front page. The front page's blocks are for the top-level pages
the main menu shows, read once for both, which took another off the front page, and its own
row, as its own type, is the site's root page, kept with the sites, which took two more."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsstand.core.tests import every_page_type

MAX_QUERIES = {
    "home": 4,
    "section": 5,
    "article": 5,
    "tag": 6,
    "author": 6,
    "search": 5,
    "search-empty": 1,
    "not-found": 2,
    "stories": 3,
    "series": 2,
    "episode": 4,
    "complete-edition": 3,
    "music": 6,
    "music-post": 9,
    "lyrics": 6,
    "lyrics-unlicensed": 6,
    "artists": 3,
    "artist": 11,
    "chart": 4,
    "chart-week": 6,
    "subscribe": 3,
    "subscribe-sent": 1,
    "subscribe-confirm": 3,
    "subscribe-manage": 5,
    "unsubscribe": 2,
}


def test_every_page_type_stays_within_its_queries(client, home):
    urls = every_page_type.build(home)
    assert urls.keys() == MAX_QUERIES.keys()
    found = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == (404 if name == "not-found" else 200), name
        found[name] = len(queries)
    over = {name: n for name, n in found.items() if n > MAX_QUERIES[name]}
    assert not over, f"over their bound: {over}"
