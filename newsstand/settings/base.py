"""Settings shared by every environment, read from the process environment.

Each variable is documented in docs/configuration.md.
"""

import importlib.util
import os
from pathlib import Path

import dj_database_url

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PACKAGE_DIR = BASE_DIR / "newsstand"


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "newsstand.core",
    "newsstand.images",
    "newsstand.people",
    "newsstand.articles",
    "newsstand.series",
    "newsstand.music",
    "newsstand.charts",
    "newsstand.info",
    "newsstand.discovery",
    "newsstand.distribution",
    "newsstand.readership",
    "newsstand.followers",
    "newsstand.twofactor",
    "newsstand.imports",
    "newsstand.demo",
    "django_tasks_db",
    "anymail",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "newsstand.readership.middleware.ViewCounterMiddleware",
    "newsstand.core.middleware.MergeSlashesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsstand.core.pagecache.PageCacheMiddleware",
    "newsstand.core.routing.RoutingMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "newsstand.twofactor.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsstand.core.middleware.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "newsstand.core.middleware.PreviewWritesNothingMiddleware",
    "newsstand.core.middleware.NotFoundPageMiddleware",  # DEBUG only
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "newsstand.urls"
WSGI_APPLICATION = "newsstand.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite by default, tuned so several editors can publish at once.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"),
}
DEFAULT_SQLITE_FILE = BASE_DIR / "var" / "newsstand.sqlite3"
if not env("DATABASE_URL"):
    DEFAULT_SQLITE_FILE.parent.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{DEFAULT_SQLITE_FILE}"),
        # Persistent connections, one per app thread; PostgreSQL's are checked before reuse.
        # (Opening SQLite and setting it up cost ~2 ms a request, a tenth of a story's render.)
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
else:
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env("LANGUAGE_CODE", "en-gb")
TIME_ZONE = env("TIME_ZONE", "Africa/Lagos")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "newsstand.core.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Origins that serve media, allowed by the Content Security Policy below.
MEDIA_HOSTS = env_list("CSP_MEDIA_HOSTS")
# Media in S3-compatible object storage (django-storages, the `s3` extra) when a bucket is named.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    if importlib.util.find_spec("storages") is None:
        raise ImproperlyConfigured(
            "AWS_STORAGE_BUCKET_NAME is set but django-storages is not installed: "
            "pip install 'django-storages[s3]' (the project's `s3` extra)."
        )
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")  # e.g. a CDN in front of the bucket
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")  # non-AWS providers
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "endpoint_url": AWS_S3_ENDPOINT_URL or None,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN or None,
            "location": env("AWS_LOCATION"),
            "default_acl": None,  # the bucket's policy decides who may read
            "querystring_auth": False,  # cached pages must not carry expiring signed URLs
            "file_overwrite": False,
        },
    }
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_HOSTS.append(f"https://{AWS_S3_CUSTOM_DOMAIN}")
    elif AWS_S3_ENDPOINT_URL:
        MEDIA_HOSTS.append(AWS_S3_ENDPOINT_URL.rstrip("/"))
    else:
        MEDIA_HOSTS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    # Documents keep their privacy checks: the app streams them instead of linking to the bucket.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "newsstand.core.storage.TemporaryFileUploadHandler",
]
# Uploads larger than this are refused before they reach the image library.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# `import_wordpress --fetch-media`: the local copy of the old site's uploads, and the fetching.
IMPORT_MEDIA_DIR = Path(env("IMPORT_MEDIA_DIR", str(BASE_DIR / "var" / "import-media")))
IMPORT_MEDIA_TIMEOUT_SECONDS = 30  # per file
IMPORT_MEDIA_WORKERS = 4  # files fetched at once
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_AVIF_QUALITY = 55
WAGTAILIMAGES_WEBP_QUALITY = 75
WAGTAILIMAGES_JPEG_QUALITY = 78

WAGTAIL_SITE_NAME = env("SITE_NAME", "newsstand")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_FINDERS = []  # embeds render as link cards; nothing calls providers
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv", "xlsx"]

