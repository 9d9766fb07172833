"""Issue 14, tolls per claimant: a figure told apart from the attack it counts (another claimant's, or one for
other victims) is a toll record of its own, ``derived_from`` the attack, so that the incident lists every
figure with its claimant; one claimant's raised toll for the same victims stays one figure.

Sentences are fictional, in casus's own words (a Paraguay-Bolivia border shelling and a raid near an Ecuadorian
town that never happened).
"""

from __future__ import annotations

import pytest

from casus.incidents.holders import enrich
from casus.incidents.tolls import toll, tolls
from casus.model import Document, Event
from tests.conftest import coder
from tests.schema import validate_record


@pytest.fixture(scope="module")
def code():
    return coder("2021-05-03")


def _speaker(doc: Document, event: Event) -> str | None:
    claims = {c.id: c for c in doc.claims}
    sources = {s.id: s for s in doc.sources}
    claim = claims.get(event.claim or "")
    return sources[claim.source].name.lower() if claim else None


def _attacks(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.event == "ASSAULT"]


def _by_dead(doc: Document) -> dict[int | None, Event]:
    return {e.dead.best: e for e in _attacks(doc) if e.dead.text is not None}


SHELLING = ("Paraguayan troops shelled the town of Villamontes on Monday. The mayor said four civilians were "
            "killed, while the health ministry said nine civilians died.")


def test_two_claimants_figures_after_the_attack_are_two_toll_records(code):
    doc = code(SHELLING)
    found = _by_dead(doc)
    assert set(found) == {4, 9}, [(e.id, e.dead.text) for e in _attacks(doc)]
    attack = next(e for e in _attacks(doc) if "shelled" in e.trigger.text)
    assert attack.dead.text is None  # the attack itself is told by no one who counts
    for best, speaker in ((4, "mayor"), (9, "health ministry")):
        record = found[best]
        assert speaker in (_speaker(doc, record) or "")
        assert record.to_json()["derived_from"] == attack.id
        assert {a.text for a in record.actors} == {a.text for a in attack.actors}
        assert record.time.start == attack.time.start == "2021-05-03"
        assert [loc["name"] for loc in record.locations] == [loc["name"] for loc in attack.locations]
        assert record.evidence.text.startswith("The mayor said")
    assert "derived_from" not in attack.to_json()
    validate_record(doc.to_json())


def test_the_incident_lists_each_claimants_figure_and_counts_the_lowest(code):
    events = enrich(code(SHELLING).to_json())
    figures = {(t["value"], t["claimed_by"].lower()) for t in tolls(events) if t["kind"] == "dead"}
    assert {(4, "mayor"), (9, "health ministry")} <= {(v, c) for v, c in figures}
    assert toll(events)["dead"]["best"] == 4  # one side, two sources: ACLED's lowest, not a sum


def test_a_second_claimants_account_of_the_same_attack_keeps_its_own_figure(code):
    doc = code("The Bolivian army said Paraguayan troops shelled the town of Villamontes on Monday, killing four "
               "people. The Bolivian health ministry said Paraguayan troops shelled the town on Monday, killing "
               "nine people.")
    found = _by_dead(doc)
    assert set(found) == {4, 9}, [(e.id, e.dead.text) for e in _attacks(doc)]
    assert "health ministry" in (_speaker(doc, found[9]) or "")
    assert _speaker(doc, found[4]) is not None and "health" not in (_speaker(doc, found[4]) or "")
    assert found[9].to_json()["derived_from"] == found[4].id
    assert found[9].locations and found[9].time.start == found[4].time.start


def test_figures_for_other_victims_in_one_sentence_are_kept_apart(code):
    doc = code("Paraguayan troops shelled the town of Villamontes on Monday. The ministry said three soldiers were "
               "killed and six farmers died.")
    found = _by_dead(doc)
    assert {3, 6} <= set(found), [(e.id, e.dead.text) for e in _attacks(doc)]
    assert found[3].dead.of is not None and found[6].dead.of is not None
    assert found[3].dead.of.sector != found[6].dead.of.sector  # soldiers and farmers: other victims


def test_one_claimants_raised_toll_for_the_same_victims_stays_one_figure(code):
    doc = code("The army said rebels attacked a police post near Cuenca on Monday, killing three officers. The army "
               "later said the death toll had risen to five.")
    counted = [e for e in _attacks(doc) if e.dead.text is not None]
    assert [e.dead.best for e in counted] == [5], [(e.id, e.dead.text, e.claim) for e in counted]
    assert "derived_from" not in counted[0].to_json()


@pytest.mark.parametrize("text", [
    "Bolivia's defence ministry said nine people were confirmed killed in the shelling.",
    "Nine villagers were reported killed near the river crossing on Sunday.",
])
def test_the_subject_of_a_raising_passive_is_the_dead_not_the_killer(code, text):
    """"Nine people were confirmed killed": the subject of "were confirmed" is who died; the one who killed
    them is not named."""
    (killed,) = [e for e in _attacks(code(text)) if e.trigger.text == "killed"]
    assert not killed.actors
    assert [r.text for r in killed.recipients] in (["nine people"], ["Nine villagers"])
