"""Comparing up to three published practices side by side."""

import datetime
import re

import pytest
from django.test import Client, override_settings

from practices.models import Practice, TargetGroup, Theme
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import element, elements, text_of
from tests.practices.factories import PracticeFactory, assess, url_for
from tests.translated import translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_practices(db):
    group = TargetGroup.objects.create(
        slug="nuoret", **translated(name_fi="Nuoret", name_sv="Unga")
    )
    theme = Theme.objects.create(slug="kieli", **translated(name_fi="Kieli", name_sv="Språk"))
    practices = []
    for slug, title_fi, title_sv, level in [
        ("alfa", "Alfakäytäntö", "Alfapraxis", 5),
        ("beeta", "Beetakäytäntö", "Betapraxis", 3),
        ("gamma", "Gammakäytäntö", "Gammapraxis", 1),
    ]:
        practice = PracticeFactory(
            slug=slug,
            title_fi=title_fi,
            title_sv=title_sv,
            cost_fi=f"Hinta {slug}",
            cost_sv=f"Pris {slug}",
            duration_fi=f"Kesto {slug}",
            results_fi=f"Tulokset {slug}",
            resources_fi=f"Resurssit {slug}",
            origin=Practice.Origin.REGIONAL,
        )
        practice.target_groups.set([group])
        practice.themes.set([theme])
        assess(practice, level, datetime.date(2024, 1, 1), rationale_fi=f"Syy {slug}")
        practices.append(practice)
    PracticeFactory(slug="delta", title_fi="Deltakäytäntö")
    PracticeFactory(slug="luonnos", status=Practice.Status.DRAFT, title_fi="Luonnoskäytäntö")
    return practices


def compare(client, slugs, lang="fi"):
    response = client.get(url_for("practices:compare", lang), {"p": slugs})
    assert response.status_code == 200
    return response.content.decode()


def test_two_practices_are_compared_side_by_side_in_a_table(client, three_practices):
    html = compare(client, ["beeta", "alfa"])
    table = html[html.index("<table") : html.index("</table>")]
    assert table.index("Beetakäytäntö") < table.index("Alfakäytäntö")
    assert table.count('<th scope="col">') == 2
    for text in (
        "5 – Vahva näyttö",
        "3 – Jonkin verran dokumentoitua näyttöä",
        "Syy alfa",
        "Nuoret",
        "Kieli",
        "Hinta beeta",
        "Kesto alfa",
        "Resurssit alfa",
        "Tulokset beeta",
        "Alueellinen (Pohjanmaa)",
    ):
        assert text in table
    assert "Gammakäytäntö" not in table
    assert elements(html, "div", class_="scroll-region compare-region", tabindex="0", role="region")


def test_comparison_reads_in_swedish(client, three_practices):
    html = compare(client, ["alfa", "beeta", "gamma"], "sv")
    assert "Alfapraxis" in html and "Pris gamma" in html and "Unga" in html
    assert '<span lang="fi">Kesto alfa</span>' in html


def test_the_columns_link_to_the_practices_and_remove_one_at_a_time(client, three_practices):
    html = compare(client, ["alfa", "beeta", "gamma"])
    assert f'href="{url_for("practices:detail", slug="alfa")}"' in html
    response = client.post(
        url_for("practices:compare-change"), {"p": ["alfa", "beeta", "gamma"], "remove": "beeta"}
    )
    assert response.status_code == 302
    assert response["Location"] == url_for("practices:compare") + "?p=alfa&p=gamma"
    html = client.get(response["Location"]).content.decode()
    table = html[html.index("<table") : html.index("</table>")]
    assert "Alfakäytäntö" in table and "Gammakäytäntö" in table and "Beeta" not in table
    assert "”Beetakäytäntö” poistettiin vertailusta." in html
    # What is left is the visitor's comparison too.
    html = client.get(url_for("practices:compare")).content.decode()
    assert (
        "Alfakäytäntö" in html
        and "Gammakäytäntö" in html
        and "Beetakäytäntö" not in html[: html.index('id="add-heading"')]
    )


def compare_button(html, change, slug, lang="fi"):
    """The form of the page's button that makes `change` ("add", "remove") to the comparison
    for `slug`, as a browser sends it."""
    action = url_for("practices:compare-change", lang)
    for form in elements(html, "form", method="post", action=action):
        hidden = elements(form, "input", type="hidden", name=True, value=True)
        fields = {field.get("name"): field.get("value") for field in hidden}
        if fields.get(change) == slug:
            return fields
    raise AssertionError(f"no button to {change} {slug}")


def add_button(html, slug, lang="fi"):
    return compare_button(html, "add", slug, lang)


def test_adding_from_practice_pages_adds_to_the_earlier_choice(client, three_practices):
    for slug in ("alfa", "beeta"):
        page = url_for("practices:detail", slug=slug)
        html = client.get(page).content.decode()
        response = client.post(url_for("practices:compare-change"), add_button(html, slug))
        assert response["Location"] == page
    html = client.get(page).content.decode()
    assert "Valittu vertailuun: 2/3" in html
    assert "Poista vertailusta" in html
    assert "”Beetakäytäntö” lisättiin vertailuun (2/3)." in html
    table = compare(client, [])
    assert "Alfakäytäntö" in table and "Beetakäytäntö" in table and "<table" in table


