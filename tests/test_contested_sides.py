"""Whose side (issue 14, item 3): relative references, armed groups named by place or backer, reported
claims, and the initiator dispute. Inputs are fictional events in the project's own words."""

from __future__ import annotations

from typing import Any

import pytest

from casus.actors import country_index
from casus.events.participants import Perspective, describe
from casus.incidents.disputes import disputes
from casus.incidents.holders import enrich
from casus.model import Source
from casus.nlp import load_nlp
from tests.conftest import coder

ERI_MOD = Source(id="s1", name="Ministry of Defence of Eritrea", kind="military", country="ERI", sector="MIL")


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def code():
    run = coder("2026-03-04")
    return lambda text: run(text).to_json()


def _actor(nlp, text: str, word: str, perspective: Perspective):
    parsed = nlp(text)
    head = next(t for t in parsed if t.text == word)
    return describe(head, perspective, text)


# -- the country dictionary ---------------------------------------------------------------------------
def test_stan_names_give_their_stem_as_demonym():
    found = country_index().find("Uzbek border guards met Kazakh officials")
    assert [m.iso3 for m in found] == ["UZB", "KAZ"]


def test_a_country_before_a_participle_is_a_mention():
    found = country_index().find("the Chad-based rebels and Libya-backed fighters")
    assert [(m.text, m.iso3) for m in found] == [("Chad", "TCD"), ("Libya", "LBY")]
    assert country_index().find("the Franco-German brigade") == []


# -- perspective words --------------------------------------------------------------------------------
def test_enemy_of_an_unattributed_statement_is_the_other_side_not_its_own(nlp):
    text = ("The Ministry of Defence of Eritrea reported movements of Ethiopian artillery. "
            "At dawn the enemy shelled a border post near Tesseney in Eritrea.")
    # the most named country is the statement's own: "the enemy" must not become it
    view = Perspective(None, "ERI", False, [(4, 34, ERI_MOD)])
    enemy = _actor(nlp, text, "enemy", view)
    assert enemy is not None and enemy.country == "ETH"


def test_a_side_whose_country_is_unknown_names_no_enemy(nlp):
    text = "Eritrea and Ethiopia traded fire. The enemy shelled a border post."
    view = Perspective(None, "ERI", False, [])
    enemy = _actor(nlp, text, "enemy", view)
    assert enemy is None or enemy.country is None


def test_our_servicemen_in_a_statements_own_voice_are_its_side(nlp):
    text = "The Ministry of Defence of Eritrea reports. Our servicemen returned fire at the enemy."
    view = Perspective(None, "ETH", False, [(4, 34, ERI_MOD)])
    ours = _actor(nlp, text, "servicemen", view)
    assert ours is not None and (ours.country, ours.sector) == ("ERI", "MIL")


def test_its_neighbour_is_the_other_country_of_the_dyad(nlp):
    text = "Ethiopia and Eritrea met in May. On Monday Eritrea said its neighbour was moving troops to the border."
    speaker = Source(id="s2", name="Eritrea", kind="country", country="ERI", sector="GOV")
    view = Perspective(speaker, "ETH", True, [])
    neighbour = _actor(nlp, text, "neighbour", view)
    assert neighbour is not None and neighbour.country == "ETH"


def test_militants_in_a_country_are_its_side(nlp):
    text = "A barrage of rockets was fired by militants in Somalia at the border post."
    militants = _actor(nlp, text, "militants", Perspective())
    assert militants is not None and (militants.country, militants.sector) == ("SOM", "REB")


def test_the_maker_of_a_weapon_is_not_its_user(nlp):
    text = "Eritrean troops fired US-made rockets at the post."
    rockets = _actor(nlp, text, "rockets", Perspective())
    assert rockets is None or rockets.country != "USA"


def test_coordinated_countries_keep_their_own_country(nlp):
    text = "Eritrea and Ethiopia accused each other of shelling the border villages."
    # attribution found one source for the whole subject; "Ethiopia" is still Ethiopia
    eritrea = Source(id="s1", name="Eritrea", kind="country", country="ERI", sector="GOV")
    view = Perspective(None, None, False, [(0, 20, eritrea)])
    ethiopia = _actor(nlp, text, "Ethiopia", view)
    assert ethiopia is not None and ethiopia.country == "ETH"


