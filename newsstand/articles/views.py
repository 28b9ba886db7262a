from django.conf import settings
from django.shortcuts import get_object_or_404, render

from taggit.models import Tag

from newsstand.core.listing import paginate

from .models import ArticlePage


def tag(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = ArticlePage.objects.for_listing().filter(tags=tag)
    page_obj = paginate(
        articles, request.GET.get("page"), settings.SECTION_PAGE_SIZE, count_key=f"tag:{tag.pk}"
    )
    context = {
        "tag": tag,
        "page_obj": page_obj,
        "meta_title": f"Stories tagged “{tag.name}”",
        "meta_description": f"Stories about {tag.name}",
    }
    return render(request, "articles/tag.html", context)
