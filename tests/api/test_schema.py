"""The API's OpenAPI 3 schema: generated from the code, valid, and every answer matches it,
whatever a client sends (schemathesis fuzzes the API against it: no 5xx)."""

import pytest
import schemathesis
import yaml
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.specs.openapi.checks import positive_data_acceptance

from portal.wsgi import application

pytestmark = pytest.mark.django_db
SCHEMA = "/api/v1/schema/"
EXAMPLES = 15  # per operation: about 400 requests in all


def test_the_schema_is_valid_openapi_3(client):
    response = client.get(SCHEMA)
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["license"]["name"] == "CC BY 4.0"
    assert {"/api/v1/practices/", "/api/v1/practices/{slug}/", "/api/v1/observations/"} <= set(
        schema["paths"]
    )


def test_the_schema_is_also_json(client):
    response = client.get(SCHEMA, {"format": "json"})
    assert response.status_code == 200 and response.json()["openapi"].startswith("3.")


def test_the_schema_generates_without_warnings(tmp_path):
    """Every field and filter's type is known, none guessed."""
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "s.yaml"))


@pytest.fixture
def connection_kept_between_requests():
    """The WSGI application closes the database connection after each request, which would
    end the test's transaction on PostgreSQL; Django's test client keeps it open alike."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    yield
    for signal in signals:
        signal.connect(close_old_connections)


def test_no_answer_breaks_the_schema_or_the_server(demo_content, connection_kept_between_requests):
    """Each operation with generated parameters, valid and not: every answer is one the
    schema describes, and none is a server error."""
    schema = schemathesis.openapi.from_wsgi(f"{SCHEMA}?format=json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:

        @given(operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
        def answers_as_described(case):
            # A slug the schema allows may name no record: 400 says which, and that is right.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        answers_as_described()
