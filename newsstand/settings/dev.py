"""Local development: DEBUG on, a secret key kept in var/secret_key."""

import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR, env, env_bool

DEBUG = env_bool("DEBUG", True)
# The demo's accounts sign in with a password alone; anyone may still turn two-factor on.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)


def _local_secret_key() -> str:
    path = BASE_DIR / "var" / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def _local_vapid_key() -> str:
    """Web push works in development too, with a key of this machine's."""
    from newsstand.followers.vapid import new_private_key

    path = BASE_DIR / "var" / "vapid_private_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new_private_key())
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = SECRET_KEY or _local_secret_key()  # noqa: F405
WEBPUSH_VAPID_PRIVATE_KEY = WEBPUSH_VAPID_PRIVATE_KEY or _local_vapid_key()  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

if not env("EMAIL_HOST"):
    # No mail server here: one file per message in var/mail/, so submitting a page for
    # moderation (or any other mail) neither fails nor disappears.
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))},
        }
    }
