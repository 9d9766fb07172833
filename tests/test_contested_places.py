"""Places of contested incidents (issue 14, item 6): datelines and speaking capitals are no event
places, an incident lists each place once, and the gazetteer's namesakes abroad stay out.

Inputs are fictional and in the project's own words."""

from __future__ import annotations

import sys

import pytest

from casus.geo import Geocoder, roles
from casus.geo.distinct import distinct
from casus.geo.gazetteer import gazetteer
from casus.geo.recognize import Mention, recognize
from casus.incidents import incident_record
from casus.ingest.dateline import dateline_place_spans as dateline_spans

resolve_module = sys.modules["casus.geo.resolve"]  # the package re-exports the function under the same name


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in dateline_spans(text)]


def test_dateline_shapes() -> None:
    text = ("QUITO, May 3 (Andes Wire) — Artillery hit a border post.\n"
            "LIMA, Peru/QUITO – Both sides said the shelling stopped at dawn.\n"
            "CUENCA, 4.05.2031 /Andes Wire/. The governor said the roads were open again.\n"
            "Tumbes: the morning after\n"
            "Piura (the northern region) was quiet on Tuesday, residents said.\n")
    assert _spans(text) == ["QUITO", "LIMA, Peru/QUITO", "CUENCA"]


def test_a_dateline_with_a_region_and_a_country_in_brackets() -> None:
    """Written for this test: "City (Region) [Country], date (Agency):" is one dateline, its country the
    bracketed one, and the text after it is the sentence."""
    from casus.events.participants import dateline_country
    from casus.ingest.dateline import find_datelines

    text = "Pune (Maharashtra) [India], May 3 (Deccan Wire): The state police arrested two men on Friday."
    assert _spans(text) == ["Pune (Maharashtra) [India]"]
    assert dateline_country(text, 40) == "IND"
    ((start, dateline),) = find_datelines(text)
    assert text[start + dateline.length:].startswith("The state police")


def test_title_case_dateline_heads_a_paragraph_not_a_headline() -> None:
    text = ("Machala: shelling resumes\n"
            "Machala: The provincial governor said on Friday that two shells fell on the market of the town "
            "and that the schools would stay closed until further notice.\n")
    assert _spans(text) == ["Machala"]


@pytest.fixture(scope="module")
def nlp():
    from casus.nlp import load_nlp

    return load_nlp()


def test_roles_of_places(nlp) -> None:
    text = ("QUITO, May 3 (Andes Wire) — Lima denied that its troops shelled the town of Tumbes, prompting Quito "
            "to claim the opposite. Officials from Lima met. Lima-backed militias and the Machala battalion "
            "withdrew at 04:00 (03:00 Lima time).")
    doc = nlp(text)
    mentions = recognize(doc, gazetteer())
    found = [(m.text, r) for m, r in zip(mentions, roles(doc, mentions), strict=True)]
    assert found[0] == ("QUITO", "dateline")
    assert ("Tumbes", None) in found
    assert [r for t, r in found if t == "Lima"] == ["seat", "seat", "modifier", "modifier"]
    assert ("Quito", "seat") in found
    assert ("Machala", "modifier") in found


def test_geocoder_keeps_the_dateline_as_a_document_place_with_its_role(nlp) -> None:
    from casus.model import Document

    text = "QUITO, May 3 (Andes Wire) — Artillery shelled the town of Tumbes on Monday, the army said."
    doc = Document(id="0" * 64, path="wire.txt", text=text)
    doc.parsed = nlp(text)
    Geocoder()(doc)
    places = {p.span.text: p.to_json() for p in doc.places}
    assert places["QUITO"]["role"] == "dateline"
    assert places["Tumbes"]["role"] is None


def test_dateline_city_is_no_event_location() -> None:
    """Needs the event coder to leave places with a role out of event locations (events/code.py)."""
    from casus.ingest.documents import document_from_record
    from casus.pipeline import default_pipeline

    text = ("CUENCA, May 3 (Andes Wire) — Peruvian artillery shelled the Ecuadorian town of Huaquillas on "
            "Monday, killing two soldiers, the Ecuadorian army said.")
    doc = default_pipeline().run(document_from_record({"text": text, "date": "2031-05-04"}, "wire.txt"))
    names = {loc["text"] for e in doc.events for loc in e.locations}
    assert "Huaquillas" in names
    assert "CUENCA" not in names


def _loc(name: str, geonameid: int | None, precision: str, admin2: str | None = None, lat: float = -3.0,
         lon: float = -80.0, country: str = "ECU", admin1: str | None = "El Oro") -> dict:
    return {"name": name, "geonameid": geonameid, "country": country, "admin1": admin1, "admin2": admin2,
            "lat": lat, "lon": lon, "precision": precision}


