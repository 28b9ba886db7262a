"""What articles adds to other apps through Wagtail hooks."""

from django.urls import reverse

from wagtail import hooks


@hooks.register("frontend_cache_page_paths")
def tag_pages(page) -> list[str]:
    """The pages of the tags `page` carries list it."""
    tags = getattr(page, "tags", None)
    if tags is None:
        return []
    return [reverse("tag", kwargs={"slug": slug}) for slug in tags.values_list("slug", flat=True)]
