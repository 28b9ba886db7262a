"""Music posts: "[Music] Artist – Song" becomes a song with its music post, and
"Artist – Song [Lyrics]" gives that song its lyrics, shown on the post's lyrics page.

Whichever of the two posts comes first makes the song (through the music app's
services) and its one music post; the other finds them, and the lyrics post's
old URLs go to the lyrics page. A lyrics post on its own still makes a music
post, with no write-up, so that its lyrics page exists; a music post that comes
later fills that post in, if no editor has touched it.
"""

import json
import re

from newsstand.music.models import MusicSectionPage, Song, SongPage
from newsstand.music.services import add_lyrics, find_or_create_song

from . import conventions
from .body.blocks import Block
from .context import ImportContext
from .preparing import Prepared
from .report import Outcome
from .sanitizer import plain_text

LYRICS_ROUTE = "lyrics/"
LYRICS_SLUG_SUFFIX = re.compile(r"-+lyrics$")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
_STANZA_END = re.compile(r"</(?:p|li)>", re.I)


def lyrics_text(blocks: list[Block]) -> str:
    """The lyrics in a post's (sanitized) body: a line per line, stanzas apart, and
    headings such as "Chorus" as the "[Chorus]" labels songs use."""
    stanzas: list[str] = []
    label = ""
    for block in blocks:
        value, found = block["value"], []
        if block["type"] == "heading":
            label = f"[{value['text'].strip('[] ')}]"
        elif block["type"] == "quote":
            found = value["quote"].split("\n\n")
        elif block["type"] == "paragraph":
            for stanza in _STANZA_END.split(value):
                lines = [plain_text(line) for line in _LINE_BREAK.split(stanza)]
                found.append("\n".join(line for line in lines if line))
        for stanza in filter(None, found):
            stanzas.append(f"{label}\n{stanza}" if label else stanza)
            label = ""
    return "\n\n".join(stanzas + ([label] if label else []))


class Music:
    def __init__(self, context: ImportContext) -> None:
        self.context = context
        self._section: MusicSectionPage | None = None

    def section(self) -> MusicSectionPage:
        """The site's music section, created (live, in the menu) if it has none."""
        if self._section is None:
            self._section = self.context.top_section(MusicSectionPage, "Music")
        return self._section

    def song(self, convention: conventions.Song) -> Song:
        """The song the title names, made with its artists if new (in its own transaction)."""
        with self.context.item():
            song, created = find_or_create_song(
                artist=convention.artist, title=convention.title, featuring=convention.featuring
            )
        if created:
            self.context.batch.add(song)
            self.context.report.count("song", Outcome.IMPORTED)
        return song

    @staticmethod
    def post_for(song: Song) -> SongPage | None:
        return SongPage.objects.filter(song=song).order_by("path").first()

    @staticmethod
    def can_fill(post: SongPage, prepared: Prepared) -> bool:
        """Whether a music post can take this one's write-up: one made from a lyrics post
        (no body), untouched by editors, and not made public by a post that wasn't."""
        return (
            post.latest_revision_id is None
            and not post.body.raw_data
            and (prepared.live or not post.live)
        )

    # Writing (inside the item's transaction)

    def new_post(self, prepared: Prepared, song: Song, parent: MusicSectionPage) -> SongPage:
        """An unsaved music post for `song` under `parent`; saving titles it from the song."""
        item = prepared.item
        wanted = LYRICS_SLUG_SUFFIX.sub("", item.post_name) if item.post_name else ""
        self.use_cover(song, prepared)
        return SongPage(
            song=song,
            slug=self.context.slugs.claim(
                parent, wanted or f"{song.artist_line} {song.title}", fallback="song"
            ),
        )

    @staticmethod
    def fill_post(post: SongPage, prepared: Prepared) -> None:
        post.standfirst = prepared.standfirst
        post.body = json.dumps(prepared.body)

    @staticmethod
    def use_cover(song: Song, prepared: Prepared) -> None:
        """The post's featured image becomes the song's cover art, if it has none."""
        if prepared.featured_image_id and not song.cover_art_id:
            Song.objects.filter(pk=song.pk, cover_art=None).update(
                cover_art_id=prepared.featured_image_id
            )
            song.cover_art_id = prepared.featured_image_id

    def attach_lyrics(self, prepared: Prepared, song: Song) -> None:
        """Give `song` the lyrics in the post, unless it has lyrics already."""
        if add_lyrics(song=song, lyrics=lyrics_text(prepared.body)):
            self.context.batch.add(song)
            prepared.looks.append(
                f'lyrics added to the song "{song}": set its lyrics rights to show them '
                "(until then its lyrics page says they can't be shown)"
            )
        elif song.lyrics.strip():
            prepared.looks.append(f'the song "{song}" already had lyrics: kept them')
        else:
            prepared.looks.append("no lyrics found in the post")
