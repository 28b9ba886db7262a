from dataclasses import dataclass

from django.db import models
from django.db.models import Case, F, Func, IntegerField, Max, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.utils.functional import cached_property

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from newsstand.core import pagecache
from newsstand.core import structured_data as ld
from newsstand.core.blocks import BodyBlock
from newsstand.core.changes import retitle_children
from newsstand.core.front_page import Block
from newsstand.core.listing import ListingManager, ListingQuerySet, cards
from newsstand.core.models import HomePage
from newsstand.core.pages import BasePage
from newsstand.core.posts import Post
from newsstand.people.credits import credited_authors

from .forms import EpisodePageForm

NOINDEX = "noindex, follow"
FRONT_PAGE_SERIES = 4
EPISODE_LINK_FIELDS = ("id", "number", "title", "path", "depth", "url_path", "first_published_at")
# How long a series' contents and the Stories shelf are kept at most: an episode dated in the
# future joins within it.
CONTENTS_SECONDS = 300


class SeriesStatus(models.TextChoices):
    ONGOING = "ongoing", "Ongoing"
    COMPLETED = "completed", "Completed"
    HIATUS = "hiatus", "On hiatus"


class AgeAdvisory(models.TextChoices):
    ALL = "all", "All ages"
    TEEN = "13", "13+"
    MATURE = "16", "16+"
    ADULT = "18", "18+"


class IndexedEdition(models.TextChoices):
    EPISODES = "episodes", "Single episodes"
    COMPLETE = "complete", "The complete edition"


class StoriesPage(BasePage):
    """The Stories section: every series, ongoing ones first, freshest first."""

    intro = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = [HomePage]
    subpage_types = ["series.SeriesPage"]
    show_in_menus_default = True
    max_count = 1

    class Meta:
        verbose_name = "stories section"

    @property
    def summary(self) -> str:
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["series_list"] = cards(shelf(self))
        return context

    def front_page_block(self, shown: set[int]) -> Block | None:
        """The first series of the shelf with an episode out, each with its latest one."""
        series_list = [series for series in shelf(self) if series.latest_episode is not None]
        if not series_list:
            return None
        return Block(self, "series/blocks/stories.html", pages=series_list[:FRONT_PAGE_SERIES])


class SeriesQuerySet(ListingQuerySet):
    def _published_episodes(self):
        """A series' published episodes, as a sub-query of a query of series."""
        return EpisodePage.objects.for_listing().filter(
            path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
        )

    def with_latest_episode(self):
        """Annotate the id of each series' latest published episode (the highest number)."""
        latest = self._published_episodes().order_by("-number").values("pk")[:1]
        return self.annotate(latest_episode_id=Subquery(latest))

    def with_episode_stats(self):
        """Annotate each series' published-episode count and latest release, in one query."""
        published = self._published_episodes()
        return self.annotate(
            published_episodes=Coalesce(
                Subquery(
                    published.order_by()
                    .annotate(n=Func(F("pk"), function="COUNT"))
                    .values("n")[:1],
                    output_field=IntegerField(),
                ),
                Value(0),
            ),
            latest_episode_at=Subquery(
                published.order_by("-first_published_at").values("first_published_at")[:1]
            ),
        )

    def for_stories_index(self, stories_page):
        return (
            self.live()
            .public()
            .child_of(stories_page)
            .defer_streamfields()
            .with_episode_stats()
            .with_latest_episode()
            .order_by(
                Case(When(status=SeriesStatus.ONGOING, then=Value(0)), default=Value(1)),
                F("latest_episode_at").desc(nulls_last=True),
                "title",
            )
        )


