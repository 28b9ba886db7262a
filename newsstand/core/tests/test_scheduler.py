"""Scheduled publishing fires through `run_scheduler`."""

import io
from datetime import timedelta

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from newsstand.articles.factories import ArticlePageFactory
from newsstand.articles.models import ArticlePage
from newsstand.core.testing import make_schedule_due


def schedule(page, due: bool):
    page.go_live_at = timezone.now() + timedelta(days=1)
    page.save_revision().publish()
    if due:
        make_schedule_due(page)


def test_run_scheduler_publishes_due_pages_and_leaves_future_ones(client, section):
    due = ArticlePageFactory(parent=section, title="Due now", live=False, first_published_at=None)
    later = ArticlePageFactory(
        parent=section, title="Due next week", live=False, first_published_at=None
    )
    schedule(due, due=True)
    schedule(later, due=False)
    assert not ArticlePage.objects.get(pk=due.pk).live

    call_command("run_scheduler", "--once", stdout=io.StringIO())

    assert ArticlePage.objects.get(pk=due.pk).live
    assert not ArticlePage.objects.get(pk=later.pk).live
    listing = client.get(section.url).content.decode()
    assert "Due now" in listing
    assert "Due next week" not in listing


def test_run_scheduler_rejects_a_bad_interval():
    with pytest.raises(CommandError):
        call_command("run_scheduler", "--once", "--interval", "0", stdout=io.StringIO())


def test_the_scheduler_keeps_sqlite_statistics_fresh(db, settings, monkeypatch):
    from django.db import connection

    from newsstand.core import statistics

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's autovacuum keeps its own statistics")
    monkeypatch.setattr(statistics, "_last_run", None)
    out = io.StringIO()
    call_command("run_scheduler", "--once", stdout=out)
    assert "SQLite statistics refreshed" in out.getvalue()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
        assert cursor.fetchone()[0] > 0
    out = io.StringIO()
    call_command("run_scheduler", "--once", stdout=out)  # not due again for hours
    assert "SQLite statistics" not in out.getvalue()
