"""Deciding whether a request is a reader's view, and whose, without keeping who they are."""

import hashlib
import re

from django.conf import settings
from django.http import HttpRequest

from newsstand.core.net import client_ip

# Automated clients that run scripts or load images: crawlers, link previewers,
# monitors, headless browsers, HTTP libraries. (Most bots never request the counter.)
BOTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|scrap|fetch|preview|monitor|uptime|headless|"
    r"lighthouse|pagespeed|gtmetrix|phantomjs|selenium|puppeteer|playwright|python|curl|wget|"
    r"httpclient|http_request|java/|go-http|okhttp|axios|node-fetch|libwww|facebookexternalhit|"
    r"facebookcatalog|whatsapp/|telegrambot|embedly|quora link|ia_archiver|feed|rss|validator",
    re.IGNORECASE,
)
PREFETCH = re.compile(r"prefetch|prerender|preview", re.IGNORECASE)
MAX_PAGE_ID = 2**31 - 1


def is_reader(request: HttpRequest) -> bool:
    """A person reading, as far as a request can tell: not a bot, not a prefetch or a
    preview, not another site's page, and not one of the publication's own staff."""
    agent = request.headers.get("User-Agent", "")
    if not agent or BOTS.search(agent):
        return False
    purpose = " ".join(
        request.headers.get(name, "") for name in ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")
    )
    if PREFETCH.search(purpose):
        return False
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    # Staff are signed in, with a session cookie; readers are never given one.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def visitor(request: HttpRequest, page_id: int, salt: bytes) -> str:
    """One reader of one page on one day: a keyed hash that can't be reversed once the
    day's salt is gone, and that no two days share."""
    agent = request.headers.get("User-Agent", "")
    message = f"{client_ip(request)}\n{agent}\n{page_id}".encode()
    return hashlib.blake2b(message, key=salt, digest_size=8).hexdigest()