class SeriesPage(RoutablePageMixin, BasePage):
    synopsis = models.TextField(max_length=1000)
    cover_image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    genre = models.CharField(max_length=60, blank=True, help_text="e.g. Romance, Thriller, Drama")
    age_advisory = models.CharField(
        max_length=3, choices=AgeAdvisory.choices, default=AgeAdvisory.ALL
    )
    status = models.CharField(
        max_length=10, choices=SeriesStatus.choices, default=SeriesStatus.ONGOING
    )
    release_cadence = models.CharField(
        max_length=120, blank=True, help_text="e.g. 'New episode every Friday'"
    )
    indexed_edition = models.CharField(
        "search engines index",
        max_length=10,
        choices=IndexedEdition.choices,
        default=IndexedEdition.EPISODES,
        help_text="The other side is marked noindex, so search results don't show both.",
    )

    objects = ListingManager.from_queryset(SeriesQuerySet)()
    listing_image_field = "cover_image"

    content_panels = [
        *Page.content_panels,
        FieldPanel("synopsis"),
        FieldPanel("cover_image"),
        InlinePanel("page_authors", label="Author"),
        MultiFieldPanel(
            [
                FieldPanel("genre"),
                FieldPanel("age_advisory"),
                FieldPanel("status"),
                FieldPanel("release_cadence"),
            ],
            "About the series",
        ),
    ]
    promote_panels = [*BasePage.promote_panels, FieldPanel("indexed_edition")]
    search_fields = [*Page.search_fields, index.SearchField("synopsis")]
    parent_page_types = ["series.StoriesPage"]
    subpage_types = ["series.EpisodePage"]

    class Meta:
        verbose_name = "series"
        verbose_name_plural = "series"

    @property
    def summary(self) -> str:
        return self.search_description or self.synopsis

    @property
    def is_completed(self) -> bool:
        return self.status == SeriesStatus.COMPLETED

    @property
    def indexes_complete_edition(self) -> bool:
        """Search engines index the complete edition, and not the single episodes, or the
        other way round: the series' one rule, read by its episodes and its edition."""
        return self.indexed_edition == IndexedEdition.COMPLETE

    def structured_data(self, meta) -> list[dict]:
        authors = [ld.person(author, meta.absolute) for author in meta.context.get("authors", [])]
        node = {
            "@type": "CreativeWorkSeries",
            "name": self.title,
            "description": self.synopsis,
            "url": meta.url,
            "genre": self.genre,
            "author": authors,
            "image": meta.image_url,
            "hasPart": [
                {
                    "@type": "CreativeWork",
                    "name": episode.title,
                    "url": meta.absolute(episode.url),
                    "position": episode.number,
                }
                for episode in meta.context.get("episodes", [])
            ],
        }
        return [ld.drop_empty(node)]

    def published_episodes(self):
        """The episodes readers may see, in episode order, without their bodies."""
        return EpisodePage.objects.for_listing().child_of(self).order_by("number")

    def rename_episodes(self) -> None:
        """Bring the stored episode titles in line with the series' published title."""
        retitle_children(self, lambda episode: EpisodePage.title_for(self.title, episode.number))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shared = contents(self.path)
        episodes = shared.episodes
        context.update(
            episodes=episodes,
            first_episode=episodes[0] if episodes else None,
            latest_episode=episodes[-1] if episodes else None,
            final_number=episodes[-1].number if episodes and self.is_completed else None,
            # Read with the contents; a preview shows the draft's own credits.
            authors=credited_authors(
                self if getattr(request, "is_preview", False) else shared.series
            ),
        )
        return context

    @path("")
    def series_home(self, request):
        return self.render(request)

    @path("complete/", name="complete")
    def complete_edition(self, request):
        """Every published episode on one page, generated on request, never stored."""
        episodes = list(EpisodePage.objects.published().child_of(self).order_by("number"))
        if not episodes:
            return redirect(self.url)
        final_number = episodes[-1].number if self.is_completed else None
        return self.render(
            request,
            template="series/complete_edition.html",
            context_overrides={
                "episodes": episodes,
                "final_number": final_number,
                "meta_title": f"{self.title} (Complete Episodes)",
                "robots": "" if self.indexes_complete_edition else NOINDEX,
            },
        )

    @property
    def complete_edition_url(self) -> str:
        return self.url + self.reverse_subpage("complete")


