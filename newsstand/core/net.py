"""Which address a request came from, for login throttling."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The client address, trusting X-Forwarded-For only as far as our own proxies.

    With TRUSTED_PROXY_COUNT = 0 the header is ignored, so a forged one has no
    effect. With N proxies, each appends the address it saw, so the Nth entry
    from the right is the one our outermost proxy recorded.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_COUNT
    if hops <= 0:
        return remote
    forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [ip for ip in forwarded if ip]
    if len(forwarded) >= hops:
        return forwarded[-hops]
    return remote
