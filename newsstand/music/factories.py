from datetime import date, timedelta

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils import timezone
from django.utils.text import slugify

from .models import Artist, MusicSectionPage, Song, SongArtist, SongPage

LYRICS = """[Verse 1]
Morning light on the lagoon
Danfo horns are singing soon

[Chorus]
Lagos sunrise, hold me tight
Lagos sunrise, all is right
"""


class ArtistFactory(DjangoModelFactory):
    class Meta:
        model = Artist

    name = factory.Sequence(lambda n: f"Singer {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name, allow_unicode=True))
    bio = "Sings about the city at night."


class SongFactory(DjangoModelFactory):
    """A song credited to `artists` (primary) and `featuring` (guests), in that order."""

    class Meta:
        model = Song
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Song {n}")
    release_date = date(2026, 3, 6)
    genre = "Afrobeats"
    label = "Lagoon Records"
    lyrics = LYRICS
    lyrics_rights = "licensed"

    @factory.post_generation
    def artists(song, create, extracted, **kwargs):
        primary = extracted if extracted is not None else [ArtistFactory()]
        for order, artist in enumerate(primary):
            SongArtist.objects.create(song=song, artist=artist, sort_order=order)

    @factory.post_generation
    def featuring(song, create, extracted, **kwargs):
        start = song.song_artists.count()
        for order, artist in enumerate(extracted or [], start=start):
            SongArtist.objects.create(song=song, artist=artist, role="featured", sort_order=order)


class MusicSectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MusicSectionPage

    title = "Music"
    slug = "music"
    show_in_menus = True


class SongPageFactory(wagtail_factories.PageFactory):
    """A live music post; `age` is the time since it was published."""

    class Meta:
        model = SongPage

    class Params:
        age = timedelta(days=1)

    song = factory.SubFactory(SongFactory)
    title = "Generated from the song"
    slug = factory.Sequence(lambda n: f"music-post-{n}")
    standfirst = "A new song for the weekend."
    body = factory.LazyAttribute(lambda obj: [("paragraph", "<p>Press play.</p>")])
    first_published_at = factory.LazyAttribute(lambda obj: timezone.now() - obj.age)
    last_published_at = factory.SelfAttribute("first_published_at")
