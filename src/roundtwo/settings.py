"""The one settings module: values come from ROUNDTWO_* variables and DATABASE_URL."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url

from roundtwo import config

try:
    CONFIG = config.load()
except config.ConfigError as error:
    sys.exit(f"Round Two cannot start: {error}")

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent.parent
DATA_DIR = CONFIG.data_dir
HOSTED = CONFIG.hosted

SECRET_KEY = CONFIG.secret_key
DEBUG = CONFIG.debug
ALLOWED_HOSTS = CONFIG.allowed_hosts
ALLOW_SIGNUP = CONFIG.allow_signup

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "roundtwo.core",
    "roundtwo.accounts",
    "roundtwo.opportunities",
    "roundtwo.plan",
    "roundtwo.reflect",
    "roundtwo.research",
    "roundtwo.resume",
    "roundtwo.stories",
    "roundtwo.practice",
    "roundtwo.ask",
    "roundtwo.rehearse",
    "roundtwo.documents",
    "roundtwo.followup",
    "roundtwo.panel",
    "roundtwo.workspace",
    "roundtwo.backup",
    "roundtwo.background",
    "roundtwo.coaching",
    "roundtwo.organisations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "roundtwo.accounts.sessions.SessionTouchMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "roundtwo.core.upload_guard.UploadGuardMiddleware",  # after CSRF and sign-in: runs the view
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "roundtwo.urls"
WSGI_APPLICATION = "roundtwo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            # {% url %} and {% csrf_token %} made cheaper for pages with many of them
            "builtins": [
                "roundtwo.core.templatetags.cached_url",
                "roundtwo.core.templatetags.kept_csrf",
            ],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "roundtwo.core.context_processors.assets",
                "roundtwo.coaching.context_processors.unread_notifications",
            ],
        },
    },
]


def _databases() -> dict[str, Any]:
    if CONFIG.database_url:
        database = dj_database_url.parse(CONFIG.database_url, conn_max_age=60)
        if database["ENGINE"] == "django.db.backends.sqlite3":
            database["OPTIONS"] = _SQLITE_OPTIONS
        return {"default": database}
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "roundtwo.sqlite3",
            "OPTIONS": _SQLITE_OPTIONS,
        }
    }


# WAL lets the web app read while the worker writes; IMMEDIATE takes the write lock at the
# start of a transaction so two writers queue on the busy timeout instead of failing midway.
# synchronous=FULL syncs the WAL at every commit, so a saved answer survives a power cut too,
# not only a crash of the process (NORMAL may lose the last commits on power loss).
_SQLITE_OPTIONS: dict[str, Any] = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"),
}

DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes refuses sign-in after repeated failures; it must come before ModelBackend.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# A reset link works once (the token covers the password hash) and for an hour only.
PASSWORD_RESET_TIMEOUT = 3600
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "opportunities:dashboard"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# htmx comes pinned from the npm registry (package-lock.json): an installed wheel carries the
# copy made at packaging time (hatch_build.py); a checkout reads what ./dev put in node_modules
# first, so a new pin fetched by `npm ci` wins over the copy an older build left in src.
_PACKAGED_HTMX = PACKAGE_DIR / "assets" / "htmx"
_IN_CHECKOUT = (REPO_DIR / "pyproject.toml").is_file()
_HTMX_DIRS = [REPO_DIR / "node_modules" / "htmx.org" / "dist"] if _IN_CHECKOUT else []
_HTMX_DIRS.append(_PACKAGED_HTMX)
STATICFILES_DIRS = [
    ("vendor/htmx", folder) for folder in _HTMX_DIRS if (folder / "htmx.min.js").is_file()
][:1]


def _default_storage() -> dict[str, Any]:
    """User files (attachments, exports, day packs): the data directory, or an S3 bucket.

    The bucket (django-storages, `pip install "roundtwo[s3]"`) lets web processes and workers on
    different hosts share files; credentials come from the usual AWS_* variables or the host's
    role, never from these settings. Files stay private: no public ACL, signed short-lived URLs.
    """
    if not CONFIG.s3_bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options: dict[str, Any] = {
        "bucket_name": CONFIG.s3_bucket,
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": 300,
        "file_overwrite": False,
        "location": "roundtwo",
    }
    if CONFIG.s3_endpoint_url:
        options["endpoint_url"] = CONFIG.s3_endpoint_url
    if CONFIG.s3_region:
        options["region_name"] = CONFIG.s3_region
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES = {
    "default": _default_storage(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = DATA_DIR / "media"
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700

DATA_UPLOAD_MAX_MEMORY_SIZE = CONFIG.max_upload_mb * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
MAX_IMPORT_BYTES = CONFIG.max_upload_mb * 1024 * 1024

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Security: the same headers locally and hosted; hosted adds HTTPS-only cookies and HSTS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if HOSTED:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"roundtwo": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# Hosts exempt from the fetcher's public-address rule. Empty in the product; only the test
# settings add the loopback server that serves test pages.
FETCH_ALLOWED_HOSTS: list[str] = []

# Sign-in throttling (django-axes): five failures for one username, or from one client address,
# refuse every sign-in for them during 15 minutes, and each further failure restarts the wait.
# The refusal is the same for known and unknown usernames. Hosted behind a proxy, the client
# address is read from X-Forwarded-For only as far as ROUNDTWO_TRUSTED_PROXIES proxies vouch.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of successful sign-ins: only failures are kept
AXES_USERNAME_FORM_FIELD = "username"
AXES_CLIENT_IP_CALLABLE = "roundtwo.accounts.throttle.client_address"
AXES_LOCKOUT_CALLABLE = "roundtwo.accounts.throttle.refused"
TRUSTED_PROXIES = CONFIG.trusted_proxies