# -- reported claims ---------------------------------------------------------------------------------
def test_a_claim_the_speaker_calls_fabricated_is_the_other_sides_position(code):
    record = code("ASMARA, 4 March 2026 - The Eritrean Ministry of Defence said on Wednesday that Ethiopian "
                  "units shelled its border posts near Tesseney at dawn.\n\n"
                  "\"Ethiopia's claims that our units opened fire first are fabricated,\" the ministry said.")
    reported = [e for e in enrich(record) if "fabricated" in e["evidence"]["text"] and e["event"] == "ASSAULT"]
    assert reported, "the reported attack is an event"
    event = reported[0]
    assert event["status"] != "asserted"
    assert event["said_by"]["country"] == "ETH"
    says = {(h["country"], h["says"]) for h in event["held_by"]}
    assert ("ETH", "yes") in says and ("ERI", "no") in says


# -- the initiator dispute ---------------------------------------------------------------------------
def _attack(doc: str, eid: str, attackers: list[str], holder: tuple[str, str | None]) -> dict[str, Any]:
    said = {"name": holder[0], "country": holder[1], "kind": "military"}
    return {"doc_id": doc, "id": eid, "event": "ASSAULT", "status": "asserted",
            "actors": [{"text": c, "name": c, "country": c, "sector": "MIL"} for c in attackers],
            "recipients": [], "locations": [], "toll": {"dead": {}, "injured": {}},
            "evidence": {"start": 0, "end": 4, "text": f"{eid} text"}, "said_by": said,
            "held_by": [{**said, "says": "yes"}]}


def _initiator(events: list[dict[str, Any]]) -> dict[str, set[str | None]]:
    found = next((d for d in disputes(events) if d["about"] == "initiator"), None)
    assert found is not None, "an initiator dispute"
    return {p["value"]: set(p["source_countries"]) for p in found["positions"]}


def test_a_side_own_country_is_never_the_attacker_it_names():
    events = [
        # the statement's heading and body merged: both countries on the attacking side
        _attack("d1", "e1", ["ERI", "ETH"], ("Ministry of Defence of Eritrea", "ERI")),
        _attack("d2", "e1", ["ETH"], ("Ministry of Defence of Ethiopia", "ETH")),  # its own strike first
        _attack("d2", "e2", ["ERI"], ("Ministry of Defence of Ethiopia", "ETH")),
    ]
    assert _initiator(events) == {"ETH": {"ERI"}, "ERI": {"ETH"}}


def test_each_side_accusing_the_other_is_an_initiator_dispute(code):
    record = code("Eritrea and Ethiopia accused each other of shelling border villages on 3 March 2026.\n\n"
                  "Artillery fire hit the village of Adi Keshi on 3 March 2026, killing two farmers, "
                  "local officials said.")
    events = enrich(record)
    assert any(e["event"] == "ASSAULT" for e in events)
    assert _initiator([e for e in events if e["event"] == "ASSAULT"]) == {"ETH": {"ERI"}, "ERI": {"ETH"}}


def test_a_government_accusation_is_its_position(code):
    wire = code("The government of Eritrea accused Ethiopia of shelling its border posts on 3 March 2026, "
                "killing two soldiers.")
    other = code("Ethiopia's Ministry of Defence said Eritrean troops attacked its positions near the "
                 "border on 3 March 2026.")
    events = [e for r in (wire, other) for e in enrich(r) if e["event"] == "ASSAULT"]
    positions = _initiator(events)
    assert "ERI" in positions["ETH"] and "ETH" in positions["ERI"]


@pytest.mark.parametrize("form, iso3", [("Ecuadorian", "ECU"), ("Ecuadorean", "ECU"), ("Argentinian", "ARG"),
                                        ("Ecuadorians", "ECU")])
def test_a_demonym_spelt_with_ian_or_ean_names_its_country(form, iso3):
    found = country_index().find(f"The {form} army said its positions came under fire.")
    assert [m.iso3 for m in found] == [iso3]
