"""WordPress users who wrote posts, as Author snippets with redirects from /author/<name>/."""

from django.utils.text import slugify

from newsstand.people.models import Author

from .context import ImportContext
from .models import WordPressKind
from .redirects import author_paths
from .report import Outcome
from .sanitizer import plain_text
from .wxr import AuthorRecord


class Authors:
    def __init__(self, context: ImportContext) -> None:
        self.context = context
        self._cache: dict[str, Author] = {}

    def get(self, login: str) -> Author | None:
        """The Author for a WordPress login, created on first use; None for no login."""
        login = login.strip()
        if not login:
            return None
        if login in self._cache:
            return self._cache[login]
        context = self.context
        author_id = context.mapping.object_id(WordPressKind.AUTHOR, login, Author)
        author = Author.objects.filter(pk=author_id).first() if author_id else None
        if author is not None:
            context.report.count("author", Outcome.UNCHANGED)
        else:
            author = self._create(context.index.authors.get(login) or AuthorRecord(login=login))
        self._cache[login] = author
        return author

    def _create(self, record: AuthorRecord) -> Author:
        context = self.context
        full_name = f"{record.first_name} {record.last_name}".strip()
        name = plain_text(record.display_name or full_name or record.login, max_length=120)
        slug = slugify(name, allow_unicode=True) or slugify(record.login, allow_unicode=True)
        slug = slug[:110] or "author"
        with context.item():
            author = Author.objects.filter(slug=slug).first()
            outcome = Outcome.UNCHANGED
            if author is None:
                author = Author.objects.create(name=name or slug, slug=slug)
                outcome = Outcome.IMPORTED
            context.mapping.record(WordPressKind.AUTHOR, record.login, author)
            paths = author_paths(
                slugify(record.login), wp_id=record.wp_id, blog_path=context.index.blog_path
            )
            context.redirects.to_url(paths, author.get_absolute_url())
        context.batch.add(author)
        context.report.count("author", outcome)
        return author
