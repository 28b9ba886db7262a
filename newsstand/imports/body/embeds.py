"""Which URLs become an embed (link card), and in which canonical form."""

import re
from urllib.parse import parse_qs, urlsplit

from newsstand.core.blocks import EmbedValue

# Social and video hosts the embed card names, the audio hosts music blogs embed, and the
# other oEmbed providers WordPress turns a URL on its own line into an embed for.
EMBED_HOSTS = frozenset(
    {
        *EmbedValue.PROVIDERS,
        "vimeo.com",
        "soundcloud.com",
        "audiomack.com",
        "open.spotify.com",
        "boomplay.com",
        "music.apple.com",
        "wordpress.tv",
        "videopress.com",
        "dailymotion.com",
        "flickr.com",
        "ted.com",
        "tumblr.com",
        "reddit.com",
        "imgur.com",
        "mixcloud.com",
        "pinterest.com",
        "threads.net",
        "bsky.app",
        "twitch.tv",
        "kickstarter.com",
        "scribd.com",
        "slideshare.net",
        "pocketcasts.com",
        "wolframcloud.com",
        "issuu.com",
        "speakerdeck.com",
        "amazon.com",
        "smugmug.com",
        "cloudup.com",
        "crowdsignal.com",
        "animoto.com",
        "screencast.com",
    }
)
_YOUTUBE_ID = re.compile(r"^/(?:embed|shorts|live|v)/([\w-]{6,})")


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.").removeprefix("m.").removeprefix("mobile.")


def is_web_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def embeddable(url: str) -> bool:
    """True for a link to a post, video or track on a known social or media host."""
    return is_web_url(url) and host_of(url) in EMBED_HOSTS


def canonical_embed_url(url: str) -> str:
    """The page a reader should open: player URLs (youtube.com/embed/ID) become watch URLs."""
    url = url.strip()
    parts = urlsplit(url)
    if host_of(url) in {"youtube.com", "youtube-nocookie.com"}:
        if match := _YOUTUBE_ID.match(parts.path):
            return f"https://www.youtube.com/watch?v={match[1]}"
        if parts.path == "/watch" and (video := parse_qs(parts.query).get("v")):
            return f"https://www.youtube.com/watch?v={video[0]}"
    if parts.scheme == "http" and host_of(url) in EMBED_HOSTS:
        return "https" + url[4:]
    return url
