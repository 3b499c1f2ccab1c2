"""Every public form says which of its fields may be left empty, in the field's label
(WCAG 3.3.2, Labels or Instructions): a visitor should not learn what is required only when
the form comes back with an error. The fields the browser requires carry `required`."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.html_checks import unmarked_optional_fields
from tests.html_elements import element, text_of
from tests.portal.test_input_purpose import PRACTICE, form_pages

# The "in use" form needs the municipality or the organisation, either one: their help says so.
EITHER_OR = ("municipality", "organisation")


@pytest.mark.django_db
def test_the_public_forms_mark_the_fields_that_may_be_left_empty(client, demo_content):
    found = {}
    for path in form_pages():
        response = client.get(path)
        assert response.status_code == 200, path
        lang = path.split("/")[1]
        found[path] = unmarked_optional_fields(response.content.decode(), lang, EITHER_OR)
    assert {path: names for path, names in found.items() if names} == {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "municipality_help", "organisation_help"),
    [
        ("fi", "tai molemmat", "Ilman kuntaa nimeä jokin portaalin toimijoista"),
        ("sv", "eller båda", "Utan kommun, ange en av portalens aktörer"),
    ],
)
def test_the_in_use_form_says_that_it_needs_the_municipality_or_the_organisation(
    client, demo_content, lang, municipality_help, organisation_help
):
    with translation.override(lang):
        path = reverse("practices:propose-adoption", kwargs={"slug": PRACTICE})
    html = client.get(path).content.decode()
    for tag, name, words in (
        ("select", "municipality", municipality_help),
        ("input", "organisation", organisation_help),
    ):
        control = element(html, tag, name=name)
        assert control.get("required") is None
        (help_id,) = control.get("aria-describedby").split()
        assert words in text_of(element(html, "div", id=help_id))
