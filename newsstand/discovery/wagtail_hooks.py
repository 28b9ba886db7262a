"""What discovery adds to the pages of other apps: the search form in the site header."""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from wagtail import hooks


@hooks.register("site_header")
def search_form(context) -> SafeString:
    if context.get("is_search_page"):
        return SafeString("")
    return render_to_string(
        "discovery/components/search_form.html",
        {"search_query": context.get("search_query", "")},
    )


@hooks.register("page_cache_query_parameters")
def search_query_parameters() -> list[str]:
    return ["q"]
