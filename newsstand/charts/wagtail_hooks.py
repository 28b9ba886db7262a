from django.urls import path

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .models import ChartPage
from .views import StartNextWeekView


class StartNextWeekButton(PageMenuItem):
    label = "Start next week"
    icon_name = "list-ol"
    url_name = "charts_start_next_week"

    def is_shown(self, user):
        return (
            self.page.specific_class is ChartPage
            and self.page.permissions_for_user(user).can_add_subpage()
        )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "charts/<int:chart_id>/next-week/",
            StartNextWeekView.as_view(),
            name="charts_start_next_week",
        )
    ]


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name, next_url=None):
    yield StartNextWeekButton(page=page, priority=16)


@hooks.register("register_page_listing_more_buttons")
def page_listing_more_buttons(page, user, next_url=None):
    yield StartNextWeekButton(page=page, priority=9)
