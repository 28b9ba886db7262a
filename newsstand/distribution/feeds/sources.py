"""What each feed covers: its title, the page it mirrors and its candidate pages."""

from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse

from taggit.models import Tag
from wagtail.models import Page, Site

from newsstand.articles.models import ArticlePage, SectionPage
from newsstand.core.listing import ListingQuerySet
from newsstand.core.models import PublicationSettings
from newsstand.music.models import MusicSectionPage, SongPage
from newsstand.people.models import Author, PageAuthor
from newsstand.series.models import EpisodePage, SeriesPage

# The pages a feed carries: those with a story body.
CONTENT_TYPES = (ArticlePage, EpisodePage, SongPage)


@dataclass(frozen=True)
class Source:
    request: HttpRequest
    publication: PublicationSettings
    title: str
    link: str
    description: str
    pages: ListingQuerySet  # before the publication rules, which entries.load() applies


def site(request) -> Source:
    """Every story of the request's site."""
    return _source(request, None, "/", "", _site_pages(request))


def page(request, path: str) -> Source:
    """The stories of a section, the episodes of a series or the posts of a music section,
    found by its URL path."""
    site = _site(request)
    container = get_object_or_404(
        Page.objects.live()
        .public()
        .type(SectionPage, SeriesPage, MusicSectionPage)
        .filter(url_path=site.root_page.url_path + path)
        .specific()
    )
    return _source(
        request,
        container.title,
        container.get_url(request),
        container.summary,
        _site_pages(request).child_of(container),
    )


def tag(request, slug: str) -> Source:
    tag = get_object_or_404(Tag, slug=slug)
    return _source(
        request,
        tag.name,
        reverse("tag", kwargs={"slug": tag.slug}),
        f"Stories tagged {tag.name}",
        _site_pages(request).filter(pk__in=ArticlePage.objects.filter(tags=tag).values("pk")),
    )


def author(request, slug: str) -> Source:
    """The author's stories and the episodes of the series they are credited on."""
    author = get_object_or_404(Author, slug=slug)
    credits = PageAuthor.objects.filter(author=author).values("page_id")
    credited = Q(pk__in=credits)
    for path in SeriesPage.objects.filter(pk__in=credits).values_list("path", flat=True):
        credited |= Q(path__startswith=path)
    return _source(
        request,
        author.name,
        author.get_absolute_url(),
        author.bio or f"Stories by {author.name}",
        _site_pages(request).filter(credited),
    )


def _site(request) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site serves this host.")
    return site


def _site_pages(request) -> ListingQuerySet:
    return ListingQuerySet(Page).type(*CONTENT_TYPES).descendant_of(_site(request).root_page)


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
