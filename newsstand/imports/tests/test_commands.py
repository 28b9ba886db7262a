"""The commands: thin wrappers that print progress and the report, and fail clearly."""

import re
from io import StringIO

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from newsstand.articles.factories import SectionPageFactory
from newsstand.articles.models import ArticlePage
from newsstand.imports import articles

from .conftest import NAIJABEAT, PAGES, item


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_import_wordpress_prints_progress_and_report(home, uploads):
    output = run("import_wordpress", str(NAIJABEAT), "--media", str(uploads))
    assert "18/18 posts" in output  # the progress bar's last state
    assert "Import of naijabeat.example" in output
    assert "Needs a look" in output and "Skipped" in output
    assert re.search(r"redirects created: 1\d\d\n", output)


def test_dry_run_says_so(home):
    output = run("import_wordpress", str(NAIJABEAT), "--dry-run")
    assert output.splitlines()[-1] != ""
    assert "Dry run (nothing was saved)" in output
    assert not ArticlePage.objects.exists()


def test_missing_export_and_media_folder(home, tmp_path):
    with pytest.raises(CommandError, match="Can't open"):
        run("import_wordpress", str(tmp_path / "nope.xml"))
    with pytest.raises(CommandError, match="media folder .* doesn't exist"):
        run("import_wordpress", str(NAIJABEAT), "--media", str(tmp_path / "nope"))


def test_failed_items_make_the_command_fail_after_the_report(home, write_wxr, monkeypatch):
    def broken(self, prepared, placement):
        raise ValueError("no good")

    monkeypatch.setattr(articles.Posts, "create", broken)
    with pytest.raises(CommandError, match="1 item\\(s\\) failed"):
        run("import_wordpress", str(write_wxr(item(1))))


def test_import_article_from_a_saved_page(home):
    SectionPageFactory(parent=home, title="News", slug="news")
    output = run("import_article", str(PAGES / "news-article.html"), "--section", "news")
    assert 'Created the draft "Ferry services resume on Lagos lagoon after safety review"' in output
    assert ArticlePage.objects.get().source_outlet == "Lagos Daily Ledger"


def test_import_article_errors(home):
    SectionPageFactory(parent=home, title="News", slug="news")
    with pytest.raises(CommandError, match="no section"):
        run("import_article", str(PAGES / "news-article.html"), "--section", "nope")
    with pytest.raises(CommandError, match="neither a file nor an http"):
        run("import_article", "ftp://example.com/x", "--section", "news")
    with pytest.raises(CommandError, match="loopback"):
        run("import_article", "http://127.0.0.1:9/story", "--section", "news")
    with pytest.raises(CommandError, match="No article text"):
        run("import_article", str(PAGES / "not-an-article.html"), "--section", "news")
