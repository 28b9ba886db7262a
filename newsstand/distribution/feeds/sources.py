"""What each feed covers: its title, the page it mirrors and its candidate pages."""

from dataclasses import dataclass

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse

from taggit.models import Tag
from wagtail.models import Page, Site

from newsstand.core.listing import ListingQuerySet
from newsstand.core.models import PublicationSettings
from newsstand.core.posts import credited_to, holds_posts, posts, posts_below, tagged
from newsstand.people.models import Author


@dataclass(frozen=True)
class Source:
    request: HttpRequest
    publication: PublicationSettings
    title: str
    link: str
    description: str
    pages: ListingQuerySet  # published posts, newest first


def site(request) -> Source:
    """Every post of the request's site."""
    return _source(request, None, "/", "", _site_pages(request))


def page(request, path: str) -> Source:
    """The posts below a page that holds posts (a section, a series, a chart…), found by
    its URL path."""
    site = _site(request)
    container = get_object_or_404(
        Page.objects.live().public().filter(url_path=site.root_page.url_path + path).specific()
    )
    if not holds_posts(type(container)):
        raise Http404("This page has no feed.")
    return _source(
        request,
        container.title,
        container.get_url(request),
        getattr(container, "summary", ""),
        posts_below(container),  # found below the site's root, so its posts are too
    )


def tag(request, slug: str) -> Source:
    tag = get_object_or_404(Tag, slug=slug)
    return _source(
        request,
        tag.name,
        reverse("tag", kwargs={"slug": tag.slug}),
        f"Stories tagged {tag.name}",
        _site_pages(request).filter(tagged(tag)),
    )


def author(request, slug: str) -> Source:
    """The posts that carry the author's credit (a series' credit counts for its episodes)."""
    author = get_object_or_404(Author, slug=slug)
    return _source(
        request,
        author.name,
        author.get_absolute_url(),
        author.bio or f"Stories by {author.name}",
        _site_pages(request).filter(credited_to(author)),
    )


def _site(request) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site serves this host.")
    return site


def _site_pages(request) -> ListingQuerySet:
    return posts().descendant_of(_site(request).root_page)


def _source(request, name: str | None, path: str, description: str, pages) -> Source:
    publication = PublicationSettings.for_request(request)
    return Source(
        request=request,
        publication=publication,
        title=f"{name} — {publication.name}" if name else publication.name,
        link=request.build_absolute_uri(path),
        description=description or publication.tagline or publication.name,
        pages=pages,
    )
