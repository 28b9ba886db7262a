"""With DEBUG off and static files not collected, manage.py says so before readers get 500s."""

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.core.checks import run_checks
from django.test import override_settings

from .test_scaleout_settings import PRODUCTION
from .test_settings import manage

MANIFEST_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def static_errors() -> list:
    return [message for message in run_checks() if message.id == "core.E001"]


def test_a_missing_manifest_is_an_error_until_static_files_are_collected(db, tmp_path):
    with override_settings(DEBUG=False, STORAGES=MANIFEST_STORAGES, STATIC_ROOT=tmp_path):
        [error] = static_errors()
        assert error.is_serious()
        assert str(tmp_path) in error.msg and "500" in error.msg
        assert "manage.py collectstatic --noinput" in error.hint

        ManifestStaticFilesStorage(location=tmp_path).save_manifest()  # as collectstatic does
        assert static_errors() == []


def test_no_error_with_debug_on_or_without_a_manifest_storage(db, tmp_path):
    with override_settings(DEBUG=True, STORAGES=MANIFEST_STORAGES, STATIC_ROOT=tmp_path):
        assert static_errors() == []
    with override_settings(DEBUG=False, STATIC_ROOT=tmp_path):  # the test settings' storage
        assert static_errors() == []


def test_production_commands_stop_with_the_hint_and_collectstatic_still_runs(tmp_path):
    static = {"STATIC_ROOT": str(tmp_path / "static"), **PRODUCTION}
    result = manage("migrate", "--noinput", tmp_path=tmp_path, **static)
    assert result.returncode != 0
    assert "core.E001" in result.stderr
    assert "Run `manage.py collectstatic --noinput`" in result.stderr

    collect = manage("collectstatic", "--noinput", "--dry-run", tmp_path=tmp_path, **static)
    assert collect.returncode == 0, collect.stderr
