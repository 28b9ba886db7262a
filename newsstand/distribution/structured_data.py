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


def music_group(artist, *, url: str | None, image_url: str | None = None) -> Node:
    """An artist: schema.org's MusicGroup also covers solo musicians."""
    same_as = [profile.url for profile in artist.social_profiles]
    if artist.website:
        same_as.append(artist.website)
    return drop_empty(
        {
            "@type": "MusicGroup",
            "name": artist.name,
            "url": url,
            "image": image_url,
            "description": artist.bio,
            "sameAs": same_as,
        }
    )


def music_recording(song, *, url, image_url, artists: list[Node], audio_url=None) -> Node:
    node = {
        "@type": "MusicRecording",
        "name": song.title,
        "url": url,
        "byArtist": artists,
        "genre": song.genre,
        "datePublished": song.release_date.isoformat() if song.release_date else None,
        "image": image_url,
        "sameAs": [link.url for link in song.streaming_links],
    }
    if audio_url:
        node["audio"] = {
            "@type": "AudioObject",
            "contentUrl": audio_url,
            "encodingFormat": song.audio_format.mime_type,
        }
    return drop_empty(node)


def music_composition(song, *, url, recording: Node, lyrics) -> Node:
    """The song as written; its lyrics' text only when the rights allow all of it."""
    node: Node = {
        "@type": "MusicComposition",
        "name": song.title,
        "url": url,
        "recordedAs": recording,
    }
    if lyrics.complete:
        text = "\n\n".join("\n".join(section.lines) for section in lyrics.sections)
        node["lyrics"] = {"@type": "CreativeWork", "text": text}
    return node


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


def is_home(page) -> bool:
    return isinstance(page, HomePage)


def drop_empty(node: Node) -> Node:
    return {key: value for key, value in node.items() if value not in (None, "", [])}
