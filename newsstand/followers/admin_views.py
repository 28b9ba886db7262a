"""Followers in the admin: counts per topic, every send with its outcome, previews of
each email, the breaking-news alert, and importing a list with consent."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from wagtail.models import Page

from newsstand.core.posts import is_post

from . import imports, mail, notices, topics
from .models import Delivery, Device, DeviceFollow, Follow, Mailing, Subscriber

HISTORY = 50

may_view = permission_required("followers.view_subscriber", raise_exception=True)
may_import = permission_required("followers.add_subscriber", raise_exception=True)
may_send = permission_required("followers.add_mailing", raise_exception=True)


def _count(status: str, **more) -> Count:
    return Count("deliveries", filter=Q(deliveries__status=status, **more), distinct=True)


@may_view
def overview(request):
    statuses = dict(
        Subscriber.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    readers = dict(
        Follow.objects.filter(subscriber__status=Subscriber.Status.ACTIVE)
        .values_list("topic")
        .annotate(n=Count("pk"))
    )
    devices = dict(DeviceFollow.objects.values_list("topic").annotate(n=Count("pk")))
    per_topic = sorted(
        ((key, readers.get(key, 0), devices.get(key, 0)) for key in readers.keys() | devices),
        key=lambda row: (-row[1] - row[2], row[0]),
    )
    named = topics.labels([key for key, _, _ in per_topic])
    history = Mailing.objects.select_related("page").annotate(
        total=Count("deliveries", distinct=True),
        sent=_count(Delivery.Status.SENT, deliveries__subscriber__isnull=False),
        pushed=_count(Delivery.Status.SENT, deliveries__device__isnull=False),
        queued=_count(Delivery.Status.QUEUED),
        failed=_count(Delivery.Status.FAILED),
        bounced=_count(Delivery.Status.BOUNCED),
        complained=_count(Delivery.Status.COMPLAINED),
        left=Count("unsubscribes", distinct=True),
    )[:HISTORY]
    return render(
        request,
        "followers/admin/overview.html",
        {
            "statuses": [
                (label, statuses.get(value, 0)) for value, label in Subscriber.Status.choices
            ],
            "devices": Device.objects.count(),
            "topics": [(named[key] or key, key, n, d) for key, n, d in per_topic],
            "history": history,
        },
    )


@may_view
def preview_mailing(request, mailing_id: int):
    mailing = get_object_or_404(Mailing.objects.select_related("page"), pk=mailing_id)
    return _preview(mail.render_mailing(mailing))


@may_view
def preview_post(request, page_id: int):
    """The email followers would get for this post (also before it is published)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not is_post(page):
        return HttpResponse("Only posts are sent to followers.", status=404)
    keys = [topic.key for topic in topics.of_post(page)]
    unsaved = Mailing(kind=Mailing.Kind.POST, page=page, topics=keys, subject=page.title)
    return _preview(mail.render_mailing(unsaved))


@may_view
def preview_other(request, kind: str):
    """The emails no post makes: today's digest (as it stands), the confirmation, and the
    note to an address that already follows."""
    if kind == "digest":
        today = timezone.localdate()
        posts = mail.digest_posts(today)
        subject = posts[0].card.title if posts else "Nothing published in the last 24 hours"
        unsaved = Mailing(kind=Mailing.Kind.DIGEST, day=today, subject=subject)
        return _preview(mail.render_mailing(unsaved))
    if kind == "confirmation":
        labels = [t.label for t in topics.offered()[:3]]
        return _preview(mail.render_confirmation(mail.TOKEN, labels))
    if kind == "already-following":
        return _preview(mail.render_already_following(mail.TOKEN))
    raise Http404("No such email.")


def _preview(rendered: mail.Rendered) -> HttpResponse:
    response = HttpResponse(rendered.html)
    response["Content-Security-Policy"] = "default-src 'none'; img-src *; style-src 'unsafe-inline'"
    return response


@may_send
def breaking(request, page_id: int):
    """Asks first; a POST queues the alert to everyone following breaking news, once."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.live or not is_post(page):
        messages.error(request, "Only a published post can be sent as breaking news.")
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    already = Mailing.objects.filter(kind=Mailing.Kind.BREAKING, page=page).first()
    followers = Follow.objects.filter(
        topic=topics.BREAKING.key, subscriber__status=Subscriber.Status.ACTIVE
    ).count()
    if request.method == "POST" and already is None:
        mailing = notices.breaking(page)
        if mailing is None:
            messages.warning(request, "No one follows breaking news yet: nothing was sent.")
        else:
            messages.success(request, f"Breaking-news alert queued for {followers} followers.")
        return redirect("followers_overview")
    return render(
        request,
        "followers/admin/breaking.html",
        {"page": page, "already": already, "followers": followers},
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        help_text=(
            "A CSV file whose first row names the columns: email and consent (required on "
            "every row: when and how the reader agreed), and optionally topics "
            "(e.g. 'digest breaking')."
        )
    )


@may_import
def import_list(request):
    report = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            report = imports.read(form.cleaned_data["file"], request.user.get_username())
        except imports.UnreadableFile as error:
            form.add_error("file", str(error))
    status = 400 if form.errors else 200
    return render(
        request, "followers/admin/import.html", {"form": form, "report": report}, status=status
    )
