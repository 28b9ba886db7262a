"""What a bulk import does for many objects at once: search and reference indexing,
page history, redirects of posts, and marking posts as done.

Saving one article saves the page, its tags and its credits, and each save would
re-index it for search and for Wagtail's reference index (the "usage" counts).
The database search backend also recomputes a statistic over the whole index on
every add, which makes one-by-one indexing slower as the site grows. So a bulk
import mutes those handlers and indexes what it wrote in batches.

Each imported page gets one history entry, "Imported from WordPress", written
with its batch, and a post's old URLs get their redirects there too. A post's
mapping row gets its fingerprint only when its batch is done: if the run stops
in between, the next run sees no fingerprint and imports the post again.
"""

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import post_save
from django.utils import timezone

from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .mapping import Mapping
from .models import WordPressKind
from .redirects import RedirectWriter

LOG_ACTION = "newsstand.wordpress_import"


@contextmanager
def deferred_indexing() -> Iterator[None]:
    """Mute automatic indexing on save (restored afterwards); use a Batch meanwhile."""
    muted = [
        model
        for model in index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in muted:
            post_save.connect(post_save_signal_handler, sender=model)


class Batch:
    """Finishes imported objects in batches, each batch in one transaction."""

    SIZE = 500

    def __init__(self, mapping: Mapping, redirects: RedirectWriter) -> None:
        self.mapping = mapping
        self.redirects = redirects
        self._objects: list[models.Model] = []
        self._fingerprints: list[tuple[WordPressKind, str, str]] = []
        self._redirects: list[tuple[list[str], Page, str]] = []

    def add(
        self,
        instance: models.Model,
        *,
        kind: WordPressKind | None = None,
        wp_id: str | int = "",
        fingerprint: str = "",
        old_paths: list[str] = (),
        route: str = "",
    ) -> None:
        """Queue `instance` (once its own transaction has committed); `old_paths` will
        redirect to it, or to its `route` (such as a music post's lyrics page)."""
        self._objects.append(instance)
        if kind is not None:
            self._fingerprints.append((kind, str(wp_id), fingerprint))
        if old_paths:
            self._redirects.append((old_paths, instance, route))
        if len(self._objects) >= self.SIZE:
            self.flush()

    def flush(self) -> None:
        if not self._objects:
            return
        by_model: dict[type[models.Model], list[int]] = defaultdict(list)
        for instance in self._objects:
            by_model[type(instance)].append(instance.pk)
        with transaction.atomic():
            for model, pks in by_model.items():
                # Fresh copies with their child relations in memory: one query per relation
                # for the batch, instead of several per object for the reference index.
                relations = [rel.get_accessor_name() for rel in get_all_child_relations(model)]
                instances = list(model.objects.filter(pk__in=pks).prefetch_related(*relations))
                if index.class_is_indexed(model):
                    for backend in get_search_backends(with_auto_update=True):
                        backend.add_bulk(model, instances)
                if ReferenceIndex.is_indexed(model):
                    for instance in instances:
                        ReferenceIndex.create_or_update_for_object(instance)
            self.log(instance for instance in self._objects if isinstance(instance, Page))
            for paths, page, route in self._redirects:
                self.redirects.to_page(paths, page, route=route)
            self.redirects.flush()
            self.mapping.set_fingerprints(self._fingerprints)
        self._objects.clear()
        self._fingerprints.clear()
        self._redirects.clear()

    @staticmethod
    def log(pages) -> None:
        now = timezone.now()
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                page=page,
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                label=page.title,
                action=LOG_ACTION,
                timestamp=now,
                content_changed=True,
            )
            for page in pages
        )
