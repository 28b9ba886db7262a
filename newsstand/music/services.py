"""Writes that span several models: songs with their credits, and music posts kept in
step with their songs."""

from collections.abc import Sequence

from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Page, Site

from newsstand.core.changes import content_changed
from newsstand.core.posts import record

from . import titles
from .models import Artist, MusicSettings, Song, SongArtist, SongPage
from .models.songs import Role

ARTIST_NAME_MAX = 120
SONG_TITLE_MAX = 200


def find_or_create_artist(*, name: str) -> Artist:
    """The artist called `name` (whatever its case), or a new one with a free slug."""
    name = " ".join(name.split())[:ARTIST_NAME_MAX]
    artist = Artist.objects.filter(name__iexact=name).order_by("pk").first()
    if artist is not None:
        return artist
    base = slugify(name, allow_unicode=True)[: ARTIST_NAME_MAX - 10] or "artist"
    taken = set(Artist.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return Artist.objects.create(name=name, slug=slug)


def find_or_create_song(
    *, artist: str, title: str, featuring: Sequence[str] = ()
) -> tuple[Song, bool]:
    """The song `title` credited to `artist` (names matched whatever their case), and
    whether it was created; a new song credits `featuring` as its guests."""
    primary = find_or_create_artist(name=artist)
    title = " ".join(title.split())[:SONG_TITLE_MAX]
    song = (
        Song.objects.filter(
            title__iexact=title, song_artists__artist=primary, song_artists__role=Role.PRIMARY
        )
        .order_by("pk")
        .first()
    )
    if song is not None:
        return song, False
    with transaction.atomic():
        song = Song.objects.create(title=title)
        credited = {primary.pk}
        credits = [SongArtist(song=song, artist=primary, role=Role.PRIMARY, sort_order=0)]
        for name in featuring:
            guest = find_or_create_artist(name=name)
            if guest.pk not in credited:
                credited.add(guest.pk)
                credits.append(
                    SongArtist(song=song, artist=guest, role=Role.FEATURED, sort_order=len(credits))
                )
        SongArtist.objects.bulk_create(credits)
    return song, True


def add_lyrics(*, song: Song, lyrics: str) -> bool:
    """Give `song` these lyrics if it has none yet; lyrics it already has are never replaced.

    Returns whether they were added. The lyrics rights are left as they are: what may
    be shown is the publisher's call.
    """
    lyrics = lyrics.strip()
    if not lyrics or song.lyrics.strip():
        return False
    song.lyrics = lyrics
    song.save(update_fields=["lyrics", "updated_at"])
    return True


def refresh_song_pages(*, songs=None, site: Site | None = None) -> int:
    """Retitle music posts (and recopy their cover art) from their songs and site patterns.

    `songs` (a queryset or ids) or `site` narrows which posts; returns how many changed.
    """
    posts = SongPage.objects.all()
    if songs is not None:
        posts = posts.filter(song__in=songs)
    if site is not None:
        posts = posts.descendant_of(site.root_page)
    posts = list(posts.only("id", "title", "url_path", "song_id", "cover_image_id"))
    if not posts:
        return 0
    patterns = site_patterns()
    by_id = Song.objects.with_credits().in_bulk({post.song_id for post in posts})
    retitled = []
    for post in posts:
        song = by_id[post.song_id]
        pattern = patterns(post.url_path)
        title = titles.render(pattern, artists=song.artist_line, title=song.title)
        if (post.title, post.cover_image_id) != (title, song.cover_art_id):
            Page.objects.filter(pk=post.pk).update(title=title, draft_title=title)
            SongPage.objects.filter(pk=post.pk).update(cover_image_id=song.cover_art_id)
            retitled.append(post.pk)
    # Their cards show the song too (title, picture, lyrics link, audio for feeds).
    record(SongPage.objects.filter(pk__in=[post.pk for post in posts]))
    if retitled:  # no save, so no publish signals: report the change
        content_changed(pages=Page.objects.filter(pk__in=retitled))
    return len(retitled)


def site_patterns():
    """A function from a page's url_path to its site's music post title pattern."""
    roots = sorted(
        ((root.root_path, root.site_id) for root in Site.get_site_root_paths()),
        key=lambda root: -len(root[0]),
    )
    stored = {s.site_id: s.title_pattern for s in MusicSettings.objects.all()}

    def pattern(url_path: str) -> str:
        site_id = next((sid for path, sid in roots if url_path.startswith(path)), None)
        return stored.get(site_id, titles.DEFAULT_POST_PATTERN)

    return pattern
