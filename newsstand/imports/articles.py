"""WordPress posts and pages as articles and episodes, created or brought up to date.

Each post is prepared (`preparing`), placed (its section and tags, or its series,
each created in its own transaction when new), then written with its mapping row
in one transaction; indexing, history and redirects follow in batches (`batch`).

Only published, unprotected posts go live; every other status becomes a draft.
A post already imported is updated when it changed in WordPress, unless an
editor has worked on it here since (then this site's version is kept).
"""

import json
from dataclasses import dataclass, field
from datetime import datetime

from wagtail.models import Page, ReferenceIndex

from newsstand.articles.models import ArticlePage, ArticlePageTag, HomePage
from newsstand.people.models import PageAuthor
from newsstand.series.models import EpisodePage, SeriesPage

from .authors import Authors
from .context import ImportContext
from .conventions import CompleteEdition, Episode, Song, parse_title
from .media import MediaLibrary
from .models import ImportedObject, WordPressKind
from .pages import wp_datetime
from .preparing import Prepared, Preparer, digest, no_better, visibility
from .redirects import post_paths
from .report import Outcome
from .sanitizer import plain_text
from .stories import Stories
from .taxonomy import Taxonomy
from .wxr import ItemRecord

SKIPPED_STATUSES = {
    "trash": "in the WordPress trash",
    "auto-draft": "an empty automatic draft",
    "inherit": "a revision",
}
MUSIC_NOTE = "music post (music app not available): imported as an article"


@dataclass
class Placement:
    """Where a new page goes: a section (with tags), or a series as a numbered episode."""

    parent: Page
    tags: list = field(default_factory=list)
    episode: Episode | None = None


