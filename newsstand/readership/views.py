"""The view counter: one small request per page view, answered with no body."""

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import buffers
from .counting import MAX_PAGE_ID, is_reader
from .models import Source
from .sources import source_of

MAX_REFERRER = 2048


@csrf_exempt  # a beacon carries no token; counting changes nothing of anyone's
@require_http_methods(["GET", "POST"])
def count_view(request, page_id: int):
    """POST from the page's script (its body is the page's referrer), or GET from its
    no-script image (`?r=` the referrer when a script sent it without a beacon)."""
    if page_id <= MAX_PAGE_ID and is_reader(request):
        if request.method == "POST":
            referrer = request.read(MAX_REFERRER).decode(errors="replace")  # never all of it
        else:
            referrer = request.GET.get("r")
        source = (
            Source.UNKNOWN
            if referrer is None
            else source_of(referrer[:MAX_REFERRER], request.get_host())
        )
        buffers.count(request, page_id, source)
    response = HttpResponse(status=204)
    del response["Content-Type"]  # there is no content
    response["Cache-Control"] = "no-store"
    return response
