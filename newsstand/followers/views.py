"""The reader's side: sign up (works without JavaScript), confirm, choose, unsubscribe.

Pages behind a reader's token are never cached and carry the token in the path only.
The forms need no CSRF token (they sit in cached pages): signing up only ever mails
the address itself, and the others are authorised by the token, which a forging site
can't know. Cross-site posts are refused where browsers say so (Sec-Fetch-Site).
"""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Site

from newsstand.core import limits
from newsstand.core.net import client_ip

from . import push, subscriptions, topics
from .forms import PreferencesForm, PushForm, SignupForm
from .models import Mailing, Subscriber

MAX_TOPICS = 50


def _offered(request, extra_keys=()) -> list[topics.Topic]:
    site = Site.find_for_request(request)
    offered = topics.offered(site.root_page if site else None)
    known = {t.key for t in offered}
    extra = [key for key in dict.fromkeys(extra_keys) if key not in known][:MAX_TOPICS]
    named = topics.labels(extra)
    offered += [topics.Topic(key, named[key]) for key in extra if named[key]]
    return offered


def _refused(request) -> HttpResponse | None:
    """A sign-up from another site (where the browser says so), or one too many from this
    address this hour, is refused; None lets it through."""
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return HttpResponseForbidden("Sign up on our own pages.")
    if _over_limit(request):
        response = _page(request, "followers/limited.html", status=429)
        response["Retry-After"] = "3600"
        return response
    return None


def _over_limit(request) -> bool:
    return limits.exceeded(f"signups:{client_ip(request)}", settings.FOLLOWERS_SIGNUPS_PER_HOUR)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        form = SignupForm(offered=_offered(request), initial={"topic": [topics.DIGEST.key]})
        return _page(request, "followers/subscribe.html", form=form)
    if refused := _refused(request):
        return refused
    offered = _offered(request, request.POST.getlist("topic"))
    form = SignupForm(request.POST, offered=offered)
    if not form.is_valid():
        return _page(request, "followers/subscribe.html", form=form, status=400)
    if not form.is_bot:
        by_key = {t.key: t for t in offered}
        chosen = [by_key[key] for key in form.cleaned_data["topic"]]
        consent = f"Signed up on {request.get_host()}{reverse('followers:subscribe')}"
        subscriptions.sign_up(form.cleaned_data["email"], chosen, consent)
    return redirect("followers:sent", permanent=False)


def sent(request):
    return _page(request, "followers/sent.html")


def reader_link(view):
    """A page behind a reader's token: never cached, and a form that needs no CSRF token."""
    return never_cache(csrf_exempt(require_http_methods(["GET", "HEAD", "POST"])(view)))


def _subscriber(token: str) -> Subscriber:
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        raise Http404("This link isn't valid any more.")
    return subscriber


@reader_link
def confirm(request, token: str):
    """A link scanner opening the link confirms nothing: the reader presses the button."""
    subscriber = _subscriber(token)
    confirmed = request.method == "POST" and subscriptions.confirm(subscriber)
    subscriber.refresh_from_db()
    return _page(
        request,
        "followers/confirm.html",
        subscriber=subscriber,
        confirmed=confirmed,
        manage_url=reverse("followers:manage", args=[token]),
    )


@reader_link
def manage(request, token: str):
    subscriber = _subscriber(token)
    followed = list(subscriber.follows.values_list("topic", flat=True))
    offered = _offered(request, followed + request.POST.getlist("topic"))
    saved = False
    if request.method == "POST" and subscriber.status != Subscriber.Status.SUPPRESSED:
        form = PreferencesForm(request.POST, offered=offered)
        if form.is_valid():
            by_key = {t.key: t for t in offered}
            subscriptions.choose(subscriber, [by_key[k] for k in form.cleaned_data["topic"]])
            subscriber.refresh_from_db()
            saved = True
    else:
        form = PreferencesForm(offered=offered, initial={"topic": followed})
    return _page(
        request,
        "followers/manage.html",
        subscriber=subscriber,
        form=form,
        saved=saved,
        unsubscribe_url=reverse("followers:unsubscribe", args=[token]),
        status=200 if form.is_bound is False or form.is_valid() else 400,
    )


@reader_link
def unsubscribe(request, token: str):
    """GET asks; POST leaves, including a mail program's one-click POST (RFC 8058)."""
    subscriber = _subscriber(token)
    mailing_id = request.GET.get("m", "")
    mailing = Mailing.objects.filter(pk=int(mailing_id)).first() if mailing_id.isdigit() else None
    done = request.method == "POST"
    if done:
        subscriptions.leave(subscriber, mailing)
        subscriber.refresh_from_db()
    return _page(
        request,
        "followers/unsubscribe.html",
        subscriber=subscriber,
        done=done,
        manage_url=reverse("followers:manage", args=[token]),
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def notify(request):
    """Notifications on this device (web push). The page works without JavaScript, saying
    what it needs; push.js asks the browser for a subscription and posts it here."""
    if not push.enabled():
        raise Http404("Notifications aren't turned on for this site.")
    asked = (
        request.POST.getlist("topic") if request.method == "POST" else request.GET.getlist("topic")
    )
    offered = [t for t in _offered(request, asked) if t.key != topics.DIGEST.key]
    if request.method != "POST":
        known = {t.key for t in offered}
        nearest = next((key for key in asked if key in known), topics.BREAKING.key)
        form = PushForm(offered=offered, initial={"topic": [nearest]})
        return _page(request, "followers/notify.html", form=form, key=push.public_key())
    if refused := _refused(request):
        return refused
    form = PushForm(request.POST, offered=offered)
    if not form.is_valid():
        return _page(request, "followers/notify.html", form=form, key=push.public_key(), status=400)
    by_key = {t.key: t for t in offered}
    chosen = [by_key[key] for key in form.cleaned_data["topic"]]
    push.register(
        form.cleaned_data["endpoint"],
        form.cleaned_data["p256dh"],
        form.cleaned_data["auth"],
        chosen,
    )
    return _page(
        request, "followers/notify_on.html", chosen=chosen, endpoint=form.cleaned_data["endpoint"]
    )


@csrf_exempt
@never_cache
@require_http_methods(["POST"])
def notify_off(request):
    """Forget a device. Its endpoint is the proof: only its browser (and we) know it."""
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return HttpResponseForbidden("Turn notifications off from our own pages.")
    push.forget(request.POST.get("endpoint", "")[:1000])
    return _page(request, "followers/notify_off.html")


def push_worker(request):
    """The service worker that shows notifications. Served from the root so that it may
    act for the whole site; it handles push and clicks only, never page loads."""
    response = render(request, "followers/push-worker.js", content_type="text/javascript")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def _page(request, template: str, status: int = 200, **context) -> HttpResponse:
    context.setdefault("robots", "noindex, follow")
    return render(request, template, context, status=status)
