from django.conf import settings
from django.db import models
from django.shortcuts import get_object_or_404

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from newsstand.core.blocks import BodyBlock
from newsstand.core.listing import ListingManager, ListingQuerySet, paginate
from newsstand.core.models import HomePage
from newsstand.core.pages import BasePage, ancestors
from newsstand.core.posts import Post, filed_in
from newsstand.people.credits import credited_authors

from .. import structured_data as music_ld
from .. import titles
from ..forms import SongPageForm
from ..lyrics import LyricsRights
from .artists import Artist
from .settings import MusicSettings
from .songs import Song

NOINDEX = "noindex, follow"


class MusicSectionPage(RoutablePageMixin, BasePage):
    """The Music section: its music posts, newest first, and the pages of its artists."""

    intro = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = [HomePage]
    subpage_types = ["music.SongPage"]
    show_in_menus_default = True

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "music section"

    @property
    def summary(self) -> str:
        return self.search_description or self.intro

    @classmethod
    def for_site(cls, site) -> "MusicSectionPage | None":
        """The site's (first) live music section, which artist pages hang from."""
        if site is None:
            return None
        sections = cls.objects.live().public().descendant_of(site.root_page)
        return sections.order_by("path").first()

    def posts(self) -> "SongPageQuerySet":
        return filed_in(SongPage.objects.for_listing(), self)

    def artists_with_posts(self):
        """Artists credited on the section's published posts, A to Z."""
        posts = self.posts().values("pk")
        return Artist.objects.filter(song_credits__song__posts__in=posts).distinct()

    def artist_url(self, artist: Artist, request=None) -> str:
        slug = self.reverse_subpage("artist", kwargs={"slug": artist.slug})
        return self.get_url(request) + slug

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["music_section"] = self
        return context

    def structured_data(self, meta) -> list[dict]:
        """On an artist's page, the artist's profile."""
        artist = meta.context.get("artist")
        if artist is None:
            return []
        image_url = meta.image_url if artist.photo else None
        group = music_ld.music_group(artist, url=meta.canonical, image_url=image_url)
        return [{"@type": "ProfilePage", "url": meta.canonical, "mainEntity": group}]

    @path("")
    def latest(self, request):
        page = request.GET.get("page")
        posts = paginate(self.posts(), page, settings.SECTION_PAGE_SIZE, known=[self])
        return self.render(request, context_overrides={"page_obj": posts})

    @path("artists/", name="artists")
    def artists(self, request):
        return self.render(
            request,
            template="music/artists.html",
            context_overrides={
                "artists": self.artists_with_posts(),
                "breadcrumb": "Artists",
                "meta_title": f"Artists · {self.title}",
                "meta_description": f"Every artist in {self.title}, A to Z.",
            },
        )

    @re_path(r"^artists/(?P<slug>[-\w]+)/$", name="artist")
    def artist(self, request, slug: str):
        artist = get_object_or_404(Artist.objects.select_related("photo"), slug=slug)
        posts = self.posts().filter(song__song_artists__artist=artist).distinct()
        return self.render(
            request,
            template="music/artist.html",
            context_overrides={
                "artist": artist,
                "og_type": "profile",
                "meta_image": artist.photo,
                "breadcrumb": artist.name,
                "page_obj": paginate(
                    posts, request.GET.get("page"), settings.SECTION_PAGE_SIZE, known=[self]
                ),
                "lyrics_posts": posts.with_shown_lyrics().order_by("song__title", "pk"),
                "meta_title": artist.name,
                "meta_description": artist.bio or f"Songs and lyrics by {artist.name}",
            },
        )


class SongPageQuerySet(ListingQuerySet):
    def with_shown_lyrics(self) -> "SongPageQuerySet":
        """Posts whose lyrics page shows lyrics, with their songs."""
        return (
            self.exclude(song__lyrics_rights=LyricsRights.NONE)
            .exclude(song__lyrics="")
            .select_related("song")
        )


