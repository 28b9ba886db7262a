from dataclasses import dataclass
from datetime import date, timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.dateformat import format as date_format

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Page, Site
from wagtail.search import index

from newsstand.core import pagecache
from newsstand.core import structured_data as ld
from newsstand.core.changes import retitle_children
from newsstand.core.front_page import Block
from newsstand.core.listing import ListingManager
from newsstand.core.models import HomePage
from newsstand.core.pages import BasePage
from newsstand.core.posts import Post
from newsstand.music import structured_data as music_ld
from newsstand.music.models import MusicSectionPage

from .entries import ChartEntry  # noqa: F401 (registers the model with the app)
from .forms import ChartWeekPageForm
from .tables import WeekChart, week_chart

WEEK = timedelta(days=7)
WEEK_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "live", "week")
# How long what a chart's pages show is kept at most: a week dated ahead joins within it.
SHOWN_SECONDS = 300


class ChartPage(BasePage):
    """A weekly chart such as a Hot 20: its latest week, and every week before."""

    size = models.PositiveSmallIntegerField(
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text="How many places the chart has, e.g. 20 for a Hot 20.",
    )
    methodology = models.TextField(
        help_text="How the chart is compiled: what counts, over which days, and who ranks it."
    )

    content_panels = [*Page.content_panels, FieldPanel("size"), FieldPanel("methodology")]
    search_fields = [*Page.search_fields, index.SearchField("methodology")]
    parent_page_types = [HomePage]
    subpage_types = ["charts.ChartWeekPage"]
    show_in_menus_default = True

    class Meta:
        verbose_name = "chart"

    @property
    def summary(self) -> str:
        return self.search_description or (
            f"The {self.title}: the week's top {self.size} songs, with last week's positions, "
            "peaks and weeks on chart."
        )

    def published_weeks(self) -> list["ChartWeekPage"]:
        """The weeks readers may see, oldest first, without their entries."""
        weeks = ChartWeekPage.objects.published().child_of(self).only(*WEEK_FIELDS)
        return list(weeks.order_by("week"))

    def front_page_block(self, shown: set[int]) -> Block | None:
        """The latest week's top five, with their movement."""
        weeks = shown_weeks(self.path).weeks
        if not weeks:
            return None
        table = shown_table(weeks[-1], weeks)
        return Block(self, "charts/blocks/top_five.html", extra={"table": table})

    def rename_weeks(self) -> None:
        """Bring the stored week titles in line with the chart's published name."""
        retitle_children(self, lambda week: ChartWeekPage.title_for(self.title, week.week))

    def structured_data(self, meta) -> list[dict]:
        table = meta.context.get("table")
        return [chart_list(table, meta)] if table else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        weeks = shown_weeks(self.path).weeks
        context.update(
            chart=self,
            table=shown_table(weeks[-1], weeks) if weeks else None,
            archive=weeks[::-1],
            music_section=MusicSectionPage.for_site(Site.find_for_request(request)),
        )
        return context


class ChartWeekPage(Post, BasePage):
    """One week of a chart. Editors only rank songs; everything else is computed."""

    week = models.DateField("week of", help_text="The date of this week's chart; one per date.")

    objects = ListingManager()
    base_form_class = ChartWeekPageForm

    content_panels = [
        FieldPanel("week"),
        *Page.content_panels,
        InlinePanel(
            "entries",
            label="Song",
            heading="Ranking",
            help_text="No. 1 first. Drag to reorder; movement and history are worked out.",
        ),
    ]
    parent_page_types = ["charts.ChartPage"]
    subpage_types: list[str] = []

    body_field = None
    # Its card reads the chart: its name (in the title) and its size.
    card_follows_parent = True

    class Meta:
        verbose_name = "chart week"

    @property
    def summary(self) -> str:
        if self.search_description:
            return self.search_description
        chart = self.get_parent().specific
        return (
            f"The top {chart.size} songs of the week of {date_format(self.week, 'j F Y')}, "
            "with last week's positions, peaks and weeks on chart."
        )

    def structured_data(self, meta) -> list[dict]:
        table = meta.context.get("table")
        return [ld.post(self, meta), chart_list(table, meta)] if table else [ld.post(self, meta)]

    @staticmethod
    def title_for(chart_title: str, week) -> str:
        return f"{chart_title}: week of {date_format(week, 'j F Y')}"

    @staticmethod
    def suggested_week(chart: Page) -> date | None:
        """A week after the chart's latest week, drafts included."""
        weeks = ChartWeekPage.objects.child_of(chart).order_by("-week")
        latest = weeks.values_list("week", flat=True).first()
        return latest + WEEK if latest else None

    def week_taken(self, chart: Page, week) -> bool:
        siblings = ChartWeekPage.objects.child_of(chart).filter(week=week)
        return siblings.exclude(pk=self.pk).exists() if self.pk else siblings.exists()

    def save(self, *args, **kwargs):
        # Title from the chart's live name; positions from the editor's order.
        if self.depth:
            self.title = self.title_for(self.get_parent().title, self.week)
        ranked = sorted(self.entries.all(), key=lambda e: (e.sort_order is None, e.sort_order or 0))
        for position, entry in enumerate(ranked, start=1):
            entry.sort_order, entry.position = position - 1, position
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = shown_weeks(self.path[: -Page.steplen])
        # A preview ranks its own, unsaved entries.
        preview = getattr(request, "is_preview", False)
        context.update(
            chart=shown.chart,
            table=week_chart(self, shown.weeks) if preview else shown_table(self, shown.weeks),
            music_section=MusicSectionPage.for_site(Site.find_for_request(request)),
        )
        return context


def chart_list(table: WeekChart, meta) -> dict:
    """A chart week as an ItemList of recordings, No. 1 first."""
    section = meta.context.get("music_section")
    items = [
        music_ld.music_recording(
            row.song,
            url=meta.absolute(row.post.url) if row.post else None,
            image_url=None,
            artists=music_ld.artist_nodes(row.song, section, meta.absolute),
        )
        for row in table.rows
    ]
    chart = meta.context["chart"]
    name = f"{chart.title}, week of {date_format(table.week.week, 'j F Y')}"
    return ld.item_list(name=name, url=meta.canonical, items=items)


@dataclass(frozen=True)
class ShownWeeks:
    chart: ChartPage
    weeks: list[ChartWeekPage]  # the published ones, oldest first


def shown_weeks(chart_path: str) -> ShownWeeks:
    """The chart at `chart_path` and its published weeks, as all its pages and the front page
    show them: kept until the next change. Readers' renders only; writes read the database."""

    def read() -> ShownWeeks:
        chart = ChartPage.objects.get(path=chart_path)
        return ShownWeeks(chart, chart.published_weeks())

    return pagecache.remember(f"chart-weeks:{chart_path}", read, SHOWN_SECONDS)


def shown_table(week: ChartWeekPage, weeks: list[ChartWeekPage]) -> WeekChart:
    """The table of the published `week` (six queries to work out), kept until the next change:
    the latest week's shows on its own page, the chart's page and the front page."""
    return pagecache.remember(
        f"chart-table:{week.pk}", lambda: week_chart(week, weeks), SHOWN_SECONDS
    )
