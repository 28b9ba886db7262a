from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from newsstand.articles.models import SectionPage
from newsstand.core.outbound import FetchRefused
from newsstand.imports.services import import_article_html, import_article_url
from newsstand.imports.webpage import ArticleNotFound


class Command(BaseCommand):
    help = (
        "Import one article from a web page (a URL, or a saved .html file) as a draft in a "
        "section, with its source attribution filled in."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="An http(s) URL, or the path of a saved HTML page")
        parser.add_argument("--section", required=True, help="Slug of the section, e.g. news")
        parser.add_argument("--url", default="", help="Where a saved page came from")
        parser.add_argument("--user", default="", help="Username to own the draft")
        parser.add_argument(
            "--fetch-image",
            action="store_true",
            help="For a saved page: download its lead image (otherwise nothing goes online)",
        )

    def handle(
        self, *args, source: str, section: str, url: str, user: str, fetch_image: bool, **options
    ):
        target = SectionPage.objects.filter(slug=section).first()
        if target is None:
            raise CommandError(f'There is no section with the slug "{section}".')
        owner = None
        if user:
            owner = get_user_model().objects.filter(username=user).first()
            if owner is None:
                raise CommandError(f'There is no user "{user}".')
        path = Path(source)
        try:
            if path.is_file():
                result = import_article_html(
                    html=path.read_bytes(),
                    section=target,
                    url=url,
                    user=owner,
                    fetch_image=fetch_image,
                )
            elif source.startswith(("http://", "https://")):
                result = import_article_url(url=source, section=target, user=owner)
            else:
                raise CommandError(f"{source} is neither a file nor an http(s) URL.")
        except (FetchRefused, ArticleNotFound) as error:
            raise CommandError(str(error)) from None
        page = result.page
        self.stdout.write(f'Created the draft "{page.title}" in {target.title} (page {page.pk}).')
        for note in result.notes:
            self.stdout.write(f"  - {note}")
