"""One article from a saved or fetched web page becomes a credited draft."""

from datetime import date
from io import BytesIO

import pytest
from PIL import Image

from newsstand.articles.factories import SectionPageFactory
from newsstand.articles.models import SourceRelationship
from newsstand.core.testing import LOCAL
from newsstand.core.tests.xss import injected_into
from newsstand.imports.services import import_article_html, import_article_url
from newsstand.imports.webpage import ArticleNotFound

from .conftest import PAGES


@pytest.fixture
def news(home):
    return SectionPageFactory(parent=home, title="News", slug="news")


def png() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (120, 80), "purple").save(buffer, "PNG")
    return buffer.getvalue()


def test_saved_news_page_becomes_a_credited_draft(news):
    result = import_article_html(html=(PAGES / "news-article.html").read_bytes(), section=news)
    page = result.page
    assert page.title == "Ferry services resume on Lagos lagoon after safety review"
    assert not page.live and page.get_parent().pk == news.pk
    assert page.latest_revision is not None
    assert page.standfirst.startswith("Commercial ferries returned to the lagoon")
    assert page.source_outlet == "Lagos Daily Ledger"
    assert page.source_url == "https://lagosdaily.example/news/2024/03/ferry-services-resume"
    assert page.source_author == "Bisi Adeyemi"
    assert page.source_published_at == date(2024, 3, 12)
    assert page.source_relationship == SourceRelationship.EXCERPT
    kinds = [block.block_type for block in page.body]
    assert kinds[:3] == ["paragraph", "paragraph", "heading"]
    assert "quote" in kinds and "table" in kinds
    assert not any(
        block.block_type == "heading" and "Ferry" in block.value["text"] for block in page.body
    )
    text = " ".join(str(block.value) for block in page.body)
    assert (
        "javascript" not in text and "Most read" not in text and "All rights reserved" not in text
    )
    # A saved page is imported without going online: the lead image is named, not fetched.
    assert any(
        "ferry-lead.jpg) wasn't downloaded: a saved page is imported without going online" in note
        for note in result.notes
    )
    assert any("1 image(s) in the story body" in note for note in result.notes)


def test_page_without_outlet_credits_the_host_of_its_url(news):
    html = (PAGES / "gist-article.html").read_bytes()
    page = import_article_html(html=html, section=news, url="https://www.gisthub.example/x").page
    assert page.source_outlet == "gisthub.example"
    assert page.source_author == "Kemi Lawal"
    assert page.source_published_at == date(2024, 5, 2)


def test_pasted_html_without_any_source_asks_the_editor(news):
    result = import_article_html(html=(PAGES / "gist-article.html").read_bytes(), section=news)
    assert result.page.source_outlet == ""
    assert result.page.source_relationship == ""
    assert any("Source panel" in note for note in result.notes)


def test_fetched_page_and_its_lead_image(news, local_server):
    local_server.page("/story", (PAGES / "gist-article.html").read_bytes())
    local_server.page("/uploads/lead.png", png(), "image/png")
    result = import_article_url(url=f"{local_server.url}/story", section=news, policy=LOCAL)
    page = result.page
    assert page.source_url == f"{local_server.url}/story"
    assert page.featured_image.width == 120
    assert page.featured_image.credit.startswith("Image: 127.0.0.1")
    assert local_server.requests == ["/story", "/uploads/lead.png"]


def test_lead_image_that_is_not_an_image_is_noted(news, local_server):
    local_server.page("/story", (PAGES / "gist-article.html").read_bytes())
    local_server.page("/uploads/lead.png", b"<html>not an image</html>")
    result = import_article_url(url=f"{local_server.url}/story", section=news, policy=LOCAL)
    assert result.page.featured_image is None
    assert any("isn't an image" in note for note in result.notes)


def test_page_without_an_article_is_refused(news):
    with pytest.raises(ArticleNotFound):
        import_article_html(html=(PAGES / "not-an-article.html").read_bytes(), section=news)


def test_two_imports_of_one_story_get_their_own_slugs(news):
    html = (PAGES / "news-article.html").read_bytes()
    first = import_article_html(html=html, section=news).page
    second = import_article_html(html=html, section=news).page
    assert first.slug != second.slug


