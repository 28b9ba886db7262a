"""The feeds: RSS and Atom through django.contrib.syndication, and JSON Feed 1.1."""

from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import JsonResponse

from . import entries, sources
from .generators import AtomWithContent, RssWithContent

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


class RssFeed(Feed):
    """A feed of the pages `find_source(request, **url_kwargs)` picks."""

    feed_type = RssWithContent
    item_guid_is_permalink = False  # the guid is a tag: URI

    def __init__(self, find_source):
        self.find_source = find_source

    @property
    def language(self):
        return settings.LANGUAGE_CODE

    def get_object(self, request, **kwargs):
        return self.find_source(request, **kwargs)

    def title(self, source):
        return source.title

    def link(self, source):
        return source.link

    def description(self, source):
        return source.description

    def subtitle(self, source):  # Atom's name for the description
        return source.description

    def author_name(self, source):
        return source.publication.name

    def items(self, source):
        return entries.load(source)

    def item_title(self, entry):  # RSS readers take a title for HTML
        return escape(entry.title)

    def item_link(self, entry):
        return entry.url

    def item_guid(self, entry):
        return entry.guid

    def item_description(self, entry):  # HTML in both RSS and Atom
        return escape(entry.summary)

    def item_author_name(self, entry):
        return entry.byline

    def item_author_link(self, entry):
        return entry.authors[0]["url"] if len(entry.authors) == 1 else None

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_categories(self, entry):
        return entry.categories

    def item_enclosures(self, entry):
        return entry.enclosures

    def item_extra_kwargs(self, entry):
        return {"content": entry.content}


class AtomFeed(RssFeed):
    feed_type = AtomWithContent

    def item_title(self, entry):  # an Atom title is text unless it says otherwise
        return entry.title


def json_feed(request):
    """The whole site as a JSON Feed 1.1."""
    source = sources.site(request)
    feed = {
        "version": JSON_FEED_VERSION,
        "title": source.title,
        "home_page_url": source.link,
        "feed_url": request.build_absolute_uri(request.path),
        "description": source.description,
        "language": settings.LANGUAGE_CODE,
        "authors": [{"name": source.publication.name, "url": source.link}],
        "items": [json_item(entry) for entry in entries.load(source)],
    }
    return JsonResponse(feed, content_type="application/feed+json")


def json_item(entry: entries.Entry) -> dict:
    item = {
        "id": entry.guid,
        "url": entry.url,
        "title": entry.title,
        "summary": entry.summary,
        "date_published": entry.published.isoformat(),
        "date_modified": entry.updated.isoformat(),
        "authors": entry.authors,
        "tags": entry.categories,
        "attachments": [
            {"url": e.url, "mime_type": e.mime_type, "size_in_bytes": int(e.length)}
            for e in entry.enclosures
        ],
    }
    if entry.content is None:
        item["content_text"] = entry.summary
    else:
        item["content_html"] = entry.content
    if entry.image_url:
        item["image"] = entry.image_url
    return item
