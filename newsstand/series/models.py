from django.db import models
from django.db.models import Case, F, Func, IntegerField, Max, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.shortcuts import redirect

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from newsstand.core import frontend_cache, pagecache
from newsstand.core.blocks import BodyBlock
from newsstand.core.listing import ListingManager, ListingQuerySet, cards
from newsstand.core.pages import BasePage

from .forms import EpisodePageForm

NOINDEX = "noindex, follow"


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
    parent_page_types = ["articles.HomePage"]
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
        context["series_list"] = cards(SeriesPage.objects.for_stories_index(self))
        return context


class SeriesQuerySet(ListingQuerySet):
    def with_episode_stats(self):
        """Annotate each series' published-episode count and latest release, in one query."""
        published = EpisodePage.objects.for_listing().filter(
            path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
        )
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
    def listing_image_id(self):
        return self.cover_image_id

    @property
    def summary(self) -> str:
        return self.search_description or self.synopsis

    @property
    def is_completed(self) -> bool:
        return self.status == SeriesStatus.COMPLETED

    def published_episodes(self):
        """The episodes readers may see, in episode order, without their bodies."""
        return EpisodePage.objects.for_listing().child_of(self).order_by("number")

    def rename_episodes(self) -> None:
        """Bring the stored episode titles in line with the series' published title."""
        renamed = []
        for episode in EpisodePage.objects.child_of(self):
            title = EpisodePage.title_for(self.title, episode.number)
            if episode.title != title:
                Page.objects.filter(pk=episode.pk).update(title=title, draft_title=title)
                renamed.append(episode)
        pagecache.invalidate()
        frontend_cache.purge(url for episode in renamed for url in frontend_cache.own_urls(episode))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        episodes = list(self.published_episodes())
        context.update(
            episodes=episodes,
            first_episode=episodes[0] if episodes else None,
            latest_episode=episodes[-1] if episodes else None,
            final_number=episodes[-1].number if episodes and self.is_completed else None,
            authors=[credit.author for credit in self.page_authors.select_related("author")],
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
                "robots": "" if self.indexed_edition == IndexedEdition.COMPLETE else NOINDEX,
            },
        )

    @property
    def complete_edition_url(self) -> str:
        return self.url + self.reverse_subpage("complete")


class EpisodePage(BasePage):
    number = models.PositiveIntegerField(help_text="Unique within the series; sets the order.")
    body = StreamField(BodyBlock())

    objects = ListingManager()
    base_form_class = EpisodePageForm

    content_panels = [FieldPanel("number"), *Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["series.SeriesPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "episode"

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
        series = self.get_parent().specific
        episodes = list(
            series.published_episodes().only("id", "number", "title", "path", "url_path", "depth")
        )
        before = [e for e in episodes if e.number < self.number]
        after = [e for e in episodes if e.number > self.number]
        is_final = series.is_completed and not after and bool(episodes)
        context.update(
            series=series,
            episodes=episodes,
            previous_episode=before[-1] if before else None,
            next_episode=after[0] if after else None,
            display_title=self.title_for(series.title, self.number, final=is_final),
            robots=NOINDEX if series.indexed_edition == IndexedEdition.COMPLETE else "",
            final_number=episodes[-1].number if series.is_completed and episodes else None,
        )
        return context
