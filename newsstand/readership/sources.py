"""Where a reader came from, reduced to a coarse kind of place; the referrer itself is dropped."""

from urllib.parse import urlsplit

from .models import Source

# Registrable names (the host or a parent of it) and Android apps, by source.
HOSTS = {
    Source.FACEBOOK: ("facebook.com", "fb.com", "fb.me", "messenger.com"),
    Source.X: ("x.com", "twitter.com", "t.co"),
    Source.WHATSAPP: ("whatsapp.com", "whatsapp.net", "wa.me"),
    Source.TELEGRAM: ("t.me", "telegram.org", "telegram.me"),
    Source.INSTAGRAM: ("instagram.com",),
    Source.SEARCH: (
        "bing.com",
        "duckduckgo.com",
        "yahoo.com",
        "yandex.com",
        "yandex.ru",
        "ecosia.org",
        "baidu.com",
        "search.brave.com",
        "qwant.com",
        "startpage.com",
    ),
}
APPS = {
    "com.facebook.katana": Source.FACEBOOK,
    "com.facebook.lite": Source.FACEBOOK,
    "com.facebook.orca": Source.FACEBOOK,
    "com.twitter.android": Source.X,
    "com.whatsapp": Source.WHATSAPP,
    "com.whatsapp.w4b": Source.WHATSAPP,
    "org.telegram.messenger": Source.TELEGRAM,
    "com.instagram.android": Source.INSTAGRAM,
    "com.google.android.googlequicksearchbox": Source.GOOGLE,
    "com.google.android.gm": Source.DIRECT,
}


def source_of(referrer: str, own_host: str) -> Source:
    """The kind of place `referrer` (a URL, or "" for none) is, seen from a site at `own_host`."""
    referrer = referrer.strip()
    if not referrer:
        return Source.DIRECT
    try:
        parts = urlsplit(referrer)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return Source.OTHER
    if parts.scheme == "android-app":
        return APPS.get(host, Source.OTHER)
    if parts.scheme not in ("http", "https") or not host:
        return Source.OTHER
    if host == own_host.split(":")[0].lower():
        return Source.INTERNAL
    if _is_google(host):
        return Source.GOOGLE
    for source, names in HOSTS.items():
        if any(host == name or host.endswith("." + name) for name in names):
            return source
    return Source.OTHER


def _is_google(host: str) -> bool:
    """google.com, google.com.ng, news.google.co.uk… (but not google.example.com)."""
    labels = host.split(".")
    if "google" not in labels:
        return False
    suffix = labels[labels.index("google") + 1 :]
    return 1 <= len(suffix) <= 2 and all(2 <= len(label) <= 3 for label in suffix)
