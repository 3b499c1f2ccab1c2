"""Settings for the portal, read from the environment (see README, "Settings")."""

import os
from pathlib import Path

import dj_database_url
import xstatic.pkg.jquery_ui
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


# --- The environment schema: every setting a deployment may change. ---------------------------


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if not value:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it, or set DJANGO_DEBUG=true for development."
        )
    SECRET_KEY = "development-only-key-never-used-in-production-" + "x" * 20

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Persistent connections: closing them after each request made a list page 2.5x slower.
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: PostgreSQL compiles a statement whose estimated cost is high, as
    # the facet counts' and the rankings' are, and compiling took longer than running them
    # (docs/performance.md: a gap page's statement 99 ms, 59 of them compiling).
    # Added to any options DATABASE_URL gives, not instead of them.
    db_options = DATABASES["default"].setdefault("OPTIONS", {})
    db_options["options"] = f"{db_options.get('options', '')} -c jit=off".strip()

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis backend, for which a Redis that does not answer is an empty cache.
            "BACKEND": "portal.redis_cache.FaultTolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tietopankki",
        }
    }
    # Sessions in the database stay valid across app servers and while Redis is down; the
    # cache only speeds them up.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous visitors' pages are cached whole until the content changes; 0 turns it off.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 600)

EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", default=False)
# The portal's public address, for links in e-mails sent outside a request (cron jobs).
SITE_URL = env_str("DJANGO_SITE_URL")
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "tietopankki@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Applications -------------------------------------------------------------------------------

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "portal.staticfiles.StaticFilesConfig",
    "django.contrib.sitemaps",
    # The trigram lookups of "Did you mean …?" (portal.spelling) on PostgreSQL.
    "django.contrib.postgres",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "csp",
    "simple_history",
    "portal",
    "networks",
    "practices",
    "monitoring",
    # The shared priority rounds rank candidates for the practices' regional priorities.
    "rounds",
    "agreements",
    # Meetings and events link to the agreement versions, practices and priorities: below all.
    "events",
    # Public hearings open agreement versions to everyone: above agreements, like events.
    "hearings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # The open data may be read from any origin (CORS_* below); above anything that answers.
    "corsheaders.middleware.CorsMiddleware",
    # 304 for a page or a record the client already has (ETag, Last-Modified), cached or not.
    "django.middleware.http.ConditionalGetMiddleware",
    # Before anything reads the request: PostgreSQL cannot take a NUL character.
    "portal.nul_characters.RefuseNulCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below the HTTPS redirect and static files, above the session: see portal.caching.
    "portal.caching.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who changed content, and through which page (portal.history).
    "simple_history.middleware.HistoryRequestMiddleware",
    "portal.history.context.HistoryUnitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.staff_sessions.StaffSessionIdleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.language_alternates",
                "portal.context_processors.navigation",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"

# --- Languages ----------------------------------------------------------------------------------

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Short dates, as in Finland in both languages (portal/formats).
FORMAT_MODULE_PATH = ["portal.formats"]
USE_TZ = True
TIME_ZONE = "Europe/Helsinki"

MODELTRANSLATION_DEFAULT_LANGUAGE = "fi"
MODELTRANSLATION_LANGUAGES = ("fi", "sv")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("fi", "sv")
# The tabbed admin would load jQuery UI from a CDN; serve the packaged copy instead.
JQUERY_UI_URL = "jquery-ui/jquery-ui.min.js"

# --- Static and uploaded files ------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [("jquery-ui", xstatic.pkg.jquery_ui.BASE_DIR)]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Security -----------------------------------------------------------------------------------

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies in front of the app servers append to X-Forwarded-For: the visitor's
# address (for the rate limits) is the entry the nearest of them appended. 0: none, the
# address the request came from.
TRUSTED_PROXY_HOPS = env_int("DJANGO_TRUSTED_PROXY_HOPS", 0 if DEBUG else 1)
if TRUSTED_PROXY_HOPS < 0:
    raise ImproperlyConfigured("DJANGO_TRUSTED_PROXY_HOPS must be 0 or more.")
if env_str("DJANGO_TRUST_X_FORWARDED_FOR"):
    raise ImproperlyConfigured(
        "DJANGO_TRUST_X_FORWARDED_FOR is replaced by DJANGO_TRUSTED_PROXY_HOPS: the number of "
        "proxies in front of the app servers that append to X-Forwarded-For (0 for none)."
    )
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
# Staff sessions end after this long without activity (portal.staff_sessions); others last
# Django's two weeks.
STAFF_SESSION_IDLE_MINUTES = env_int("DJANGO_STAFF_SESSION_IDLE_MINUTES", 8 * 60)
if STAFF_SESSION_IDLE_MINUTES < 1:
    raise ImproperlyConfigured("DJANGO_STAFF_SESSION_IDLE_MINUTES must be 1 or more.")
X_FRAME_OPTIONS = "DENY"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}

# Demo users with published passwords exist only where DEBUG is on (see load_demo).
DEMO_USERS_ALLOWED = DEBUG

# --- The open-data API (portal.api) -------------------------------------------------------------

REST_FRAMEWORK = {
    # Public data only, the same for everyone: no login, so no session and no CSRF.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_CLASSES": ["portal.api_throttle.PerClientThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api": env_str("DJANGO_API_RATE", "120/minute")},
    "DEFAULT_SCHEMA_CLASS": "portal.api_schema.PortalSchema",
    "DEFAULT_VERSIONING_CLASS": None,
}
API_MAX_AGE = env_int("DJANGO_API_MAX_AGE", 60)  # seconds a client may reuse an answer
SPECTACULAR_SETTINGS = {
    "TITLE": "Kotoutumisen tietopankki – Kunskapsbanken för integration",
    "DESCRIPTION": (
        "Open data of the Ostrobothnian integration knowledge bank: practices and their "
        "evidence, sources, priorities, actors, integration paths, municipalities, indicators "
        "and signed letters of intent. Every text in Finnish and Swedish."
    ),
    "VERSION": "1",
    "LICENSE": {
        "name": env_str("DJANGO_CONTENT_LICENCE_NAME", "CC BY 4.0"),
        "url": env_str(
            "DJANGO_CONTENT_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
        ),
    },
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {"EvidenceLevel": "practices.evidence.EvidenceLevel"},
}
# The organisation that keeps the portal, named as the publisher in the DCAT-AP catalogue
# (the portal's own name when empty).
OPEN_DATA_PUBLISHER = env_str("DJANGO_OPEN_DATA_PUBLISHER")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified", "Retry-After")
