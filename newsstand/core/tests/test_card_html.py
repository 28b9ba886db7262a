"""A card's HTML in each variant, for a post and for a page that isn't one."""

from datetime import timedelta

import pytest

from django.test import RequestFactory

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.card_html import card, items
from newsstand.core.listing import cards


@pytest.fixture
def request_(home):
    return RequestFactory().get("/", HTTP_HOST="localhost")


def test_each_variant_shows_what_its_list_needs(section, request_):
    post = ArticlePageFactory(
        parent=section, title="Ferry <b>fares</b> fall", age=timedelta(days=3)
    )
    [item] = cards([post])
    lead = card(item, "lead", request=request_, show_section=True)
    assert lead.startswith('<article class="card card-lead">')
    assert '<p class="kicker"><a href="/news/">News</a></p>' in lead
    assert "Ferry &lt;b&gt;fares&lt;/b&gt; fall" in lead
    assert f'<p class="standfirst">{item.card.summary}</p>' in lead
    assert "data-relative>3 days ago</time>" in lead
    compact = card(item, "compact", request=request_, heading="h2")
    assert '<h2 class="card-title">' in compact and "standfirst" not in compact
    assert "kicker" not in compact  # only when asked to name the section
    headline = card(item, "headline", request=request_, show_section=True)
    assert '<a class="kicker" href="/news/">News</a> · <time' in headline


def test_a_lists_cards_each_come_in_their_own_item_in_order(section, request_):
    posts = [
        ArticlePageFactory(parent=section, title=title, age=timedelta(hours=n))
        for n, title in enumerate(["<i>First</i>", "Second"], start=1)
    ]
    listed = cards(posts)
    html = items(listed, "compact", request=request_, heading="h2", lazy=True)
    expected = [card(item, "compact", request=request_, heading="h2", lazy=True) for item in listed]
    assert html == "".join(f"<li>{one}</li>" for one in expected)
    assert html.index("&lt;i&gt;First&lt;/i&gt;") < html.index("Second")
    assert items([], "headline", request=request_) == ""


def test_a_page_that_is_not_a_post_shows_its_own_title(section, request_):
    [item] = cards([section])
    assert item.card is None
    html = card(item, "standard", request=request_, show_section=True)
    assert '<a href="/news/">News</a></h3>' in html and "kicker" not in html


def test_an_unknown_variant_is_a_clear_error(section, request_):
    [item] = cards([section])
    with pytest.raises(ValueError, match="lead, standard, compact, headline"):
        card(item, "poster", request=request_)


def test_kickers_the_caller_has_read_are_not_read_again(home, section, django_assert_num_queries):
    from newsstand.articles.factories import SectionPageFactory

    sport = SectionPageFactory(parent=home, title="Sport", slug="sport")
    posts = [ArticlePageFactory(parent=section), ArticlePageFactory(parent=sport)]
    with django_assert_num_queries(2):  # the cards, then the one kicker not at hand
        listed = cards(posts, images=False, known=[section])
    assert [post.card.kicker.title for post in listed] == ["News", "Sport"]
    assert listed[0].card.kicker is section
    with django_assert_num_queries(1):  # the cards alone
        cards(posts, images=False, known=[section, sport])
