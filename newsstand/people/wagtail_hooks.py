"""What people adds to other apps through Wagtail hooks."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.auth import permission_denied


@hooks.register("frontend_cache_page_paths")
def author_pages(page) -> list[str]:
    """The pages of the authors credited on `page` list it; a post may carry the credits of
    another page (an episode, its series')."""
    credits_page = page
    post_credits_page = getattr(page, "post_credits_page", None)
    if post_credits_page is not None:
        credits_page = post_credits_page()
    credits = getattr(credits_page, "page_authors", None)
    if credits is None:
        return []
    return [
        reverse("author", kwargs={"slug": slug})
        for slug in credits.values_list("author__slug", flat=True)
    ]


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
