from django.conf import settings
from django.middleware import csp


class ContentSecurityPolicyMiddleware(csp.ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, with the looser ADMIN_CSP for the Wagtail admin.

    The public site gets the strict SECURE_CSP. The admin still ships inline
    scripts, so it keeps a policy that allows them rather than none at all.
    """

    def process_response(self, request, response):
        if request.path.startswith(settings.ADMIN_PATH_PREFIXES) and not hasattr(
            response, "_csp_config"
        ):
            response._csp_config = settings.ADMIN_CSP
        return super().process_response(request, response)
