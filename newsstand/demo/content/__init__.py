"""The demo publication's original content, as plain data."""

from .news import NEWS
from .publication import AUTHORS, PUBLICATION

SECTIONS = (NEWS,)

__all__ = ["AUTHORS", "PUBLICATION", "SECTIONS"]
