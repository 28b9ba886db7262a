"""Inline styles and scripts the strict public CSP allows by hash, one response at a time.

The public policy has no 'unsafe-inline'. A template that must inline a style (the
publication's accent colour) or a script (the view counter's one-liner) registers
its text here while rendering, and the CSP middleware adds its hash to that
response's `style-src` or `script-src`. The hash is a property of the bytes, so it
stays right when the page cache replays the response, where a nonce would not.
"""

import base64
import hashlib

DIRECTIVES = ("style-src", "script-src")


def allow_inline(request, directive: str, text: str) -> None:
    """Allow the inline `<style>` or `<script>` whose content is exactly `text`."""
    if directive not in DIRECTIVES:
        raise ValueError(f"{directive!r} is not one of {DIRECTIVES}")
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    hashes = request.__dict__.setdefault("_inline_hashes", {}).setdefault(directive, [])
    if f"'sha256-{digest}'" not in hashes:
        hashes.append(f"'sha256-{digest}'")


def with_inline(request, config: dict) -> dict:
    """`config` with the hashes of what `request` registered added to their directives."""
    registered = getattr(request, "_inline_hashes", {})
    if not registered or not config:
        return config
    return {
        **config,
        **{
            directive: [*config.get(directive, []), *hashes]
            for directive, hashes in registered.items()
        },
    }
