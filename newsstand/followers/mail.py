"""The emails followers get: each is plain text and light HTML, rendered once per mailing
with a placeholder where each reader's own links go, so sending to many costs one render."""

from dataclasses import dataclass

from django.core.mail import EmailMultiAlternatives
from django.core.mail.utils import DNS_NAME
from django.template.loader import render_to_string
from django.urls import reverse

from wagtail.models import Page, Site

from newsstand.core.listing import cards
from newsstand.core.models.settings import PublicationSettings
from newsstand.core.posts import posts

from .models import Mailing, Subscriber

TOKEN = "__reader_token__"  # replaced by each reader's token; URL-safe like a real one
DIGEST_MAX = 12


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def site_of(page: Page | None) -> Site:
    site = page.get_site() if page is not None else None
    return site or Site.objects.get(is_default_site=True)


def absolute(site: Site, path: str) -> str:
    return site.root_url + path


def reader_links(site: Site, token: str, mailing: Mailing | None = None) -> dict[str, str]:
    unsubscribe = absolute(site, reverse("followers:unsubscribe", args=[token]))
    if mailing is not None:
        unsubscribe += f"?m={mailing.pk}"
    return {
        "manage_url": absolute(site, reverse("followers:manage", args=[token])),
        "unsubscribe_url": unsubscribe,
    }


def _render(template: str, subject: str, site: Site, publication=None, **context) -> Rendered:
    publication = publication or PublicationSettings.for_site(site)
    context |= {"subject": subject, "publication": publication, "site": site}
    return Rendered(
        subject=subject,
        text=render_to_string(f"followers/mail/{template}.txt", context),
        html=render_to_string(f"followers/mail/{template}.html", context),
    )


def render_mailing(mailing: Mailing) -> Rendered:
    site = site_of(mailing.page)
    links = reader_links(site, TOKEN, mailing)
    if mailing.kind == Mailing.Kind.DIGEST:
        return _render("digest", mailing.subject, site, posts=digest_posts(mailing.day), **links)
    card = cards(posts().filter(pk=mailing.page_id), images=False)
    return _render(
        "post",
        mailing.subject,
        site,
        post=card[0] if card else mailing.page,
        url=mailing.page.get_full_url() if mailing.page else site.root_url,
        breaking=mailing.kind == Mailing.Kind.BREAKING,
        **links,
    )


def digest_posts(day) -> list[Page]:
    """The posts first published in the 24 hours up to the digest's hour on `day`."""
    from .digest import window  # the digest's schedule lives with the digest

    start, end = window(day)
    published = posts().filter(first_published_at__gte=start, first_published_at__lt=end)
    return cards(published[:DIGEST_MAX], images=False)


def message(rendered: Rendered, subscriber: Subscriber, mailing: Mailing, message_id: str, site):
    """One reader's copy: their links in place, with one-click unsubscribe (RFC 8058).
    `site` is the mailing's (`site_of(mailing.page)`), looked up once per mailing."""
    unsubscribe = reader_links(site, subscriber.token, mailing)["unsubscribe_url"]
    email = EmailMultiAlternatives(
        rendered.subject,
        rendered.text.replace(TOKEN, subscriber.token),
        to=[subscriber.email],
        headers={
            "Message-ID": message_id,
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<followers.{site.hostname}>",
        },
    )
    email.attach_alternative(rendered.html.replace(TOKEN, subscriber.token), "text/html")
    return email


def message_id(kind: str, *ids: int) -> str:
    """The same Message-ID every time the same email is sent, so a resend is recognisable."""
    return f"<newsstand.{kind}.{'.'.join(map(str, ids))}@{DNS_NAME}>"


def render_confirmation(token: str, labels: list[str]) -> Rendered:
    site = site_of(None)
    publication = PublicationSettings.for_site(site)
    return _render(
        "confirm",
        f"Confirm that you want email from {publication.name}",
        site,
        publication,
        confirm_url=absolute(site, reverse("followers:confirm", args=[token])),
        labels=labels,
    )


def render_already_following(token: str) -> Rendered:
    site = site_of(None)
    publication = PublicationSettings.for_site(site)
    return _render(
        "already",
        f"You already get email from {publication.name}",
        site,
        publication,
        **reader_links(site, token),
    )


def confirmation(subscriber: Subscriber, labels: list[str]) -> EmailMultiAlternatives:
    return _single(render_confirmation(subscriber.token, labels), subscriber)


def already_following(subscriber: Subscriber) -> EmailMultiAlternatives:
    return _single(render_already_following(subscriber.token), subscriber)


def _single(rendered: Rendered, subscriber: Subscriber) -> EmailMultiAlternatives:
    email = EmailMultiAlternatives(rendered.subject, rendered.text, to=[subscriber.email])
    email.attach_alternative(rendered.html, "text/html")
    return email
