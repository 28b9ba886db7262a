"""Every page type passes the Nu HTML Checker with no errors (the demo's every page is
checked by the demo's own test)."""

from newsstand.core.testing import sqlite_run_only
from newsstand.core.tests import nu
from newsstand.core.tests.every_page_type import build


@sqlite_run_only
def test_every_page_type_is_valid_html(client, home, tmp_path):
    assert nu.errors(client, build(home), tmp_path) == []
