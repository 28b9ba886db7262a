"""Bringing a list from elsewhere: a CSV with an email and a consent column on every row.

Only readers who agreed can be imported, so a row without consent is refused. Addresses
already on the list are left as they are: an import never re-subscribes someone who left.
"""

import csv
import io
from dataclasses import dataclass, field

from django.contrib.auth.base_user import BaseUserManager
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from . import topics
from .models import Follow, Subscriber

MAX_BYTES = 5 * 1024 * 1024
REQUIRED = ("email", "consent")


class UnreadableFile(ValueError):
    """The file as a whole can't be read: nothing was imported."""


@dataclass
class Report:
    added: int = 0
    already: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, why)


def read(upload, who: str) -> Report:
    """Import the rows of an uploaded CSV file; raises UnreadableFile if it can't be read at all."""
    if upload.size > MAX_BYTES:
        raise UnreadableFile(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if upload.size == 0:
        raise UnreadableFile("The file is empty.")
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("The file isn't UTF-8 text. Save it as 'CSV UTF-8'.") from None
    rows = csv.DictReader(io.StringIO(text, newline=""))
    headers = {(name or "").strip().lower() for name in rows.fieldnames or []}
    missing = [name for name in REQUIRED if name not in headers]
    if missing:
        raise UnreadableFile(
            f"The first row must name the columns; missing: {', '.join(missing)}. "
            "Every reader needs a consent entry (when and how they agreed)."
        )
    report = Report()
    when = timezone.now().date().isoformat()
    with transaction.atomic():
        for line, raw in enumerate(rows, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
            _row(row, line, report, f"Imported {when} by {who}: ")
    return report


def _row(row: dict, line: int, report: Report, consent_prefix: str) -> None:
    email, consent = row.get("email", ""), row.get("consent", "")
    try:
        validate_email(email)
    except ValidationError:
        report.refused.append((line, f"not an email address: {email[:80]!r}"))
        return
    if not consent:
        report.refused.append((line, "no consent"))
        return
    keys = (row.get("topics") or topics.DIGEST.key).replace(";", " ").replace(",", " ").split()
    named = topics.labels(keys)
    unknown = [key for key in keys if named[key] is None]
    if unknown:
        report.refused.append((line, f"no such topic: {', '.join(unknown)[:80]}"))
        return
    email = BaseUserManager.normalize_email(email)  # the domain part in lower case
    if Subscriber.objects.filter(email__iexact=email).exists():
        report.already += 1
        return
    subscriber = Subscriber.objects.create(
        email=email,
        status=Subscriber.Status.ACTIVE,
        consent=(consent_prefix + consent)[:255],
        confirmed_at=timezone.now(),
    )
    Follow.objects.bulk_create([Follow(subscriber=subscriber, topic=key) for key in set(keys)])
    report.added += 1
