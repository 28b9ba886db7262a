"""Sitemaps of the music section's routes: lyrics views and artist pages."""

from functools import cached_property

from django.db.models import Max
from django.db.models.functions import Greatest

from newsstand.core.sitemaps import CHANGED, PageSitemap, RequestSitemap, visible, w3c

from .models import Artist, MusicSectionPage, SongPage


class LyricsSitemap(PageSitemap):
    """The lyrics view of every indexable music post that shows lyrics.

    It changes when the post is republished or its song (and so its lyrics) is edited.
    """

    def pages(self):
        songs = visible(SongPage.objects, self.site.root_page).with_shown_lyrics()
        return songs.annotate(lyrics_changed=Greatest(CHANGED, "song__updated_at"))

    def items(self):
        return self.pages()

    def get_latest_lastmod(self):
        return self.pages().aggregate(latest=Max("lyrics_changed"))["latest"]

    def lastmod(self, post):
        return post.lyrics_changed

    def path(self, post, page_path: str) -> str:
        return page_path + post.reverse_subpage("lyrics")


class ArtistSitemap(RequestSitemap):
    """The page of every artist credited on an indexable post of the site's music section."""

    @cached_property
    def section(self) -> MusicSectionPage | None:
        return MusicSectionPage.for_site(self.site)

    def items(self):
        if self.section is None:
            return Artist.objects.none()
        posts = visible(SongPage.objects, self.section).values("pk")
        return (
            Artist.objects.filter(song_credits__song__posts__in=posts)
            .annotate(changed=Max("song_credits__song__posts__last_published_at"))
            .order_by("pk")
        )

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("changed"))["latest"]

    def get_urls(self, page=1, site=None, protocol=None):
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        base = origin + self.section.get_url_parts(self.request)[2] if self.section else origin
        return [
            {
                "location": base + self.section.reverse_subpage("artist", kwargs={"slug": a.slug}),
                "lastmod": w3c(a.changed) if a.changed else "",
            }
            for a in self.paginator.page(page).object_list
        ]
