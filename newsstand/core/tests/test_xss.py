"""Hostile text typed into any reader- or editor-facing field comes out inert."""

import json

from django.test import RequestFactory

from newsstand.articles.factories import ArticlePageFactory
from newsstand.core.posts import posts
from newsstand.discovery.query import backend_query, clean_query
from newsstand.discovery.views import search
from newsstand.people.factories import AuthorFactory
from newsstand.people.models import PageAuthor

from .xss import injected_into, payloads


def test_payload_list_is_complete():
    assert len(payloads()) >= 6600


def test_every_payload_in_plain_text_fields_renders_inert(client, section):
    batch = payloads()
    body = []
    for n, payload in enumerate(batch):
        kind = n % 3
        if kind == 0:
            body.append(
                {"type": "quote", "value": {"quote": payload, "speaker": payload, "role": payload}}
            )
        elif kind == 1:
            body.append({"type": "heading", "value": {"text": payload, "level": "h2"}})
        else:
            body.append(
                {"type": "embed", "value": {"url": "https://x.com/a/status/1", "title": payload}}
            )
    article = ArticlePageFactory(
        parent=section,
        title=batch[0][:200],
        standfirst="\n".join(batch[:50]),
        body=json.dumps(body),
        source_outlet=batch[1][:120],
        source_author=batch[2][:120],
        source_relationship="excerpt",
    )
    article.tags.add(batch[3][:90])
    article.save()
    author = AuthorFactory(name=batch[4][:120], bio="\n".join(batch[5:60]), role=batch[6][:120])
    PageAuthor.objects.create(page=article, author=author)

    for url in (article.url, f"/authors/{author.slug}/", section.url, "/"):
        response = client.get(url)
        assert response.status_code == 200
        assert injected_into(response) == [], url


def test_every_payload_is_a_valid_search_query(article):
    queries = {backend_query(clean_query(payload, 200)) for payload in payloads()}
    for words in queries - {""}:
        list(posts().search(words)[:1])


def test_payload_search_queries_render_inert(db, home):
    factory = RequestFactory()
    for payload in payloads()[::10]:
        response = search(factory.get("/search/", {"q": payload}))
        assert response.status_code == 200
        assert injected_into(response) == [], payload
