from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ChartEntry(Orderable):
    """A song's place in one week; `position` follows the editor's order when saved."""

    page = ParentalKey("charts.ChartWeekPage", on_delete=models.CASCADE, related_name="entries")
    song = models.ForeignKey("music.Song", on_delete=models.PROTECT, related_name="chart_entries")
    position = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [FieldPanel("song")]

    class Meta(Orderable.Meta):
        verbose_name = "chart entry"
        verbose_name_plural = "chart entries"
        indexes = [models.Index(fields=["song", "page"])]
