"""The music app's models: artists and songs (snippets), its settings and its page types."""

from .artists import Artist
from .pages import MusicSectionPage, SongPage
from .settings import MusicSettings
from .songs import Song, SongArtist

__all__ = ["Artist", "MusicSectionPage", "MusicSettings", "Song", "SongArtist", "SongPage"]
