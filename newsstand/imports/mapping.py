"""The WordPress id ↔ object mapping of one import run, read once and kept in step."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from .models import ImportedObject, WordPressKind


class Target(NamedTuple):
    pk: int
    content_type_id: int
    object_id: int
    fingerprint: str


class Mapping:
    """Lookups and writes of `ImportedObject` rows for one WordPress site.

    Rows are read per kind on first use. Writes made inside `atomic()` are forgotten
    again if that block rolls back, so the cache never points at rolled-back objects.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._rows: dict[str, dict[str, Target]] = {}
        self._journal: list[tuple[str, str, Target | None]] = []

    def _kind(self, kind: WordPressKind) -> dict[str, Target]:
        if kind not in self._rows:
            rows = ImportedObject.objects.filter(source=self.source, kind=kind).values_list(
                "wp_id", "pk", "content_type_id", "object_id", "fingerprint"
            )
            self._rows[kind] = {wp_id: Target(*rest) for wp_id, *rest in rows}
        return self._rows[kind]

    def get(self, kind: WordPressKind, wp_id: str | int) -> Target | None:
        return self._kind(kind).get(str(wp_id))

    def object_id(
        self, kind: WordPressKind, wp_id: str | int, model: type[models.Model]
    ) -> int | None:
        """The id of what `wp_id` became, if it became a `model` (or a subclass of it)."""
        target = self.get(kind, wp_id)
        if target is None:
            return None
        model_class = ContentType.objects.get_for_id(target.content_type_id).model_class()
        if model_class is None or not issubclass(model_class, model):
            return None
        return target.object_id

    def record(
        self, kind: WordPressKind, wp_id: str | int, target: models.Model, fingerprint: str = ""
    ) -> None:
        """Map `wp_id` to `target`; an empty fingerprint means "import again next time"."""
        wp_id = str(wp_id)
        content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
        rows = self._kind(kind)
        previous = rows.get(wp_id)
        if previous is None:
            row = ImportedObject.objects.create(
                source=self.source,
                kind=kind,
                wp_id=wp_id,
                content_type=content_type,
                object_id=target.pk,
                fingerprint=fingerprint,
            )
            pk = row.pk
        else:
            pk = previous.pk
            ImportedObject.objects.filter(pk=pk).update(
                content_type=content_type,
                object_id=target.pk,
                fingerprint=fingerprint,
                imported_at=timezone.now(),
            )
        self._journal.append((kind, wp_id, previous))
        rows[wp_id] = Target(pk, content_type.pk, target.pk, fingerprint)

    def set_fingerprints(self, fingerprints: list[tuple[WordPressKind, str, str]]) -> None:
        """Record (kind, wp_id, fingerprint) for rows already mapped."""
        changed = []
        for kind, wp_id, fingerprint in fingerprints:
            target = self._kind(kind)[wp_id]
            self._rows[kind][wp_id] = target._replace(fingerprint=fingerprint)
            changed.append(ImportedObject(pk=target.pk, fingerprint=fingerprint))
        ImportedObject.objects.bulk_update(changed, ["fingerprint"])

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction; if it rolls back, so do the cached rows written inside it."""
        start = len(self._journal)
        try:
            with transaction.atomic():
                yield
        except BaseException:
            for kind, wp_id, previous in reversed(self._journal[start:]):
                if previous is None:
                    self._rows[kind].pop(wp_id, None)
                else:
                    self._rows[kind][wp_id] = previous
            del self._journal[start:]
            raise
        if start == 0:
            self._journal.clear()
