from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import render

from newsstand.core.posts import posts

from .paging import lookahead_page, page_number
from .query import backend_query, clean_query


def search(request):
    """Full-text search over every kind of post, newest first, without counting every match
    (see paging). Never indexed by search engines."""
    query = clean_query(request.GET.get("q", ""), settings.SEARCH_QUERY_MAX_LENGTH)
    page_obj = None
    if query:
        words = backend_query(query)
        # The page's id breaks ties in the date, so that no result is on two pages or none.
        newest_first = posts().order_by("-first_published_at", "-id")
        results = newest_first.search(words, order_by_relevance=False) if words else []
        number = page_number(request.GET.get("page"))
        page_obj = lookahead_page(results, number, settings.SEARCH_PAGE_SIZE)
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
        # A page after the last (an old link, or a number typed in) is not there.
        status=404 if page_obj and page_obj.past_the_end else 200,
    )
