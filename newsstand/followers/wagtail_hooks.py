"""What followers adds to the site (the follow form) and to the scheduler and admin."""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from wagtail import hooks
from wagtail.models import Page

from newsstand.core.posts import is_post

from . import digest, sending, topics
from .forms import SignupForm


@hooks.register("call_to_action")
def follow_form(context) -> SafeString:
    """Under a post: follow what it is filed under (first ticked), its authors, or everything."""
    page = context.get("page")
    if not isinstance(page, Page) or not is_post(page):
        return SafeString("")
    offered = list({t.key: t for t in [*topics.of_post(page), topics.DIGEST]}.values())
    form = SignupForm(offered=offered, initial={"topic": [offered[0].key]})
    return render_to_string("followers/call_to_action.html", {"form": form})


@hooks.register("page_cache_query_parameters")
def unsubscribe_parameters() -> list[str]:
    return ["m"]  # which email an unsubscribe link came from (those pages are never cached)


@hooks.register("scheduler_pass")
def send_due(stdout) -> None:
    """Every pass: today's digest once it's time, and mailings whose worker stopped."""
    made = digest.due()
    if made is not None:
        stdout.write(f"Followers: today's digest queued ({made.subject}).")
    resumed = sending.resume_stalled()
    if resumed:
        stdout.write(f"Followers: {resumed} unfinished mailings queued again.")