def test_adding_from_the_list_adds_and_the_list_shows_the_choice(client, three_practices):
    page = url_for("practices:list")
    html = client.get(page).content.decode()
    for slug in ("gamma", "alfa"):
        response = client.post(url_for("practices:compare-change"), add_button(html, slug))
        # Back to the practice in the list, not to its top: a keyboard user goes on from there.
        assert response["Location"] == f"{page}#practice-{slug}"
        assert f'<li class="practice-result" id="practice-{slug}">' in html
    html = client.get(page).content.decode()
    bar = html[html.index('class="compare-bar"') :]
    assert bar.index("Gammakäytäntö") < bar.index("Alfakäytäntö")
    assert f'href="{url_for("practices:compare")}?p=gamma&amp;p=alfa"' in bar


def test_the_row_of_a_chosen_practice_says_so_where_the_visitor_lands(client, three_practices):
    """The list is remembered the same for everyone; a visitor who added a practice lands
    on its row, which must show that it is chosen, and can take it out from there."""
    page = url_for("practices:list")
    client.post(
        url_for("practices:compare-change"), add_button(client.get(page).content.decode(), "beeta")
    )
    html = client.get(page).content.decode()
    assert_valid_html(html)
    row = element(html, "li", id="practice-beeta")
    assert "Valittu vertailuun" in text_of(row)
    assert "Poista vertailusta: Beetakäytäntö" in text_of(element(row, "button"))
    assert "Lisää vertailuun" in text_of(element(html, "li", id="practice-alfa"))
    with pytest.raises(AssertionError):
        add_button(html, "beeta")
    # Another visitor, who chose nothing, gets the list as it was remembered.
    assert add_button(Client().get(page).content.decode(), "beeta")

    response = client.post(
        url_for("practices:compare-change"), compare_button(html, "remove", "beeta")
    )
    assert response["Location"] == f"{page}#practice-beeta"
    html = client.get(page).content.decode()
    assert add_button(html, "beeta")
    assert "”Beetakäytäntö” poistettiin vertailusta." in html


def test_a_practice_not_added_from_the_list_opens_the_page_at_the_message(client, three_practices):
    page = url_for("practices:list")
    for slug in ("alfa", "beeta", "gamma"):
        client.post(url_for("practices:compare-change"), {"add": slug, "next": page})
    html = client.get(page).content.decode()
    response = client.post(url_for("practices:compare-change"), add_button(html, "delta"))
    # The row would not change: the page opens where it says why.
    assert response["Location"] == f"{page}#messages"
    html = client.get(page).content.decode()
    assert "”Deltakäytäntö” jäi pois" in text_of(element(html, "div", id="messages"))


def test_a_fourth_practice_is_not_added_and_a_message_says_why(client, three_practices):
    for slug in ("alfa", "beeta", "gamma", "delta"):
        client.post(url_for("practices:compare-change"), {"add": slug})
    html = compare(client, [])
    table = html[html.index("<table") : html.index("</table>")]
    assert "Deltakäytäntö" not in table
    assert "Vertailla voi enintään kolmea käytäntöä kerrallaan: ”Deltakäytäntö” jäi pois." in html
    html = client.get(url_for("practices:detail", slug="delta")).content.decode()
    assert "Vertailuun on jo valittu kolme käytäntöä" in html


@pytest.mark.parametrize(
    "data",
    [
        {"add": "luonnos"},
        {"add": "ei-ole"},
        {"add": "<script>", "remove": "\x00"},
        {"p": ["x" * 500] * 50, "add": "alfa"},
        {"next": "https://evil.example/", "add": "alfa"},
        {"next": "//evil.example/", "add": "alfa"},
    ],
)
def test_odd_or_hostile_changes_never_break_and_never_leave_the_site(client, three_practices, data):
    response = client.post(url_for("practices:compare-change"), data)
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/")
    assert "Luonnoskäytäntö" not in compare(client, [])


def test_a_change_is_posted_not_fetched(client, three_practices):
    assert client.get(url_for("practices:compare-change"), {"add": "alfa"}).status_code == 405


def test_the_buttons_work_in_swedish(client, three_practices):
    page = url_for("practices:detail", "sv", slug="alfa")
    html = client.get(page).content.decode()
    assert "Lägg till i jämförelsen" in html
    client.post(url_for("practices:compare-change", "sv"), add_button(html, "alfa", "sv"))
    html = client.get(page).content.decode()
    assert "”Alfapraxis” lades till i jämförelsen (1/3)." in html


