"""Who is credited on a page, read once per request whoever asks (template, metadata, hooks)."""

from wagtail.models import Page

from .models import Author

CREDITED = "_credited_authors"


def credited_authors(page: Page) -> list[Author]:
    """The authors credited on `page`, in order: its own credits, or those of the page that
    carries them (an episode's are its series'). One query, then kept on that page."""
    carrier = page.post_credits_page() if hasattr(page, "post_credits_page") else page
    if carrier is None:
        return []
    found = carrier.__dict__.get(CREDITED)
    if found is None:
        credits = getattr(carrier, "page_authors", None)
        found = (
            []
            if credits is None
            else [c.author for c in credits.select_related("author").order_by("sort_order")]
        )
        carrier.__dict__[CREDITED] = found
    return found