# The page cache and everything else share this cache: per-process memory by default,
# Redis (failing open, with short timeouts) when REDIS_URL is set.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "newsstand.core.cache_backends.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    # cached_db, not cache: reads come from Redis, but a Redis restart, an eviction under
    # page-cache memory pressure or an outage (the cache fails open) never logs editors out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
PAGE_CACHE_ALIAS = "default"
# After Redis fails, each process leaves it alone this long before trying again.
CACHE_BREAKER_SECONDS = 5
# How often each process checks for a change Redis missed while down (core/pagecache.py).
PAGE_CACHE_PENDING_CHECK_SECONDS = 2
# Without Redis, each process has its own page cache; this file tells them all of a publish.
PAGE_CACHE_GENERATION_FILE = Path(
    env("PAGE_CACHE_GENERATION_FILE", str(BASE_DIR / "var" / "pagecache-generation"))
)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)  # shared caches (ours, a CDN)
PAGE_CACHE_BROWSER_SECONDS = 60
PAGE_CACHE_STALE_SECONDS = 600

# Purging caches in front of the app (nginx, a CDN) on change: see core/frontend_cache.py.
# wagtail.contrib.frontend_cache is used as a library and deliberately not installed as an app:
# its handlers would purge only a page's own URL, and ours purge every URL that could show it.
WAGTAILFRONTENDCACHE = {}
# Site-wide URLs that list content, purged on every change (tests check each one resolves).
FRONTEND_CACHE_SITE_PATHS = [
    "/feed/",
    "/feed/atom/",
    "/feed.json",
    "/sitemap.xml",
    "/sitemap-pages.xml",
    "/sitemap-editions.xml",
    "/sitemap-lyrics.xml",
    "/sitemap-artists.xml",
    "/news-sitemap.xml",
]
if env("FRONTEND_CACHE_PURGE_URL"):  # the purge server of deploy/nginx/newsstand.conf
    WAGTAILFRONTENDCACHE["nginx"] = {
        "BACKEND": "newsstand.core.frontend_cache.NginxBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_ZONE_ID"):
    if not env("CLOUDFLARE_API_TOKEN"):
        raise ImproperlyConfigured("CLOUDFLARE_ZONE_ID is set: set CLOUDFLARE_API_TOKEN too.")
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
    }
if env("CLOUDFRONT_DISTRIBUTION_ID"):  # credentials: boto3's usual AWS_* variables or role
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
    }

# Login protection: 5 failures for one account from one address lock it for an hour.
# Two-factor login for staff (docs/security.md): required for administrators and these groups.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
TWO_FACTOR_REQUIRED_GROUPS = ["Editors", "Moderators"]
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name authenticator apps show

AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "newsstand.core.net.client_ip"
AXES_LOCKOUT_CALLABLE = "newsstand.core.lockout.lockout_response"  # adds Retry-After
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "newsstand.core.lockout.PasswordResetForm"
PASSWORD_RESETS_PER_HOUR = 5  # mails per account
# How many reverse proxies in front of the app append to X-Forwarded-For.
# 0 means the header is ignored, so a forged one changes nothing.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Content Security Policy: strict on the public site. The Wagtail admin still
# relies on inline scripts, so it gets ADMIN_CSP (see core.middleware).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    # No nonce: a nonce in a cached page is the same for every reader. Our one script is
    # a file of ours ('self'); inline scripts are allowed by hash (core/csp.py).
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *MEDIA_HOSTS],
    "media-src": [CSP.SELF, *MEDIA_HOSTS],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:", *MEDIA_HOSTS],
    "frame-ancestors": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
}
ADMIN_PATH_PREFIXES = ("/admin/",)

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail previews opt back in to SAMEORIGIN

# How often `manage.py run_scheduler` publishes due pages (seconds).
SCHEDULER_INTERVAL = env_int("SCHEDULER_INTERVAL", 30)
# How often the scheduler refreshes SQLite's query-planner statistics (core/statistics.py).
SQLITE_ANALYZE_SECONDS = env_int("SQLITE_ANALYZE_SECONDS", 6 * 3600)

