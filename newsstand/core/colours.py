"""The publication's accent colour, and the WCAG 2 contrast check it must pass."""

import re

from django.core.exceptions import ValidationError

DEFAULT_ACCENT = "#b3261e"  # site.css's --accent
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
AA_NORMAL_TEXT = 4.5


def luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a #rrggbb colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_accent(colour: str) -> None:
    """The accent colours links, kickers and buttons' white text, so it needs AA on white."""
    if not HEX.match(colour or ""):
        raise ValidationError("Enter a colour as # and six hex digits, e.g. #b3261e.")
    ratio = contrast(colour, WHITE)
    if ratio < AA_NORMAL_TEXT:
        raise ValidationError(
            f"{colour} on white has a contrast of {ratio:.2f}:1; text needs at least "
            f"{AA_NORMAL_TEXT}:1 (WCAG AA). Choose a darker shade."
        )
