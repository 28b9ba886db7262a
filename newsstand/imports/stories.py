"""Serialized stories: "[STORY] Title (Episode 01)" posts become a series of numbered episodes."""

from datetime import datetime

from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils.text import slugify

from newsstand.series.models import EpisodePage, SeriesPage, SeriesStatus, StoriesPage

from .context import ImportContext
from .models import WordPressKind
from .report import Outcome
from .sanitizer import plain_text

SYNOPSIS_MAX = 300


class Stories:
    def __init__(self, context: ImportContext) -> None:
        self.context = context
        self._stories: StoriesPage | None = None
        self._series: dict[str, SeriesPage] = {}

    def stories_page(self) -> StoriesPage:
        """The Stories section, created (live, in the menu) if the site has none."""
        if self._stories is None:
            self._stories = self.context.top_section(StoriesPage, "Stories")
        return self._stories

    def find_series(self, title: str) -> SeriesPage | None:
        key = slugify(title, allow_unicode=True)
        if key in self._series:
            return self._series[key]
        series_id = self.context.mapping.object_id(WordPressKind.SERIES, key, SeriesPage)
        series = SeriesPage.objects.filter(pk=series_id).first() if series_id else None
        if series is None:
            series = SeriesPage.objects.child_of(self.stories_page()).filter(slug=key).first()
        if series is not None:
            self._series[key] = series
        return series

    def series(self, title: str, *, synopsis: str) -> SeriesPage:
        """The series called `title`, created as a draft from its first imported episode."""
        series = self.find_series(title)
        if series is not None:
            return series
        context = self.context
        stories = self.stories_page()
        key = slugify(title, allow_unicode=True)
        with context.item():
            series = SeriesPage(
                title=title[:255],
                slug=context.slugs.claim(stories, key, fallback="series"),
                synopsis=plain_text(synopsis, max_length=SYNOPSIS_MAX) or title,
                live=False,
                has_unpublished_changes=True,
            )
            context.tree.add(stories, series)
            context.mapping.record(WordPressKind.SERIES, key, series)
        context.batch.add(series)
        context.report.count("series", Outcome.IMPORTED)
        context.report.look(
            "series", key, title, "created from its episodes: check the synopsis, cover and genre"
        )
        self._series[key] = series
        return series

    @staticmethod
    def number_taken(series: SeriesPage, number: int, *, exclude: int | None = None) -> bool:
        episodes = EpisodePage.objects.child_of(series).filter(number=number)
        return episodes.exclude(pk=exclude).exists() if exclude else episodes.exists()

    @staticmethod
    def episode_published(series: SeriesPage, *, at: datetime, final: bool) -> None:
        """A live episode makes its series live, dated by its episodes; a final one completes it."""
        moment = Value(at, output_field=models.DateTimeField())
        changes = {
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": Least(Coalesce("first_published_at", moment), moment),
            "last_published_at": Greatest(Coalesce("last_published_at", moment), moment),
        }
        if final:
            changes["status"] = SeriesStatus.COMPLETED
        SeriesPage.objects.filter(pk=series.pk).update(**changes)
