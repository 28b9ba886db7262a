from django.conf import settings
from django.shortcuts import get_object_or_404, render

from newsstand.core.listing import paginate
from newsstand.core.posts import credited_to, posts

from .models import Author


def author(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    stories = posts().filter(credited_to(author))
    page_obj = paginate(
        stories,
        request.GET.get("page"),
        settings.SECTION_PAGE_SIZE,
        count_key=f"author:{author.pk}",
    )
    context = {
        "author": author,
        "page_obj": page_obj,
        "meta_title": author.name,
        "meta_description": author.bio or f"Stories by {author.name}",
    }
    return render(request, "people/author.html", context)
