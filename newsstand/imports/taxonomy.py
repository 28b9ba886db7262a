"""Categories as sections, tags as tags.

Sections sit directly under Home, so nesting is flattened: a post goes to the
section of its top-level category, and each category below that becomes a tag.
A post in several categories goes to the first one (or Yoast's primary one);
the others become tags too.
"""

from django.urls import reverse
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Page

from newsstand.articles.models import SectionPage

from .context import ImportContext
from .models import WordPressKind
from .redirects import category_paths, tag_paths
from .report import Outcome
from .sanitizer import plain_text
from .wxr import ItemRecord, ItemTerm, TermRecord

PRIMARY_CATEGORY_META = ("_yoast_wpseo_primary_category", "rank_math_primary_category")
DEFAULT_CATEGORY = "uncategorized"


class Taxonomy:
    def __init__(self, context: ImportContext) -> None:
        self.context = context
        self._sections: dict[str, SectionPage] = {}
        self._tags: dict[tuple[str, str], Tag] = {}
        self._tag_sources: dict[int, tuple[str, str]] = {}  # tag id -> first (slug, name)
        self._names: dict[str, str] = {}
        self._by_term_id = {t.term_id: t.slug for t in context.index.categories.values()}

    # What an item is filed under

    def placement(self, item: ItemRecord) -> tuple[SectionPage, list[Tag]]:
        """The section a post belongs in and the tags it gets (its own and its categories')."""
        categories = [term for term in item.terms if term.taxonomy == "category" and term.slug]
        for term in categories:
            self._names.setdefault(term.slug, term.name)
        primary = self._primary(item, categories)
        chain = self.chain(primary)
        section = self.section(chain[0])
        tags = [self.category_tag(slug) for slug in chain[1:]]
        for term in categories:
            if term.slug in chain or term.slug == DEFAULT_CATEGORY:
                continue
            self.context.report.note(
                "posts in several categories are filed under their first (or primary) "
                "category; the others become tags"
            )
            tags += [self.category_tag(slug) for slug in self.chain(term.slug) if slug not in chain]
        tags += [self.tag(term) for term in item.terms if term.taxonomy == "post_tag"]
        unique = {tag.pk: tag for tag in tags if tag is not None}
        return section, list(unique.values())

    def _primary(self, item: ItemRecord, categories: list[ItemTerm]) -> str:
        for key in PRIMARY_CATEGORY_META:
            slug = self._by_term_id.get(item.meta.get(key, "").strip())
            if slug and any(term.slug == slug for term in categories):
                return slug
        named = [term.slug for term in categories if term.slug != DEFAULT_CATEGORY]
        return (named or [term.slug for term in categories] or [DEFAULT_CATEGORY])[0]

    def chain(self, slug: str) -> list[str]:
        """The category and its ancestors, top-level first."""
        chain = [slug]
        categories = self.context.index.categories
        while (parent := getattr(categories.get(chain[0]), "parent", "")) and parent not in chain:
            chain.insert(0, parent)
        return chain

    def _name(self, slug: str) -> str:
        term = self.context.index.categories.get(slug)
        return plain_text(term.name if term else self._names.get(slug, slug)) or slug

    # Sections

    def section(self, slug: str) -> SectionPage:
        if slug in self._sections:
            return self._sections[slug]
        context = self.context
        section_id = context.mapping.object_id(WordPressKind.CATEGORY, slug, SectionPage)
        section = SectionPage.objects.filter(pk=section_id).first() if section_id else None
        if section is not None:
            context.report.count("section", Outcome.UNCHANGED)
        else:
            term = context.index.categories.get(slug)
            section = self._create_section(
                slug,
                title=self._name(slug),
                intro=plain_text(term.description, max_length=500) if term else "",
                paths=category_paths(
                    [slug], term_id=term.term_id if term else "", blog_path=context.index.blog_path
                ),
            )
        self._sections[slug] = section
        return section

    def _create_section(
        self, slug: str, *, title: str, intro: str, paths: list[str]
    ) -> SectionPage:
        context = self.context
        existing = SectionPage.objects.child_of(context.home).filter(slug=slug).first()
        now = timezone.now()
        with context.item():
            section = existing or SectionPage(
                title=title[:255],
                slug=context.slugs.claim(context.home, slug, fallback="section"),
                intro=intro,
                show_in_menus=True,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
            )
            if existing is None:
                context.tree.add(context.home, section)
                if section.slug != slug:
                    context.report.note(
                        f'section "{title}" is at /{section.slug}/, because /{slug}/ was taken'
                    )
            context.mapping.record(WordPressKind.CATEGORY, slug, section)
            context.redirects.to_page(paths, section)
        if existing is None:
            context.batch.add(section)
        context.report.count("section", Outcome.UNCHANGED if existing else Outcome.IMPORTED)
        return section

    # Tags

    def tag(self, term: ItemTerm | TermRecord) -> Tag | None:
        cached = self._tags.get((WordPressKind.TAG, term.slug))
        if cached is not None:
            return cached
        return self._tag(
            WordPressKind.TAG,
            term.slug,
            self.context.index.tags.get(term.slug, term).name,
            tag_paths(term.slug, blog_path=self.context.index.blog_path),
        )

    def category_tag(self, slug: str) -> Tag | None:
        """A category below the top level (or a secondary one), kept as a tag."""
        cached = self._tags.get((WordPressKind.CATEGORY, slug))
        if cached is not None:
            return cached
        chain = self.chain(slug)
        parent = self._name(chain[0])
        paths = []  # a top-level category keeps its redirects to its section
        if len(chain) > 1:
            self.context.report.note(
                f'category "{self._name(slug)}" is inside "{parent}": its posts are in the '
                f'{parent} section, tagged "{self._name(slug)}" (sections are not nested)'
            )
            term = self.context.index.categories.get(slug)
            paths = category_paths(
                chain, term_id=term.term_id if term else "", blog_path=self.context.index.blog_path
            )
        return self._tag(WordPressKind.CATEGORY, slug, self._name(slug), paths)

    def redirect_categories_kept_as_tags(self) -> None:
        """/category/x/ of a top-level category that only came second (so it has no section)
        goes to its tag."""
        blog_path = self.context.index.blog_path
        kept = [
            (slug, tag)
            for (kind, slug), tag in self._tags.items()
            if kind == WordPressKind.CATEGORY and tag and slug not in self._sections
        ]
        with self.context.item():
            for slug, tag in kept:
                if len(self.chain(slug)) > 1:
                    continue  # nested ones got their redirects with their tag
                term = self.context.index.categories.get(slug)
                paths = category_paths(
                    [slug], term_id=term.term_id if term else "", blog_path=blog_path
                )
                self.context.redirects.to_url(paths, reverse("tag", kwargs={"slug": tag.slug}))

    def redirect_categories_to(self, slugs: set[str], page: Page) -> None:
        """/category/x/ of categories that got neither a section nor a tag, because all
        their posts became something else (music posts), goes to `page`."""
        categories, blog_path = self.context.index.categories, self.context.index.blog_path
        with self.context.item():
            for slug in sorted(slugs - {DEFAULT_CATEGORY}):
                if slug in self._sections or (WordPressKind.CATEGORY, slug) in self._tags:
                    continue
                term = categories.get(slug)
                paths = category_paths(
                    self.chain(slug), term_id=term.term_id if term else "", blog_path=blog_path
                )
                self.context.redirects.to_page(paths, page)

    def _tag(self, kind: WordPressKind, slug: str, name: str, paths: list[str]) -> Tag | None:
        context = self.context
        raw_name, name = name, plain_text(name, max_length=100)
        if not name:
            return None
        tag_id = context.mapping.object_id(kind, slug, Tag)
        tag = Tag.objects.filter(pk=tag_id).first() if tag_id else None
        if tag is None:
            with context.item():
                tag = Tag.objects.filter(name__iexact=name).first()
                outcome = Outcome.UNCHANGED if tag else Outcome.IMPORTED
                tag = tag or Tag.objects.create(name=name)
                if kind == WordPressKind.TAG or paths:
                    context.mapping.record(kind, slug, tag)
                context.redirects.to_url(paths, reverse("tag", kwargs={"slug": tag.slug}))
            context.report.count("tag", outcome)
        self._report_merge(tag, slug, raw_name)
        self._tags[kind, slug] = tag
        return tag

    def _report_merge(self, tag: Tag, slug: str, raw_name: str) -> None:
        """Two WordPress terms that read the same here (after markup is taken out, and
        whatever their case) become one tag: say so, once per pair."""
        first_slug, first_name = self._tag_sources.setdefault(tag.pk, (slug, raw_name))
        if first_slug != slug:
            self.context.report.note(
                f'"{first_name}" ({first_slug}) and "{raw_name}" ({slug}) read the same here: '
                f'both are the tag "{tag.name}"'
            )