class Posts:
    def __init__(self, context: ImportContext, *, media: MediaLibrary) -> None:
        self.context = context
        self.media = media
        self.taxonomy = Taxonomy(context)
        self.authors = Authors(context)
        self.stories = Stories(context)
        self.preparer = Preparer(context, media=media, authors=self.authors)
        self.sticky: list[tuple[datetime, int]] = []
        self.complete_editions: list[tuple[ItemRecord, CompleteEdition]] = []
        self._pages_here: set[int] | None = None

    def pages_here(self) -> set[int]:
        """Ids of the pages imports from this site made that still exist (read once per run)."""
        if self._pages_here is None:
            mapped = ImportedObject.objects.filter(
                source=self.context.mapping.source,
                kind__in=[WordPressKind.POST, WordPressKind.PAGE],
            ).values("object_id")
            pages = Page.objects.filter(pk__in=mapped).values_list("pk", flat=True)
            self._pages_here = set(pages)
        return self._pages_here

    def import_authors(self) -> None:
        for login in self.context.index.authors:
            self.authors.get(login)

    # One item

    def import_item(self, item: ItemRecord, *, as_draft_article: str = "") -> None:
        """Import one post or page; `as_draft_article` (a reason) files it as a plain draft."""
        report = self.context.report
        kind = "page" if item.post_type == "page" else "post"
        title = plain_text(item.title, max_length=255)
        if item.status in SKIPPED_STATUSES:
            report.skip(kind, item.wp_id, title, SKIPPED_STATUSES[item.status])
            return
        convention = parse_title(title) if kind == "post" and not as_draft_article else None
        if isinstance(convention, CompleteEdition):
            self.complete_editions.append((item, convention))
            return
        if as_draft_article:
            item.status = "draft"
        mapping_kind = WordPressKind.PAGE if kind == "page" else WordPressKind.POST
        item_digest = digest(item)
        target = self.context.mapping.get(mapping_kind, item.wp_id)
        if target is not None and target.object_id not in self.pages_here():
            report.skip(kind, item.wp_id, title, "deleted on this site after an earlier import")
            return
        if target is not None and target.fingerprint == item_digest:
            report.count(kind, Outcome.UNCHANGED)
            self.remember_sticky(item, target.object_id)
            return
        existing = None
        if target is not None:
            existing = Page.objects.get(pk=target.object_id).specific
            if existing.latest_revision_id is not None:
                report.count(kind, Outcome.SKIPPED)
                report.look(
                    kind, item.wp_id, title, "changed on WordPress, but edited here since: kept"
                )
                return
        prepared = self.preparer.prepare(item, kind, title or f"Untitled {kind} {item.wp_id}")
        if target is not None and no_better(target.fingerprint, item_digest, prepared):
            report.count(kind, Outcome.UNCHANGED)
            self.remember_sticky(item, target.object_id)
            return
        if as_draft_article:
            prepared.looks.append(as_draft_article)
        if existing is None or isinstance(existing, ArticlePage):
            placement = self.place(prepared, convention if existing is None else None)
        else:
            placement = Placement(parent=existing.get_parent())
        with self.context.item():
            if existing is not None:
                page, outcome = self.update(existing, prepared, placement), Outcome.UPDATED
            else:
                page, outcome = self.create(prepared, placement), Outcome.IMPORTED
            self.context.mapping.record(mapping_kind, item.wp_id, page)
        self.pages_here().add(page.pk)
        self.context.batch.add(
            page,
            kind=mapping_kind,
            wp_id=item.wp_id,
            fingerprint=prepared.fingerprint(item_digest),
            old_paths=post_paths(item, blog_path=self.context.index.blog_path),
        )
        report.count(kind, outcome)
        if not title:
            prepared.looks.append("no title on WordPress")
        if isinstance(convention, Song):
            prepared.looks.append(MUSIC_NOTE)
        if prepared.looks:
            report.look(kind, item.wp_id, prepared.title, "; ".join(prepared.looks))
        self.remember_sticky(item, page.pk)

    def remember_sticky(self, item: ItemRecord, page_id: int) -> None:
        moment = wp_datetime(item.post_date_gmt, item.post_date)
        if item.sticky and moment is not None and visibility(item)[0]:
            self.sticky.append((moment, page_id))

    # Placing (sections, tags and series are created here, each in its own transaction)

    def place(self, prepared: Prepared, convention) -> "Placement":
        if prepared.kind == "page":
            return Placement(parent=self.taxonomy.pages_section())
        if isinstance(convention, Episode):
            opening = next((b["value"] for b in prepared.body if b["type"] == "paragraph"), "")
            series = self.stories.series(
                convention.series, synopsis=prepared.item.excerpt or opening
            )
            if not self.stories.number_taken(series, convention.number):
                return Placement(parent=series, episode=convention)
            prepared.live = False
            prepared.looks.append(
                f'episode {convention.number} of "{series.title}" already exists: '
                "imported as a draft article"
            )
        section, tags = self.taxonomy.placement(prepared.item)
        return Placement(parent=section, tags=tags)

    # Writing (inside the item's transaction)

    def create(self, prepared: Prepared, placement: "Placement") -> Page:
        item, parent, tree = prepared.item, placement.parent, self.context.tree
        slugs = self.context.slugs
        if placement.episode is not None:
            number = placement.episode.number
            page = EpisodePage(
                number=number,
                slug=slugs.claim(parent, f"episode-{number:02d}", fallback="episode"),
            )
            self.fill_common(page, prepared)
            page.body = json.dumps(prepared.body)
            tree.add(parent, page)
            if prepared.live:
                self.stories.episode_published(
                    parent, at=prepared.first_published_at, final=placement.episode.final
                )
            self.credit_series(parent, prepared)
            return page
        page = ArticlePage(
            slug=slugs.claim(
                parent, item.post_name or prepared.title, fallback=f"post-{item.wp_id}"
            )
        )
        self.fill_common(page, prepared)
        self.fill_article_fields(page, prepared)
        tree.add(parent, page)
        ArticlePageTag.objects.bulk_create(
            ArticlePageTag(content_object=page, tag=tag) for tag in placement.tags
        )
        if prepared.author is not None:
            PageAuthor.objects.bulk_create([PageAuthor(page=page, author=prepared.author)])
        return page

    def update(self, page: Page, prepared: Prepared, placement: "Placement") -> Page:
        self.fill_common(page, prepared)
        if isinstance(page, ArticlePage):
            self.fill_article_fields(page, prepared)
            page.tags.set(placement.tags)
            page.page_authors = [PageAuthor(author=prepared.author)] if prepared.author else []
        else:
            page.body = json.dumps(prepared.body)
        page.save()
        return page

    @staticmethod
    def fill_common(page: Page, prepared: Prepared) -> None:
        page.title = page.draft_title = prepared.title
        page.live = prepared.live
        page.has_unpublished_changes = not prepared.live
        page.first_published_at = prepared.first_published_at
        page.last_published_at = prepared.last_published_at
        page.latest_revision_created_at = prepared.last_published_at
        page.search_description = prepared.search_description

    @staticmethod
    def fill_article_fields(page: ArticlePage, prepared: Prepared) -> None:
        page.standfirst = prepared.standfirst
        page.body = json.dumps(prepared.body)
        page.featured_image_id = prepared.featured_image_id
        page.featured_image_caption = prepared.featured_image_caption

    @staticmethod
    def credit_series(series: SeriesPage, prepared: Prepared) -> None:
        if prepared.author is not None:
            PageAuthor.objects.get_or_create(page_id=series.pk, author=prepared.author)
        if prepared.featured_image_id:
            SeriesPage.objects.filter(pk=series.pk, cover_image=None).update(
                cover_image_id=prepared.featured_image_id
            )

    # After the last item

    def redirect_complete_edition(self, item: ItemRecord, edition: CompleteEdition) -> None:
        series = self.stories.find_series(edition.series)
        if series is None:
            reason = "complete edition of a series with no imported episodes: kept as a draft"
            self.import_item(item, as_draft_article=reason)
            return
        with self.context.item():
            self.context.redirects.to_page(
                post_paths(item, blog_path=self.context.index.blog_path), series, route="complete/"
            )
        self.context.report.skip_group(
            "post", "complete-episodes posts, replaced by each series' generated complete edition"
        )

    def set_lead_story(self) -> None:
        if not self.sticky:
            return
        report = self.context.report
        _, page_id = max(self.sticky)
        home = HomePage.objects.get(pk=self.context.home.pk)
        if home.lead_story_id:
            if home.lead_story_id != page_id:
                report.note(
                    "the home page already has a lead story: the sticky post was not made lead"
                )
            return
        home.lead_story_id = page_id
        with self.context.item():
            if home.latest_revision_id:
                home.save_revision(log_action=True).publish(log_action=True)
            else:
                home.save(update_fields=["lead_story"])
            ReferenceIndex.create_or_update_for_object(home)
        if len(self.sticky) > 1:
            report.note("several sticky posts: the newest one became the lead story")
        lead = Page.objects.filter(pk=page_id).values_list("title", flat=True).first()
        report.note(f'lead story on the home page: "{lead}" (sticky on WordPress)')
