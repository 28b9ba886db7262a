"""The publication's VAPID key (RFC 8292), which web push notifications are signed with.

Kept free of Django imports: the development settings make a key with it."""

import base64

from cryptography.hazmat.primitives.asymmetric import ec


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_private_key() -> str:
    """A new private key, base64url (what WEBPUSH_VAPID_PRIVATE_KEY holds)."""
    key = ec.generate_private_key(ec.SECP256R1())
    return b64(key.private_numbers().private_value.to_bytes(32, "big"))
