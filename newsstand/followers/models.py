"""Readers who follow the publication by email, what they follow, and every email sent.

A follower is an address, a secret token (the key of their links: confirm, preferences,
unsubscribe; no account, no password) and the topics they follow. Topics are keys
(`topics.py`): "digest", "breaking", "page:<id>" (a section, series, chart…) or any key
another app declares for its posts, such as "author:<id>".

A device is a browser that turned on notifications (web push): the endpoint its push
service gave it, the keys its messages are encrypted to, and the topics it follows. It
has no email and no account; the browser can drop it at any time, and the push service
then says so (the device is forgotten).

A mailing is one thing sent (a new post, a breaking alert, a day's digest) and has one
delivery per follower, by email or to a device, created once and then sent once: see
`sending.py`.
"""

import secrets

from django.db import models
from django.db.models.functions import Lower


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        ACTIVE = "active", "Following"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
        SUPPRESSED = "suppressed", "Suppressed (bounced or complained)"

    email = models.EmailField()
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    consent = models.CharField(
        max_length=255, help_text="How and when this reader agreed to receive email."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    left_at = models.DateTimeField(null=True, blank=True, help_text="Unsubscribed or suppressed.")
    left_from = models.ForeignKey(
        "Mailing",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="unsubscribes",
        help_text="The email whose link they unsubscribed from.",
    )
    suppression_reason = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(Lower("email"), name="one_subscriber_per_address")]

    def __str__(self) -> str:
        return self.email

    @property
    def followed(self) -> str:
        """The topic keys followed, space-separated (as the import reads them)."""
        return " ".join(sorted(follow.topic for follow in self.follows.all()))


class Follow(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="follows")
    topic = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "topic"], name="follow_once"),
        ]
        indexes = [models.Index(fields=["topic", "subscriber"])]

    def __str__(self) -> str:
        return self.topic


class Device(models.Model):
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=100, help_text="The browser's public key (base64url).")
    auth = models.CharField(max_length=40, help_text="The browser's auth secret (base64url).")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.endpoint.split("/")[2]  # the push service's host

    @property
    def followed(self) -> str:
        return " ".join(sorted(follow.topic for follow in self.follows.all()))


class DeviceFollow(models.Model):
    device = models.ForeignKey(Device, on_delete=models.CASCADE, related_name="follows")
    topic = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["device", "topic"], name="device_follows_once"),
        ]
        indexes = [models.Index(fields=["topic", "device"])]

    def __str__(self) -> str:
        return self.topic


class Mailing(models.Model):
    class Kind(models.TextChoices):
        POST = "post", "New post"
        BREAKING = "breaking", "Breaking news"
        DIGEST = "digest", "Daily digest"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    day = models.DateField(null=True, blank=True, help_text="The digest's day.")
    topics = models.JSONField(default=list, help_text="Followers of these topics receive it.")
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    prepared_at = models.DateTimeField(null=True, blank=True, help_text="Deliveries created.")
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "page"],
                condition=models.Q(page__isnull=False),
                name="one_mailing_per_post_and_kind",
            ),
            models.UniqueConstraint(
                fields=["kind", "day"],
                condition=models.Q(day__isnull=False),
                name="one_digest_per_day",
            ),
        ]

    def __str__(self) -> str:
        return self.subject


class Delivery(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        BOUNCED = "bounced", "Bounced"
        COMPLAINED = "complained", "Marked as spam"

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    # One of the two: an email to a subscriber, or a notification to a device.
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    device = models.ForeignKey(
        Device, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_until = models.DateTimeField(null=True, blank=True)
    claim = models.CharField(max_length=32, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=255, blank=True, db_index=True)
    error = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["mailing", "subscriber"], name="deliver_once"),
            models.UniqueConstraint(fields=["mailing", "device"], name="push_once"),
            models.CheckConstraint(
                condition=models.Q(subscriber__isnull=True) ^ models.Q(device__isnull=True),
                name="to_a_reader_or_a_device",
            ),
        ]
        indexes = [models.Index(fields=["mailing", "status", "claimed_until"])]

    def __str__(self) -> str:
        return f"{self.mailing} to {self.subscriber or self.device}"
