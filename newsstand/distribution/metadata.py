"""What a page tells search engines, social networks and feed readers about itself."""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from newsstand.articles.models import ArticlePage, RepublishedHandling, SectionPage
from newsstand.charts.models import ChartPage, ChartWeekPage
from newsstand.core.images import VARIANTS
from newsstand.core.models import PublicationSettings
from newsstand.core.times import iso
from newsstand.music.models import MusicSectionPage, SongPage
from newsstand.series.models import EpisodePage, SeriesPage

from . import structured_data as ld

SOCIAL = VARIANTS["social"].spec(1200, "jpeg")
# Escapes that keep JSON from closing its <script> element (as Django's json_script does).
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
LOGO = VARIANTS["logo"].spec(160, "jpeg")


@dataclass
class Image:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class FeedLink:
    type: str
    title: str
    url: str


@dataclass
class PageMeta:
    title: str
    description: str
    canonical: str
    robots: str = ""
    og_type: str = "website"
    image: Image | None = None
    published: str = ""
    modified: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    feeds: list[FeedLink] = field(default_factory=list)
    json_ld: list[dict] = field(default_factory=list)

    @property
    def json_ld_script(self) -> str:
        if not self.json_ld:
            return ""
        graph = {
            "@context": "https://schema.org",
            "@graph": [ld.drop_empty(n) for n in self.json_ld],
        }
        data = json.dumps(graph, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
        return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))

    @property
    def locale(self) -> str:
        language, _, region = settings.LANGUAGE_CODE.partition("-")
        return f"{language}_{region.upper()}" if region else language


def build(context) -> PageMeta:
    """Metadata for whatever the template context is showing."""
    request = context["request"]
    publication = PublicationSettings.for_request(request)

    def absolute(path: str) -> str:
        return request.build_absolute_uri(path)

    home_url = absolute("/")
    page = context.get("page")
    meta = PageMeta(
        title=str(context.get("meta_title") or (page and (page.seo_title or page.title)) or ""),
        description=str(context.get("meta_description") or (page and page.summary) or ""),
        canonical=absolute(request.path),
        robots=context.get("robots", ""),
        feeds=[
            FeedLink("application/rss+xml", publication.name, absolute(reverse("feed"))),
            FeedLink("application/atom+xml", publication.name, absolute(reverse("feed-atom"))),
            FeedLink("application/feed+json", publication.name, absolute(reverse("feed-json"))),
        ],
    )
    publisher = ld.organization(
        publication, home_url, rendition_url(publication.logo, LOGO, absolute)
    )
    if page is not None and getattr(page, "pk", None):
        describe_page(meta, page, context, publication, publisher, absolute)
    elif context.get("author") is not None:
        author = context["author"]
        meta.feeds.append(
            FeedLink(
                "application/rss+xml", author.name, absolute(f"{author.get_absolute_url()}feed/")
            )
        )
        meta.json_ld.append(
            {
                "@type": "ProfilePage",
                "url": meta.canonical,
                "mainEntity": ld.person(author, absolute),
            }
        )
        meta.image = image_for(author.photo, absolute)
    elif context.get("tag") is not None:
        tag = context["tag"]
        meta.feeds.append(
            FeedLink("application/rss+xml", tag.name, absolute(f"/tags/{tag.slug}/feed/"))
        )
    page_obj = context.get("page_obj")
    if page_obj is not None and getattr(page_obj, "number", 1) > 1:
        meta.canonical += f"?page={page_obj.number}"
    meta.image = meta.image or image_for(publication.logo, absolute)
    return meta


