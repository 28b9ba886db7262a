"""How the admin's tag fields read what editors type (TAGGIT_TAGS_FROM_STRING)."""

from django.utils.text import slugify

from taggit.utils import _parse_tags  # taggit's default reader, documented as such


def parse(text: str) -> list[str]:
    """taggit's reading, without names that have nothing to link to: a tag made only of
    quotes or punctuation ('"', ',') would get an empty slug, and no tag page."""
    return [name for name in _parse_tags(text) if slugify(name, allow_unicode=True)]
