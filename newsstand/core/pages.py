"""The one base class of every newsstand page type."""

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageViewRestriction

ANCESTORS = "_ancestors_below_root"
SECTION_DEPTH = 3  # Wagtail's root 1, a site's home page 2, its sections (top-level pages) 3


def section_path(path: str) -> str | None:
    """The tree path of the section (the top-level page) that the page at `path` is below,
    or None for a section or a page above them."""
    length = Page.steplen * SECTION_DEPTH
    return path[:length] if len(path) > length else None


def sections_by_path(paths) -> dict[str, int]:
    """The ids of the sections that the pages at `paths` are below, by the sections' paths,
    in one query (none when no page is below a section)."""
    wanted = {section_path(path) for path in paths} - {None}
    return dict(Page.objects.filter(path__in=wanted).values_list("path", "pk"))


def ancestors(page: Page) -> list[Page]:
    """`page`'s ancestors below the tree's root, top first, as plain pages: one query,
    then kept on the page (routing fills it in from the rows it read)."""
    found = page.__dict__.get(ANCESTORS)
    if found is None:
        found = page.__dict__[ANCESTORS] = list(page.get_ancestors().filter(depth__gt=1))
    return found


class BasePage(Page):
    """A page with the promote-tab overrides readers never see but search and social do."""

    social_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared. Defaults to the page's own image.",
    )
    noindex = models.BooleanField(
        "hide from search engines",
        default=False,
        help_text="Ask search engines not to index this page.",
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("noindex")], "Sharing and indexing"
        ),
    ]

    # Standing pages (About, Contact…) set this: they are linked in the footer, not the main menu.
    footer_menu = False

    class Meta:
        abstract = True

    # The image field that holds the page's own picture, used by lists, feeds, sitemaps
    # and sharing (e.g. "cover_image"); none by default.
    listing_image_field: str | None = None

    @property
    def listing_image_id(self) -> int | None:
        field = self.listing_image_field
        return getattr(self, f"{field}_id") if field else None

    def listing_image(self):
        """The page's picture (an image, or None), read through its field."""
        field = self.listing_image_field
        return getattr(self, field) if field else None

    @property
    def summary(self) -> str:
        """One or two sentences about the page, for meta descriptions and feeds."""
        return self.search_description

    og_type = "website"

    def get_view_restrictions(self):
        """Wagtail's, without its two queries on the common site where nothing is private."""
        from .listing import restricted_page_ids

        if not restricted_page_ids():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def is_indexable(self) -> bool:
        """Whether search engines should index this page at its own URL.

        The one rule, read by page metadata, sitemaps and (stored on its card) by
        everything that lists a post; kinds extend it.
        """
        return not self.noindex

    def canonical_url(self) -> str | None:
        """Another URL that search engines should index instead of this one, if any."""
        return None

    def structured_data(self, meta) -> list[dict]:
        """schema.org nodes describing the page (see core.structured_data.Meta)."""
        return []
