"""Work done by the background worker (`manage.py db_worker --backend background`)."""

from django.db import transaction
from django.tasks import task

from . import mail, sending
from .models import Subscriber


@task(backend="background")
def send_mailing(mailing_id: int) -> int:
    return sending.run(mailing_id)


@task(backend="background")
def send_confirmation(subscriber_id: int, labels: list[str]) -> None:
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, status=Subscriber.Status.PENDING
    ).first()
    if subscriber is not None:
        mail.confirmation(subscriber, labels).send()


@task(backend="background")
def send_already_following(subscriber_id: int) -> None:
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, status=Subscriber.Status.ACTIVE
    ).first()
    if subscriber is not None:
        mail.already_following(subscriber).send()


def later(task_, *args) -> None:
    """Enqueue once the current transaction commits (the worker must see its rows)."""
    transaction.on_commit(lambda: task_.enqueue(*args))
