"""The scale-out configuration chosen from the environment, checked in fresh processes."""

import json
import os
import subprocess
import sys

from .test_settings import MANAGE


def manage(*args, tmp_path, **env):
    """manage.py in a fresh process whose environment holds only what the test sets."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "CLOUDFLARE_", "CLOUDFRONT_", "DJANGO_"))
        and key not in {"DATABASE_URL", "REDIS_URL", "CONN_MAX_AGE", "FRONTEND_CACHE_PURGE_URL"}
    }
    environment.update(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    environment.update(env)
    return subprocess.run(
        [sys.executable, MANAGE, *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "newsstand.settings.production",
    "SECRET_KEY": "k" * 10 + "-a-long-random-production-secret-value-1234567890",
    "ALLOWED_HOSTS": "news.example",
}
DUMP = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'storage': s.STORAGES['default'], 'db': s.DATABASES['default'], "
    "'apps': s.INSTALLED_APPS, 'caches': s.CACHES['default'], 'session': s.SESSION_ENGINE, "
    "'frontend': s.WAGTAILFRONTENDCACHE, 'csp_img': [str(v) for v in s.SECURE_CSP['img-src']], "
    "'docs_serve': getattr(s, 'WAGTAILDOCS_SERVE_METHOD', None), 'mail': s.MAILERS['default'], "
    "'from': s.DEFAULT_FROM_EMAIL}, default=str))"
)


def production_settings(tmp_path, **env) -> dict:
    result = manage("shell", "-c", DUMP, tmp_path=tmp_path, **{**PRODUCTION, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_defaults_are_one_machine(tmp_path):
    found = production_settings(tmp_path)
    assert found["storage"]["BACKEND"] == "newsstand.core.storage.MediaStorage"
    assert found["db"]["ENGINE"] == "django.db.backends.sqlite3"
    assert found["db"]["CONN_MAX_AGE"] == 600  # SQLite too: a connection per thread, kept
    assert found["caches"]["BACKEND"].endswith("LocMemCache")
    assert found["frontend"] == {}
    # No mail server named: the machine's own, as Django assumes (and `check --deploy` wants).
    assert found["mail"]["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert found["mail"]["OPTIONS"] | {"timeout": None} == {
        "host": "localhost",
        "port": 25,
        "username": "",
        "password": "",
        "use_tls": False,
        "timeout": None,
    }


def test_development_writes_mail_to_files(tmp_path):
    found = production_settings(tmp_path, DJANGO_SETTINGS_MODULE="newsstand.settings.dev")
    assert found["mail"]["BACKEND"] == "django.core.mail.backends.filebased.EmailBackend"
    assert found["mail"]["OPTIONS"]["file_path"].endswith("var/mail")


def test_mail_goes_through_smtp_when_a_host_is_named(tmp_path):
    found = production_settings(
        tmp_path,
        EMAIL_HOST="smtp.news.example",
        EMAIL_PORT="465",
        EMAIL_HOST_USER="newsroom",
        EMAIL_HOST_PASSWORD="s3cret",
        EMAIL_USE_TLS="false",
        DEFAULT_FROM_EMAIL="Eko Ledger <news@news.example>",
    )
    assert found["mail"]["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert found["mail"]["OPTIONS"] == {
        "host": "smtp.news.example",
        "port": 465,
        "username": "newsroom",
        "password": "s3cret",
        "use_tls": False,
        "timeout": 10,
    }
    assert found["from"] == "Eko Ledger <news@news.example>"


def test_media_go_to_s3_when_a_bucket_is_named(tmp_path):
    found = production_settings(
        tmp_path,
        AWS_STORAGE_BUCKET_NAME="news-media",
        AWS_S3_REGION_NAME="eu-west-1",
        AWS_S3_CUSTOM_DOMAIN="media.news.example",
    )
    assert found["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = found["storage"]["OPTIONS"]
    assert options["bucket_name"] == "news-media"
    assert options["region_name"] == "eu-west-1"
    assert options["querystring_auth"] is False  # cached pages can't hold expiring URLs
    assert "https://media.news.example" in found["csp_img"]
    assert found["docs_serve"] == "serve_view"  # private documents keep their checks


def test_s3_media_urls_use_the_custom_domain(tmp_path):
    script = (
        "from django.core.files.storage import storages; d = storages['default']; "
        "print(type(d).__name__, d.url('images/lead.jpg'))"
    )
    result = manage(
        "shell",
        "-c",
        script,
        tmp_path=tmp_path,
        **PRODUCTION,
        AWS_STORAGE_BUCKET_NAME="news-media",
        AWS_S3_CUSTOM_DOMAIN="media.news.example",
        AWS_ACCESS_KEY_ID="test",
        AWS_SECRET_ACCESS_KEY="test",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["S3Storage", "https://media.news.example/images/lead.jpg"]


def test_postgres_keeps_connections_with_health_checks(tmp_path):
    found = production_settings(
        tmp_path, DATABASE_URL="postgres://news:secret@127.0.0.1:5432/news", CONN_MAX_AGE="120"
    )
    assert found["db"]["ENGINE"] == "django.db.backends.postgresql"
    assert found["db"]["CONN_MAX_AGE"] == 120
    assert found["db"]["CONN_HEALTH_CHECKS"] is True
    assert "django.contrib.postgres" in found["apps"]


def test_redis_holds_the_cache_and_sessions(tmp_path):
    found = production_settings(tmp_path, REDIS_URL="redis://127.0.0.1:6379/0")
    assert found["caches"]["BACKEND"] == "newsstand.core.cache_backends.FailOpenRedisCache"
    assert found["session"] == "django.contrib.sessions.backends.cached_db"


def test_purge_backends_follow_the_environment(tmp_path):
    found = production_settings(
        tmp_path,
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:8081",
        CLOUDFLARE_ZONE_ID="zone",
        CLOUDFLARE_API_TOKEN="token",
    )
    assert found["frontend"]["nginx"] == {
        "BACKEND": "newsstand.core.frontend_cache.NginxBackend",
        "LOCATION": "http://127.0.0.1:8081",
    }
    assert found["frontend"]["cloudflare"]["ZONEID"] == "zone"


def test_cloudflare_without_a_token_is_a_clear_error(tmp_path):
    result = manage("check", tmp_path=tmp_path, **PRODUCTION, CLOUDFLARE_ZONE_ID="zone")
    assert result.returncode != 0
    assert "set CLOUDFLARE_API_TOKEN too" in result.stderr
