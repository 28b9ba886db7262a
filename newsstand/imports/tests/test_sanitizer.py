"""The one sanitizer, and every XSS payload through every import path."""

import re

import pytest

from django.utils.html import escape

from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.core.tests.xss import injected_into, injected_markup, payloads
from newsstand.imports.body.convert import NoImages, html_to_blocks
from newsstand.imports.body.wordpress import wordpress_body
from newsstand.imports.sanitizer import plain_text, sanitize
from newsstand.imports.services import import_article_html, import_wordpress

from .conftest import item

# Characters XML 1.0 can't carry at all; a WordPress export never has them.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def rendered_values(blocks):
    for block in blocks:
        value = block["value"]
        if isinstance(value, str):
            yield value  # rich text, shown as stored
        else:
            yield escape(str(value))  # text fields, escaped by the templates


def test_sanitize_keeps_formatting_and_safe_links():
    markup = (
        '<p onclick="x()" style="color:red">A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> '
        '<a href="https://ok.example/" target="_blank">ok</a> <a href="/local">local</a> '
        '<a href="mailto:desk@naija.example">mail</a></p><ul><li>x</li></ul>'
    )
    assert sanitize(markup) == (
        "<p>A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> "
        '<a href="https://ok.example/" rel="noopener noreferrer">ok</a> '
        '<a href="/local" rel="noopener noreferrer">local</a> '
        '<a href="mailto:desk@naija.example" rel="noopener noreferrer">mail</a></p>'
        "<ul><li>x</li></ul>"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" JaVaScRiPt:alert(1)">x</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
        '<img src="x" onerror="alert(1)">',
        "<svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)>",
        '<p style="background:url(javascript:alert(1))">x</p>',
    ],
)
def test_sanitize_strips_active_content(markup):
    clean = sanitize(markup)
    assert injected_markup(clean) == []
    assert "javascript" not in clean.lower() and "style" not in clean


def test_plain_text_decodes_entities_and_cuts_at_a_word():
    assert plain_text("Tom &amp; Jerry<br>&#8211; <b>the end</b>") == "Tom & Jerry – the end"
    assert plain_text("one two three four", max_length=10) == "one two…"


@pytest.mark.filterwarnings("ignore::bs4.MarkupResemblesLocatorWarning")
def test_every_payload_through_the_sanitizer_and_body_converter_is_inert():
    for payload in payloads():
        assert injected_markup(sanitize(payload)) == [], payload
        assert injected_markup(escape(plain_text(payload))) == [], payload
        for blocks in (
            wordpress_body(payload, images=NoImages()).blocks,
            html_to_blocks(payload, images=NoImages()).blocks,
        ):
            for value in rendered_values(blocks):
                assert injected_markup(value) == [], payload


def test_every_payload_in_a_wordpress_export_renders_inert(home, write_wxr, client):
    batch = [NOT_XML.sub("", payload) for payload in payloads()]
    posts = [
        item(
            n + 1,
            title=batch[n],
            content="\n\n".join(batch[start : start + 120]),
            excerpt=batch[start],
            tags=(f"tag-{n}",),
            slug=f"payload-{n}",
        )
        for n, start in enumerate(range(0, len(batch), 120))
    ]
    report = import_wordpress(export=write_wxr(*posts))
    assert not report.failed
    assert ArticlePage.objects.live().count() == len(posts)
    for page in ArticlePage.objects.live():
        response = client.get(page.url)
        assert response.status_code == 200
        assert injected_into(response) == [], page.title
    assert injected_into(client.get("/news/")) == []


def test_every_payload_in_a_web_page_renders_inert(home, client):
    section = SectionPage(title="News", slug="news")
    home.add_child(instance=section)
    batch = payloads()
    for start in range(0, len(batch), 800):
        paragraphs = "".join(
            f"<p>Story text {n}: {p}</p>" for n, p in enumerate(batch[start : start + 800])
        )
        page = (
            f"<html><head><title>Payload story {start}</title></head>"
            f"<body><article><h1>Payload story {start}</h1>{paragraphs}</article></body></html>"
        )
        result = import_article_html(html=page, section=section, url="https://bad.example/story")
        draft = result.page
        draft.save_revision().publish()
        response = client.get(draft.url)
        assert response.status_code == 200
        assert injected_into(response) == []