def test_distinct_places() -> None:
    town = _loc("Arenillas", 1, "town", admin2="Arenillas Canton")
    district = _loc("Arenillas Canton", 2, "admin2", lat=-3.05)
    other_spelling = _loc("Arenilla", 3, "town", admin2="Arenillas Canton", lat=-3.01)
    neighbour = _loc("Huaquillas", 4, "town", admin2="Huaquillas Canton", lat=-3.47)
    country = _loc("Ecuador", 5, "country", admin1=None, lat=-1.5, lon=-78.0)
    far_lookalike = _loc("Arenilla", 6, "town", admin2="Arenillas Canton", lat=-5.0)  # 220 km away
    out = distinct([country, district, town, dict(town), other_spelling, neighbour, far_lookalike])
    assert [(x["name"], x["geonameid"]) for x in out] == [("Arenillas", 1), ("Huaquillas", 4), ("Arenilla", 6)]


def test_distinct_keeps_countries_with_no_place_inside() -> None:
    out = distinct([_loc("Ecuador", 5, "country", admin1=None), _loc("Tumbes", 7, "town", country="PER",
                                                                      admin1="Tumbes", lat=-3.57)])
    assert [x["name"] for x in out] == ["Ecuador", "Tumbes"]


def test_incident_places_are_distinct() -> None:
    def event(doc: str, locations: list[dict]) -> dict:
        count = {"low": None, "best": None, "high": None, "text": None, "of": None}
        return {"id": "e1", "event": "ASSAULT", "mode": None, "context": [], "quad": "material-conflict",
                "actors": [], "recipients": [], "locations": locations, "mentions": [],
                "time": {"start": "2031-05-03", "end": "2031-05-03", "precision": "day", "text": None, "how": "body"},
                "toll": {"dead": dict(count), "injured": dict(count)}, "claim": None, "status": "asserted",
                "evidence": {"start": 0, "end": 1, "text": "x"}, "acled": {"event_type": None, "sub_event_type": None},
                "cameo": None, "said_by": {"name": None, "country": None, "kind": "outlet"},
                "held_by": [{"name": None, "country": None, "kind": "outlet", "says": "yes"}], "doc_id": doc,
                "published": "2031-05-04", "publisher": None, "url": None, "path": doc, "sides": ["ECU"],
                "incident": "i1"}

    events = [event("a", [_loc("Arenillas Canton", 2, "admin2")]),
              event("b", [_loc("Arenillas", 1, "town", admin2="Arenillas Canton")])]
    record = incident_record("i1", events)
    assert [x["name"] for x in record["locations"]] == ["Arenillas"]


def _mention(text: str, how: str = "ner", hint: str | None = None) -> Mention:
    return Mention(0, len(text), text, hint, how)


def test_namesake_village_abroad_is_dropped() -> None:
    mentions = [_mention(t) for t in ("Tumbes", "Piura", "Lima", "Quito", "Petrova")]
    chosen = resolve_module.resolve(mentions, gazetteer(), ["PER", "ECU"])
    assert [p.country if p else None for p in chosen] == ["PER", "PER", "PER", "ECU", None]


def test_capital_name_is_not_lent_to_a_town_by_alias() -> None:
    mentions = [_mention(t) for t in ("Maringá", "Paranavaí", "Londrina", "Luanda")]
    *_, place = resolve_module.resolve(mentions, gazetteer(), ["BRA", "BRA"])
    assert place is not None and place.country == "AGO"


def test_curated_region_beats_a_namesake_town() -> None:
    mentions = [_mention(t) for t in ("Macas", "Sucúa", "Gualaquiza", "Sinai")]
    *_, place = resolve_module.resolve(mentions, gazetteer(), ["ECU", "ECU"])
    assert place is not None and place.kind == "region"


def test_admin_area_under_its_written_type_word() -> None:
    (place,) = resolve_module.resolve([_mention("Loja Province", "list", "admin")], gazetteer(), ["ECU"])
    assert place is not None and place.kind == "admin1" and place.country == "ECU"


def test_names_joined_by_and_are_one_place(nlp) -> None:
    doc = nlp("Ships from Trinidad and Tobago and Peru docked.")
    assert "Trinidad and Tobago" in [m.text for m in recognize(doc, gazetteer())]


def test_a_dateline_with_a_countrys_small_words_or_a_bare_agency() -> None:
    """Written for this test: "of" and "and" inside a dateline's country, and an agency's acronym set bare after
    the date, still close a dateline."""
    from casus.ingest.dateline import find_dateline

    found = find_dateline("BUNIA, Democratic Republic of Congo (AFP) - Militiamen burned a market.", True)
    assert found is not None and found.city == "BUNIA"
    found = find_dateline("MOSTAR, Bosnia and Herzegovina (AP) - Police closed the bridge.", True)
    assert found is not None and found.city == "MOSTAR"
    found = find_dateline("Kumasi, March 3, GNA - The regional police commander said the roads were open.", True)
    assert found is not None and (found.city, found.agency) == ("Kumasi", "GNA")
