"""Streaming services a song can link to, and the hosts each one's links may point at."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible


@dataclass(frozen=True)
class Service:
    key: str  # also the stem of the Song field: `<key>_url`
    label: str
    domains: tuple[str, ...]  # a link's host is one of these or a subdomain of one

    @property
    def field_name(self) -> str:
        return f"{self.key}_url"

    def accepts(self, url: str) -> bool:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        return parts.scheme == "https" and any(
            host == domain or host.endswith(f".{domain}") for domain in self.domains
        )


SERVICES = (
    Service("audiomack", "Audiomack", ("audiomack.com",)),
    Service("boomplay", "Boomplay", ("boomplay.com",)),
    Service("spotify", "Spotify", ("open.spotify.com", "spotify.link")),
    Service("apple_music", "Apple Music", ("music.apple.com",)),
    Service("youtube", "YouTube", ("youtube.com", "youtu.be")),
)
BY_KEY = {service.key: service for service in SERVICES}


@dataclass(frozen=True)
class StreamingLink:
    service: Service
    url: str


@deconstructible
class ServiceURLValidator:
    """Accepts only https links to the named service, e.g. open.spotify.com for Spotify."""

    def __init__(self, key: str):
        self.key = key

    def __call__(self, value: str) -> None:
        service = BY_KEY[self.key]
        if value and not service.accepts(value):
            raise ValidationError(
                "Enter an https link to %(label)s (%(domains)s).",
                code="streaming_host",
                params={"label": service.label, "domains": ", ".join(service.domains)},
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, ServiceURLValidator) and other.key == self.key
