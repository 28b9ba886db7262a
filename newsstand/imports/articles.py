"""WordPress posts and pages as articles, episodes, music posts and plain pages,
created or brought up to date.

Each post is prepared (`preparing`), placed (its section and tags, its series, or
its song and the music section, each created in its own transaction when new),
then written with its mapping row in one transaction; indexing, history and
redirects follow in batches (`batch`). WordPress pages become plain pages
(`InfoPage`) right under the home page.

Only published, unprotected posts go live; scheduled ones are scheduled for the same time;
every other status becomes a draft.
A post already imported is updated when it changed in WordPress, unless an
editor has worked on it here since (then this site's version is kept).
"""

import json
from dataclasses import dataclass, field
from datetime import datetime

from wagtail.models import Page, ReferenceIndex

from newsstand.articles.models import ArticlePage, ArticlePageTag
from newsstand.core.models import HomePage
from newsstand.info.models import InfoPage
from newsstand.music import models as music
from newsstand.people.models import PageAuthor
from newsstand.series.models import EpisodePage

from . import filling
from .authors import Authors
from .context import ImportContext
from .conventions import CompleteEdition, Episode, Song, parse_title
from .media import MediaLibrary
from .models import ImportedObject, WordPressKind
from .music import LYRICS_ROUTE, Music
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
NESTED_PAGES_NOTE = (
    "WordPress pages inside other pages are placed right under the home page; "
    "their old URLs redirect"
)


@dataclass
class Placement:
    """Where a new page goes: a section (with tags), a series as a numbered episode, or
    the music section as the post of `song`.

    `post` is the song's music post if it has one: a lyrics post links to it, a music
    post fills it in. `lyrics` marks a lyrics post.
    """

    parent: Page
    tags: list = field(default_factory=list)
    episode: Episode | None = None
    song: music.Song | None = None
    post: music.SongPage | None = None
    lyrics: bool = False


