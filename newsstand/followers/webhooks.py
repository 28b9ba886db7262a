"""What an email service reports back (through django-anymail's webhooks) about our mail.

- A complaint ("this is spam") or a rejection (the service won't deliver to the address,
  e.g. after its own hard bounce) suppresses the address at once: it is never mailed again.
- An unsubscribe the service handled is an unsubscribe here.
- A bounce marks that delivery; after FOLLOWERS_BOUNCES_TO_SUPPRESS bounces the address is
  suppressed (services report temporary and permanent bounces alike as "bounced").
"""

from anymail.signals import EventType, tracking

from django.conf import settings
from django.dispatch import receiver

from . import subscriptions
from .models import Delivery, Subscriber

OUTCOME = {
    EventType.BOUNCED: Delivery.Status.BOUNCED,
    EventType.COMPLAINED: Delivery.Status.COMPLAINED,
    EventType.REJECTED: Delivery.Status.FAILED,
}


@receiver(tracking)
def on_tracking_event(sender, event, esp_name, **kwargs) -> None:
    if event.event_type in OUTCOME and event.message_id:
        Delivery.objects.filter(message_id=event.message_id).update(
            status=OUTCOME[event.event_type]
        )
    email = event.recipient or ""
    if not email:
        return
    if event.event_type in (EventType.COMPLAINED, EventType.REJECTED):
        subscriptions.suppress(email, f"{esp_name}: {event.event_type} ({event.reject_reason})")
    elif event.event_type == EventType.UNSUBSCRIBED:
        for subscriber in Subscriber.objects.filter(email__iexact=email):
            subscriptions.leave(subscriber)
    elif event.event_type == EventType.BOUNCED:
        bounces = Delivery.objects.filter(
            subscriber__email__iexact=email, status=Delivery.Status.BOUNCED
        ).count()
        if bounces >= settings.FOLLOWERS_BOUNCES_TO_SUPPRESS:
            subscriptions.suppress(email, f"{esp_name}: {bounces} bounces")
