"""schema.org JSON-LD as plain dicts: the shared pieces, and the default node of a post.

Page types describe themselves with `structured_data(meta)` (see core.pages and
core.posts); `Meta` is what page metadata hands them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .times import iso

Node = dict[str, Any]


@dataclass
class Meta:
    """What a page's structured data may draw on, as page metadata worked it out."""

    absolute: Callable[[str], str]  # a site path as an absolute URL
    url: str  # the page's (or route's) absolute URL
    canonical: str
    title: str
    description: str
    publisher: Node
    context: dict  # the template context
    image_url: str | None = None
    authors: list[Node] = field(default_factory=list)
    section: str = ""
    tags: list[str] = field(default_factory=list)


def post(page, meta: Meta, *, schema_type: str = "Article") -> Node:
    """A post as a schema.org CreativeWork of `schema_type`, from the post contract."""
    return drop_empty(
        {
            "@type": schema_type,
            "headline": meta.title[:110],
            "name": meta.title,
            "description": meta.description,
            "url": meta.url,
            "mainEntityOfPage": meta.url,
            "datePublished": iso(page.first_published_at),
            "dateModified": iso(page.last_published_at or page.first_published_at),
            "author": meta.authors or [meta.publisher],
            "publisher": meta.publisher,
            "image": [meta.image_url] if meta.image_url else None,
            "articleSection": meta.section,
            "keywords": meta.tags,
        }
    )


def organization(publication, home_url: str, logo_url: str | None) -> Node:
    node: Node = {"@type": "NewsMediaOrganization", "name": publication.name, "url": home_url}
    if logo_url:
        node["logo"] = {"@type": "ImageObject", "url": logo_url}
    same_as = [profile.url for profile in publication.social_profiles]
    if same_as:
        node["sameAs"] = same_as
    return node


def website(publication, home_url: str, search_url: str | None) -> Node:
    node: Node = {"@type": "WebSite", "name": publication.name, "url": home_url}
    if search_url:
        node["potentialAction"] = {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        }
    return node


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


def item_list(*, name: str, url: str, items: list[Node]) -> Node:
    return {
        "@type": "ItemList",
        "name": name,
        "url": url,
        "itemListOrder": "https://schema.org/ItemListOrderAscending",
        "numberOfItems": len(items),
        "itemListElement": [
            {"@type": "ListItem", "position": n, "item": item}
            for n, item in enumerate(items, start=1)
        ],
    }


def drop_empty(node: Node) -> Node:
    return {key: value for key, value in node.items() if value not in (None, "", [])}
