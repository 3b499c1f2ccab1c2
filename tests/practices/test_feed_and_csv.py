"""The list's results as a CSV download, and new practices as an Atom feed."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from practices.models import Practice
from tests.practices.catalogue import make_catalogue, published

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def catalogue(db):
    return make_catalogue()


def url(name, language="fi"):
    with translation.override(language):
        return reverse(name)


def csv_rows(response):
    """The rows as Finnish and Swedish Excel read them: semicolons between the cells."""
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    assert text.splitlines()[0].count(";") == 7
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_csv_has_a_row_for_each_practice_of_the_filtered_result(client, catalogue):
    response = client.get(url("practices:export-csv"), {"theme": "tyollisyys", "sort": "title"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header == [
        "Otsikko",
        "Tiivistelmä",
        "Näytön aste",
        "Teemat",
        "Kohderyhmät",
        "Alkuperä",
        "Kunnat",
        "Verkko-osoite",
    ]
    assert [row[0] for row in rows] == [
        "Alkukartoitus työnhakijoille",
        "Kotoutumiskoulutus verkossa",
        "Työnantajien verkosto",
    ]
    training = rows[1]
    assert training[2] == "5 – Vahva näyttö"
    assert training[3] == "Kieli, Työllisyys"
    assert training[4] == "Nuoret"
    assert training[5] == "Kansallinen (Suomi)"
    assert training[6] == "Beeta"
    with translation.override("fi"):
        detail = Practice.objects.get(slug="verkkokurssi").get_absolute_url()
    assert training[7] == f"http://testserver{detail}"


def test_csv_in_swedish_has_swedish_titles(client, catalogue):
    header, *rows = csv_rows(client.get(url("practices:export-csv", "sv"), {"q": "arbetsgivarna"}))
    assert header[0] == "Rubrik"
    assert [row[0] for row in rows] == ["Nätverk för arbetsgivare"]


def test_csv_holds_every_result_not_only_one_page_and_no_drafts(client, catalogue):
    for number in range(30):
        published(number + 100, slug=f"extra-{number}", title_fi=f"Lisä {number:02}")
    header, *rows = csv_rows(client.get(url("practices:export-csv")))
    assert len(rows) == 34
    titles = {row[0] for row in rows}
    assert "Alkukartoitus luonnoksena" not in titles and "Vanha alkukartoitus" not in titles


def test_csv_cells_that_a_spreadsheet_would_run_are_written_as_text(client, catalogue):
    published(1, slug="kaava", title_fi="=HYPERLINK(1)", summary_fi="+1")
    header, *rows = csv_rows(client.get(url("practices:export-csv"), {"q": "hyperlink"}))
    assert rows[0][:2] == ["'=HYPERLINK(1)", "'+1"]


def test_csv_with_invalid_filters_leaves_them_out(client, catalogue):
    response = client.get(url("practices:export-csv"), {"theme": "dragon", "stage": "x\x01"})
    assert response.status_code == 200
    assert len(csv_rows(response)) == 5


@pytest.mark.parametrize("extra", [0, 30])
def test_csv_makes_a_constant_number_of_queries(
    client, catalogue, django_assert_num_queries, extra
):
    for number in range(extra):
        practice = published(number + 100, slug=f"extra-{number}", title_fi=f"Lisä {number}")
        practice.themes.set(catalogue["practices"][1].themes.all())
    # The practices, then their themes, target groups and municipalities.
    with django_assert_num_queries(4):
        client.get(url("practices:export-csv"), {"theme": "kieli"})


def test_feed_is_atom_with_the_newest_practices_first(client, catalogue):
    response = client.get(url("practices:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}title").text == "Uudet käytännöt – Kotoutumisen tietopankki"
    # RFC 4287: a feed whose entries have no author of their own must name one.
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Kotoutumisen tietopankki – Pohjanmaa"
    assert feed.find(f"{ATOM}id").text and feed.find(f"{ATOM}updated").text
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "Työnantajien verkosto",
        "Järjestö mentorina",
        "Kotoutumiskoulutus verkossa",
        "Alkukartoitus työnhakijoille",
    ]
    first = entries[0]
    assert first.find(f"{ATOM}summary").text == "Hankkeen tavoite on parempi työllisyys."
    link = first.find(f"{ATOM}link").get("href")
    assert link.startswith("http://testserver/fi/")
    published_at = Practice.objects.get(slug="tyonantajaverkosto").published_at
    assert first.find(f"{ATOM}published").text.startswith(published_at.strftime("%Y-%m-%dT"))


def test_swedish_feed_has_swedish_titles_and_links(client, catalogue):
    feed = ET.fromstring(client.get(url("practices:feed", "sv")).content)
    entry = feed.findall(f"{ATOM}entry")[0]
    assert entry.find(f"{ATOM}title").text == "Nätverk för arbetsgivare"
    assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/sv/")


def test_feed_summaries_are_plain_text_so_readers_show_markup_as_written(client, catalogue):
    summary = 'Opas <b>työnantajille</b> & <img src=x onerror="alert(1)"> kunnille'
    published(0, slug="merkinnat", title_fi="Merkinnät <i>otsikossa</i>", summary_fi=summary)
    body = client.get(url("practices:feed")).content
    entry = ET.fromstring(body).findall(f"{ATOM}entry")[0]
    written = entry.find(f"{ATOM}summary")
    # type="text": a feed reader shows the text as written, never as HTML.
    assert written.get("type") == "text"
    assert written.text == summary
    assert entry.find(f"{ATOM}title").get("type") in (None, "text")
    assert entry.find(f"{ATOM}title").text == "Merkinnät <i>otsikossa</i>"
    assert b'type="html"' not in body


def test_feed_holds_the_latest_twenty_and_no_drafts(client, catalogue):
    for number in range(25):
        published(number + 100, slug=f"extra-{number}", title_fi=f"Lisä {number}")
    feed = ET.fromstring(client.get(url("practices:feed")).content)
    titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert len(titles) == 20
    assert "Alkukartoitus luonnoksena" not in titles
    assert titles[:4] == [
        "Työnantajien verkosto",
        "Järjestö mentorina",
        "Kotoutumiskoulutus verkossa",
        "Alkukartoitus työnhakijoille",
    ]
