"""The admin's "Start next week" action: confirm, then create the draft and open it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import WEEK, ChartPage, ChartWeekPage
from .services import NextWeekError, start_next_week


class StartNextWeekView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "charts/admin/start_next_week.html"
    page_title = "Start next week"
    header_icon = "list-ol"
    breadcrumbs_items = []

    def dispatch(self, request, chart_id: int):
        self.chart = get_object_or_404(ChartPage, pk=chart_id)
        if not self.chart.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, chart_id)

    def get_page_subtitle(self):
        return self.chart.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        weeks = self.chart.published_weeks()
        latest = weeks[-1] if weeks else None
        context.update(
            chart=self.chart,
            latest=latest,
            next_title=ChartWeekPage.title_for(self.chart.title, latest.week + WEEK)
            if latest
            else "",
        )
        return context

    def post(self, request, chart_id: int):
        try:
            week = start_next_week(chart=self.chart, user=request.user)
        except NextWeekError as error:
            messages.error(request, str(error))
            return redirect("wagtailadmin_explore", self.chart.pk)
        messages.success(
            request, f"Started “{week.title}” as a draft: rank the songs, then publish."
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[week.pk]))
