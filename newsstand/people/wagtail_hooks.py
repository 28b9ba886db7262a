"""What people adds to other apps through Wagtail hooks."""

from django.urls import reverse

from wagtail import hooks


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
