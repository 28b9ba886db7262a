"""Web push: a new post notified to the browsers that asked (the Push API).

A browser that turns notifications on gives us an endpoint at its push service (Google's,
Mozilla's, Apple's, Microsoft's) and two keys. Each notification is encrypted to those
keys (RFC 8291, with http-ece), carries the publication's VAPID signature (RFC 8292, with
py-vapid), and is POSTed to the endpoint through `core.outbound`, which refuses private
addresses. Only endpoints at the push services in WEBPUSH_SERVICES are accepted, so a
made-up subscription can't make the server post anywhere else.

Sending goes through the same deliveries, leases and retries as email (`sending.py`).
"""

import binascii
import dataclasses
import functools
import ipaddress
import json
import time
from urllib.parse import urlsplit

import http_ece
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from py_vapid import Vapid02

from django.conf import settings
from django.db import transaction

from wagtail.models import Site

from newsstand.core.models.settings import PublicationSettings
from newsstand.core.outbound import FetchPolicy, FetchRefused, post

from .models import Device, DeviceFollow, Mailing
from .topics import Topic
from .vapid import b64, unb64

TTL_SECONDS = 24 * 3600  # a phone that is off for a day still gets the news; not older
POLICY = FetchPolicy(max_bytes=64 * 1024, connect_timeout=5.0, total_timeout=10.0)


class Gone(Exception):
    """The browser dropped the subscription (404/410): forget the device."""


class Failed(Exception):
    """The push service refused this notification for good (a 4xx)."""


class Later(Exception):
    """Try again later: the service is busy, down or out of reach."""


def enabled() -> bool:
    return bool(settings.WEBPUSH_VAPID_PRIVATE_KEY)


@functools.cache
def _vapid(private_key: str) -> Vapid02:
    return Vapid02.from_raw(private_key.encode())


def public_key() -> str:
    """The key browsers subscribe with (applicationServerKey), base64url."""
    point = _vapid(settings.WEBPUSH_VAPID_PRIVATE_KEY).public_key.public_bytes(
        Encoding.X962, PublicFormat.UncompressedPoint
    )
    return b64(point)


class InvalidSubscription(ValueError):
    """What a browser (or someone posing as one) sent isn't a push subscription we take."""


def check(endpoint: str, p256dh: str, auth: str) -> None:
    """Raise InvalidSubscription unless this is a subscription at a known push service
    with a usable key pair."""
    parts = urlsplit(endpoint)
    host = (parts.hostname or "").lower()
    test_host = _in_test_networks(host)
    if parts.scheme != "https" and not (test_host and parts.scheme == "http"):
        raise InvalidSubscription("The push endpoint must be an https address.")
    known = any(host == s or host.endswith("." + s) for s in settings.WEBPUSH_SERVICES)
    if not (known or test_host) or len(endpoint) > 1000 or parts.username:
        raise InvalidSubscription("That push endpoint isn't at a push service we know.")
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64(p256dh))
        secret = unb64(auth)
    except (ValueError, binascii.Error):
        raise InvalidSubscription("The subscription's keys aren't valid.") from None
    if len(secret) != 16:
        raise InvalidSubscription("The subscription's auth secret isn't valid.")


def _in_test_networks(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(n) for n in settings.WEBPUSH_TEST_NETWORKS)


def register(endpoint: str, p256dh: str, auth: str, chosen: list[Topic]) -> Device:
    """This browser follows exactly `chosen` (re-registering replaces its topics)."""
    check(endpoint, p256dh, auth)
    keys = {t.key for t in chosen}
    with transaction.atomic():
        device, _ = Device.objects.update_or_create(
            endpoint=endpoint, defaults={"p256dh": p256dh, "auth": auth}
        )
        device.follows.exclude(topic__in=keys).delete()
        DeviceFollow.objects.bulk_create(
            [DeviceFollow(device=device, topic=key) for key in keys], ignore_conflicts=True
        )
    return device


def forget(endpoint: str) -> int:
    return Device.objects.filter(endpoint=endpoint).delete()[0]


def payload(mailing: Mailing, site: Site) -> bytes:
    """What the service worker shows, rendered once per mailing (a digest has none)."""
    if mailing.page is None:
        return b""
    publication = PublicationSettings.for_site(site).name
    breaking = mailing.kind == Mailing.Kind.BREAKING
    return json.dumps(
        {
            "title": f"Breaking news from {publication}" if breaking else publication,
            "body": mailing.subject.removeprefix("Breaking: "),
            "url": mailing.page.get_full_url(),
            "tag": f"newsstand-{mailing.pk}",
        }
    ).encode()


def send(device: Device, data: bytes) -> None:
    """Encrypt `data` to the device and hand it to its push service."""
    body = http_ece.encrypt(
        data,
        private_key=ec.generate_private_key(ec.SECP256R1()),
        dh=unb64(device.p256dh),
        auth_secret=unb64(device.auth),
        version="aes128gcm",
    )
    parts = urlsplit(device.endpoint)
    claims = {
        "aud": f"{parts.scheme}://{parts.netloc}",
        "exp": int(time.time()) + 12 * 3600,
        "sub": settings.WEBPUSH_CONTACT,
    }
    headers = _vapid(settings.WEBPUSH_VAPID_PRIVATE_KEY).sign(claims)
    headers |= {
        "TTL": str(TTL_SECONDS),
        "Urgency": "normal",
        "Content-Encoding": "aes128gcm",
        "Content-Type": "application/octet-stream",
    }
    networks = tuple(ipaddress.ip_network(n) for n in settings.WEBPUSH_TEST_NETWORKS)
    policy = dataclasses.replace(POLICY, allowed_networks=networks)
    try:
        response = post(device.endpoint, body, headers, policy=policy)
    except FetchRefused as error:
        raise Later(str(error)) from None
    if response.status in (404, 410):
        raise Gone(f"HTTP {response.status}")
    if response.status == 429 or response.status >= 500:
        raise Later(f"The push service answered HTTP {response.status}.")
    if response.status >= 400:
        raise Failed(f"The push service refused it: HTTP {response.status}.")
