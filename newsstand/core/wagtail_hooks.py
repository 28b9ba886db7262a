from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect

from wagtail import hooks

from . import query_redirects, statistics


@hooks.register("before_serve_page")
def redirect_query_string_urls(page, request, serve_args, serve_kwargs):
    """`/?p=123` and the like: the path is a live page, so the 404-only redirect
    middleware never sees them; answer them from the Redirect rows."""
    redirect = query_redirects.find(request)
    if redirect is None or redirect.link is None:
        return None
    if redirect.is_permanent:
        return HttpResponsePermanentRedirect(redirect.link)
    return HttpResponseRedirect(redirect.link)


hooks.register("scheduler_pass", statistics.analyze_when_due)
