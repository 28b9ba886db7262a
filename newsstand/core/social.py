"""Links to the publication's social profiles and to share a page on social networks."""

from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class Network:
    key: str
    label: str
    profile_url: str  # formatted with the handle, without its leading "@"


NETWORKS = (
    Network("facebook", "Facebook", "https://www.facebook.com/{}"),
    Network("x", "X", "https://x.com/{}"),
    Network("instagram", "Instagram", "https://www.instagram.com/{}"),
    Network("tiktok", "TikTok", "https://www.tiktok.com/@{}"),
    Network("youtube", "YouTube", "https://www.youtube.com/@{}"),
    Network("telegram", "Telegram", "https://t.me/{}"),
)


@dataclass(frozen=True)
class Profile:
    key: str
    label: str
    url: str
    handle: str  # what readers see after the label, e.g. "@naijabeat", or "channel"


def profiles(handles: dict[str, str], whatsapp_channel_url: str = "") -> list[Profile]:
    """The configured profiles, in a fixed order, skipping empty handles."""
    found = []
    for network in NETWORKS:
        handle = handles.get(network.key, "").strip().lstrip("@")
        if handle:
            found.append(
                Profile(
                    network.key, network.label, network.profile_url.format(handle), f"@{handle}"
                )
            )
    if whatsapp_channel_url:
        found.append(Profile("whatsapp", "WhatsApp", whatsapp_channel_url, "channel"))
    return found


@dataclass(frozen=True)
class ShareLink:
    key: str
    label: str
    url: str


def share_links(url: str, title: str) -> list[ShareLink]:
    """Plain share URLs: no scripts, no tracking pixels, work in any browser."""
    text = f"{title} {url}"
    return [
        ShareLink("x", "X", "https://x.com/intent/post?" + urlencode({"url": url, "text": title})),
        ShareLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ShareLink("whatsapp", "WhatsApp", "https://wa.me/?" + urlencode({"text": text})),
        ShareLink(
            "telegram",
            "Telegram",
            "https://t.me/share/url?" + urlencode({"url": url, "text": title}),
        ),
    ]
