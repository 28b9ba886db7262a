from functools import cached_property
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtail.search import index

from .. import titles
from ..audio import MAX_AUDIO_BYTES, AudioFormat, format_for_name, validate_audio
from ..forms import SongForm
from ..lyrics import Lyrics, LyricsRights, shown
from ..streaming import SERVICES, ServiceURLValidator, StreamingLink
from .artists import Artist


class Role(models.TextChoices):
    PRIMARY = "primary", "Artist"
    FEATURED = "featured", "Featured artist"


class SongQuerySet(models.QuerySet):
    def with_credits(self) -> "SongQuerySet":
        """Prefetch each song's credited artists, in order, in one more query."""
        credits = SongArtist.objects.select_related("artist").order_by("sort_order", "pk")
        return self.prefetch_related(Prefetch("song_artists", queryset=credits))


def streaming_url_field(key: str, label: str) -> models.URLField:
    return models.URLField(
        f"{label} link", max_length=500, blank=True, validators=[ServiceURLValidator(key)]
    )


class Song(index.Indexed, ClusterableModel):
    """A song: who made it, how to hear it, and its lyrics with the rights to show them."""

    title = models.CharField(max_length=200)
    release_date = models.DateField(null=True, blank=True)
    genre = models.CharField(max_length=60, blank=True, help_text="e.g. Afrobeats, Highlife")
    label = models.CharField("record label", max_length=120, blank=True)
    cover_art = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    audio = models.FileField(
        "audio file",
        upload_to="music/audio/%Y/%m/",
        blank=True,
        validators=[validate_audio],
        help_text=f"MP3, M4A, OGG, WAV or FLAC, up to {MAX_AUDIO_BYTES // 2**20} MB.",
    )
    audio_size = models.PositiveBigIntegerField(default=0, editable=False)
    allow_download = models.BooleanField(
        "offer a download",
        default=False,
        help_text="Show a download link for the audio file (only with the rights to do so).",
    )
    audiomack_url = streaming_url_field("audiomack", "Audiomack")
    boomplay_url = streaming_url_field("boomplay", "Boomplay")
    spotify_url = streaming_url_field("spotify", "Spotify")
    apple_music_url = streaming_url_field("apple_music", "Apple Music")
    youtube_url = streaming_url_field("youtube", "YouTube")
    lyrics = models.TextField(
        blank=True,
        help_text="Put each part's label on its own line: [Verse 1], [Chorus], [Bridge]…",
    )
    lyrics_rights = models.CharField(
        max_length=12,
        choices=LyricsRights.choices,
        default=LyricsRights.NONE,
        help_text="Decides how much of the lyrics readers see.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = SongQuerySet.as_manager()
    base_form_class = SongForm

    panels = [
        FieldPanel("title"),
        InlinePanel("song_artists", label="Artist", min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("release_date"),
                FieldPanel("genre"),
                FieldPanel("label"),
                FieldPanel("cover_art"),
            ],
            "Release",
        ),
        MultiFieldPanel(
            [
                FieldPanel("audio"),
                FieldPanel("allow_download"),
                *(FieldPanel(service.field_name) for service in SERVICES),
            ],
            "Listen",
        ),
        MultiFieldPanel([FieldPanel("lyrics"), FieldPanel("lyrics_rights")], "Lyrics"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("lyrics"),
    ]

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        artists = self.artist_line
        return f"{artists} – {self.title}" if artists else self.title

    def clean(self):
        super().clean()
        if self.allow_download and not self.audio:
            raise ValidationError({"allow_download": "Upload an audio file to offer a download."})

    def save(self, *args, **kwargs):
        if self.audio and not self.audio._committed:
            self.audio_size = self.audio.size
        elif not self.audio:
            self.audio_size = 0
        super().save(*args, **kwargs)

    @property
    def credits(self) -> list["SongArtist"]:
        """Credited artists: primary ones first, each group in the editor's order."""
        credits = list(self.song_artists.all())
        return [c for c in credits if c.role == Role.PRIMARY] + [
            c for c in credits if c.role != Role.PRIMARY
        ]

    @property
    def credit_parts(self) -> list[tuple[str, Artist]]:
        """(separator, artist) pairs that spell out "Artist & Artist ft. Guest"."""
        credits = self.credits
        primary = sum(c.role == Role.PRIMARY for c in credits)
        seps = titles.separators(primary, len(credits) - primary)
        return [(sep, credit.artist) for sep, credit in zip(seps, credits, strict=True)]

    @property
    def artist_line(self) -> str:
        return "".join(sep + artist.name for sep, artist in self.credit_parts)

    @property
    def artists(self) -> list[Artist]:
        return [credit.artist for credit in self.credits]

    @property
    def audio_format(self) -> AudioFormat | None:
        return format_for_name(self.audio.name) if self.audio else None

    @property
    def audio_filename(self) -> str:
        return PurePath(self.audio.name).name if self.audio else ""

    @property
    def streaming_links(self) -> list[StreamingLink]:
        return [
            StreamingLink(service, getattr(self, service.field_name))
            for service in SERVICES
            if getattr(self, service.field_name)
        ]

    @cached_property
    def shown_lyrics(self) -> Lyrics:
        return shown(self.lyrics, self.lyrics_rights)

    @property
    def has_shown_lyrics(self) -> bool:
        return bool(self.shown_lyrics.sections)


class SongArtist(Orderable):
    """One artist credited on a song, as its artist or a featured guest."""

    song = ParentalKey(Song, on_delete=models.CASCADE, related_name="song_artists")
    artist = models.ForeignKey(Artist, on_delete=models.PROTECT, related_name="song_credits")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.PRIMARY)

    panels = [FieldPanel("artist"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "credited artist"