class SongPage(RoutablePageMixin, Post, BasePage):
    """A music post: the song, how to hear it, and a second view with its lyrics."""

    song = models.ForeignKey(Song, on_delete=models.PROTECT, related_name="posts")
    standfirst = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences under the headline"
    )
    body = StreamField(BodyBlock(), blank=True)
    # The song's cover art, copied here so lists, feeds and sitemaps need no join.
    cover_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ListingManager.from_queryset(SongPageQuerySet)()
    base_form_class = SongPageForm
    og_type = "music.song"
    call_to_action = "Hear new music first"
    listing_image_field = "cover_image"

    content_panels = [
        FieldPanel("song"),
        *Page.content_panels,
        FieldPanel("standfirst"),
        FieldPanel("body"),
        InlinePanel("page_authors", label="Author"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("song", [index.SearchField("lyrics")]),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["music.MusicSectionPage"]
    subpage_types: list[str] = []
    preview_modes = [("", "Music post"), ("lyrics", "Lyrics page")]

    class Meta:
        verbose_name = "music post"

    @property
    def summary(self) -> str:
        return self.search_description or self.standfirst

    @staticmethod
    def title_for(song: Song, parent: Page) -> str:
        pattern = MusicSettings.for_page(parent).title_pattern
        return titles.render(pattern, artists=song.artist_line, title=song.title)

    @staticmethod
    def lyrics_title(song: Song, music_settings: MusicSettings) -> str:
        pattern = music_settings.lyrics_title_pattern
        return titles.render(pattern, artists=song.artist_line, title=song.title)

    def other_post_for(self, song: Song) -> "SongPage | None":
        posts = SongPage.objects.filter(song=song)
        return (posts.exclude(pk=self.pk) if self.pk else posts).first()

    def save(self, *args, **kwargs):
        # Title and picture from the song, also when a scheduled revision publishes later.
        if self.song_id and self.depth:
            song = Song.objects.with_credits().get(pk=self.song_id)
            self.title = self.draft_title = self.title_for(song, self.get_parent())
            self.cover_image_id = song.cover_art_id
        return super().save(*args, **kwargs)

    def post_enclosures(self) -> list[dict]:
        """The audio file, when the publisher offers it for download."""
        song = self.song
        if not (song.audio and song.allow_download):
            return []
        return [
            {
                "url": song.audio.url,
                "length": song.audio_size,
                "mime_type": song.audio_format.mime_type,
            }
        ]

    def post_links(self) -> list[dict]:
        if not self.song.has_shown_lyrics:
            return []
        return [{"label": "Read the lyrics", "suffix": self.reverse_subpage("lyrics")}]

    def structured_data(self, meta) -> list[dict]:
        """The recording; on the lyrics view, the composition with its lyrics."""
        song = meta.context["song"]
        recording = music_ld.music_recording(
            song,
            url=meta.absolute(self.url),
            image_url=meta.image_url,
            artists=music_ld.artist_nodes(song, meta.context.get("music_section"), meta.absolute),
            audio_url=meta.absolute(song.audio.url) if song.audio else None,
        )
        lyrics = meta.context.get("lyrics")
        if lyrics is None:
            return [recording]
        return [
            music_ld.music_composition(song, url=meta.canonical, recording=recording, lyrics=lyrics)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.song = Song.objects.with_credits().select_related("cover_art").get(pk=self.song_id)
        if self.cover_image_id == self.song.cover_art_id:  # the same picture (see save())
            self.cover_image = self.song.cover_art
        # The parent routing read; the section's own fields aren't shown here.
        parent = next(reversed(ancestors(self)), None)
        is_section = issubclass(getattr(parent, "specific_class", None) or Page, MusicSectionPage)
        section = parent.specific_deferred if is_section else None
        context.update(
            song=self.song,
            music_section=section,
            authors=credited_authors(self),
        )
        return context

    @path("lyrics/", name="lyrics")
    def lyrics(self, request):
        """The song's lyrics, as much as the rights allow, paired through the song."""
        response = self.render(request, template="music/lyrics_page.html")
        song = response.context_data["song"]
        title = self.lyrics_title(song, MusicSettings.for_request(request))
        lyrics = song.shown_lyrics
        response.context_data.update(
            lyrics_title=title,
            meta_title=title,
            meta_description=f"The lyrics of “{song.title}” by {song.artist_line}. {lyrics.note}",
            og_type="article",
            lyrics=lyrics,
            robots="" if song.has_shown_lyrics else NOINDEX,
        )
        return response

    @property
    def lyrics_url(self) -> str:
        return self.url + self.reverse_subpage("lyrics")

    def serve_preview(self, request, mode_name):
        if mode_name == "lyrics":
            return self.lyrics(request)
        return super().serve_preview(request, mode_name)
