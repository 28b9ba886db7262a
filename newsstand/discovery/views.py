from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import render

from newsstand.core.listing import paginate
from newsstand.core.posts import posts

from .query import backend_query, clean_query


def search(request):
    """Full-text search over every kind of post. Never indexed by search engines."""
    query = clean_query(request.GET.get("q", ""), settings.SEARCH_QUERY_MAX_LENGTH)
    page_obj = None
    if query:
        words = backend_query(query)
        newest_first = posts().order_by("-first_published_at")
        results = newest_first.search(words, order_by_relevance=False) if words else []
        page_obj = paginate(results, request.GET.get("page"), settings.SEARCH_PAGE_SIZE)
    return render(
        request,
        "discovery/search.html",
        {
            "search_query": query,
            "page_obj": page_obj,
            "query_prefix": urlencode({"q": query}),
            "canonical_query": {"q": query} if query else {},
            "meta_title": f"Search: {query}" if query else "Search",
            "meta_description": (
                f"Stories, episodes and songs matching “{query}”."
                if query
                else "Search every story, episode and song."
            ),
            "robots": "noindex, follow",
            "is_search_page": True,  # it has its own search box, so the header leaves its one out
        },
    )
