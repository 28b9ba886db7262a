"""S9: `kill -9` in the middle of publishing loses no acknowledged revision and leaves the
page tree whole.

A process publishes in a loop and prints `ACK <revision>` after each commit; it is killed
with SIGKILL at random moments, five times. Then every acknowledged revision must exist, no
page may point at a missing live or latest revision, and Wagtail's `fixtree` must find
nothing to fix. On SQLite here; on PostgreSQL in the outage module of the scale-out run.
"""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection

from newsstand.core.testing import manage

SCRIPT = Path(__file__).parent / "scripts" / "publish_until_killed.py"
KILLS = 5
INTEGRITY = """
import json
from wagtail.models import Page, Revision
acked = {acked}
live = dict(Page.objects.filter(pk__in=[int(p) for p in acked]).values_list("pk", "live_revision"))
print(json.dumps({{
    "missing": sorted(set(r for rs in acked.values() for r in rs) - set(Revision.objects.filter(pk__in=[r for rs in acked.values() for r in rs]).values_list("pk", flat=True))),
    "behind": sorted(p for p, rs in acked.items() if (live.get(int(p)) or 0) < max(rs)),
    "dangling_live": Page.objects.filter(live_revision__isnull=False).exclude(live_revision__in=Revision.objects.all()).count(),
    "dangling_latest": Page.objects.filter(latest_revision__isnull=False).exclude(latest_revision__in=Revision.objects.all()).count(),
    "pages": Page.objects.count(),
}}))
"""  # noqa: E501


def kill_while_publishing(env: dict[str, str], section: str) -> dict[int, list[int]]:
    """KILLS runs of the publishing loop, each SIGKILLed mid-stream; the revisions
    acknowledged, by page."""
    acked: dict[int, list[int]] = {}
    for _ in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, str(SCRIPT), section], env=env, stdout=subprocess.PIPE, text=True
        )
        first = process.stdout.readline()  # publishing has started
        assert first.startswith("ACK"), f"the loop didn't start (exit {process.wait()})"
        time.sleep(random.uniform(0.05, 1.0))
        process.send_signal(signal.SIGKILL)
        rest, _ = process.communicate()
        for line in [first, *rest.splitlines()]:
            _, page, revision = line.split()
            acked.setdefault(int(page), []).append(int(revision))
    return acked


def check_integrity(env: dict[str, str], acked: dict[int, list[int]]) -> dict:
    """Every acknowledged revision is there, and each page is live at its last acknowledged
    revision or a later one (published, then killed before it could say so)."""
    output = manage(env, "shell", "--no-imports", "-c", INTEGRITY.format(acked=acked))
    state = json.loads(output.splitlines()[-1])
    assert state["missing"] == [] and state["behind"] == []
    assert state["dangling_live"] == state["dangling_latest"] == 0
    # The page tree and the collection tree.
    assert manage(env, "fixtree", "--noinput").count("No problems found.") == 2
    return state


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL: test_database_outage")
@pytest.mark.django_db(transaction=True)  # the test database, copied outside any transaction
def test_kill_9_mid_publish_loses_no_acknowledged_revision_on_sqlite(tmp_path, django_db_blocker):
    database = tmp_path / "killed.sqlite3"
    with django_db_blocker.unblock(), closing(sqlite3.connect(database)) as copy:
        connection.ensure_connection()
        connection.connection.backup(copy)  # migrated already: faster than migrating
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    env["PYTHONPATH"] = str(settings.BASE_DIR)
    manage(env, "shell", "--no-imports", "-c", DESK)
    acked = kill_while_publishing(env, "desk")
    state = check_integrity(env, acked)
    print(
        f"\nS9 SQLite: {KILLS} kills, {sum(map(len, acked.values()))} acknowledged "
        "revisions, 0 missing, "
        f"{state['pages']} pages, fixtree clean"
    )


DESK = """
from conftest import ensure_home
from newsstand.articles.models import SectionPage
ensure_home().add_child(instance=SectionPage(title="Desk", slug="desk"))
"""
