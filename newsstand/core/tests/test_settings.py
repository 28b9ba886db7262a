"""Configuration from the environment, checked in fresh processes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage

MANAGE = str(settings.BASE_DIR / "manage.py")


def manage(*args, tmp_path, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", **env)
    return subprocess.run(
        [sys.executable, MANAGE, *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_checks(tmp_path):
    ManifestStaticFilesStorage(location=tmp_path).save_manifest()  # as collectstatic leaves it
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        tmp_path=tmp_path,
        DJANGO_SETTINGS_MODULE="newsstand.settings.production",
        SECRET_KEY="k" * 10 + "-a-long-random-production-secret-value-1234567890",
        ALLOWED_HOSTS="news.example",
        STATIC_ROOT=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = manage(
        "check",
        tmp_path=tmp_path,
        DJANGO_SETTINGS_MODULE="newsstand.settings.production",
        ALLOWED_HOSTS="news.example",
    )
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_bad_boolean_is_a_clear_error(tmp_path):
    result = manage(
        "check", tmp_path=tmp_path, DJANGO_SETTINGS_MODULE="newsstand.settings.dev", DEBUG="maybe"
    )
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_sqlite_is_tuned_for_several_editors(tmp_path):
    script = (
        "from django.db import connection\n"
        "cursor = connection.cursor()\n"
        "cursor.execute('PRAGMA journal_mode'); print(cursor.fetchone()[0])\n"
        "cursor.execute('PRAGMA busy_timeout'); print(cursor.fetchone()[0])\n"
        "print(connection.settings_dict['OPTIONS']['transaction_mode'])\n"
    )
    result = manage(
        "shell", "-c", script, tmp_path=tmp_path, DJANGO_SETTINGS_MODULE="newsstand.settings.test"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["wal", "20000", "IMMEDIATE"]


def test_time_zone_defaults_to_lagos():
    assert settings.TIME_ZONE == "Africa/Lagos"


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="tests SQLite's write locking and its tuning; the SQLite run (`make test`) covers it",
)
def test_four_editors_can_publish_at_once(tmp_path):
    script = Path(__file__).parent / "scripts" / "concurrent_publish.py"
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'editors.sqlite3'}"}
    environment["PYTHONPATH"] = str(settings.BASE_DIR)
    result = subprocess.run(
        [sys.executable, str(script)], env=environment, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0/40"


def test_the_served_app_keeps_its_start_up_objects_out_of_full_collections(tmp_path):
    """deploy/serve loads newsstand.wsgi, which freezes what loading the app made."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsstand.settings.test"}
    environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    script = "import gc, newsstand.wsgi; print(gc.get_freeze_count(), len(gc.get_objects()))"
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    frozen, tracked = map(int, done.stdout.split())
    assert frozen > 50_000
    assert tracked < frozen / 10
