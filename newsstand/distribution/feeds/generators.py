"""Django's RSS and Atom writers, taught to carry the full story."""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/"


class RssWithContent(Rss201rev2Feed):
    """RSS 2.0 with the story in <content:encoded>. RSS allows one enclosure an item,
    so an item keeps its first."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "enclosures": list(item["enclosures"])[:1]})
        if item["content"]:
            handler.addQuickElement("content:encoded", item["content"])


class AtomWithContent(Atom1Feed):
    """Atom with the story in <content type="html">."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item["content"]:
            handler.addQuickElement("content", item["content"], {"type": "html"})
