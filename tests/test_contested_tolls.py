"""Issue 14, tolls per side and over time: the phrasings of a toll, whose dead they are, and the incident's
``tolls`` list (claimant, date, newest last) and ``toll`` disputes.

Sentences and events are fictional, in casus's own words (a Chile-Peru and a Bolivia-Paraguay border clash
that never happened).
"""

from __future__ import annotations

from typing import Any

import pytest

from casus.events.toll import find_tolls
from casus.incidents import incident_record
from casus.incidents.disputes import disputes
from casus.incidents.tolls import side_of_toll, tolls


@pytest.fixture(scope="module")
def nlp() -> Any:
    from casus.nlp import load_nlp
    return load_nlp()


def _tolls(nlp: Any, sentence: str) -> list[tuple[str, int | None, str | None]]:
    """(kind, best, victim words) of each toll the sentence states."""
    doc = nlp(sentence)
    out = []
    for sent in doc.sents:
        for m in find_tolls(sent, sentence):
            victim = None
            if m.victim is not None:
                victim = " ".join(t.text for t in m.victim.subtree)
            out.append((m.kind, m.count.best, victim))
    return out


# -- the phrasings ----------------------------------------------------------------------------------------
def test_lost_their_lives_is_a_death_of_its_subject(nlp):
    assert ("dead", 2, "our guards") in _tolls(nlp, "Two of our guards lost their lives.")


def test_the_bodies_of_n_soldiers_count_the_soldiers(nlp):
    found = _tolls(nlp, "The bodies of nine Peruvian soldiers were returned to their families.")
    assert found == [("dead", 9, "nine Peruvian soldiers")]


def test_the_death_of_n_people(nlp):
    found = _tolls(nlp, "The governor reported the death of 14 people in the shelling.")
    assert ("dead", 14, "14 people in the shelling") in found or ("dead", 14, "14 people") in found


def test_martyrdom_and_an_absolute_clause(nlp):
    found = _tolls(nlp, "The strikes resulted in the martyrdom of at least 9 civilians, with 20 others injured.")
    assert ("dead", 9, "at least 9 civilians") in found
    assert ("injured", 20, "20 others") in found


def test_with_n_guards_killed(nlp):
    found = _tolls(nlp, "Fighting resumed at dawn, with three Chilean guards killed and four farmers injured.")
    assert ("dead", 3, "three Chilean guards") in found
    assert ("injured", 4, "four farmers") in found


def test_a_raised_toll_names_whose_it_is(nlp):
    found = _tolls(nlp, "The president raised the death toll among Peruvian soldiers to seven.")
    assert found == [("dead", 7, "Peruvian soldiers")]


def test_n_of_its_citizens_are_the_citizens(nlp):
    found = _tolls(nlp, "Bolivia said 15 of its citizens were killed.")
    assert found == [("dead", 15, "its citizens")]


def test_a_combined_toll_gives_way_to_a_sides_own_figure(nlp):
    found = _tolls(nlp, "Bolivia said 15 of its citizens were killed, raising the overall death toll to at least 40.")
    assert [best for kind, best, _ in found if kind == "dead"] == [15]
    assert [best for _, best, _ in _tolls(nlp, "The overall death toll rose to 40.")] == [40]


def test_an_elided_victim_is_the_previous_ones(nlp):
    found = _tolls(nlp, "Three of our servicemen were killed and five were wounded.")
    assert found == [("dead", 3, "our servicemen"), ("injured", 5, "our servicemen")]


# -- the incident's figures ------------------------------------------------------------------------------
def _event(doc: str, best: int, *, of: dict[str, Any] | None = None, said: tuple[str | None, str | None, str] =
           (None, None, "outlet"), published: str | None = "2024-03-03", actors: tuple[str, ...] = (),
           recipients: tuple[str, ...] = (), places: tuple[str, ...] = (), kind: str = "dead",
           words: str | None = None) -> dict[str, Any]:
    """One stored event row (as ``Store.events`` gives it) carrying one toll."""
    words = words or str(best)
    sentence = f"Officials said {words} people were killed in the shelling."
    count = {"low": best, "best": best, "high": best, "text": words, "of": of}
    empty = {"low": None, "best": None, "high": None, "text": None, "of": None}
    name, country, source_kind = said
    return {"id": f"e{best}", "doc_id": doc, "event": "ASSAULT", "status": "asserted",
            "actors": [{"text": c, "name": c, "country": c, "sector": "MIL"} for c in actors],
            "recipients": [{"text": c, "name": c, "country": c, "sector": "MIL"} for c in recipients],
            "locations": [{"name": c, "country": c} for c in places],
            "time": {"start": "2024-03-02", "end": "2024-03-02", "precision": "day"},
            "toll": {"dead": count if kind == "dead" else empty, "injured": count if kind == "injured" else empty},
            "evidence": {"start": 0, "end": len(sentence), "text": sentence},
            "said_by": {"name": name, "country": country, "kind": source_kind},
            "held_by": [{"name": name, "country": country, "kind": source_kind, "says": "yes"}],
            "published": published}


