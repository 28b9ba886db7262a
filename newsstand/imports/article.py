"""A draft article from a web page, with its source attribution filled in.

The draft credits the original outlet, URL, author and date, with the relationship
"excerpt": the importer can't know how much of the story the editor will keep or
rewrite, and an excerpt (trimmed, credited, linked) is the safe thing to publish
from someone else's story. The editor changes it if they rewrite or republish.
"""

import json
from dataclasses import dataclass, field
from io import BytesIO

from PIL import Image, UnidentifiedImageError

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Collection

from newsstand.articles.models import ArticlePage, SectionPage, SourceRelationship
from newsstand.core.outbound import FetchPolicy, FetchRefused, fetch

from .body.convert import NoImages, html_to_blocks
from .sanitizer import plain_text
from .webpage import WebArticle

IMAGE_ACCEPT = "image/avif,image/webp,image/jpeg,image/png,image/gif;q=0.9,*/*;q=0.1"


@dataclass
class ArticleImport:
    page: ArticlePage
    notes: list[str] = field(default_factory=list)


def create_draft(
    article: WebArticle,
    *,
    section: SectionPage,
    user=None,
    policy: FetchPolicy,
    fetch_image: bool = True,
) -> ArticleImport:
    """The draft; its lead image is downloaded only with `fetch_image` (a saved page is
    imported without going online unless asked)."""
    converted = html_to_blocks(article.body_html, images=NoImages())
    notes = [*article.notes, *converted.notes]
    body_images = [url for url in converted.missing_images if url != article.image_url]
    if body_images:
        notes.append(f"{len(body_images)} image(s) in the story body weren't imported.")
    title = article.title or "Untitled import"
    page = ArticlePage(
        title=title,
        slug=_free_slug(section, title),
        standfirst=article.description,
        body=json.dumps(converted.blocks),
        live=False,
        has_unpublished_changes=True,
        owner=user,
    )
    if article.outlet:  # the source box needs the outlet; without it, the editor fills it in
        page.source_outlet = article.outlet
        page.source_url = article.url if len(article.url) <= 500 else ""
        page.source_author = article.author
        page.source_published_at = article.published
        page.source_relationship = SourceRelationship.EXCERPT
    if article.image_url and not fetch_image:
        notes.append(
            f"The lead image ({article.image_url}) wasn't downloaded: a saved page is imported "
            "without going online. Add it from the image library, or import with the image."
        )
    elif article.image_url:
        try:
            page.featured_image = lead_image(
                article.image_url, title=title, outlet=article.outlet, policy=policy
            )
        except FetchRefused as error:
            notes.append(f"The lead image wasn't downloaded: {error}")
    section.add_child(instance=page)
    page.save_revision(user=user, log_action=False)
    if not article.outlet:
        notes.append(
            "The original outlet couldn't be found: fill in the Source panel before publishing."
        )
    if not article.title:
        notes.append("The page had no headline: write one.")
    notes.append(
        "Check you may use this story and its image. It is credited as an excerpt: trim it, "
        "or change the relationship if you rewrite or republish it."
    )
    return ArticleImport(page=page, notes=notes)


def lead_image(url: str, *, title: str, outlet: str, policy: FetchPolicy):
    """Download the lead image through the same guarded fetch, and add it to the library."""
    image_policy = FetchPolicy(
        max_bytes=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
        connect_timeout=policy.connect_timeout,
        total_timeout=policy.total_timeout,
        max_redirects=policy.max_redirects,
        accept=IMAGE_ACCEPT,
        allowed_networks=policy.allowed_networks,
    )
    fetched = fetch(url, policy=image_policy)
    try:
        with Image.open(BytesIO(fetched.content)) as picture:
            width, height = picture.size
            extension = (picture.format or "").lower().replace("jpeg", "jpg")
    except (UnidentifiedImageError, OSError, ValueError):
        raise FetchRefused("it isn't an image") from None
    if extension not in settings.WAGTAILIMAGES_EXTENSIONS:
        raise FetchRefused(f"images of type {extension or 'unknown'} aren't accepted")
    if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        raise FetchRefused("it has too many pixels")
    name = f"{slugify(title)[:60] or 'lead-image'}.{extension}"
    image = get_image_model()(
        title=title[:255],
        credit=plain_text(f"Image: {outlet}" if outlet else "", max_length=255),
        collection=Collection.get_first_root_node(),
        file=ImageFile(BytesIO(fetched.content), name=name),
    )
    image.save()
    return image


def _free_slug(section: SectionPage, title: str) -> str:
    base = slugify(title, allow_unicode=True)[:200] or "imported-story"
    taken = set(section.get_children().values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
