"""The demo publication's original content, as plain data: one module per section or series."""

from .entertainment import ENTERTAINMENT
from .football import FOOTBALL
from .health import HEALTH
from .lifestyle import LIFESTYLE
from .music import MUSIC
from .news import NEWS
from .publication import AUTHORS, PUBLICATION
from .sports import SPORTS
from .stories import STORIES
from .technology import TECHNOLOGY

SECTIONS = (NEWS, ENTERTAINMENT, LIFESTYLE, SPORTS, TECHNOLOGY, HEALTH, FOOTBALL)

__all__ = ["AUTHORS", "MUSIC", "PUBLICATION", "SECTIONS", "STORIES"]
