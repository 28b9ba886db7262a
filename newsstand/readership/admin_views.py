"""The readership numbers in the Wagtail admin: an overview, one page's, and a CSV export."""

import csv
from datetime import timedelta

from django import forms
from django.conf import settings
from django.db.models import Sum
from django.db.models.functions import TruncDate
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from wagtail.admin.ui.components import Component
from wagtail.models import Page

from newsstand.core.spreadsheets import spreadsheet_safe

from . import stats
from .models import HourlyViews

CHART_DAYS = 30


class ExportForm(forms.Form):
    days = forms.IntegerField(min_value=1, initial=30)
    page = forms.IntegerField(min_value=1, required=False)

    def clean_days(self):
        return min(self.cleaned_data["days"], settings.VIEWS_RETENTION_DAYS)


def overview(request):
    now = timezone.now()
    return render(
        request,
        "readership/admin/overview.html",
        {
            "today": stats.top(stats.start_of_today(), 20),
            "week": stats.top(now - timedelta(days=7), 20),
            "sources": stats.sources(None, now - timedelta(days=7)),
            "form": ExportForm(),
            "retention_days": settings.VIEWS_RETENTION_DAYS,
        },
    )


def page_views(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    days = stats.daily(page, CHART_DAYS)
    return render(
        request,
        "readership/admin/page.html",
        {
            "page": page,
            "chart": chart(days),
            "days": days,
            "total": sum(n for _, n in days),
            "today": days[-1][1],
            "week": sum(n for _, n in days[-7:]),
            "sources": stats.sources(page, timezone.now() - timedelta(days=CHART_DAYS)),
        },
    )


def chart(days: list, width: int = 600, height: int = 120) -> dict:
    """Bars for an inline SVG: no script, no library, and a table beside it for screen readers."""
    most = max((n for _, n in days), default=0) or 1
    step = width / len(days)
    bars = [
        {
            "x": round(i * step + 1, 1),
            "width": round(step - 2, 1),
            "height": round(height * n / most, 1),
            "y": round(height - height * n / most, 1),
            "day": day,
            "views": n,
        }
        for i, (day, n) in enumerate(days)
    ]
    return {"bars": bars, "width": width, "height": height, "most": most}


def export(request):
    """Views per local day, page and source, as CSV (spreadsheet-safe)."""
    form = ExportForm(request.GET)
    if not form.is_valid():
        return HttpResponse(
            f"Bad export parameters: {form.errors.as_text()}", status=400, content_type="text/plain"
        )
    since = timezone.localtime() - timedelta(days=form.cleaned_data["days"])
    rows = HourlyViews.objects.filter(hour__gte=stats.hour_floor(since))
    if form.cleaned_data["page"]:
        rows = rows.filter(page_id=form.cleaned_data["page"])
    rows = (
        rows.annotate(day=TruncDate("hour", tzinfo=timezone.get_current_timezone()))
        .values("day", "page_id", "page__title", "page__url_path", "source")
        .annotate(views=Sum("views"))
        .order_by("day", "page_id", "source")
    )
    writer = csv.writer(Echo())

    def lines():
        yield writer.writerow(["date", "page_id", "title", "path", "source", "views"])
        for row in rows.iterator(chunk_size=2000):
            yield writer.writerow(
                [
                    row["day"].isoformat(),
                    row["page_id"],
                    spreadsheet_safe(row["page__title"]),
                    spreadsheet_safe(row["page__url_path"]),
                    row["source"],
                    row["views"],
                ]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    filename = f"views-{timezone.localdate().isoformat()}-{form.cleaned_data['days']}d.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class Echo:
    def write(self, value: str) -> str:
        return value


class TopTodayPanel(Component):
    """The dashboard's "Most read today"."""

    name = "readership_today"
    template_name = "readership/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        return {"top": stats.top(stats.start_of_today(), 5)}
