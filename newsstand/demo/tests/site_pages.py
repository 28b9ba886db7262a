"""Every page a reader can reach on a site, found the way a crawler would."""

import re
from urllib.parse import urlsplit

from wagtail.models import Page

from newsstand.core.posts import posts

LOC = re.compile(r"<loc>([^<]+)</loc>")
LINK = re.compile(r'href="(/[^"#?]*)"')


def every_url(client) -> list[str]:
    """Each live page, every URL in the sitemaps (lyrics, editions, artists…), and the tag
    and author pages that posts link to, plus search and a missing page."""
    found = {page.url for page in Page.objects.live().public().specific() if page.url}
    for sitemap in LOC.findall(client.get("/sitemap.xml").content.decode()):
        body = client.get(urlsplit(sitemap).path).content.decode()
        found |= {urlsplit(loc).path for loc in LOC.findall(body)}
    for post in posts()[:50]:
        html = client.get(post.url).content.decode()
        found |= {link for link in LINK.findall(html) if link.startswith(("/tags/", "/authors/"))}
    return sorted(found) + ["/search/?q=lagos", "/search/", "/no-such-page/"]
