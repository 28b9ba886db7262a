from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import path

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .models import ChartPage
from .selectors import chart_runs
from .views import StartNextWeekView

CHART_RUNS = "charts/components/chart_runs.html"


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


@hooks.register("music_song_panels")
def song_chart_history(request, song):
    """The song's run on each chart, for its music post."""
    runs = chart_runs(Q(song=song))
    return render_to_string(CHART_RUNS, {"runs": runs, "request": request, "by_song": False})


@hooks.register("music_artist_panels")
def artist_chart_history(request, artist):
    """Every chart run of the artist's songs, for the artist's page."""
    runs = chart_runs(Q(song__song_artists__artist=artist))
    return render_to_string(CHART_RUNS, {"runs": runs, "request": request, "by_song": True})
