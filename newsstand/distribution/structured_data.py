"""schema.org JSON-LD for each kind of page, built as plain dicts."""

from typing import Any

from newsstand.articles.models import ArticlePage, HomePage
from newsstand.core.times import iso
from newsstand.series.models import EpisodePage, SeriesPage

Node = dict[str, Any]


def organization(publication, home_url: str, logo_url: str | None) -> Node:
    node: Node = {"@type": "NewsMediaOrganization", "name": publication.name, "url": home_url}
    if logo_url:
        node["logo"] = {"@type": "ImageObject", "url": logo_url}
    same_as = [profile.url for profile in publication.social_profiles]
    if same_as:
        node["sameAs"] = same_as
    return node


def website(publication, home_url: str, search_url: str) -> Node:
    return {
        "@type": "WebSite",
        "name": publication.name,
        "url": home_url,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def person(author, absolute) -> Node:
    node: Node = {
        "@type": "Person",
        "name": author.name,
        "url": absolute(author.get_absolute_url()),
    }
    if author.role:
        node["jobTitle"] = author.role
    same_as = [profile.url for profile in author.social_profiles]
    if author.website:
        same_as.append(author.website)
    if same_as:
        node["sameAs"] = same_as
    return node


def breadcrumbs(trail: list[tuple[str, str]]) -> Node:
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": url}
            for n, (name, url) in enumerate(trail, start=1)
        ],
    }


def news_article(page: ArticlePage, *, url, image_url, authors, publisher, section) -> Node:
    node: Node = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": iso(page.first_published_at),
        "dateModified": iso(page.last_published_at or page.first_published_at),
        "author": authors or [publisher],
        "publisher": publisher,
    }
    if image_url:
        node["image"] = [image_url]
    if section:
        node["articleSection"] = section
    tags = [tag.name for tag in page.tags.all()]
    if tags:
        node["keywords"] = tags
    if page.has_source and page.source_url:
        node["isBasedOn"] = page.source_url
    return node


def creative_work_series(page: SeriesPage, *, url, image_url, authors, episodes, absolute) -> Node:
    node: Node = {
        "@type": "CreativeWorkSeries",
        "name": page.title,
        "description": page.synopsis,
        "url": url,
        "genre": page.genre or None,
        "author": authors or None,
        "hasPart": [
            {
                "@type": "CreativeWork",
                "name": episode.title,
                "url": absolute(episode.url),
                "position": episode.number,
            }
            for episode in episodes
        ],
    }
    if image_url:
        node["image"] = image_url
    return node


def episode(page: EpisodePage, *, url, series: SeriesPage, series_url: str) -> Node:
    return {
        "@type": "CreativeWork",
        "name": page.title,
        "url": url,
        "position": page.number,
        "datePublished": iso(page.first_published_at),
        "isPartOf": {"@type": "CreativeWorkSeries", "name": series.title, "url": series_url},
    }


def is_home(page) -> bool:
    return isinstance(page, HomePage)


def drop_empty(node: Node) -> Node:
    return {key: value for key, value in node.items() if value not in (None, "", [])}