def test_hostile_page_is_inert_once_published(news, client):
    hostile = (
        "<html><head><title>Bad</title><base href='javascript:alert(1)//'>"
        "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'></head><body><article>"
        "<h1>Bad news</h1>"
        + "".join(
            f"<p>Paragraph {n} has ordinary words about the market today.</p>" for n in range(5)
        )
        + "<p><a href='javascript:alert(1)'>click</a><img src=x onerror=alert(1)>"
        "<svg onload=alert(1)></svg><iframe src='javascript:alert(1)'></iframe>"
        "<a href='data:text/html,<script>alert(1)</script>'>data</a>"
        "<b onmouseover=alert(1) style='x:expression(alert(1))'>bold</b></p>"
        "</article></body></html>"
    )
    page = import_article_html(html=hostile, section=news, url="https://bad.example/").page
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    assert injected_into(response) == []


def kulu_page(lead_image: str) -> bytes:
    return (PAGES / "kulu-market.html").read_text().replace("LEAD_IMAGE", lead_image).encode()


def test_headline_byline_and_standfirst_are_read_as_a_reader_sees_them(news):
    """The title drops " | Kulu Times | 19.01.2024" to agree with the <h1> (not the logo's);
    an organisation-and-place byline goes to the outlet; the marked standfirst is kept once."""
    result = import_article_html(html=kulu_page("https://kulu.example/lead.jpg"), section=news)
    page = result.page
    assert page.title == "Market prices steady as the harvest arrives"
    assert page.source_outlet == "Kulu Times" and page.source_author == ""
    assert any("names an organisation or a place" in note for note in result.notes)
    assert page.standfirst.startswith("Grain traders in Kano say")
    text = " ".join(str(block.value) for block in page.body)
    assert "Grain traders in Kano" not in text and text.count("Dawanau") == 1
    assert "Most popular" not in text and "All rights reserved" not in text


def test_a_saved_page_goes_online_only_when_asked(news, local_server):
    local_server.page("/lead.png", png(), "image/png")
    html = kulu_page(f"{local_server.url}/lead.png")
    offline = import_article_html(html=html, section=news, policy=LOCAL)
    assert local_server.requests == [] and offline.page.featured_image is None
    online = import_article_html(html=html, section=news, policy=LOCAL, fetch_image=True)
    assert local_server.requests == ["/lead.png"] and online.page.featured_image.width == 120


def test_a_body_much_shorter_than_the_story_on_the_page_is_flagged(news, monkeypatch):
    """As when extraction keeps only a photo caption: the editor is told, with the counts."""
    html = (PAGES / "lokoja-flood.html").read_bytes()
    caption_only = (
        "<html><body><p>Residents wade through a flooded street in Lokoja on Sunday, as the "
        "waters of the Niger and Benue began to fall after a week of rain.</p></body></html>"
    )
    monkeypatch.setattr("trafilatura.extract", lambda *args, **kwargs: caption_only)
    result = import_article_html(html=html, section=news)
    warning = next(note for note in result.notes if "check that nothing is missing" in note)
    assert "has 26 words, but the story on the page shows about 199" in warning


def test_a_complete_body_is_not_flagged(news):
    result = import_article_html(html=(PAGES / "lokoja-flood.html").read_bytes(), section=news)
    assert not any("nothing is missing" in note for note in result.notes)


def test_pasted_html_with_an_xml_declaration_is_read(news):
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + (PAGES / "lokoja-flood.html").read_text()
    page = import_article_html(html=html, section=news).page
    assert page.title == "Flood waters recede in Lokoja"


@pytest.mark.parametrize(
    ("title", "byline", "expected_title", "author"),
    [
        (
            "Nigeria beat Ghana 2 - 1",
            "Jane Doe; John Smith",
            "Nigeria beat Ghana 2 - 1",
            "Jane Doe; John Smith",
        ),
        ("Rain in Jos | Plateau Post | 2024-03-01", "Plateau Post Staff", "Rain in Jos", ""),
    ],
)
def test_titles_and_bylines_without_a_headline_to_agree_with(
    news, title, byline, expected_title, author
):
    body = "".join(
        f"<p>Sentence {n} of an ordinary report about the weather and the roads.</p>"
        for n in range(6)
    )
    html = (
        f'<html><head><title>{title}</title><meta name="author" content="{byline}">'
        '<meta property="og:site_name" content="Plateau Post"></head>'
        f"<body><article>{body}</article></body></html>"
    )
    page = import_article_html(html=html, section=news).page
    assert page.title == expected_title
    assert page.source_author == author
