"""Production: everything secure by default; SECRET_KEY and ALLOWED_HOSTS are required."""

from .base import *  # noqa: F403
from .base import env, env_bool, env_int, require

DEBUG = False
SECRET_KEY = require("SECRET_KEY", SECRET_KEY)  # noqa: F405
require("ALLOWED_HOSTS", env("ALLOWED_HOSTS"))

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
