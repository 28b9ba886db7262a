from django.conf import settings
from django.shortcuts import get_object_or_404, render

from taggit.models import Tag

from newsstand.core.listing import paginate
from newsstand.core.posts import posts, tagged


def tag(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    stories = posts().filter(tagged(tag))
    page_obj = paginate(
        stories, request.GET.get("page"), settings.SECTION_PAGE_SIZE, count_key=f"tag:{tag.pk}"
    )
    context = {
        "tag": tag,
        "page_obj": page_obj,
        "meta_title": f"Stories tagged “{tag.name}”",
        "meta_description": f"Stories about {tag.name}",
    }
    return render(request, "articles/tag.html", context)
