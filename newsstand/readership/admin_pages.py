"""Readership inside Wagtail's own page screens: a column in the page explorer and a
side panel beside the editor, through Wagtail's documented PageViewSet customisation."""

from datetime import timedelta

from django.utils import timezone

from wagtail.admin.ui.side_panels import BaseSidePanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet

from . import stats


class ViewsColumn(Column):
    cell_template_name = "readership/admin/views_cell.html"


class ExplorerWithViews(ExplorableIndexView):
    def annotate_queryset(self, pages):
        since = timezone.now() - timedelta(days=7)
        return super().annotate_queryset(pages).annotate(views_week=stats.views_since(since))


class ReadershipSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = "Toggle readership"
        icon_name = "view"
        has_counter = False

    name = "readership"
    title = "Readership"
    template_name = "readership/admin/side_panel.html"
    order = 400

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        days = stats.daily(self.object, 30)
        context.update(
            today=days[-1][1],
            week=sum(n for _, n in days[-7:]),
            month=sum(n for _, n in days),
            sources=stats.sources(self.object, timezone.now() - timedelta(days=30))[:4],
        )
        return context


class EditWithReadership(EditView):
    def get_side_panels(self):
        panels = super().get_side_panels()
        if not self.expects_json_response and self.page.live:
            panels.append(ReadershipSidePanel(self.page, self.request))
        return panels


class ReadershipPageViewSet(PageViewSet):
    index_view_class = ExplorerWithViews
    edit_view_class = EditWithReadership
    columns = [
        *PageViewSet.columns,
        ViewsColumn("views_week", label="Views, 7 days", sort_key="views_week", width="10%"),
    ]
