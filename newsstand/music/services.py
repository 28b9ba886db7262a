"""Writes that span several models: keeping music posts in step with their songs."""

from wagtail.models import Page, Site

from . import titles
from .models import MusicSettings, Song, SongPage


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
    changed = 0
    for post in posts:
        song = by_id[post.song_id]
        pattern = patterns(post.url_path)
        title = titles.render(pattern, artists=song.artist_line, title=song.title)
        if (post.title, post.cover_image_id) != (title, song.cover_art_id):
            Page.objects.filter(pk=post.pk).update(title=title, draft_title=title)
            SongPage.objects.filter(pk=post.pk).update(cover_image_id=song.cover_art_id)
            changed += 1
    return changed


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
