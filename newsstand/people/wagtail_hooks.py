"""What people adds to other apps through Wagtail hooks."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.auth import permission_denied

from .credits import credited_authors
from .models import Author


def _credits(page):
    """The credits `page` carries: its own, or another page's (an episode, its series')."""
    credits_page = page
    post_credits_page = getattr(page, "post_credits_page", None)
    if post_credits_page is not None:
        credits_page = post_credits_page()
    return getattr(credits_page, "page_authors", None)


@hooks.register("frontend_cache_page_paths")
def author_pages(page) -> list[str]:
    """The pages of the authors credited on `page` list it."""
    credits = _credits(page)
    if credits is None:
        return []
    return [
        reverse("author", kwargs={"slug": slug})
        for slug in credits.values_list("author__slug", flat=True)
    ]


@hooks.register("post_topics")
def followed_authors(page) -> list[tuple[str, str]]:
    """Readers can follow an author: a new post notifies the followers of everyone credited."""
    return [(f"author:{author.pk}", author.name) for author in credited_authors(page)]


@hooks.register("topic_labels")
def author_topics(keys: list[str]) -> dict[str, str]:
    """The names of the `author:<id>` keys among `keys` that are authors, in one query."""
    ids = {
        int(ident)
        for kind, _, ident in (k.partition(":") for k in keys)
        if kind == "author" and ident.isdigit()
    }
    if not ids:
        return {}
    names = Author.objects.filter(pk__in=ids).values_list("pk", "name")
    return {f"author:{pk}": name for pk, name in names}


@hooks.register("before_create_page")
def sections_are_for_editors(request, parent_page, page_class):
    """A page right under a site's home page is a section (or the like) in the menu:
    making one takes permission to publish there, which Contributors don't have."""
    if (
        parent_page.is_site_root()
        and not parent_page.permissions_for_user(request.user).can_publish_subpage()
    ):
        return permission_denied(request)
    return None
