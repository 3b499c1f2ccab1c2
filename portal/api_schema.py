"""The API's OpenAPI schema (drf-spectacular), with the answers every endpoint may give
besides its records: a filter or page value not understood (400), no such record (404),
too many requests (429, with Retry-After)."""

from drf_spectacular.openapi import AutoSchema

DETAIL = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
FIELD_ERRORS = {
    "type": "object",
    "description": "For each parameter not understood, what was wrong with it.",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}


def answer(description, schema, headers=None):
    found = {"description": description, "content": {"application/json": {"schema": schema}}}
    if headers:
        found["headers"] = headers
    return found


class PortalSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method != "GET":
            return responses
        if self._is_list_view():
            responses["400"] = answer(
                "A filter or page value was not understood.", {"anyOf": [FIELD_ERRORS, DETAIL]}
            )
        responses["404"] = answer("No such record, or no such page.", DETAIL)
        responses["429"] = answer(
            "Too many requests from this address.",
            DETAIL,
            {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}},
        )
        return responses
