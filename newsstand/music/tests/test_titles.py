"""Music posts are titled from their songs with each site's pattern, and stay in step."""

import pytest

from django.core.exceptions import ValidationError

from newsstand.images.factories import ImageFactory
from newsstand.music import titles
from newsstand.music.factories import ArtistFactory, SongFactory, SongPageFactory
from newsstand.music.models import MusicSettings, SongArtist, SongPage


@pytest.mark.parametrize(
    ("primary", "featured", "line"),
    [
        (["Kola"], [], "Kola"),
        (["Kola"], ["Ada"], "Kola ft. Ada"),
        (["Kola", "Tobi"], ["Ada"], "Kola & Tobi ft. Ada"),
        (["Kola"], ["Ada", "Tobi", "Zee"], "Kola ft. Ada, Tobi & Zee"),
    ],
)
def test_credit_lines(primary, featured, line):
    seps = titles.separators(len(primary), len(featured))
    assert "".join(s + n for s, n in zip(seps, primary + featured, strict=True)) == line


@pytest.mark.parametrize(
    "pattern", ["{artists} - {title}", "{title}", "New music: {title} by {artists} 🎶"]
)
def test_good_patterns(pattern):
    titles.validate_pattern(pattern)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{artists}", "must include {title}"),
        ("{title} {genre}", "“{genre}” isn't a placeholder"),
        ("{title.__class__}", "isn't a placeholder"),
        ("{title!r}", "isn't a placeholder"),
        ("{title:>40}", "isn't a placeholder"),
        ("{title", "Check the braces"),
    ],
)
def test_bad_patterns(pattern, message):
    with pytest.raises(ValidationError, match=message):
        titles.validate_pattern(pattern)


def test_titles_are_tidied_and_capped():
    assert titles.render("[Music]  {artists} – {title}", artists="", title="X") == "[Music] – X"
    assert len(titles.render("{title}", artists="", title="x" * 300)) == titles.TITLE_LENGTH


def test_post_title_follows_the_song_and_the_default_pattern(post):
    assert post.title == "[Music] Kola Breeze ft. Ada Sparkle – Lagos Sunrise"
    assert post.draft_title == post.title


def title_of(page) -> str:
    return SongPage.objects.get(pk=page.pk).title


def test_changing_the_site_pattern_retitles_every_post(home, post, music):
    other = SongPageFactory(parent=music, song=SongFactory(title="Eko Nights"))
    music_settings = MusicSettings.for_site(home.get_site())
    music_settings.title_pattern = "{title} by {artists} (Audio)"
    music_settings.save()
    assert title_of(post) == "Lagos Sunrise by Kola Breeze ft. Ada Sparkle (Audio)"
    assert title_of(other).startswith("Eko Nights by ")
    post.save_revision().publish()  # and later publications keep it
    assert title_of(post) == "Lagos Sunrise by Kola Breeze ft. Ada Sparkle (Audio)"


def test_editing_the_song_or_its_artists_retitles_its_post(post, song, kola, ada):
    song.title = "Lagos Sunset"
    song.save()
    assert title_of(post) == "[Music] Kola Breeze ft. Ada Sparkle – Lagos Sunset"
    kola.name = "Kola B"
    kola.save()
    assert title_of(post) == "[Music] Kola B ft. Ada Sparkle – Lagos Sunset"
    SongArtist.objects.filter(song=song, artist=ada).delete()
    assert title_of(post) == "[Music] Kola B – Lagos Sunset"
    SongArtist.objects.create(song=song, artist=ArtistFactory(name="Zee"), sort_order=5)
    assert title_of(post) == "[Music] Kola B & Zee – Lagos Sunset"


def test_the_song_cover_art_is_the_post_picture(post, song):
    song.cover_art = ImageFactory()
    song.save()
    assert SongPage.objects.get(pk=post.pk).listing_image_id == song.cover_art_id
