"""Chart tables: last week, movement, new and re-entries, peaks, weeks on chart and
drop-outs, all computed from the entries of published weeks. Nothing here is typed in.

`compile_week` is the rule, over plain song ids and dates; the other functions load
what it needs in a fixed number of queries and attach songs and pages for display.
Only published weeks (live, public, not dated ahead) are history: drafts and
scheduled weeks never count.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from django.db.models import Q

from newsstand.music.models import Song, SongPage

from .entries import ChartEntry

if TYPE_CHECKING:
    from .models import ChartWeekPage

Row = tuple[date, int, int]  # (week, song id, position) of a published week
POST_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "song_id")


@dataclass(frozen=True)
class Movement:
    kind: str  # "up", "down", "same", "new" or "re-entry"
    places: int = 0

    @property
    def symbol(self) -> str:
        return {
            "up": f"▲{self.places}",
            "down": f"▼{self.places}",
            "same": "=",
            "new": "NEW",
            "re-entry": "RE-ENTRY",
        }[self.kind]

    @property
    def text(self) -> str:
        """What the symbol says, in words (for screen readers and the curious)."""
        return {
            "up": f"up {self.places}",
            "down": f"down {self.places}",
            "same": "no change",
            "new": "new entry",
            "re-entry": "re-entry",
        }[self.kind]


@dataclass(frozen=True)
class Placing:
    position: int
    song_id: int
    last_position: int | None
    movement: Movement
    peak: int
    peak_week: date
    weeks_on_chart: int


@dataclass(frozen=True)
class DropOut:
    song_id: int
    last_position: int
    peak: int
    peak_week: date
    weeks_on_chart: int


def compile_week(
    *, week: date, ranking: Sequence[int], previous: date | None, history: Iterable[Row]
) -> tuple[list[Placing], list[DropOut]]:
    """Placings for `ranking` (song ids, No. 1 first) on `week`, and the songs that left.

    `previous` is the last published week before `week`; `history` holds the
    published weeks' entries. Rows on or after `week` are ignored, so the same
    history gives every week its own view of the past.
    """
    past: dict[int, dict[date, int]] = defaultdict(dict)
    for day, song, position in history:
        if day < week:
            best = past[song].get(day)
            past[song][day] = position if best is None else min(best, position)

    placings = []
    for position, song in enumerate(ranking, start=1):
        weeks = past[song]
        last = weeks.get(previous) if previous else None
        if last is not None:
            change = last - position
            kind = "up" if change > 0 else "down" if change < 0 else "same"
            movement = Movement(kind, abs(change))
        else:
            movement = Movement("re-entry" if weeks else "new")
        peak, peak_week = best_of({**weeks, week: position})
        placings.append(Placing(position, song, last, movement, peak, peak_week, len(weeks) + 1))

    ranked = set(ranking)
    dropouts = [
        DropOut(song, weeks[previous], *best_of(weeks), len(weeks))
        for song, weeks in past.items()
        if previous in weeks and song not in ranked
    ]
    dropouts.sort(key=lambda dropout: dropout.last_position)
    return placings, dropouts


def best_of(weeks: dict[date, int]) -> tuple[int, date]:
    """The highest position and the first week it was reached."""
    peak = min(weeks.values())
    return peak, min(day for day, position in weeks.items() if position == peak)


@dataclass(frozen=True)
class ChartRow:
    placing: Placing
    song: Song
    post: SongPage | None
    peak_week: "ChartWeekPage | None"


@dataclass(frozen=True)
class DroppedRow:
    dropout: DropOut
    song: Song
    post: SongPage | None


@dataclass(frozen=True)
class WeekChart:
    week: "ChartWeekPage"
    previous: "ChartWeekPage | None"
    next: "ChartWeekPage | None"
    rows: list[ChartRow]
    dropped: list[DroppedRow]


def week_chart(week: "ChartWeekPage", weeks: "list[ChartWeekPage]") -> WeekChart:
    """The table of `week` (published or a preview) against `weeks`, the published ones."""
    ranking = [entry.song_id for entry in week.entries.all()]
    earlier = [w for w in weeks if w.week < week.week]
    later = [w for w in weeks if w.week > week.week]
    previous = earlier[-1] if earlier else None
    by_id = {w.pk: w for w in weeks}
    interest = Q(song_id__in=ranking)  # this week's songs, and all of last week's
    if previous is not None:
        interest |= Q(song_id__in=ChartEntry.objects.filter(page_id=previous.pk).values("song_id"))
    rows = (
        ChartEntry.objects.filter(page_id__in=[w.pk for w in earlier])
        .filter(interest)
        .values_list("page_id", "song_id", "position")
    )
    placings, dropouts = compile_week(
        week=week.week,
        ranking=ranking,
        previous=previous.week if previous else None,
        history=[(by_id[page_id].week, song, position) for page_id, song, position in rows],
    )
    song_ids = {*ranking, *(d.song_id for d in dropouts)}
    songs = Song.objects.with_credits().in_bulk(song_ids)
    posts = first_posts(song_ids)
    by_date = {w.week: w for w in weeks} | {week.week: week}
    return WeekChart(
        week=week,
        previous=previous,
        next=later[0] if later else None,
        rows=[
            ChartRow(p, songs[p.song_id], posts.get(p.song_id), by_date.get(p.peak_week))
            for p in placings
        ],
        dropped=[DroppedRow(d, songs[d.song_id], posts.get(d.song_id)) for d in dropouts],
    )


def first_posts(song_ids: Iterable[int]) -> dict[int, SongPage]:
    """Each song's first published music post, for linking, in two queries."""
    posts = {}
    published = SongPage.objects.published().filter(song_id__in=list(song_ids))
    for post in published.order_by("-first_published_at", "-pk").only(*POST_FIELDS):
        posts[post.song_id] = post
    return posts
