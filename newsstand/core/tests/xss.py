"""Checks that rendered HTML carries no script a payload could have injected."""

import base64
import hashlib
import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

# 6,613 payloads from the payloadbox/xss-payload-list project (MIT, see the LICENSE beside it).
PAYLOADS_FILE = Path(__file__).parent / "data" / "xss-payloads.txt"


def payloads() -> list[str]:
    text = PAYLOADS_FILE.read_text(encoding="utf-8", errors="replace")
    return [line for line in text.splitlines() if line.strip()]


ACTIVE_ELEMENTS = {"script", "iframe", "object", "embed", "frame", "base", "svg", "math"}


def is_json_ld(tag) -> bool:
    """Our structured data: a data block that parses as JSON (so nothing broke out of it)."""
    if tag.get("type") != "application/ld+json" or tag.get("src"):
        return False
    try:
        json.loads(tag.string or "")
    except ValueError:
        return False
    return True


def allowed_by_hash(tag, policy: str) -> bool:
    """An inline script the page's CSP allows by the hash of its text (ours, then)."""
    if tag.get("src") or tag.string is None:
        return False
    digest = base64.b64encode(hashlib.sha256(tag.string.encode()).digest()).decode()
    script_src = re.search(r"script-src ([^;]*)", policy)
    return script_src is not None and f"'sha256-{digest}'" in script_src[1].split()


def injected_into(response) -> list[str]:
    """`injected_markup` of a page, with the inline scripts its own CSP allows by hash."""
    return injected_markup(response.content, response.get("Content-Security-Policy", ""))


def injected_markup(html: bytes | str, policy: str = "") -> list[str]:
    """Every script, event handler or script URL in `html` that isn't ours."""
    page = BeautifulSoup(html, "html.parser")
    found = []
    for tag in page.find_all(True):
        ours = tag.name == "script" and (
            tag.get("src", "").startswith("/static/")
            or is_json_ld(tag)
            or allowed_by_hash(tag, policy)
        )
        if tag.name in ACTIVE_ELEMENTS and not ours:
            found.append(str(tag)[:120])
        for attr, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attr.lower().startswith("on"):
                found.append(f"{tag.name}[{attr}]")
            if attr.lower() in {
                "href",
                "src",
                "action",
                "formaction",
                "srcset",
                "data",
                "xlink:href",
            }:
                compact = "".join(text.split()).lower()
                if compact.startswith(("javascript:", "vbscript:", "data:text/html")):
                    found.append(f"{tag.name}[{attr}={text[:60]}]")
    return found
