"""Invented readers who follow the demo publication by email (at example.com, which can't
receive mail), so the admin's Followers screen has something to show and the scheduled
episode, when the scheduler publishes it, emails its series' followers (into var/mail/)."""

import random

from django.utils import timezone

from newsstand.followers import topics
from newsstand.followers.models import Follow, Subscriber

READERS = 12


def invent_followers(rng: random.Random) -> int:
    offered = topics.offered()
    now = timezone.now()
    for n in range(1, READERS + 1):
        reader = Subscriber.objects.create(
            email=f"reader{n}@example.com",
            status=Subscriber.Status.ACTIVE,
            consent="Invented for the demo",
            confirmed_at=now,
        )
        chosen = rng.sample(offered, k=rng.randint(1, min(4, len(offered))))
        Follow.objects.bulk_create(Follow(subscriber=reader, topic=t.key) for t in chosen)
    return READERS
