"""The demo's Music section and chart: artists, songs, music posts and weekly charts."""

from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.images.models import AbstractImage

from newsstand.charts.models import WEEK, ChartEntry, ChartPage, ChartWeekPage
from newsstand.music.models import Artist, MusicSectionPage, Song, SongArtist, SongPage
from newsstand.people.models import Author, PageAuthor

from . import audio, images
from .body import stream
from .content import MUSIC
from .content.types import MusicPost, Track, days
from .progress import counted

CHART_DAY = 4  # Friday
CHART_TIME = time(9, 0)
MOTIF_ALT = {
    "waves": "white sound waves, one picked out in colour",
    "equalizer": "columns of equaliser bars",
    "rings": "concentric rings like a record",
    "pattern": "a wax-print tile of circles and diamonds",
    "pulse": "a heartbeat line",
}


class MusicLoader:
    """Adds the Music section and the chart through `demo`, a DemoLoader (for its images,
    dates and publishing)."""

    def __init__(self, demo) -> None:
        self.demo = demo
        self.photos: list[AbstractImage] = []  # artists' portraits

    def load(self, authors: dict[str, Author]) -> dict[str, int]:
        artists = self.add_artists()
        songs = {
            track.key: self.add_song(track, artists)
            for track in counted(self.demo.log, "Songs", MUSIC.tracks)
        }
        section = self.add_section()
        for post in counted(self.demo.log, "Music posts", MUSIC.posts):
            self.add_post(section, post, songs[post.track], authors)
        weeks = self.add_chart(songs)
        return {
            "artists": len(artists),
            "songs": len(songs),
            "music_posts": len(MUSIC.posts),
            "chart_weeks": weeks,
        }

    def add_artists(self) -> dict[str, Artist]:
        artists = {}
        for musician in counted(self.demo.log, "Artists", MUSIC.musicians):
            photo = self.demo.add_image(
                images.portrait(
                    colours=musician.colours, initials=musician.initials, seed=musician.slug
                ),
                filename=f"{musician.slug}.jpg",
                title=f"Portrait of {musician.name}",
                alt=f"Illustrated avatar of {musician.name}: the initials {musician.initials} "
                "on a two-colour background",
            )
            self.photos.append(photo)
            artists[musician.slug] = Artist.objects.create(
                name=musician.name,
                slug=musician.slug,
                bio=musician.bio,
                photo=photo,
                instagram=musician.instagram,
                x=musician.x,
                tiktok=musician.tiktok,
                youtube=musician.youtube,
            )
        return artists

    def add_song(self, track: Track, artists: dict[str, Artist]) -> Song:
        cover = self.demo.add_image(
            images.story_art(
                colours=track.colours,
                motif=track.motif,
                letter=track.title[0],
                seed=track.key,
                size=images.COVER_SIZE,
            ),
            filename=f"{track.key}-cover.jpg",
            title=f"Cover of {track.title}",
            alt=f"Illustrated cover of “{track.title}”: {MOTIF_ALT[track.motif]}, with a large "
            f"letter {track.title[0]}",
        )
        song = Song(
            title=track.title,
            release_date=timezone.localdate(self.demo.now - track.released),
            genre=track.genre,
            label=track.label,
            cover_art=cover,
            lyrics=track.lyrics,
            lyrics_rights=track.rights,
            allow_download=track.download,
            **{f"{service}_url": url for service, url in track.streaming},
        )
        if track.audio:
            song.audio = ContentFile(audio.jingle(seed=track.key), name=f"{track.key}.wav")
        song.save()
        credits = [(slug, "primary") for slug in track.artists]
        credits += [(slug, "featured") for slug in track.featuring]
        SongArtist.objects.bulk_create(
            SongArtist(song=song, artist=artists[slug], role=role, sort_order=order)
            for order, (slug, role) in enumerate(credits)
        )
        return Song.objects.with_credits().get(pk=song.pk)

    def add_section(self) -> MusicSectionPage:
        section = self.demo.home.add_child(
            instance=MusicSectionPage(
                title=MUSIC.title, slug=MUSIC.slug, intro=MUSIC.intro, show_in_menus=True
            )
        )
        opened = self.demo.now - max(track.released for track in MUSIC.tracks)
        self.demo.publish(section, first=opened, last=opened)
        return section

    def add_post(
        self, section: MusicSectionPage, post: MusicPost, song: Song, authors: dict[str, Author]
    ) -> SongPage:
        """Published on the song's release day, in the morning."""
        released = min(
            timezone.make_aware(datetime.combine(song.release_date, time(10))), self.demo.now
        )
        page = SongPage(
            song=song,
            slug=slugify(f"{song.artist_line} {song.title}"),
            title=song.title,
            standfirst=post.standfirst,
            body=stream(post.body, {}),
            page_authors=[
                PageAuthor(author=authors[slug], sort_order=order)
                for order, slug in enumerate(post.authors)
            ],
        )
        section.add_child(instance=page)
        self.demo.publish(page, first=released, last=released)
        return page

    def add_chart(self, songs: dict[str, Song]) -> int:
        """The chart and its weeks, one each Friday morning up to the latest before now."""
        dates = self.chart_dates(len(MUSIC.chart.weeks))
        chart = self.demo.home.add_child(
            instance=ChartPage(
                title=MUSIC.chart.title,
                slug=MUSIC.chart.slug,
                size=MUSIC.chart.size,
                methodology=MUSIC.chart.methodology,
                show_in_menus=True,
            )
        )
        started = self.at_chart_time(dates[0]) - days(1)
        self.demo.publish(chart, first=started, last=started)
        weeks = list(zip(dates, MUSIC.chart.weeks, strict=True))
        for day, ranking in counted(self.demo.log, "Chart weeks", weeks):
            week = ChartWeekPage(
                week=day,
                slug=day.isoformat(),
                title=ChartWeekPage.title_for(chart.title, day),
                entries=[
                    ChartEntry(song=songs[key], sort_order=order)
                    for order, key in enumerate(ranking)
                ],
            )
            chart.add_child(instance=week)
            published = self.at_chart_time(day)
            self.demo.publish(week, first=published, last=published)
        return len(dates)

    def chart_dates(self, count: int) -> list[date]:
        """`count` Fridays, weekly, the last one the latest chart morning already past."""
        today = timezone.localdate(self.demo.now)
        latest = today - timedelta(days=(today.weekday() - CHART_DAY) % 7)
        if self.at_chart_time(latest) > self.demo.now:
            latest -= WEEK
        return [latest - WEEK * (count - 1 - n) for n in range(count)]

    def at_chart_time(self, day: date) -> datetime:
        return timezone.make_aware(datetime.combine(day, CHART_TIME))