# Tags: "lagos" is the tag "Lagos"; names without a letter or digit are dropped (core/tags.py).
TAGGIT_CASE_INSENSITIVE = True
TAGGIT_TAGS_FROM_STRING = "newsstand.core.tags.parse"

# Email, through Django 6.1's mailers: the SMTP server EMAIL_HOST names, by default a mail
# server on this machine (localhost:25, as Django assumes). Development writes files instead.
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "newsstand@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 587 if env("EMAIL_HOST") else 25),
            "username": env("EMAIL_HOST_USER"),
            "password": env("EMAIL_HOST_PASSWORD"),
            "use_tls": env_bool("EMAIL_USE_TLS", bool(env("EMAIL_HOST"))),
            "timeout": 10,
        },
    }
}

# Background work (docs/followers.md): our slow jobs go to a database-backed queue that
# `manage.py db_worker --backend background` runs. Wagtail's own small jobs (reference
# index, file deletion) stay immediate, as they were.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# Followers (docs/followers.md): email newsletters and alerts.
FOLLOWERS_DIGEST_HOUR = env_int("FOLLOWERS_DIGEST_HOUR", 7)  # site time
FOLLOWERS_NEW_POST_HOURS = 24  # a post first published longer ago than this notifies no one
FOLLOWERS_BATCH_SIZE = 100  # deliveries a worker leases and sends over one connection
FOLLOWERS_LEASE_SECONDS = env_int("FOLLOWERS_LEASE_SECONDS", 600)
FOLLOWERS_RETRY_SECONDS = 60  # doubled after each failed attempt
FOLLOWERS_MAX_ATTEMPTS = 6
FOLLOWERS_SIGNUPS_PER_HOUR = env_int("FOLLOWERS_SIGNUPS_PER_HOUR", 20)  # per client address
FOLLOWERS_MAIL_INTERVAL_SECONDS = 600  # at most one confirmation or note per address
FOLLOWERS_BOUNCES_TO_SUPPRESS = 3
# An email service instead of SMTP (django-anymail): set MAILERS' BACKEND to its backend,
# e.g. "anymail.backends.postmark.EmailBackend", its key in ANYMAIL, and point the
# service's webhooks at /anymail/<service>/tracking/ with this user:password.
ANYMAIL = {"WEBHOOK_SECRET": env("ANYMAIL_WEBHOOK_SECRET")}
# Web push: notifications to browsers that ask. Off until a key is set; make one with
# `manage.py vapid_key`, and keep it: browsers subscribed with the key that goes with it.
WEBPUSH_VAPID_PRIVATE_KEY = env("WEBPUSH_VAPID_PRIVATE_KEY")
WEBPUSH_CONTACT = env("WEBPUSH_CONTACT", f"mailto:{DEFAULT_FROM_EMAIL}")  # for push services
# Push services whose endpoints we accept (and their subdomains): Chrome, Firefox, Edge, Safari.
WEBPUSH_SERVICES = [
    "fcm.googleapis.com",
    "push.services.mozilla.com",
    "notify.windows.com",
    "push.apple.com",
]
WEBPUSH_TEST_NETWORKS = []  # tests only: a local push service, over http

# Readership (docs/readership.md): counts of views per page and hour, nothing about readers.
VIEWS_RETENTION_DAYS = env_int("VIEWS_RETENTION_DAYS", 400)
VIEWS_FLUSH_SECONDS = env_int("VIEWS_FLUSH_SECONDS", 30)  # without Redis: each process's buffer
MOST_READ_SECONDS = env_int("MOST_READ_SECONDS", 300)  # how often the lists are recomputed
MOST_READ_COUNT = 5
# How long a process goes on showing the lists it has after a new ranking elsewhere.
MOST_READ_STAMP_SECONDS = 10
TRENDING_HOURS = 3  # trending compares these last hours with the day before them
TRENDING_MIN_VIEWS = 5

# Listing sizes
SECTION_PAGE_SIZE = 20
SEARCH_PAGE_SIZE = 10
SEARCH_QUERY_MAX_LENGTH = 200

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}


def require(name: str, value: str) -> str:
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value
