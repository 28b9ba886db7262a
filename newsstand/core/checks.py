"""System checks: a setup mistake reported by `manage.py`, before a reader meets it."""

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.checks import Error


def static_manifest(app_configs, **kwargs) -> list[Error]:
    """With DEBUG off, a manifest storage names every static file from collectstatic's
    manifest: without it, every page fails with a server error (500)."""
    if settings.DEBUG or not isinstance(staticfiles_storage, ManifestFilesMixin):
        return []
    storage = staticfiles_storage
    if storage.manifest_storage.exists(storage.manifest_name):
        return []
    return [
        Error(
            f"Static files have not been collected: {storage.manifest_name} is missing from "
            f"STATIC_ROOT ({settings.STATIC_ROOT}), so with DEBUG off every page would fail "
            "with a server error (500).",
            hint="Run `manage.py collectstatic --noinput` with the same settings, or turn DEBUG "
            "on for development.",
            id="core.E001",
        )
    ]