def describe_page(meta, page, context, publication, publisher, absolute) -> None:
    if page.noindex:
        meta.robots = "noindex, follow"
    image = page.social_image or listing_image(page)
    meta.image = image_for(image, absolute)
    image_url = meta.image.url if meta.image else None
    trail = [(a.title, absolute(a.url)) for a in page.get_ancestors().filter(depth__gt=1)]
    here = [(meta.title, absolute(page.url))]  # the last crumbs: the page, or page and route

    if ld.is_home(page):
        meta.title = meta.title if page.seo_title else publication.name
        meta.description = meta.description or publication.tagline
        meta.json_ld += [
            publisher,
            ld.website(publication, absolute("/"), absolute(reverse("search"))),
        ]
    elif isinstance(page, ArticlePage):
        section = context.get("section")
        meta.og_type = "article"
        meta.published = iso(page.first_published_at)
        meta.modified = iso(page.last_published_at)
        meta.section = section.title if section else ""
        meta.tags = [tag.name for tag in context.get("article_tags", [])]
        if page.source_relationship == "republished" and page.source_url:
            if page.republished_handling == RepublishedHandling.CANONICAL:
                meta.canonical = page.source_url
            else:
                meta.robots = "noindex, follow"
        authors = [ld.person(author, absolute) for author in context.get("authors", [])]
        meta.json_ld.append(
            ld.news_article(
                page,
                url=absolute(page.url),
                image_url=image_url,
                authors=authors,
                publisher=publisher,
                section=meta.section,
            )
        )
    elif isinstance(page, SectionPage | SeriesPage):
        meta.feeds.append(FeedLink("application/rss+xml", page.title, absolute(f"{page.url}feed/")))
        if isinstance(page, SeriesPage):
            authors = [ld.person(author, absolute) for author in context.get("authors", [])]
            meta.json_ld.append(
                ld.creative_work_series(
                    page,
                    url=absolute(page.url),
                    image_url=image_url,
                    authors=authors,
                    episodes=context.get("episodes", []),
                    absolute=absolute,
                )
            )
    elif isinstance(page, MusicSectionPage):
        here = describe_music_section(meta, page, context, absolute)
    elif isinstance(page, SongPage):
        here = describe_song(meta, page, context, image_url, absolute)
    elif isinstance(page, ChartPage | ChartWeekPage) and context.get("table"):
        meta.json_ld.append(chart_list(meta, context, absolute))
    elif isinstance(page, EpisodePage):
        series = context["series"]
        meta.og_type = "article"
        meta.title = context.get("display_title", meta.title)
        meta.description = (
            meta.description or f"{series.title}, episode {page.number}: {series.synopsis}"
        )
        meta.json_ld.append(
            ld.episode(page, url=absolute(page.url), series=series, series_url=absolute(series.url))
        )
    if trail:
        meta.json_ld.append(ld.breadcrumbs([*trail, *here]))


def describe_music_section(meta, page, context, absolute) -> list[tuple[str, str]]:
    """The section, its artists index or an artist's page; returns the last crumbs."""
    meta.feeds.append(FeedLink("application/rss+xml", page.title, absolute(f"{page.url}feed/")))
    section = (page.title, absolute(page.url))
    artist = context.get("artist")
    if artist is not None:
        meta.og_type = "profile"
        meta.image = image_for(artist.photo, absolute) or meta.image
        image_url = meta.image.url if artist.photo else None
        meta.json_ld.append(
            {
                "@type": "ProfilePage",
                "url": meta.canonical,
                "mainEntity": ld.music_group(artist, url=meta.canonical, image_url=image_url),
            }
        )
        return [section, (artist.name, meta.canonical)]
    if "artists" in context:
        return [section, ("Artists", meta.canonical)]
    return [section]


def describe_song(meta, page, context, image_url, absolute) -> list[tuple[str, str]]:
    """A music post (MusicRecording) or its lyrics view (MusicComposition)."""
    song = context["song"]
    recording = ld.music_recording(
        song,
        url=absolute(page.url),
        image_url=image_url,
        artists=artist_nodes(song, context.get("music_section"), absolute),
        audio_url=absolute(song.audio.url) if song.audio else None,
    )
    post = (page.title, absolute(page.url))
    lyrics = context.get("lyrics")
    if lyrics is None:
        meta.og_type = "music.song"
        meta.json_ld.append(recording)
        return [post]
    meta.og_type = "article"
    meta.description = f"The lyrics of “{song.title}” by {song.artist_line}. {lyrics.note}"
    meta.json_ld.append(
        ld.music_composition(song, url=meta.canonical, recording=recording, lyrics=lyrics)
    )
    return [post, (meta.title, meta.canonical)]


def chart_list(meta, context, absolute) -> dict:
    """A chart week as an ItemList of recordings, No. 1 first."""
    table, section = context["table"], context.get("music_section")
    items = [
        ld.music_recording(
            row.song,
            url=absolute(row.post.url) if row.post else None,
            image_url=None,
            artists=artist_nodes(row.song, section, absolute),
        )
        for row in table.rows
    ]
    name = f"{context['chart'].title}, week of {date_format(table.week.week, 'j F Y')}"
    return ld.item_list(name=name, url=meta.canonical, items=items)


def artist_nodes(song, section, absolute) -> list[dict]:
    """The song's artists, linked to their pages when the site has a music section."""
    return [
        ld.music_group(artist, url=absolute(section.artist_url(artist)) if section else None)
        for artist in song.artists
    ]


def listing_image(page):
    image_id = page.listing_image_id
    if not image_id:
        return None
    return getattr(page, "featured_image", None) or getattr(page, "cover_image", None)


def rendition_url(image, spec, absolute) -> str | None:
    return absolute(image.get_rendition(spec).url) if image else None


def image_for(image, absolute) -> Image | None:
    if image is None:
        return None
    rendition = image.get_rendition(SOCIAL)
    return Image(absolute(rendition.url), rendition.width, rendition.height, image.default_alt_text)
