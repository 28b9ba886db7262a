"""Inline styles the strict public CSP allows by hash, one response at a time.

The public policy has no 'unsafe-inline' for styles. A template that must inline a
style (the publication's accent colour) registers it here while rendering, and the
CSP middleware adds its hash to that response's `style-src`. The hash is a
property of the bytes, so it stays right when the page cache replays the response.
"""

import base64
import hashlib


def allow_inline_style(request, css: str) -> None:
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    hashes = request.__dict__.setdefault("_inline_style_hashes", [])
    if f"'sha256-{digest}'" not in hashes:
        hashes.append(f"'sha256-{digest}'")


def with_inline_styles(request, config: dict) -> dict:
    """`config` with the hashes of the styles `request` registered added to `style-src`."""
    hashes = getattr(request, "_inline_style_hashes", [])
    if not hashes or not config:
        return config
    return {**config, "style-src": [*config.get("style-src", []), *hashes]}
