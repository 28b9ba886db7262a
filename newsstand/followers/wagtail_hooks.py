"""What followers adds to the site (the follow form) and to the scheduler and admin."""

from functools import lru_cache
from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.safestring import SafeString

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Page

from newsstand.core.posts import is_post

from . import admin_views, digest, push, sending, topics
from .admin import SubscriberViewSet
from .forms import SignupForm


@hooks.register("call_to_action")
def follow_form(context) -> SafeString:
    """Under a post: follow what it is filed under (first ticked), its authors, or everything."""
    page = context.get("page")
    if not isinstance(page, Page) or not is_post(page):
        return SafeString("")
    offered = tuple({t.key: t for t in [*topics.of_post(page), topics.DIGEST]}.values())
    return _call_to_action(offered, push.enabled())


@lru_cache(maxsize=256)
def _call_to_action(offered: tuple[topics.Topic, ...], notify: bool) -> SafeString:
    """The form offering `offered`: the same markup for the same topics (their labels
    included), so a process makes it once, not on every post it renders."""
    form = SignupForm(offered=list(offered), initial={"topic": [offered[0].key]})
    notify_url = None
    if notify:
        query = urlencode({"topic": offered[0].key})  # the nearest; the page offers the rest
        notify_url = f"{reverse('followers:notify')}?{query}"
    return render_to_string(
        "followers/call_to_action.html", {"form": form, "notify_url": notify_url}
    )


@hooks.register("page_cache_query_parameters")
def query_parameters() -> list[str]:
    # Which email an unsubscribe link came from; the topics a notify link offers.
    return ["m", "topic"]


@hooks.register("scheduler_pass")
def send_due(stdout) -> None:
    """Every pass: today's digest once it's time, and mailings whose worker stopped."""
    made = digest.due()
    if made is not None:
        stdout.write(f"Followers: today's digest queued ({made.subject}).")
    resumed = sending.resume_stalled()
    if resumed:
        stdout.write(f"Followers: {resumed} unfinished mailings queued again.")


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("followers/", admin_views.overview, name="followers_overview"),
        path("followers/import/", admin_views.import_list, name="followers_import"),
        path(
            "followers/sent/<int:mailing_id>/",
            admin_views.preview_mailing,
            name="followers_preview",
        ),
        path(
            "followers/posts/<int:page_id>/email/",
            admin_views.preview_post,
            name="followers_preview_post",
        ),
        path(
            "followers/emails/<slug:kind>/",
            admin_views.preview_other,
            name="followers_preview_other",
        ),
        path(
            "followers/posts/<int:page_id>/breaking/",
            admin_views.breaking,
            name="followers_breaking",
        ),
    ]


class FollowersMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("followers.view_subscriber")


@hooks.register("register_admin_menu_item")
def menu_item():
    return FollowersMenuItem(
        "Followers", reverse("followers_overview"), icon_name="mail", order=260
    )


@hooks.register("register_admin_viewset")
def subscriber_viewset():
    return SubscriberViewSet("followers_subscriber", url_prefix="followers/subscribers")


@hooks.register("register_page_header_buttons")
def header_buttons(page, user, view_name, next_url=None):
    if not is_post(page):
        return
    if user.has_perm("followers.view_subscriber"):
        yield Button(
            "Email preview",
            reverse("followers_preview_post", args=[page.pk]),
            icon_name="mail",
            priority=85,
        )
    if page.live and user.has_perm("followers.add_mailing"):
        yield Button(
            "Send as breaking news",
            reverse("followers_breaking", args=[page.pk]),
            icon_name="warning",
            priority=86,
        )
