"""Issue 14, tolls told in parts and by their own claimants: subtotals and lists of victims, absolute
clauses read as past tenses, a state's own forces, one claim per speech verb, a toll as what is said, and
state bodies the page names without their country.

Sentences are fictional, in casus's own words (a Chile-Peru and a Bolivia-Paraguay border clash that
never happened).
"""

from __future__ import annotations

from typing import Any

import pytest

from casus.events.toll import find_tolls
from casus.incidents.tolls import side_of_toll, toll
from casus.model import Document


@pytest.fixture(scope="module")
def nlp() -> Any:
    from casus.nlp import load_nlp
    return load_nlp()


def _tolls(nlp: Any, sentence: str) -> list[tuple[str, int | None, str | None]]:
    """(kind, best, victim head) of each toll the sentence states."""
    out = []
    for sent in nlp(sentence).sents:
        for m in find_tolls(sent, sentence):
            out.append((m.kind, m.count.best, m.victim.text if m.victim is not None else None))
    return out


# -- tolls in parts --------------------------------------------------------------------------------------
def test_a_total_including_its_parts_gives_each_part(nlp):
    found = _tolls(nlp, "The ministry said 13 people were killed, including eight civilians and five soldiers.")
    assert ("dead", 13, "people") in found
    assert ("dead", 8, "civilians") in found and ("dead", 5, "soldiers") in found


def test_a_raised_toll_broken_down_after_a_dash(nlp):
    found = _tolls(nlp, "The army said four guards died on Friday, taking the toll to 20 – 14 civilians and six "
                        "military.")
    assert ("dead", 20, None) in found
    assert ("dead", 14, "civilians") in found and ("dead", 6, "military") in found


def test_a_list_of_victims_gives_each_its_figure(nlp):
    found = _tolls(nlp, "Six soldiers and five civilians were injured in the shelling.")
    assert ("injured", 6, "soldiers") in found and ("injured", 5, "civilians") in found


def test_an_absolute_clause_read_as_a_past_tense(nlp):
    found = _tolls(nlp, "Fighting broke out on Monday, with two Chilean officials killed and six soldiers and "
                        "five civilians injured.")
    assert ("dead", 2, "officials") in found
    assert ("injured", 6, "soldiers") in found and ("injured", 5, "civilians") in found


def test_a_date_is_no_part_of_a_toll(nlp):
    assert [best for kind, best, _ in _tolls(nlp, "Nine people were killed, including two guards, on 3 May.")
            if kind == "dead"] == [2, 9]


# -- whose dead, and the conservative total -------------------------------------------------------------
def _event(best: int, of: dict[str, Any] | None, said: tuple[str, str | None, str], actors: tuple[str, ...] = (),
           start: int = 0) -> dict[str, Any]:
    sentence = f"Officials said {best} people were killed."
    count = {"low": best, "best": best, "high": best, "text": str(best), "of": of}
    empty = {"low": None, "best": None, "high": None, "text": None, "of": None}
    name, country, kind = said
    return {"id": f"e{best}", "doc_id": "d1", "event": "ASSAULT", "status": "asserted",
            "actors": [{"text": c, "name": c, "country": c, "sector": "MIL"} for c in actors], "recipients": [],
            "locations": [], "time": {"start": "2024-03-02", "end": "2024-03-02", "precision": "day"},
            "toll": {"dead": count, "injured": empty},
            "evidence": {"start": start, "end": start + len(sentence), "text": sentence},
            "said_by": {"name": name, "country": country, "kind": kind},
            "held_by": [{"name": name, "country": country, "kind": kind, "says": "yes"}], "published": None}


SOLDIERS = {"text": "five servicemen", "name": "servicemen", "country": None, "sector": "MIL"}