class Posts:
    def __init__(self, context: ImportContext, *, media: MediaLibrary) -> None:
        self.context = context
        self.media = media
        self.taxonomy = Taxonomy(context)
        self.authors = Authors(context)
        self.stories = Stories(context)
        self.music = Music(context)
        self.music_categories: set[str] = set()
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
        lyrics = isinstance(convention, Song) and convention.lyrics
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
        if target is not None and not lyrics:  # lyrics only ever fill a song: see `music`
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
        if lyrics or existing is None or isinstance(existing, ArticlePage):
            placement = self.place(prepared, convention if existing is None else None)
            existing = existing or (None if lyrics else placement.post)
        else:
            placement = Placement(parent=existing.get_parent())
        outcome = Outcome.IMPORTED if target is None else Outcome.UPDATED
        with self.context.item():
            if lyrics:
                page = self.lyrics(prepared, placement)
            elif existing is not None:
                page = self.update(existing, prepared, placement)
            else:
                page = self.create(prepared, placement)
            filling.schedule(page, prepared)
            self.context.mapping.record(mapping_kind, item.wp_id, page)
        self.pages_here().add(page.pk)
        self.context.batch.add(
            page,
            kind=mapping_kind,
            wp_id=item.wp_id,
            fingerprint=prepared.fingerprint(item_digest),
            old_paths=post_paths(item, blog_path=self.context.index.blog_path),
            route=LYRICS_ROUTE if lyrics else "",
        )
        report.count(kind, outcome)
        if not title:
            prepared.looks.append("no title on WordPress")
        if prepared.looks:
            report.look(kind, item.wp_id, prepared.title, "; ".join(prepared.looks))
        self.remember_sticky(item, page.pk)

    def remember_sticky(self, item: ItemRecord, page_id: int) -> None:
        moment = wp_datetime(item.post_date_gmt, item.post_date)
        if item.sticky and moment is not None and visibility(item)[0]:
            self.sticky.append((moment, page_id))

    # Placing (sections, tags, series and songs are created here, each in its own transaction)

    def place(self, prepared: Prepared, convention) -> "Placement":
        if prepared.kind == "page":
            if prepared.item.parent:
                self.context.report.note(NESTED_PAGES_NOTE)
            return Placement(parent=self.context.home)
        if isinstance(convention, Song):
            placement = self.place_song(prepared, convention)
            if placement is not None:
                return placement
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

    def place_song(self, prepared: Prepared, convention: Song) -> "Placement | None":
        """The song's post, to make, fill in or (for lyrics) link to; None for a second
        music post of a song whose post is taken, which becomes a draft article."""
        self.music_categories.update(
            term.slug for term in prepared.item.terms if term.taxonomy == "category" and term.slug
        )
        song = self.music.song(convention)
        post = self.music.post_for(song)
        section = self.music.section()
        if convention.lyrics or post is None or self.music.can_fill(post, prepared):
            return Placement(parent=section, song=song, post=post, lyrics=convention.lyrics)
        prepared.live = False
        prepared.looks.append(f'"{song}" already has a music post: imported as a draft article')
        return None

    # Writing (inside the item's transaction)

    def lyrics(self, prepared: Prepared, placement: "Placement") -> Page:
        """The song gets the lyrics; the post showing them is the song's, or made from this."""
        self.music.attach_lyrics(prepared, placement.song)
        post = placement.post
        if post is None:
            post = self.create(prepared, placement)
            prepared.looks.append("music post made from the lyrics post: add a write-up")
        elif prepared.live and not post.live:
            prepared.looks.append(
                "its music post is a draft: the lyrics page shows once that is published"
            )
        return post

    def create(self, prepared: Prepared, placement: "Placement") -> Page:
        item, parent, tree = prepared.item, placement.parent, self.context.tree
        slugs = self.context.slugs
        if placement.song is not None:
            post = self.music.new_post(prepared, placement.song, parent)
            filling.common(post, prepared)
            if not placement.lyrics:
                self.music.fill_post(post, prepared)
            tree.add(parent, post)
            filling.credit(post, prepared)
            return post
        if prepared.kind == "page":
            page = InfoPage(
                slug=slugs.claim(
                    parent, item.post_name or prepared.title, fallback=f"page-{item.wp_id}"
                )
            )
            filling.common(page, prepared)
            filling.info_page(page, prepared)
            tree.add(parent, page)
            return page
        if placement.episode is not None:
            number = placement.episode.number
            page = EpisodePage(
                number=number,
                slug=slugs.claim(parent, f"episode-{number:02d}", fallback="episode"),
            )
            filling.common(page, prepared)
            page.body = json.dumps(prepared.body)
            tree.add(parent, page)
            if prepared.live:
                self.stories.episode_published(
                    parent, at=prepared.first_published_at, final=placement.episode.final
                )
            filling.credit_series(parent, prepared)
            return page
        page = ArticlePage(
            slug=slugs.claim(
                parent, item.post_name or prepared.title, fallback=f"post-{item.wp_id}"
            )
        )
        filling.common(page, prepared)
        filling.article(page, prepared)
        tree.add(parent, page)
        ArticlePageTag.objects.bulk_create(
            ArticlePageTag(content_object=page, tag=tag) for tag in placement.tags
        )
        filling.credit(page, prepared)
        return page

    def update(self, page: Page, prepared: Prepared, placement: "Placement") -> Page:
        filling.common(page, prepared)
        if isinstance(page, ArticlePage | music.SongPage):
            page.page_authors = [PageAuthor(author=prepared.author)] if prepared.author else []
        if isinstance(page, ArticlePage):
            filling.article(page, prepared)
            page.tags.set(placement.tags)
        elif isinstance(page, music.SongPage):
            self.music.use_cover(page.song, prepared)
            self.music.fill_post(page, prepared)
        elif isinstance(page, InfoPage):
            filling.info_page(page, prepared)
        else:
            page.body = json.dumps(prepared.body)
        page.save()
        return page

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

    def redirect_music_categories(self) -> None:
        """Categories only music posts were in now lead to the music section."""
        if self.music_categories:
            self.taxonomy.redirect_categories_to(self.music_categories, self.music.section())

    def set_lead_story(self) -> None:
        if not self.sticky:
            return
        articles = ArticlePage.objects.filter(pk__in=[pk for _, pk in self.sticky])
        article_ids = set(articles.values_list("pk", flat=True))
        sticky = [entry for entry in self.sticky if entry[1] in article_ids]  # not music posts
        if not sticky:
            return
        report = self.context.report
        _, page_id = max(sticky)
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
        if len(sticky) > 1:
            report.note("several sticky posts: the newest one became the lead story")
        lead = Page.objects.filter(pk=page_id).values_list("title", flat=True).first()
        report.note(f'lead story on the home page: "{lead}" (sticky on WordPress)')