@override_settings(PAGE_CACHE_SECONDS=600)
def test_pages_of_visitors_who_chose_nothing_are_still_cached_whole(client, three_practices):
    for url in (url_for("practices:list"), url_for("practices:detail", slug="alfa")):
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"
    client.post(url_for("practices:compare-change"), {"add": "alfa"})
    response = client.get(url_for("practices:detail", slug="alfa"))
    assert "X-Page-Cache" not in response
    assert "Poista vertailusta" in response.content.decode()


@pytest.mark.parametrize("chosen", [1, 3])
def test_a_practice_page_with_a_comparison_makes_a_constant_number_of_queries(
    client, three_practices, django_assert_max_num_queries, chosen
):
    for practice in three_practices[:chosen]:
        client.post(url_for("practices:compare-change"), {"add": practice.slug})
    url = url_for("practices:detail", slug="alfa")
    client.get(url)
    # The session (none where Redis holds it), the practice's own record and the chosen
    # practices' titles; the rest of the record comes from the cache.
    with django_assert_max_num_queries(3):
        client.get(url)


@pytest.mark.parametrize("slugs", [[], ["alfa"]])
def test_with_fewer_than_two_practices_the_page_explains_how_to_choose(
    client, three_practices, slugs
):
    html = compare(client, slugs)
    assert "<table" not in html
    assert "Miten valitset vertailtavat käytännöt" in html
    assert '<select id="compare-add" name="add">' in html
    assert "Deltakäytäntö" in html and "Luonnoskäytäntö" not in html
    for slug in slugs:
        assert f'<input type="hidden" name="p" value="{slug}">' in html


def test_more_than_three_practices_compares_the_first_three_with_a_message(client, three_practices):
    html = compare(client, ["gamma", "beeta", "delta", "alfa"])
    table = html[html.index("<table") : html.index("</table>")]
    assert "Gammakäytäntö" in table and "Deltakäytäntö" in table
    assert "Alfakäytäntö" not in table
    assert "Vertailla voi enintään kolmea käytäntöä kerrallaan" in html
    assert 'id="compare-add"' not in html


@pytest.mark.parametrize(
    "slugs",
    [
        ["alfa", "ei-ole", "beeta"],
        ["alfa", "luonnos", "beeta"],
        ["alfa", "<script>", "beeta", "\x01", "x" * 500],
    ],
)
def test_unknown_or_unpublished_practices_are_left_out_with_a_message(
    client, three_practices, slugs
):
    html = compare(client, slugs)
    table = html[html.index("<table") : html.index("</table>")]
    assert "Alfakäytäntö" in table and "Beetakäytäntö" in table
    assert "Luonnoskäytäntö" not in html
    assert "<script>" not in html
    assert "ei löytynyt" in html


def test_repeated_practice_is_shown_once(client, three_practices):
    html = compare(client, ["alfa", "alfa", "beeta"])
    table = html[html.index("<table") : html.index("</table>")]
    assert table.count(">Alfakäytäntö</a>") == 1
    assert "ei löytynyt" not in html


def test_hundreds_of_values_never_break_the_page(client, three_practices):
    html = compare(client, [f"p{number}" for number in range(1000)])
    assert "Vertaile käytäntöjä" in html


@pytest.mark.parametrize("extra", [0, 10])
def test_comparison_makes_a_constant_number_of_queries(
    client, three_practices, django_assert_num_queries, extra
):
    for number in range(extra):
        group = TargetGroup.objects.create(
            slug=f"g{number}", **translated(name_fi="G", name_sv="G")
        )
        for practice in three_practices:
            practice.target_groups.add(group)
        PracticeFactory(slug=f"lisa{number}")
    with django_assert_num_queries(4):
        compare(client, ["alfa", "beeta", "gamma"])
    with django_assert_num_queries(5):
        compare(client, ["alfa", "beeta"])


@pytest.mark.parametrize(
    ("lang", "slugs"), [("fi", ["alfa", "beeta", "gamma"]), ("sv", ["alfa"]), ("fi", [])]
)
def test_compare_page_is_valid_html_with_headings_in_order(client, three_practices, lang, slugs):
    html = compare(client, slugs, lang)
    assert_valid_html(html)
    assert_document_structure(html)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("lang", "query"), [("fi", "?p=alfa&p=beeta&p=gamma"), ("sv", "?p=alfa")])
def test_compare_page_has_no_accessibility_violations(page, axe, three_practices, lang, query):
    page.goto(url_for("practices:compare", lang) + query)
    assert axe(page) == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_adding_from_the_list_in_a_browser_shows_the_change_on_the_row(page, axe, three_practices):
    """Many practices before it push the row down the page: the visitor lands on it and sees
    there that it was chosen, on a phone too."""
    for number in range(12):
        PracticeFactory(slug=f"a-{number:02}", title_fi=f"Aaa käytäntö {number:02}")
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(url_for("practices:list") + "?sort=title")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(r"^Lisää vertailuun\W+Gammakäytäntö$")).click()
    assert page.url.endswith("#practice-gamma")
    remove = page.get_by_role("button", name=re.compile(r"^Poista vertailusta\W+Gammakäytäntö$"))
    assert remove.is_visible()
    box = remove.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 640, box
    assert axe(page) == []
