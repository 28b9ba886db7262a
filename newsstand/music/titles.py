"""How songs are credited and music posts titled: "[Music] Artist ft. Guest – Title"."""

from string import Formatter

from django.core.exceptions import ValidationError

FIELDS = {"artists", "title"}
DEFAULT_POST_PATTERN = "[Music] {artists} – {title}"
DEFAULT_LYRICS_PATTERN = "{artists} – {title} [Lyrics]"
TITLE_LENGTH = 255  # Page.title


def separators(primary: int, featured: int) -> list[str]:
    """What goes before each credited name, primary artists first: "", " & ", " ft. "…"""

    def run(count: int, lead: str) -> list[str]:
        return [lead if i == 0 else (" & " if i == count - 1 else ", ") for i in range(count)]

    return run(primary, "") + run(featured, " ft. ")


def validate_pattern(pattern: str) -> None:
    """A pattern may use {artists} and {title}, and must use {title}."""
    try:
        parts = list(Formatter().parse(pattern))
    except ValueError:
        raise ValidationError(
            "Check the braces: write placeholders as {artists} and {title}.", code="pattern"
        ) from None
    used = set()
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in FIELDS or spec or conversion:
            raise ValidationError(
                "“{%(field)s}” isn't a placeholder: use {artists} and {title}.",
                code="pattern",
                params={"field": field},
            )
        used.add(field)
    if "title" not in used:
        raise ValidationError("The pattern must include {title}.", code="pattern")


def render(pattern: str, *, artists: str, title: str) -> str:
    return " ".join(pattern.format(artists=artists, title=title).split())[:TITLE_LENGTH]