class EpisodePage(Post, BasePage):
    number = models.PositiveIntegerField(help_text="Unique within the series; sets the order.")
    body = StreamField(BodyBlock())

    objects = ListingManager()
    base_form_class = EpisodePageForm

    content_panels = [FieldPanel("number"), *Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["series.SeriesPage"]
    subpage_types: list[str] = []

    # An episode's card derives from its series (title, "Final", credits, indexing).
    card_follows_parent = True
    call_to_action = "Read the next episode first"

    class Meta:
        verbose_name = "episode"

    @cached_property
    def series(self) -> SeriesPage:
        """The series, with its cover (the episode's picture, in its metadata too)."""
        parent = self.get_parent()
        return SeriesPage.objects.select_related("cover_image").get(pk=parent.pk)

    def is_final(self) -> bool:
        """The last published episode of a completed series."""
        if not self.series.is_completed:
            return False
        later = EpisodePage.objects.published().child_of(self.series).filter(number__gt=self.number)
        return not later.exists()

    def post_kicker(self) -> Page:
        return self.series

    def post_title(self) -> str:
        return self.title_for(self.series.title, self.number, final=self.is_final())

    @property
    def summary(self) -> str:
        series = self.series
        return (
            self.search_description or f"{series.title}, episode {self.number}: {series.synopsis}"
        )

    def post_feed_summary(self) -> str:
        return f"Episode {self.number} of {self.series.title}"

    def post_credits_page(self) -> Page:
        return self.series

    @property
    def listing_image_id(self) -> int | None:
        return self.series.cover_image_id

    def listing_image(self):
        return self.series.cover_image

    def is_indexable(self) -> bool:
        return super().is_indexable() and not self.series.indexes_complete_edition

    def structured_data(self, meta) -> list[dict]:
        series = self.series
        node = ld.post(self, meta, schema_type="CreativeWork")
        node["position"] = self.number
        node["isPartOf"] = {
            "@type": "CreativeWorkSeries",
            "name": series.title,
            "url": meta.absolute(series.url),
        }
        return [node]

    @staticmethod
    def title_for(series_title: str, number: int, final: bool = False) -> str:
        label = "Final Episode" if final else "Episode"
        return f"{series_title} ({label} {number:02d})"

    def save(self, *args, **kwargs):
        # Title from the series' live title, also when a scheduled revision publishes later.
        if self.depth:
            self.title = self.title_for(self.get_parent().title, self.number)
        return super().save(*args, **kwargs)

    def next_free_number(self, series: Page) -> int:
        highest = EpisodePage.objects.child_of(series).aggregate(top=Max("number"))["top"]
        return (highest or 0) + 1

    def number_taken(self, series: Page, number: int) -> bool:
        siblings = EpisodePage.objects.child_of(series).filter(number=number)
        return siblings.exclude(pk=self.pk).exists() if self.pk else siblings.exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shared = contents(self.path[: -self.steplen])
        # What the hooks and the metadata read of the series, too.
        self.series = series = shared.series
        episodes = shared.episodes
        before = [e for e in episodes if e.number < self.number]
        after = [e for e in episodes if e.number > self.number]
        is_final = series.is_completed and not after and bool(episodes)
        context.update(
            series=series,
            episodes=episodes,
            previous_episode=before[-1] if before else None,
            next_episode=after[0] if after else None,
            display_title=self.title_for(series.title, self.number, final=is_final),
            final_number=episodes[-1].number if series.is_completed and episodes else None,
        )
        return context


@dataclass(frozen=True)
class Contents:
    """What every page of a series shows of it: the series, with its cover and its credits,
    and its published episodes in order (as links)."""

    series: SeriesPage
    episodes: list[EpisodePage]


def shelf(stories: StoriesPage) -> list[SeriesPage]:
    """Every series in `stories`, as the Stories page and the front page show them: ongoing
    ones first, then by their latest release, newest first. Each has its count of published
    episodes (`published_episodes`), their latest release (`latest_episode_at`) and its
    highest-numbered one (`latest_episode`, or None). Kept until the next change: both
    pages show it, and working it out takes ~4 ms of building sub-queries."""

    def read() -> list[SeriesPage]:
        series_list = list(SeriesPage.objects.for_stories_index(stories))
        latest = EpisodePage.objects.only(*EPISODE_LINK_FIELDS).in_bulk(
            [series.latest_episode_id for series in series_list if series.latest_episode_id]
        )
        for series in series_list:
            series.latest_episode = latest.get(series.latest_episode_id)
        return series_list

    return pagecache.remember(f"stories-shelf:{stories.path}", read, CONTENTS_SECONDS)


def contents(series_path: str) -> Contents:
    """The contents of the series at `series_path`, kept until the next change: its episodes
    and its series page all show them, so after a publish one render reads them (three
    queries) for all. Readers' renders only: what publishing writes reads the database."""

    def read() -> Contents:
        series = SeriesPage.objects.select_related("cover_image").get(path=series_path)
        credited_authors(series)  # kept on the series, so in the cache with it
        episodes = series.published_episodes().only(*EPISODE_LINK_FIELDS)
        return Contents(series, list(episodes))

    return pagecache.remember(f"series-contents:{series_path}", read, CONTENTS_SECONDS)
