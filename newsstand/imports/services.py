"""The import services the commands and the admin call."""

from pathlib import Path

from django.db import transaction

from wagtail.models import Site

from newsstand.articles.models import SectionPage
from newsstand.core.models import HomePage
from newsstand.core.outbound import DEFAULT_POLICY, FetchPolicy, fetch

from .article import ArticleImport, create_draft
from .downloads import Downloads
from .errors import ImportAborted
from .export import scan_export
from .report import ImportReport
from .webpage import extract_article
from .wordpress import Progress, run_import


def import_wordpress(
    *,
    export: Path,
    media_dir: Path | None = None,
    fetch_media: bool = False,
    allow_hosts: tuple[str, ...] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a WordPress export (WXR) into the default site; re-running updates.

    The whole file is checked first, so a malformed or hostile export raises
    `ImportAborted` before anything is written. With `dry_run`, everything runs
    and is then rolled back (no image files are copied into the library, though
    `fetch_media` still downloads into its folder, for the real run). With `fetch_media`,
    files not in `media_dir` are fetched from the old site (see downloads).
    """
    if media_dir is not None and not media_dir.is_dir():
        raise ImportAborted(f"The media folder {media_dir} doesn't exist.")
    index = scan_export(export)
    home, site = _home_and_site()
    downloads = None
    if fetch_media:
        downloads = Downloads(
            index.site.base_blog_url or index.site.base_site_url or index.site.link, allow_hosts
        )
        downloads.check_writable()
    arguments = {
        "export": export,
        "index": index,
        "home": home,
        "site": site,
        "media_dir": media_dir,
        "downloads": downloads,
        "dry_run": dry_run,
        "progress": progress,
    }
    if not dry_run:
        return run_import(**arguments)
    with transaction.atomic():
        report = run_import(**arguments)
        transaction.set_rollback(True)
    return report


def _home_and_site() -> tuple[HomePage, Site]:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        raise ImportAborted('The default site has no home page: run "manage.py migrate" first.')
    return home, site


def import_article_html(
    *,
    html: bytes | str,
    section: SectionPage,
    url: str = "",
    user=None,
    policy: FetchPolicy = DEFAULT_POLICY,
    fetch_image: bool = False,
) -> ArticleImport:
    """A draft article in `section` from a saved or pasted page; `url` is where it came from.
    Nothing is fetched from the network unless `fetch_image` (the lead image).

    Raises ArticleNotFound when the page has no article text.
    """
    article = extract_article(html, url=url)
    with transaction.atomic():
        return create_draft(
            article, section=section, user=user, policy=policy, fetch_image=fetch_image
        )


def import_article_url(
    *, url: str, section: SectionPage, user=None, policy: FetchPolicy = DEFAULT_POLICY
) -> ArticleImport:
    """Fetch `url` (refusing unsafe addresses) and import its article as a draft.

    Raises FetchRefused or ArticleNotFound.
    """
    fetched = fetch(url, policy=policy)
    return import_article_html(
        html=fetched.content,
        section=section,
        url=fetched.url,
        user=user,
        policy=policy,
        fetch_image=True,
    )
