"""Settings come from the environment, and production settings are safe."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "k7Q2" * 12,
    "DJANGO_DEBUG": "false",
    "DJANGO_ALLOWED_HOSTS": "tietopankki.example.fi",
    "DATABASE_URL": "sqlite:///:memory:",
}


def run_django(code_or_args, env):
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    clean_env["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=ROOT, env=clean_env, capture_output=True, text=True
    )


def test_site_refuses_to_start_without_secret_key_when_debug_is_off():
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY": ""}
    result = run_django(["manage.py", "check"], env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_mode_runs_without_secret_key():
    result = run_django(["manage.py", "check"], {"DJANGO_DEBUG": "true"})
    assert result.returncode == 0, result.stderr


def test_production_settings_pass_check_deploy_without_any_warning():
    result = run_django(["manage.py", "check", "--deploy", "--fail-level", "DEBUG"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_invalid_boolean_in_environment_is_reported_by_name():
    result = run_django(["manage.py", "check"], {**PRODUCTION_ENV, "DJANGO_DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be true or false" in result.stderr


def read_setting(env, expression):
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = run_django(["-c", code], env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_database_url_selects_postgresql_with_persistent_checked_connections():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://portal:pw@db.internal:5432/tietopankki"}
    database = read_setting(
        env,
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'], "
        "settings.DATABASES['default']['CONN_MAX_AGE'], "
        "settings.DATABASES['default']['CONN_HEALTH_CHECKS']",
    )
    assert database == "django.db.backends.postgresql tietopankki 600 True"


def test_database_defaults_to_sqlite_file_in_project_folder():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "DATABASE_URL"}
    name = read_setting(env, "settings.DATABASES['default']['NAME']")
    assert name == str(ROOT / "db.sqlite3")


def test_redis_url_switches_cache_to_redis_shared_by_all_app_servers():
    env = {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/1"}
    backend = read_setting(env, "settings.CACHES['default']['BACKEND']")
    assert backend == "portal.redis_cache.FaultTolerantRedisCache"
    assert read_setting(env, "settings.SESSION_ENGINE").endswith("cached_db")
    assert read_setting(PRODUCTION_ENV, "settings.CACHES['default']['BACKEND']").endswith(
        "LocMemCache"
    )


def test_allowed_hosts_and_csrf_origins_are_lists_from_environment():
    env = {
        **PRODUCTION_ENV,
        "DJANGO_ALLOWED_HOSTS": "a.example.fi, b.example.fi",
        "DJANGO_CSRF_TRUSTED_ORIGINS": "https://a.example.fi",
    }
    assert read_setting(env, "settings.ALLOWED_HOSTS") == "['a.example.fi', 'b.example.fi']"
    assert read_setting(env, "settings.CSRF_TRUSTED_ORIGINS") == "['https://a.example.fi']"


def test_security_headers_are_sent(client):
    response = client.get("/fi/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_plain_http_is_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/fi/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/fi/"


def test_https_terminated_at_proxy_is_recognised(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/fi/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert "Strict-Transport-Security" in response.headers


def test_health_check_is_not_redirected_for_plain_http_probes(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200


def test_no_asset_is_loaded_from_another_site():
    """Templates and the tabbed admin's jQuery UI come from our own static files."""
    assert settings.JQUERY_UI_URL == "jquery-ui/jquery-ui.min.js"
    for template in (ROOT / "templates").rglob("*.html"):
        text = template.read_text()
        assert "//cdn" not in text and "googleapis" not in text, template


def test_one_trusted_proxy_by_default_in_production_and_none_in_development():
    assert read_setting(PRODUCTION_ENV, "settings.TRUSTED_PROXY_HOPS") == "1"
    assert read_setting({"DJANGO_DEBUG": "true"}, "settings.TRUSTED_PROXY_HOPS") == "0"
    env = {**PRODUCTION_ENV, "DJANGO_TRUSTED_PROXY_HOPS": "2"}
    assert read_setting(env, "settings.TRUSTED_PROXY_HOPS") == "2"


def test_the_replaced_forwarded_for_switch_is_refused_with_its_successor_named():
    result = run_django(
        ["manage.py", "check"], {**PRODUCTION_ENV, "DJANGO_TRUST_X_FORWARDED_FOR": "false"}
    )
    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXY_HOPS" in result.stderr
