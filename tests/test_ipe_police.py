"""Police acts in the words of news reports (issue 17): firing, crowd control, arrests and killings.

Each text is written for these tests; the labels are the IndiaPoliceEvents mapping of
``casus.eval.ipe.labels_of`` (KILL, ARREST, FORCE), read per sentence as the evaluation reads them.
"""

from __future__ import annotations

import pytest

from casus.eval.ipe import labels_of
from casus.model import Document, Published
from casus.pipeline import default_pipeline


@pytest.fixture(scope="module")
def code():
    pipeline = default_pipeline()

    def run(text: str) -> Document:
        return pipeline.run(Document(id="0" * 64, path="test.txt", text=text,
                                     published=Published("2021-06-01", "metadata")))

    return run


def sentence_labels(doc: Document) -> list[set[str]]:
    """The labels of each sentence of the parse, from the events' mentions (as the evaluation gives them)."""
    sents = list(doc.parsed.sents)
    out: list[set[str]] = [set() for _ in sents]
    for event in doc.events:
        for trigger in event.triggers or [event.trigger]:
            for k, sent in enumerate(sents):
                if sent.start_char <= trigger.start < sent.end_char:
                    out[k] |= labels_of(event, trigger, sent)
    return out


def test_hyphenated_baton_charge_is_force_not_a_charge(code):
    doc = code("Officers baton-charged the students outside the hostel.")
    assert not any(e.event == "ACCUSE" for e in doc.events)
    doc = code("The police baton-charged the students outside the hostel.")
    assert sentence_labels(doc) == [{"FORCE"}]


def test_police_fire_and_lobbed_shells_are_force(code):
    assert sentence_labels(code("Police fire in the air at the crowded fairground.")) == [{"FORCE"}]
    assert sentence_labels(code("The police lobbed tear gas shells at the marchers.")) == [{"FORCE"}]


def test_the_forced_one_is_who_opens_fire(code):
    doc = code("The two groups threw bricks for an hour, forcing the police to open fire in the air.")
    assert sentence_labels(doc) == [{"FORCE"}]
    doc = code("The police were forced to fire in the air to scatter the crowd.")
    assert sentence_labels(doc) == [{"FORCE"}]


@pytest.mark.usefixtures("tagger")
def test_killed_in_police_firing_after_a_number(code):
    doc = code("Officials said 40 people had died in the riots, including six in police firing last week.")
    assert sentence_labels(doc) == [{"FORCE", "KILL"}]


def test_killed_in_an_encounter_with_the_police(code):
    doc = code("A wanted gangster was killed in an encounter with the police on the highway.")
    assert sentence_labels(doc) == [{"FORCE", "KILL"}]


def test_the_firing_refers_back_to_the_last_firing_told(code):
    doc = code("Earlier, police fired ten rounds to scatter a crowd near the bridge. "
               "A boy was hurt in the firing, officials said.")
    assert sentence_labels(doc) == [{"FORCE"}, {"FORCE"}]


def test_they_after_a_sentence_about_the_police(code):
    doc = code("The police had trouble reaching the square because the lanes were blocked. "
               "They opened fire to scatter the crowd.")
    assert sentence_labels(doc)[1] == {"FORCE"}


def test_the_people_arrested_are_not_the_arresters(code):
    doc = code("The 30 youths arrested after the brawl were released on bail.")
    arrest = next(e for e in doc.events if e.mode == "arrest")
    assert not arrest.actors and [r.text for r in arrest.recipients] == ["The 30 youths"]
    assert sentence_labels(doc)[0] >= {"ARREST"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # written for this test: a headline passive's subject is what was done to; a "by" agent stays the doer
    ("Six students were arrested by the police outside the hostel on Friday.", "the police", "Six students"),
    ("Six students arrested by police after hostel brawl", "police", "Six students"),
    ("Four soldiers were killed by the rebels at the depot.", "the rebels", "Four soldiers"),
    ("Four villagers killed in raid on depot", None, "Four villagers"),
])
def test_a_by_agent_is_the_doer_even_in_a_headline_passive(code, text, actor, recipient):
    (event,) = [e for e in code(text).events if e.event in ("ASSAULT", "COERCE")]
    assert [a.text for a in event.actors] == ([actor] if actor else [])
    assert [r.text for r in event.recipients] == [recipient]


def test_people_held_are_arrested_but_a_meeting_held_is_not(code):
    assert sentence_labels(code("Twelve persons were held after the violence.")) == [{"ARREST"}]
    assert sentence_labels(code("A meeting was held after the violence.")) == [set()]
    assert sentence_labels(code("The organisers were held responsible for the stampede.")) == [set()]
    assert sentence_labels(code("The students are held at ransom by the hostel warden.")) == [set()]


def test_a_gate_locked_up_is_no_arrest(code):
    assert sentence_labels(code("The rear gate of the depot has been locked up since Monday.")) == [set()]
    assert sentence_labels(code("Police locked up the two brothers at the station.")) == [{"ARREST"}]


def test_an_arrest_an_official_threatens_is_not_added_back_as_made(code):
    """The table makes "would be arrested, an officer said" a threat; the classifier may not add the arrest
    as done, with the speech verb as its trigger."""
    doc = code("Anyone who crosses the barricade would be arrested, said a senior police officer.")
    assert sentence_labels(doc) == [set()]
    assert not any(e.trigger.text == "said" for e in doc.events)


def test_counted_and_possessed_arrests(code):
    assert sentence_labels(code("More than 200 arrests have been made in the district.")) == [{"ARREST"}]
    assert sentence_labels(code("He was questioned after his arrest in the capital.")) == [{"ARREST"}]
    assert sentence_labels(code("No arrests have been made yet.")) == [set()]


def test_arrests_that_did_not_happen(code):
    assert sentence_labels(code("The police have not been able to arrest the robbers.")) == [set()]
    assert sentence_labels(code("The police are likely to arrest the shopkeeper next week.")) == [set()]
    assert sentence_labels(code("Had the organiser been detained earlier, the riot would not have "
                                "spread.")) == [set()]
    assert sentence_labels(code("The union wants the contractor booked under the labour law.")) == [set()]


def test_apprehending_trouble_and_picking_up_are_no_arrests(code):
    assert sentence_labels(code("Apprehending trouble, the traders shut their shops.")) == [set()]
    assert sentence_labels(code("Sales are expected to pick up after the festival.")) == [set()]
    assert sentence_labels(code("Police picked up four youths from the bus stand.")) == [{"ARREST"}]


def test_taken_into_custody_is_one_event_with_the_phrase_status(code):
    doc = code("The police will take the driver into custody tomorrow.")
    assert sentence_labels(doc) == [set()]
    assert not any(e.trigger.text == "custody" for e in doc.events)


def test_a_curfew_after_an_arrest_is_not_an_arrest(code):
    doc = code("The police arrested 15 men in the town on Monday. The curfew was relaxed on Tuesday morning.")
    assert sentence_labels(doc) == [{"ARREST"}, set()]


def test_combing_operation_is_a_search(code):
    doc = code("The police launched a combing operation in the hills.")
    assert sentence_labels(doc) == [set()]
    assert any(e.event == "COERCE" and e.mode == "seize" for e in doc.events)
