"""The shapes of the demo content: plain data, turned into pages by `demo.services`."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from newsstand.articles.models import SourceRelationship
from newsstand.music.lyrics import LyricsRights
from newsstand.series.models import AgeAdvisory, IndexedEdition, SeriesStatus

from ..images import Colours


def hours(count: float) -> timedelta:
    return timedelta(hours=count)


def days(count: float) -> timedelta:
    return timedelta(days=count)


@dataclass(frozen=True)
class Heading:
    text: str
    level: str = "h2"


@dataclass(frozen=True)
class Quote:
    quote: str
    speaker: str
    role: str


@dataclass(frozen=True)
class Figure:
    """A body picture: one of the section's illustrations, by key."""

    art: str
    caption: str


@dataclass(frozen=True)
class Embed:
    url: str
    title: str


@dataclass(frozen=True)
class Table:
    caption: str
    columns: Sequence[tuple[str, str]]  # (block type: "text" or "number", heading)
    rows: Sequence[Sequence[str | int | float]]


BodyItem = str | Heading | Quote | Figure | Embed | Table  # a str is a paragraph


@dataclass(frozen=True)
class Source:
    """Where a curated story comes from; its date is `days_earlier` before ours."""

    outlet: str
    url: str
    author: str
    relationship: SourceRelationship
    days_earlier: int


@dataclass(frozen=True)
class Story:
    title: str
    standfirst: str
    body: Sequence[BodyItem]
    art: str | None  # a key of its section's art; None for a text-only brief
    caption: str
    tags: Sequence[str]
    authors: Sequence[str]  # author slugs, in byline order
    age: timedelta  # how long before "now" it was first published
    updated: timedelta | None = None  # how long after first publication it was updated
    source: Source | None = None
    lead: bool = False  # the home page's lead story


@dataclass(frozen=True)
class Art:
    """An illustration drawn for a section; `alt` describes what it shows."""

    key: str
    title: str
    alt: str
    colours: Colours


@dataclass(frozen=True)
class Section:
    title: str
    slug: str
    intro: str
    motif: str  # a key of demo.images.MOTIFS
    arts: Sequence[Art]
    stories: Sequence[Story]


@dataclass(frozen=True)
class Person:
    name: str
    slug: str
    role: str
    bio: str
    colours: Colours
    x: str = ""
    instagram: str = ""
    facebook: str = ""
    tiktok: str = ""

    @property
    def initials(self) -> str:
        return "".join(word[0] for word in self.name.split()[:2]).upper()


@dataclass(frozen=True)
class Publication:
    name: str
    initials: str
    tagline: str
    call_to_action: str
    logo_colours: Colours
    logo_alt: str
    handles: dict[str, str]  # PublicationSettings field name: handle
    whatsapp_channel_url: str


@dataclass(frozen=True)
class Serial:
    """A serialized story. Its episodes came out weekly, the last one `latest` before "now"."""

    title: str
    slug: str
    synopsis: str
    genre: str
    age_advisory: AgeAdvisory
    status: SeriesStatus
    release_cadence: str
    indexed_edition: IndexedEdition
    authors: Sequence[str]  # author slugs, in byline order
    motif: str  # a key of demo.images.MOTIFS, for the cover
    cover: Art
    latest: timedelta
    episodes: Sequence[Sequence[BodyItem]]  # the released episodes, in number order
    scheduled: Sequence[BodyItem] = ()  # the next episode, if one is already scheduled
    scheduled_in: timedelta = timedelta(days=3)  # when it goes live, counted from "now"


@dataclass(frozen=True)
class Stories:
    """The Stories section and its serials."""

    title: str
    slug: str
    intro: str
    series: Sequence[Serial]


@dataclass(frozen=True)
class Musician:
    name: str
    slug: str
    bio: str
    colours: Colours
    instagram: str = ""
    x: str = ""
    tiktok: str = ""
    youtube: str = ""

    @property
    def initials(self) -> str:
        return "".join(word[0] for word in self.name.split()[:2]).upper()


@dataclass(frozen=True)
class Track:
    """A song; posts and chart weeks name it by `key`."""

    key: str
    title: str
    artists: Sequence[str]  # musician slugs, lead first
    genre: str
    label: str
    released: timedelta  # how long before "now"
    colours: Colours
    motif: str  # a key of demo.images.MOTIFS, for the cover
    featuring: Sequence[str] = ()
    lyrics: str = ""
    rights: LyricsRights = LyricsRights.NONE
    streaming: Sequence[tuple[str, str]] = ()  # (service key, URL)
    audio: bool = False  # a generated jingle stands in for the recording
    download: bool = False


@dataclass(frozen=True)
class MusicPost:
    """A post about a song, published on the day the song came out."""

    track: str  # a Track key
    standfirst: str
    body: Sequence[BodyItem]
    authors: Sequence[str]  # author slugs


@dataclass(frozen=True)
class Chart:
    """A weekly chart; `weeks` are the published rankings (Track keys), oldest first."""

    title: str
    slug: str
    size: int
    methodology: str
    weeks: Sequence[Sequence[str]]


@dataclass(frozen=True)
class Music:
    """The Music section, its artists, songs and posts, and the chart."""

    title: str
    slug: str
    intro: str
    musicians: Sequence[Musician]
    tracks: Sequence[Track]
    posts: Sequence[MusicPost]
    chart: Chart
