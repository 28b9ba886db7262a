from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from newsstand.core import structured_data as ld
from newsstand.core.blocks import BodyBlock
from newsstand.core.listing import ListingManager, paginate
from newsstand.core.models import HomePage
from newsstand.core.pages import BasePage
from newsstand.core.posts import Post, posts_below
from newsstand.people.credits import credited_authors


class SectionPage(BasePage):
    """A section such as News or Sports: its stories, newest first."""

    intro = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = [HomePage]
    subpage_types = ["articles.ArticlePage"]
    show_in_menus_default = True

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "section"

    @property
    def summary(self) -> str:
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Its children, as plain pages: a card reads only the page's own row and its card.
        articles = posts_below(self, [ArticlePage])
        context["page_obj"] = paginate(
            articles,
            request.GET.get("page"),
            settings.SECTION_PAGE_SIZE,
            count_key=f"section:{self.pk}",
            known=[self],  # its posts' kicker
        )
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class SourceRelationship(models.TextChoices):
    REPUBLISHED = "republished", "Republished in full"
    EXCERPT = "excerpt", "Excerpt"
    REWRITTEN = "rewritten", "Rewritten"
    BASED_ON = "based_on", "Based on"


SOURCE_LEADS = {
    SourceRelationship.REPUBLISHED: "This story was first published by",
    SourceRelationship.EXCERPT: "This is an excerpt of a story first published by",
    SourceRelationship.REWRITTEN: "This story is rewritten from reporting by",
    SourceRelationship.BASED_ON: "This story is based on reporting by",
}


class RepublishedHandling(models.TextChoices):
    CANONICAL = "canonical", "Point search engines to the original"
    NOINDEX = "noindex", "Hide this copy from search engines"


class ArticlePage(Post, BasePage):
    news = True
    listing_image_field = "featured_image"
    standfirst = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences under the headline"
    )
    featured_image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    featured_image_caption = models.CharField("caption", max_length=250, blank=True)
    body = StreamField(BodyBlock())
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    source_outlet = models.CharField("outlet", max_length=120, blank=True)
    source_url = models.URLField("original URL", max_length=500, blank=True)
    source_author = models.CharField("original author", max_length=120, blank=True)
    source_published_at = models.DateField("original date", null=True, blank=True)
    source_relationship = models.CharField(
        "relationship", max_length=20, choices=SourceRelationship.choices, blank=True
    )
    republished_handling = models.CharField(
        "when republished in full",
        max_length=10,
        choices=RepublishedHandling.choices,
        default=RepublishedHandling.CANONICAL,
        help_text="A full copy of someone else's story should not compete with it in search.",
    )

    objects = ListingManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")], "Featured image"
        ),
        FieldPanel("body"),
        InlinePanel("page_authors", label="Author", min_num=0),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldPanel("source_outlet"),
                FieldPanel("source_url"),
                FieldPanel("source_author"),
                FieldPanel("source_published_at"),
                FieldPanel("source_relationship"),
                FieldPanel("republished_handling"),
            ],
            "Source (for curated stories)",
            classname="collapsed",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["articles.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "article"

    def clean(self):
        super().clean()
        source_fields = [self.source_url, self.source_author, self.source_published_at]
        if any(source_fields) or self.source_outlet or self.source_relationship:
            errors = {}
            if not self.source_outlet:
                errors["source_outlet"] = "Name the outlet the story comes from."
            if not self.source_relationship:
                errors["source_relationship"] = "Say how this story relates to the original."
            if errors:
                raise ValidationError(errors)

    @property
    def summary(self) -> str:
        return self.search_description or self.standfirst

    @property
    def updated_at(self):
        """When the story was last republished after its first publication, if it was."""
        first, last = self.first_published_at, self.last_published_at
        return last if first and last and last > first else None

    @property
    def is_republished_copy(self) -> bool:
        return self.source_relationship == SourceRelationship.REPUBLISHED and bool(self.source_url)

    def is_indexable(self) -> bool:
        # A full copy of someone else's story is never indexed here: search engines are
        # pointed to the original, or told not to index the copy.
        return super().is_indexable() and not self.is_republished_copy

    def canonical_url(self) -> str | None:
        if self.is_republished_copy and self.republished_handling == RepublishedHandling.CANONICAL:
            return self.source_url
        return None

    def structured_data(self, meta) -> list[dict]:
        node = ld.post(self, meta, schema_type="NewsArticle")
        node["headline"] = self.title[:110]
        if meta.section:
            node["articleSection"] = meta.section
        if meta.tags:
            node["keywords"] = meta.tags
        if self.has_source and self.source_url:
            node["isBasedOn"] = self.source_url
        return [node]

    @property
    def has_source(self) -> bool:
        return bool(self.source_outlet and self.source_relationship)

    @property
    def source_lead(self) -> str:
        return SOURCE_LEADS.get(self.source_relationship, "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = credited_authors(self)
        context["article_tags"] = self.post_tag_objects()
        context["section"] = self.get_parent()
        return context