CHL_MOD = ("Ministry of Defence of Chile", "CHL", "military")
PER_MOD = ("Ministry of Defence of Peru", "PER", "military")
CHL_PM = ("President of Chile", "CHL", "government")


def _chilean(n: str = "three Chilean soldiers") -> dict[str, Any]:
    return {"text": n, "name": n, "country": "CHL", "sector": "MIL"}


def test_every_sides_figures_with_claimant_and_date_newest_last():
    events = [_event("d2", 7, of=_chilean(), said=CHL_PM, published="2024-03-05"),
              _event("d1", 3, of=_chilean(), said=CHL_MOD, published="2024-03-03"),
              _event("d3", 20, of=_chilean(), said=PER_MOD, published="2024-03-03")]
    figures = tolls(events)
    assert [(t["side"], t["value"], t["claimed_by"], t["claimant_country"], t["as_of"]) for t in figures] == [
        ("CHL", 3, "Ministry of Defence of Chile", "CHL", "2024-03-03"),
        ("CHL", 20, "Ministry of Defence of Peru", "PER", "2024-03-03"),
        ("CHL", 7, "President of Chile", "CHL", "2024-03-05")]
    doc_id, span = figures[0]["evidence"]
    assert doc_id == "d1" and "3" in span["text"]


def test_a_figure_repeated_by_one_claimant_on_one_day_is_listed_once():
    events = [_event("d1", 3, of=_chilean(), said=CHL_MOD), _event("d1", 3, of=_chilean(), said=CHL_MOD)]
    assert len(tolls(events)) == 1


def test_vague_counts_are_no_figures():
    event = _event("d1", 3, of=_chilean())
    event["toll"]["dead"].update(best=None, high=None, text="soldiers")
    assert tolls([event]) == []


def test_a_claimant_raising_its_own_toll_disputes_nothing():
    events = [_event("d1", 3, of=_chilean(), said=CHL_MOD, published="2024-03-03"),
              _event("d2", 7, of=_chilean(), said=CHL_MOD, published="2024-03-05")]
    assert not [d for d in disputes(events) if d["about"] == "toll"]
    assert [t["value"] for t in tolls(events)] == [3, 7]


def test_different_claimants_with_different_figures_dispute_the_toll():
    events = [_event("d1", 3, of=_chilean(), said=CHL_MOD), _event("d2", 20, of=_chilean(), said=PER_MOD)]
    toll = [d for d in disputes(events) if d["about"] == "toll"]
    assert len(toll) == 1 and toll[0]["side"] == "CHL" and {p["value"] for p in toll[0]["positions"]} == {"3", "20"}


def test_the_incident_keeps_acleds_conservative_total_and_its_figures():
    events = [_event("d1", 3, of=_chilean(), said=CHL_MOD), _event("d2", 20, of=_chilean(), said=PER_MOD)]
    record = incident_record("i1", events)
    assert record["toll"]["dead"]["best"] == 3
    assert {t["value"] for t in record["tolls"]} == {3, 20}


# -- whose dead -------------------------------------------------------------------------------------------
def test_first_person_victims_of_an_unknown_speaker_have_no_side():
    ours = {"text": "our servicemen", "name": "our servicemen", "country": None, "sector": "MIL"}
    event = _event("d1", 3, of=ours, actors=("PER",), places=("PER",))
    assert side_of_toll(event, "dead", ("CHL", "PER")) == "?"


def test_its_citizens_are_the_claimants():
    its = {"text": "its citizens", "name": "its citizens", "country": None, "sector": None}
    event = _event("d1", 15, of=its, said=("Bolivia", "BOL", "country"), places=("PRY",))
    assert side_of_toll(event, "dead") == "BOL"


def test_unnamed_victims_of_one_sides_attack_are_the_other_sides():
    event = _event("d1", 12, actors=("PRY",), places=("BOL", "PRY"))
    assert side_of_toll(event, "dead", ("BOL", "PRY")) == "BOL"
    assert side_of_toll(_event("d1", 12, places=("PRY",)), "dead") == "PRY"  # where they died


def test_civilians_counted_by_a_government_are_its_own_when_nothing_else_says():
    civilians = {"text": "12 civilians", "name": "civilians", "country": None, "sector": "CVL"}
    event = _event("d1", 12, of=civilians, said=("Government of Paraguay", "PRY", "government"))
    assert side_of_toll(event, "dead") == "PRY"
    soldiers = {"text": "12 soldiers", "name": "soldiers", "country": None, "sector": "MIL"}
    assert side_of_toll(_event("d1", 12, of=soldiers, places=("PRY",)), "dead") == "?"


def test_a_combined_toll_is_no_sides_figure():
    event = _event("d1", 40, words="overall death toll rose to 40", places=("PRY",))
    assert [t["side"] for t in tolls([event])] == ["?"]
