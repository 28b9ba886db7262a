import re

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import transaction
from django.http import Http404, HttpResponsePermanentRedirect
from django.middleware import csp
from django.urls import Resolver404, get_resolver
from django.utils import timezone

from .csp import with_inline


class ContentSecurityPolicyMiddleware(csp.ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, with the looser ADMIN_CSP for the Wagtail admin.

    The public site gets the strict SECURE_CSP, plus the hashes of the inline styles and scripts
    its templates registered (see core.csp). The admin still ships inline scripts, so
    it keeps a policy that allows them rather than none at all.
    """

    def process_response(self, request, response):
        if not hasattr(response, "_csp_config"):
            if request.path.startswith(settings.ADMIN_PATH_PREFIXES):
                response._csp_config = settings.ADMIN_CSP
            else:
                response._csp_config = with_inline(request, settings.SECURE_CSP)
        return super().process_response(request, response)


class NotFoundPageMiddleware:
    """With DEBUG on, readers still get the site's own 404 page, as in production.

    Django answers a 404 under DEBUG with its technical page; this answers with the
    URLconf's 404 handler (so `404.html`) instead, for a view's `Http404` and for a URL
    nothing matches. The Wagtail admin shows its own 404 page either way. With DEBUG off
    Django does this itself, and the middleware is left out.
    """

    def __init__(self, get_response):
        if not settings.DEBUG:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        try:
            resolver(request).resolve(request.path_info)
        except Resolver404 as exception:
            return not_found(request, exception)
        return self.get_response(request)

    def process_exception(self, request, exception):
        return not_found(request, exception) if isinstance(exception, Http404) else None


def resolver(request):
    return get_resolver(getattr(request, "urlconf", None))


def not_found(request, exception):
    """What Django answers with DEBUG off: the URLconf's 404 handler."""
    return resolver(request).resolve_error_handler(404)(request, exception=exception)


class PreviewWritesNothingMiddleware:
    """A preview shows what a page would be, and changes nothing else.

    Wagtail's preview views (`preview_on_add`, `preview_on_edit`, for pages and snippets)
    validate the editor's form, and validating sets the object's tags, which taggit creates
    in the database as it goes: a preview would leave tags that no page has. Each preview
    view therefore runs, and renders, in a transaction that is rolled back; the only thing
    it is meant to write, the editor's form state for the preview panel (Wagtail's
    `FormState`), is then written again as the view left it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        name = getattr(request.resolver_match, "url_name", None) or ""
        if not name.startswith("preview_on_") or not request.user.is_authenticated:
            return None
        from wagtail.admin.models import FormState

        started = timezone.now()
        with transaction.atomic():
            response = view_func(request, *view_args, **view_kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            # The form state this preview saved (Wagtail stamps it with the time).
            kept = list(FormState.objects.filter(user=request.user, last_updated_at__gte=started))
            transaction.set_rollback(True)
        if kept:
            with transaction.atomic():
                FormState.objects.filter(pk__in=[state.pk for state in kept]).delete()
                FormState.objects.bulk_create(kept)
        return response


class MergeSlashesMiddleware:
    """`//2019/05/story/` is `/2019/05/story/`: a permanent redirect to the path with its
    repeated slashes merged (as nginx does by default), so old links written with a slip
    reach their page or its redirect. Anything else passes untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if "//" not in path:
            return self.get_response(request)
        merged = re.sub("/{2,}", "/", path)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            request.META.get("SCRIPT_NAME", "") + merged + (f"?{query}" if query else "")
        )
