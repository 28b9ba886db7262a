import re

from .urls import PREFIX
from .views import count_view

COUNTER = re.compile(rf"/{re.escape(PREFIX)}([0-9]+)")


class ViewCounterMiddleware:
    """Answers the view counter ahead of the rest of the stack.

    A beacon needs no session, CSRF check, CSP or URL routing, and on a busy site it is
    as many requests as the pages themselves, most of which the page cache answers
    just as early. Placed right after SecurityMiddleware; without it, the same view is
    reached through the URLconf.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = COUNTER.fullmatch(request.path_info)
        if match is None:
            return self.get_response(request)
        return count_view(request, int(match[1]))
