from wagtail import hooks

from . import query_redirects, statistics


@hooks.register("before_serve_page")
def redirect_query_string_urls(page, request, serve_args, serve_kwargs):
    """`/?p=123` and the like: the path is a live page, so the 404-only redirect
    middleware never sees them; answer them from the Redirect rows."""
    return query_redirects.redirect_for(request)


hooks.register("scheduler_pass", statistics.analyze_when_due)


@hooks.register("page_cache_query_parameters")
def core_query_parameters() -> list[str]:
    """Pagination, the lite-mode switch, and the WordPress query URLs that redirect."""
    return ["page", "mode", "next", *query_redirects.CONTENT_KEYS]