def test_a_states_forces_count_their_own_dead():
    army = ("Armed Forces of Chile", "CHL", "military")
    assert side_of_toll(_event(5, SOLDIERS, army, actors=("PER",)), "dead", ("CHL", "PER")) == "CHL"
    # the attacker's army telling whom it killed does not count its own dead; its men who died are its own
    killed = _event(5, SOLDIERS, army, actors=("CHL",))
    killed["trigger"] = {"text": "killed"}
    assert side_of_toll(killed, "dead", ("CHL", "PER")) == "?"
    died = _event(5, SOLDIERS, army, actors=("CHL",))
    died["trigger"] = {"text": "died"}
    assert side_of_toll(died, "dead", ("CHL", "PER")) == "CHL"
    # an outlet is no state body
    outlet = ("Daily Courier", None, "outlet")
    assert side_of_toll(_event(5, SOLDIERS, outlet, actors=("PER",)), "dead", ("CHL", "PER")) == "?"


def test_parts_of_one_sentences_total_do_not_lower_the_conservative_total():
    people = {"text": "13 people", "name": "people", "country": None, "sector": None}
    civilians = {"text": "eight civilians", "name": "civilians", "country": None, "sector": "CVL"}
    ministry = ("Ministry of Defence of Chile", "CHL", "military")
    events = [_event(13, people, ministry, actors=("PER",)), _event(8, civilians, ministry, actors=("PER",))]
    assert toll(events)["dead"]["best"] == 13
    apart = [events[0], _event(8, civilians, ministry, actors=("PER",), start=200)]  # another sentence's figure
    assert toll(apart)["dead"]["best"] == 8


# -- who states the figure -------------------------------------------------------------------------------
def _claims(doc: Document) -> list[tuple[str, str]]:
    names = {s.id: s.name for s in doc.sources}
    return [(names[c.source], c.content.text) for c in doc.claims]


@pytest.mark.usefixtures("tagger")
def test_each_speech_verb_is_its_own_claim(analyse):
    doc = analyse("A Chilean fire brigade chief said 300 people were killed and a health ministry official "
                  "said 500 were killed.")
    claims = _claims(doc)
    chief = [content for name, content in claims if "chief" in name]
    official = [content for name, content in claims if "official" in name]
    assert chief and official, claims
    assert "300" in chief[0] and "500" not in chief[0]
    assert "500" in official[0]


@pytest.mark.parametrize("verb", ["raised the death toll to 41", "put the death toll at 41",
                                  "updated the toll to 41 dead"])
def test_a_raised_toll_is_its_raisers_claim(analyse, verb: str):
    doc = analyse(f"Paraguayan troops shelled the town of Villamontes. Prime Minister Ana Lopez {verb} on Monday.")
    assert any("41" in content and "Prime Minister" in name for name, content in _claims(doc)), _claims(doc)


@pytest.mark.parametrize("text", [
    "Peru said six of its towns were hit. It confirmed eight deaths from the strikes.",
    "The Peruvian army on Sunday confirmed that eight soldiers died in the operation.",
])
def test_a_confirmed_toll_is_a_claim(analyse, text: str):
    doc = analyse(text)
    assert any("eight" in content for _name, content in _claims(doc)), _claims(doc)


# -- a state body named without its country --------------------------------------------------------------
def _country_of(doc: Document, name_part: str) -> str | None:
    found = [s for s in doc.sources if name_part in s.name]
    assert found, [(s.name, s.country) for s in doc.sources]
    return found[0].country


def test_an_unqualified_body_takes_the_one_country_whose_bodies_speak(analyse):
    doc = analyse("The Ministry of Defence said the attack was repelled at dawn. The Bolivian army said its posts "
                  "had come under heavy fire from across the river.")
    assert _country_of(doc, "Ministry of Defence") == "BOL"


def test_a_body_named_only_as_an_actor_lends_no_country(analyse):
    doc = analyse("The Ministry of Defence said Paraguayan troops shelled the border posts at dawn.")
    assert _country_of(doc, "Ministry of Defence") is None


def test_a_page_where_two_countries_bodies_speak_gives_no_country(analyse):
    doc = analyse("The Ministry of Defence said the attack was repelled. The Bolivian army said its posts came "
                  "under fire. The Paraguayan foreign ministry said the charge was false.")
    assert _country_of(doc, "Ministry of Defence") is None
