"""The learned event-type classifier: its training data, its decisions in the pipeline, its evaluation."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from casus.events.types import NONE, TRAINING, WRITTEN, read_snippets

ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
    NONE: {NONE},
}


def test_training_snippets_cover_every_type_and_keep_a_fixed_held_out_part():
    snippets = read_snippets(TRAINING)
    assert len({s.id for s in snippets}) == len(snippets) and len({s.text for s in snippets}) == len(snippets)
    for snippet in snippets:
        assert snippet.sub_event_type in ACLED_TYPES[snippet.event_type], snippet.id
        assert snippet.trigger in snippet.text, snippet.id
    for types in ACLED_TYPES.values():
        for sub in types:
            train = [s for s in snippets if s.sub_event_type == sub and not s.held_out]
            held = [s for s in snippets if s.sub_event_type == sub and s.held_out]
            assert len(train) >= 40 and len(held) >= 5, sub
    held_out = {s.id for s in snippets if s.held_out}
    assert held_out == {s.id for s in read_snippets(TRAINING) if s.held_out}  # the rule, not a draw


@pytest.fixture(scope="module")
def code():
    from casus.attribution import Attribution
    from casus.events import EventCoder
    from casus.geo import Geocoder
    from casus.model import Document
    from casus.nlp import Analyzer

    stages = [Analyzer(), Attribution(), Geocoder(), EventCoder()]

    def run(text: str) -> list:
        doc = Document(id="t", path="t", text=text)
        for stage in stages:
            doc = stage(doc)
        return doc.events

    return run


@pytest.mark.parametrize(("text", "sub_event"), [
    # written for this test: the hard pairs the trigger table's crosswalk cannot tell apart
    ("A man lobbed a hand grenade into the crowded bus depot in Marvani on Friday, wounding six travellers.",
     "Grenade"),
    ("A bomb hidden in a drainage culvert exploded under a police pickup near Tesso, killing two officers.",
     "Remote explosive/landmine/IED"),
    ("Gunmen on motorbikes stormed the village of Kalamba at dawn and shot dead eleven farmers in their fields.",
     "Attack"),
    ("Hundreds of teachers marched peacefully through the capital on Monday to demand unpaid salaries.",
     "Peaceful protest"),
])
def test_the_classifier_decides_the_acled_type(code, text, sub_event):
    """The one event ACLED codes has the type; others ACLED does not code (the marchers' demand, a REQUEST)
    carry none."""
    events = code(text)
    assert [e.acled["sub_event_type"] for e in events if e.acled["sub_event_type"]] == [sub_event]


@pytest.mark.parametrize(("text", "trigger"), [
    # written for this test: a weapon stopped before it struck, beside the attack that launched it
    ("Air defence units intercepted a missile fired at the port city by the rebels on Monday.", "intercepted"),
    ("Soldiers found and defused a bomb buried under the road to the barracks.", "defused"),
])
def test_a_weapon_intercepted_or_defused_is_disrupted_weapons_use(code, text, trigger):
    stopped = [e for e in code(text) if e.trigger.text == trigger]
    assert stopped and (stopped[0].event, stopped[0].mode) == ("COERCE", "seize")
    assert stopped[0].acled["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    # written for this test: ground taken back, told by "recaptured" or "retook", with a clause after it
    "Army units recaptured the river town of Koloma from the insurgents on Sunday, the defence ministry said, "
    "raising the flag there for the first time in four years.",
    "The army retook the hill district from the rebels on Friday after two days of heavy fighting.",
])
def test_ground_recaptured_by_the_state_is_regained(code, text):
    taken = [e for e in code(text) if e.trigger.text in ("recaptured", "retook")]
    assert taken and (taken[0].event, taken[0].mode) == ("COERCE", "seize")
    assert taken[0].acled["sub_event_type"] == "Government regains territory"


def test_the_classifier_adds_what_the_table_misses_with_its_evidence(code):
    text = "Rebel fighters overran the army garrison at Dunmore after two days of fighting and now control the town."
    (event,) = code(text)
    assert event.acled == {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
    assert event.trigger.text == "overran" and event.evidence.text == text and event.event == "ASSAULT"
    assert code("The finance minister presented the new budget to parliament on Tuesday.") == []


def test_the_classifier_adds_the_sentences_act_beside_a_table_event_that_cannot_be_it(code):
    """Written for this test. The table reads only "besieged" here (a restriction, which can be no explosion or
    strike from afar); the sentence's own act, the gas dropped, is on a word the table has no entry for. Where
    the classifier is sure of a type no event of the sentence has, it adds that event on the main word."""
    text = ("Residents said helicopters dropped canisters that released a yellowish gas with a strong smell of "
            "bleach over the besieged district, leaving dozens struggling to breathe.")
    events = code(text)
    assert ("besieged", "COERCE") in [(e.trigger.text, e.event) for e in events]
    gas = [e for e in events if e.trigger.text == "dropped"]
    assert gas and gas[0].event == "ASSAULT" and gas[0].acled["sub_event_type"] == "Chemical weapon"
    assert gas[0].evidence.text == text


def test_an_added_event_says_who_did_what_to_whom_where_and_when():
    """Written for this test. The table has no entry for stones thrown; the event the classifier adds there
    is coded like a table event: its actors, target, date, place and the claim that tells it."""
    from casus.model import Document, Published
    from casus.pipeline import default_pipeline

    text = "Protesters threw stones at police in Nairobi on Monday, officials said."
    doc = default_pipeline().run(Document(id="t", path="t", text=text, published=Published("2002-03-01", "metadata")))
    (event,) = doc.events
    assert event.trigger.text == "threw" and event.acled["event_type"] == "Riots"
    assert [(a.text, a.sector) for a in event.actors] == [("Protesters", "CVL")]
    assert [(r.text, r.sector) for r in event.recipients] == [("police", "COP")]
    assert (event.time.start, event.time.how) == ("2002-02-25", "text")
    assert [loc["name"] for loc in event.locations] == ["Nairobi"]
    (claim,) = doc.claims
    assert event.claim == claim.id and event.id == "e1"


def test_an_added_event_names_what_happened_and_joins_the_tables_word(code):
    """Written for this test. A headline whose heaviest words name the fighters: the added event's trigger is
    the clash, not "gunmen". A hand-over the table codes as a concession: the classifier types that event
    instead of adding a second one on the same word."""
    (event,) = code("Soldiers, gunmen in fierce gunfight near northern dam")
    assert event.trigger.text == "gunfight" and event.acled["sub_event_type"] == "Armed clash"
    events = code("The militia's fighters handed the hilltop base over to the national army at a ceremony.")
    assert [(e.trigger.text, e.acled["sub_event_type"]) for e in events] == [
        ("handed", "Non-violent transfer of territory")]


def test_a_denied_attack_keeps_the_type_of_what_is_denied(code):
    """Written for this test: the denial is the event's status; the act denied is still violence (the
    default ACLED export leaves it out, ``--all-statuses`` shows it with its type)."""
    events = code("The statements of the Dravian side that Corvan units opened fire first are an absolute "
                  "lie, the ministry said.")
    (opened,) = [e for e in events if e.trigger.text == "opened"]
    assert opened.status == "denied" and opened.acled["event_type"] in (
        "Battles", "Explosions/Remote violence", "Violence against civilians")


def test_acled_eval_beats_the_crosswalk_on_held_out_snippets():
    """Held-out own-words snippets, first 150 (0.82 against the crosswalk's 0.46; all 395: 0.76 against 0.32 when
    written); the floor sits under that, so a classifier or candidate regression fails here."""
    proc = subprocess.run([sys.executable, "-m", "casus.eval", "acled", str(TRAINING), "--limit", "150"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"(\w+=\S+)( \w+=\S+)*", last), last
    figures = dict(pair.split("=") for pair in last.split())
    assert figures["split"] == "heldout" and figures["snippets"] == "150"
    assert float(figures["weighted_f1"]) >= 0.75
    assert float(figures["weighted_f1"]) > float(figures["baseline_weighted_f1"]) + 0.2
    assert float(figures["no_event_share"]) < float(figures["baseline_no_event_share"])


def test_acled_eval_scores_every_snippet_of_a_folder_of_real_snippets(tmp_path):
    """``--split all`` scores a folder of gathered snippets (none trained on) whatever their ids; these three are
    written for this test."""
    rows = [("t-1", "Gunmen shot dead four farmers in their fields near Kalamba on Monday, residents said.",
             "Violence against civilians", "Attack", "shot dead"),
            ("t-2", "Hundreds of nurses marched to the health ministry on Tuesday to demand unpaid wages.",
             "Protests", "Peaceful protest", "marched"),
            ("t-3", "The central bank raised its main interest rate by half a point on Thursday.",
             "none", "none", "raised")]
    (tmp_path / "real.jsonl").write_text("".join(json.dumps(
        {"id": i, "text": t, "event_type": e, "sub_event_type": s, "trigger": g}) + "\n" for i, t, e, s, g in rows))
    proc = subprocess.run([sys.executable, "-m", "casus.eval", "acled", str(tmp_path), "--split", "all"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    figures = dict(pair.split("=") for pair in proc.stdout.strip().splitlines()[-1].split())
    assert figures["split"] == "all" and figures["snippets"] == "3"
    assert float(figures["accuracy"]) >= 2 / 3 and "baseline_accuracy" in figures


def test_only_an_attack_of_the_table_may_be_typed_as_an_explosion_or_strike():
    """An arrest, a march or a seizure the table found is no strike from afar, whatever else its sentence
    tells; an attack may be any kind of violence, never a strategic development."""
    from casus.events.types import get_classifier

    classifier = get_classifier()
    remote = {label for label, kind in classifier.event_types.items() if kind == "Explosions/Remote violence"}
    assert len(remote) == 6
    for plover in ("COERCE", "PROTEST", "MOBILIZE"):
        allowed = classifier.allowed(plover)
        assert not allowed & remote and {"Arrests", NONE} <= allowed
    assert remote <= classifier.allowed("ASSAULT") and "Arrests" not in classifier.allowed("ASSAULT")


def test_an_arrest_is_no_agreement_and_a_riot_no_peaceful_protest():
    """Some acts never take some types, whatever their sentence tells: an arrest or seizure is no agreement or
    peaceful protest (an arrest told in a sentence about a truce), a riot no peaceful protest."""
    from casus.events.types import get_classifier

    classifier = get_classifier()
    assert not {"Agreement", "Peaceful protest"} & classifier.allowed("COERCE", "arrest")
    assert "Peaceful protest" not in classifier.allowed("PROTEST", "riot")
    assert {"Peaceful protest", "Violent demonstration"} <= classifier.allowed("PROTEST", "demo")
    assert "Agreement" in classifier.allowed("RETREAT", "ceasefire")


@pytest.mark.parametrize(("text", "trigger", "sub_event"), [
    # written for this test
    ("Leaders of two feuding clans sealed a truce accord at the district headquarters on Friday.", "sealed",
     "Agreement"),
    ("Government artillery fired shells loaded with sarin into a rebel-held suburb before dawn, doctors said.", "fired",
     "Chemical weapon"),
    ("Six militants were killed in an air raid on their training camp in the desert, the defence ministry said.",
     "killed", "Air/drone strike"),
    ("Gunmen killed two border guards at a remote outpost before dawn, officials said.", "killed", "Armed clash"),
])
def test_what_the_words_and_the_actors_settle_of_the_acled_type(code, text, trigger, sub_event):
    """An accord sealed is an agreement concluded, as one signed; a chemical agent named makes the attack a chemical
    one, whatever struck; a strike from the air named is no clash; an attack on forces alone is a clash (ACLED's
    attacks are on civilians), unless it came from the air."""
    found = [e for e in code(text) if e.trigger.text == trigger]
    assert found and found[0].acled["sub_event_type"] == sub_event, [(e.trigger.text, e.acled) for e in code(text)]


def test_sexual_violence_needs_words_that_tell_it():
    """Written for this test: a women's group telling of a village looted names no sexual violence, whatever the
    network makes of "women"; a sentence that tells of rape may be typed so."""
    from casus.events.types import get_classifier

    classifier = get_classifier()
    looted = "A women's rights group said soldiers looted the village after the ambush."
    assert "Sexual violence" not in classifier.allowed("ASSAULT", "destroy", looted)
    assert "Sexual violence" not in classifier.allowed(None, None, looted)
    raped = "A women's rights group said soldiers raped two girls in the village after the ambush."
    assert "Sexual violence" in classifier.allowed("ASSAULT", None, raped)


def test_a_crowd_attacking_the_police_riots_and_fighters_attacking_soldiers_clash(code):
    """Written for this test. Supporters of a party who attack police officers hold a violent demonstration,
    not force used on protesters; fighters of the opposition who attack soldiers fight, however their side is
    named (a word for fighters is armed), and bandits who loot a market rob it, no riot. The riot's half is a
    guard: the classifier alone reads it as force used on protesters."""
    (riot,) = code("Opposition supporters attacked police officers outside the election office.")
    assert (riot.event, riot.mode) == ("PROTEST", "riot")
    assert riot.acled["sub_event_type"] == "Violent demonstration"
    (clash,) = code("Opposition fighters stormed an army checkpoint on the highway on Sunday.")
    assert clash.event == "ASSAULT" and clash.acled["event_type"] == "Battles"
    robbed = [e for e in code("Bandits looted the market and burned stalls in the town overnight.")
              if e.trigger.text == "looted"]
    assert robbed and robbed[0].event == "ASSAULT"
    assert robbed[0].acled["sub_event_type"] == "Looting/property destruction"


def test_an_attack_from_afar_or_with_explosives_is_no_direct_attack_on_civilians():
    """ACLED types violence by its means: shelling or a bomb that killed villagers is remote violence, not an
    attack on civilians; an attack by hand may still be one."""
    from casus.events.types import get_classifier

    classifier = get_classifier()
    for mode in ("heavy-weapons", "aerial", "drone", "explosives"):
        assert "Attack" not in classifier.allowed("ASSAULT", mode)
    assert "Armed clash" in classifier.allowed("ASSAULT", "explosives")
    assert "Attack" in classifier.allowed("ASSAULT", "firearms") and "Attack" in classifier.allowed("ASSAULT")


def test_an_attack_from_afar_is_no_looting_riot_or_abduction():
    """Shelling that "damaged a house" is still shelling: an attack the table found made with artillery,
    aircraft or drones may be fighting or remote violence, not looting, a riot or an abduction; an attack
    by hand keeps those."""
    from casus.events.types import get_classifier

    classifier = get_classifier()
    close = {"Looting/property destruction", "Mob violence", "Abduction/forced disappearance"}
    for mode in ("heavy-weapons", "aerial", "drone"):
        allowed = classifier.allowed("ASSAULT", mode)
        assert not allowed & close and {"Shelling/artillery/missile attack", "Armed clash", NONE} <= allowed
    assert close <= classifier.allowed("ASSAULT", "primitive") and close <= classifier.allowed("ASSAULT")


def test_an_attack_by_hand_is_no_strike_from_afar_and_a_suicide_bombing_needs_its_words():
    """Written for this test. Blades, fire or stones (the table's ``primitive``) are no air raid or shelling, a
    chemical attack aside; a car bomb is a suicide bombing only where the sentence says a bomber died by it."""
    from casus.events.types import get_classifier

    classifier = get_classifier()
    remote = {label for label, kind in classifier.event_types.items() if kind == "Explosions/Remote violence"}
    by_hand = classifier.allowed("ASSAULT", "primitive")
    assert not by_hand & (remote - {"Chemical weapon"}) and {"Chemical weapon", "Attack"} <= by_hand
    stab_and_blast = "A man stabbed two guards and then blew himself up at the gate."
    assert "Suicide bomb" in classifier.allowed("ASSAULT", "primitive", stab_and_blast)
    assert "Air/drone strike" not in classifier.allowed("ASSAULT", "primitive", "Rebels hacked ten villagers to death.")
    car = "A car bomb went off outside the district police station, killing two passers-by."
    for plover, mode in (("ASSAULT", "explosives"), (None, None)):
        assert "Suicide bomb" not in classifier.allowed(plover, mode, car)
        assert "Remote explosive/landmine/IED" in classifier.allowed(plover, mode, car)
    for text in ("A bomber blew himself up at the checkpoint.", "A suicide bomber struck the market.",
                 "A man set off explosives strapped to his body at the gate of the barracks.",
                 "An attacker rammed a truck laden with explosives into the wall of the base."):
        assert "Suicide bomb" in classifier.allowed("ASSAULT", "explosives", text), text


def test_ground_taken_unopposed_is_handed_over_and_the_actors_say_whose_act_it_was():
    """Written for this test: "without a shot being fired" rules out ground taken by fighting; ground armed
    groups took is overtaken (an "army" may be a rebel one: the converse is left to the network), and a mob's
    killing is mob violence, whatever the network read."""
    from casus.events.types import get_classifier
    from casus.model import Actor, Event, Span

    classifier = get_classifier()
    quiet = classifier.allowed("ASSAULT", None, "Fighters took the district without a shot being fired.")
    assert "Non-violent transfer of territory" in quiet
    assert not quiet & {"Government regains territory", "Non-state actor overtakes territory"}
    assert "Government regains territory" in classifier.allowed("ASSAULT", None, "Troops retook the district.")

    def taken_by(sector: str, label: str) -> str | None:
        event = Event(id="e1", event="ASSAULT", trigger=Span(0, 5, "taken"), evidence=Span(0, 5, "taken"),
                      actors=[Actor("x", "x", None, sector, None)])
        return classifier.acled_of(label, event)["sub_event_type"]

    assert taken_by("REB", "Government regains territory") == "Non-state actor overtakes territory"
    assert taken_by("MIL", "Government regains territory") == "Government regains territory"
    assert taken_by("MIL", "Non-state actor overtakes territory") == "Non-state actor overtakes territory"

    def done_by(text: str, label: str) -> str | None:
        event = Event(id="e1", event="ASSAULT", trigger=Span(0, 6, "killed"), evidence=Span(0, 6, "killed"),
                      actors=[Actor(text, text, None, None, None)])
        return classifier.acled_of(label, event)["sub_event_type"]

    assert done_by("Angry mobs", "Attack") == "Mob violence" and done_by("a lynch mob", "Armed clash") == "Mob violence"
    assert done_by("Gunmen", "Attack") == "Attack"
    assert done_by("a mob", "Looting/property destruction") == "Mob violence"  # "houses set ablaze by a mob"
    assert done_by("Militants", "Looting/property destruction") == "Looting/property destruction"


def test_arms_laid_down_cross_to_a_change_to_the_group():
    """Without the classifier, fighters who lay down their arms or surrender (PLOVER RETREAT disarm) are an
    ACLED change to group/activity, as ground withdrawn from is a transfer."""
    from casus.events.crosswalk import acled
    from casus.model import Event, Span

    def of(mode: str) -> str | None:
        event = Event(id="e1", event="RETREAT", mode=mode, trigger=Span(0, 4, "laid"), evidence=Span(0, 4, "laid"))
        return acled(event)["sub_event_type"]

    assert of("disarm") == "Change to group/activity"
    assert of("withdraw") == "Non-violent transfer of territory"


class _FixedGate:
    """A gate that gives every sentence ``prob``; which word is strongest it leaves to the trained gate."""

    def __init__(self, prob: float, trained: object) -> None:
        self._prob, self.trained = prob, trained

    def prob(self, tokens: object, features: object = None) -> float:
        return self._prob

    def strongest(self, tokens: object, can_trigger: object = None) -> object:
        return self.trained.strongest(tokens, can_trigger)


class _Recording:
    """The trained classifier behind ``gate``, recording every text its encoder reads."""

    def __init__(self, inner: object, gate: object, p_gate: object = None) -> None:
        self.inner, self.gate, self.read = inner, gate, []
        self.p_gate = p_gate or inner.p_gate

    def embed(self, texts: list[str]) -> object:
        self.read.extend(texts)
        return self.inner.embed(texts)

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def _table_coded(text: str) -> object:
    """A plain-text document parsed, attributed, geocoded and coded by the trigger table (no classifier)."""
    from casus.attribution import Attribution
    from casus.events.code import code_events
    from casus.geo import Geocoder
    from casus.model import Document
    from casus.nlp import Analyzer

    doc = Document(id="t", path="t", text=text)
    for stage in (Analyzer(), Attribution(), Geocoder()):
        doc = stage(doc)
    doc.events = code_events(doc)
    return doc


def test_a_sentence_with_an_attack_of_the_table_is_read_whatever_the_gate_says():
    """Written for this test. With a gate that passes nothing, the encoder still reads the sentence where the
    table found an attack (which kind of violence it was is the classifier's question), and not the one
    where it found only an arrest, nor the one with no event."""
    from casus.events.types import get_classifier, type_events

    attack = "Gunmen shot dead four villagers in Marvani on Friday."
    arrest = "Police arrested two men in Tesso on Saturday."
    doc = _table_coded(f"{attack} {arrest} The market reopened on Sunday.")
    assert {e.event for e in doc.events} == {"ASSAULT", "COERCE"}
    classifier = get_classifier()
    recording = _Recording(classifier, _FixedGate(0.0, classifier.gate), _FixedGate(0.0, classifier.p_gate))
    type_events(doc, recording)
    assert recording.read == [attack]


def test_the_encoder_reads_no_dateline_and_no_sentence_where_nothing_could_be_added():
    """Written for this test. With a gate that passes everything, the encoder reads the attack's sentence
    without the dateline at its head (where the report was filed tells nothing of what happened), and skips
    the sentence the table left empty where no word could be an added event's trigger."""
    from casus.events.types import get_classifier, type_events

    attack = "Gunmen shot dead four villagers in Marvani on Friday."
    doc = _table_coded(f"TESSO, May 3 (Reuters) - {attack} The weather was mild.")
    classifier = get_classifier()
    assert classifier.gate.strongest(next(s for s in doc.parsed.sents if "weather" in s.text)) is None
    assert classifier.p_gate.strongest(next(s for s in doc.parsed.sents if "weather" in s.text)) is None
    recording = _Recording(classifier, _FixedGate(1.0, classifier.gate), _FixedGate(1.0, classifier.p_gate))
    type_events(doc, recording)
    assert recording.read == [attack]


def test_a_longer_document_reads_a_sentence_the_table_left_empty_only_at_a_higher_gate():
    """Written for this test. A sentence where the table found nothing, whose gate lies between GATE and GATE_LONG,
    is read for an event to add in a brief, but not in a longer document; above GATE_LONG it is read in both."""
    from casus.events.types import BRIEF, GATE, GATE_LONG, get_classifier, type_events

    attack = "Gunmen shot dead four villagers in Marvani on Friday."
    empty = "The market reopened on Sunday."
    brief = _table_coded(f"{attack} {empty}")
    longer = _table_coded(f"{attack} {empty} The weather was mild. Schools stayed open.")
    assert len(list(brief.parsed.sents)) <= BRIEF < len(list(longer.parsed.sents))
    classifier = get_classifier()
    between, above = (GATE + GATE_LONG) / 2, (GATE_LONG + 1) / 2
    reads = {}
    for name, doc in (("brief", brief), ("longer", longer)):
        for prob in (between, above):
            recording = _Recording(classifier, _FixedGate(prob, classifier.gate), _FixedGate(0.0, classifier.p_gate))
            type_events(doc, recording)
            reads[name, prob] = recording.read
    assert reads["brief", between] == reads["brief", above] == [attack, empty]
    assert reads["longer", between] == [attack]
    assert empty in reads["longer", above]


def test_a_longer_document_with_table_events_reads_no_sentence_for_a_plover_event_to_add(monkeypatch):
    """Written for this test. With the PLOVER gate passing everything and the ACLED gate nothing, a sentence the table
    left empty is read for a PLOVER event to add in a brief and in a longer document where the table found nothing,
    but not in a longer document where it found an attack (unless ``PLOVER_LONG`` says so)."""
    from casus.events import types
    from casus.events.types import BRIEF, get_classifier, type_events

    attack = "Gunmen shot dead four villagers in Marvani on Friday."
    empty = "The council reviewed the budget on Sunday."
    filler = "The weather was mild. Schools stayed open."
    docs = {"brief": _table_coded(f"{attack} {empty}"), "longer": _table_coded(f"{attack} {empty} {filler}"),
            "longer, no event": _table_coded(f"{empty} {filler} The roads were dry.")}
    assert len(list(docs["brief"].parsed.sents)) <= BRIEF < len(list(docs["longer"].parsed.sents))
    assert not docs["longer, no event"].events
    classifier = get_classifier()

    def reads(name: str) -> list[str]:
        recording = _Recording(classifier, _FixedGate(0.0, classifier.gate), _FixedGate(1.0, classifier.p_gate))
        type_events(docs[name], recording)
        return recording.read

    assert empty in reads("brief") and empty in reads("longer, no event")
    assert reads("longer") == [attack]
    monkeypatch.setattr(types, "PLOVER_LONG", True)
    assert empty in reads("longer")


class _SureOf(_Recording):
    """The trained classifier, but its PLOVER head sure of ``kind`` where the words it reads begin with ``word``
    (every sentence where ``word`` is None), and sure of no event elsewhere (so, given a word, it overrides none of
    the table's types)."""

    def __init__(self, inner: object, kind: str, word: str | None = None, gate: float = 0.0,
                 p_gate: float = 1.0) -> None:
        super().__init__(inner, _FixedGate(gate, inner.gate), _FixedGate(p_gate, inner.p_gate))
        self.kind, self.word = kind, word

    def predict_plover(self, texts: list[str], triggers: list[str], vectors: object = None,
                       allowed: object = None) -> list[tuple[str, float]]:
        return [(self.kind if self.word in (None, t.split()[0]) else "none", 0.99) for t in triggers]


@pytest.mark.parametrize(("kind", "added"), [("CONSULT", True), ("COOPERATE", True), ("MOBILIZE", True),
                                             ("AGREE", True), ("ASSAULT", False), ("COERCE", False),
                                             ("PROTEST", False), ("SANCTION", False), ("none", False)])
def test_the_plover_head_adds_only_what_the_acled_head_does_not(kind, added):
    """Written for this test. In a sentence where the table found no event, a sure PLOVER head adds a meeting,
    a cooperation, a deployment or an agreement, coded by the table's coder (its actor is the subject), but never
    an attack, an arrest or a march: those are the ACLED head's to add, tuned where police news tells them; nor a
    sanction (it is sure of one where a referee orders players off the pitch)."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("Argentina began selling electricity to drought-hit Uruguay last month.")
    assert doc.events == []
    type_events(doc, _SureOf(get_classifier(), kind))
    assert [e.event for e in doc.events] == ([kind] if added else [])
    if added:
        (event,) = doc.events
        assert [a.country for a in event.actors] == ["ARG"] and event.trigger.text in doc.text


class _AcledSureOf(_SureOf):
    """``_SureOf``, its ACLED head too answering ``label`` with probability ``p`` wherever it is asked."""

    def __init__(self, inner: object, kind: str, label: str, p: float) -> None:
        super().__init__(inner, kind)
        self.label, self.p = label, p

    def predict(self, texts: list[str], vectors: object = None, allowed: object = None) -> list[tuple[str, float]]:
        return [(self.label, self.p) for _ in texts]


@pytest.mark.parametrize(("p", "sub_event_type"), [(0.9, "Change to group/activity"), (0.1, "Other")])
def test_the_plover_heads_deployment_takes_its_acled_type_as_the_tables_events_do(p, sub_event_type):
    """Written for this test. The PLOVER head adds a deployment the table missed; the ACLED head types it where
    it is confident, as it types the table's events; where it is not, the crosswalk's type stands (a deployment
    is some other strategic development)."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("The army moved two armoured brigades closer to the northern frontier on Tuesday.")
    assert doc.events == []
    type_events(doc, _AcledSureOf(get_classifier(), "MOBILIZE", "Change to group/activity", p))
    assert [e.event for e in doc.events] == ["MOBILIZE"]
    assert doc.events[0].acled.get("sub_event_type") == sub_event_type


def test_an_added_event_no_one_is_named_for_is_implied_to_its_country_as_the_tables_are():
    """Written for this test. The head adds an event on a word of a passive with no doer ("were resumed"); the
    table's coder codes it as it codes its own, so the country it happened in is its implied actor."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("Grain shipments were resumed across the river in Laos on Monday.")
    assert doc.events == []
    type_events(doc, _SureOf(get_classifier(), "COOPERATE"))
    (event,) = doc.events
    assert [(a.country, a.implied) for a in event.actors] == [("LAO", True)]


def test_the_plover_head_adds_a_trade_deal_the_table_misses():
    """Written for this test: no entry of the table names electricity sold abroad; read (the PLOVER gate
    opened), the head, trained on the written snippets, adds it as cooperation (or aid) with its actor."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("Argentina began selling electricity to drought-hit Uruguay last month.")
    classifier = get_classifier()
    type_events(doc, _Recording(classifier, _FixedGate(0.0, classifier.gate), _FixedGate(1.0, classifier.p_gate)))
    assert [e.event for e in doc.events] in (["COOPERATE"], ["AID"])
    assert [a.country for a in doc.events[0].actors] == ["ARG"]
    assert doc.events[0].trigger.text == "selling"  # what happened, not "began"


def test_a_document_where_the_table_found_nothing_gets_a_lower_plover_bar():
    """Written for this test. A PLOVER gate of 0.8 is under the bar in a document where the table found an
    event (only the attack's sentence is read), but over it where the table found none: there the head is the
    document's last chance, and it adds the sale."""
    from casus.events.types import PLOVER_GATE, PLOVER_GATE_EMPTY, get_classifier, type_events

    assert PLOVER_GATE_EMPTY < 0.8 < PLOVER_GATE
    sale = "Argentina began selling electricity to drought-hit Uruguay last month."
    attack = "Gunmen shot dead four villagers in Marvani on Friday."
    classifier = get_classifier()
    doc = _table_coded(f"{attack} {sale}")
    recording = _SureOf(classifier, "COOPERATE", "selling", 0.0, 0.8)
    type_events(doc, recording)
    assert recording.read == [attack] and [e.event for e in doc.events] == ["ASSAULT"]
    doc = _table_coded(sale)
    recording = _SureOf(classifier, "COOPERATE", "selling", 0.0, 0.8)
    type_events(doc, recording)
    assert recording.read == [sale] and [(e.event, e.trigger.text) for e in doc.events] == [("COOPERATE", "selling")]


@pytest.mark.parametrize(("text", "added"), [
    ("Argentina began selling electricity to drought-hit Uruguay last month.", True),
    ('"We have a need to bring in more suppliers with better engines," she said.', False),
    ('"That was a hard spot for our family," Garcia said after the hearing.', False)])
def test_the_plover_head_adds_no_event_where_no_actor_is_placed(text, added):
    """Written for this test. A head sure of an event in every sentence it reads adds the sale, whose actor is
    a country, but nothing where the coder finds no one placed in a country or a sector: a record needs someone
    who acts, and most of what the head added in plain prose had no one."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded(text)
    assert doc.events == []
    recording = _SureOf(get_classifier(), "COOPERATE", None, 0.0, 1.0)
    type_events(doc, recording)
    assert recording.read == [text]
    assert [e.event for e in doc.events] == (["COOPERATE"] if added else [])


@pytest.mark.parametrize(("text", "kind", "added"), [
    ("Chile said it would lower its port tariffs for Bolivian exporters.", "AGREE", "AGREE"),
    ("Chile said it would lower its port tariffs for Bolivian exporters.", "AID", "AGREE"),
    ("Chile said it would lower its port tariffs for Bolivian exporters.", "THREATEN", None),
    ("Chile said it would lower its port tariffs for Bolivian exporters.", "MOBILIZE", None),
    ("Chile said it would reroute its copper exports if Bolivia kept the new tariffs.", "THREATEN", "THREATEN")])
def test_a_word_told_for_the_future_is_added_as_a_promise_or_a_threat(text, kind, added):
    """Written for this test. On a word told for the future, a head sure of a promise adds it as made now (a
    promise is of something to come), and so a threat where the words state its condition; a cooperative act
    becomes the pledge of it, and any other act is none: it has not happened."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded(text)
    assert doc.events == []
    type_events(doc, _SureOf(get_classifier(), kind, text.split()[4]))
    expected = [(added, "asserted", ["CHL"])] if added else []
    assert [(e.event, e.status, [a.country for a in e.actors]) for e in doc.events] == expected


@pytest.mark.parametrize(("kind", "coded"), [("AID", "AGREE"), ("COOPERATE", "AGREE"), ("THREATEN", "THREATEN")])
def test_a_pledge_stays_a_pledge_whatever_act_it_pledges(kind, coded):
    """Written for this test. A head sure that a pledged grant reads as aid does not make the pledge the aid (CAMEO
    033: an intent to give is AGREE); a head sure the pledge is a threat still overrides it."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("Denmark pledged a grant to rebuild the clinics of Cusco.")
    assert [e.event for e in doc.events] == ["AGREE"]
    type_events(doc, _SureOf(get_classifier(), kind, "pledged", 1.0))
    assert [e.event for e in doc.events] == [coded]


@pytest.mark.parametrize(("kind", "added"), [("SUPPORT", False), ("COOPERATE", True)])
def test_the_plover_head_does_not_overrule_the_table_on_its_own_word(kind, added):
    """Written for this test. The table has "sign" for agreements signed and declines a decree; a head sure of
    that type on "signed" does not overrule it, but one sure of a type the table has no entry of the word for
    still adds it (the head's own reading of an unknown use)."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("The president signed a decree on Saturday.")
    assert doc.events == []
    type_events(doc, _SureOf(get_classifier(), kind, None, 0.0, 1.0))
    assert [(e.event, e.trigger.text) for e in doc.events] == ([(kind, "signed")] if added else [])


def test_a_one_line_report_the_table_finds_nothing_in_is_read_by_the_head():
    """Written for this test. No table entry names rail links restored (border crossings reopened are a reading
    now: an eased blockade); in a document where the table found nothing, the PLOVER gate's low bar lets the
    trained head read the sentence, and it adds the restoring as cooperation by the country that restored them."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("Peru restored rail links with Ecuador on Friday after a long closure.")
    assert doc.events == []
    type_events(doc, get_classifier())
    assert [(e.event, e.trigger.text, [a.country for a in e.actors]) for e in doc.events] == \
        [("COOPERATE", "restored", ["PER"])]


def test_a_brief_the_table_found_nothing_in_gets_the_lowest_plover_bar():
    """Written for this test. A PLOVER gate of 0.5 opens the sale's sentence in a two-sentence brief the table
    found nothing in, but not in a longer document that the table found nothing in either: reading every
    middling sentence of long pages with no event cost the bench's speed, and a brief has no other chance."""
    from casus.events.types import BRIEF, PLOVER_GATE_BRIEF, PLOVER_GATE_EMPTY, get_classifier, type_events

    assert PLOVER_GATE_BRIEF < 0.5 < PLOVER_GATE_EMPTY
    sale = "Argentina began selling electricity to drought-hit Uruguay last month."
    calm = "The weather was mild."
    for text, read in [(f"{sale} {calm}", [sale]), (" ".join([sale] + [calm] * BRIEF), [])]:
        doc = _table_coded(text)
        assert doc.events == []
        recording = _SureOf(get_classifier(), "COOPERATE", "selling", 0.0, 0.5)
        type_events(doc, recording)
        assert recording.read == read
        assert [e.event for e in doc.events] == (["COOPERATE"] if read else [])


@pytest.mark.parametrize(("kind", "added"), [("CONCEDE", True), ("ASSAULT", False), ("none", False)])
def test_the_plover_head_adds_what_the_main_word_tells_beside_the_tables_event(kind, added):
    """Written for this test. The table codes the attack the sentence mentions, not what it is about; the
    sentence is read for the attack, and a head sure of what its main word tells adds that (the council's
    reopening) on that word, but no second attack: attacks are the ACLED head's to add."""
    from casus.events.types import get_classifier, type_events

    doc = _table_coded("The mayor reopened the market after gunmen killed two traders there last week.")
    assert [(e.event, e.trigger.text) for e in doc.events] == [("ASSAULT", "killed")]
    recording = _SureOf(get_classifier(), kind, "reopened", 0.0, 0.0)
    type_events(doc, recording)
    assert len(recording.read) == 1
    expected = [("ASSAULT", "killed")] + ([(kind, "reopened")] if added else [])
    assert [(e.event, e.trigger.text) for e in doc.events] == expected


def test_a_sentence_read_for_an_acled_event_is_asked_for_a_plover_one_too():
    """Written for this test. The ACLED gate opens a sentence the table left empty (the clashes it mentions);
    the PLOVER gate stays shut, but the sentence's vector is paid for, so the PLOVER head is asked as well and
    adds the ban's end on its main word. With the ACLED gate shut too, nothing is read or added."""
    from casus.events.types import get_classifier, type_events

    text = "The regional council loosened its ban on street vendors after clashes that left two people dead."
    classifier = get_classifier()
    doc = _table_coded(text)
    assert doc.events == []
    type_events(doc, _SureOf(classifier, "CONCEDE", "loosened", 1.0, 0.0))
    assert ("CONCEDE", "loosened") in [(e.event, e.trigger.text) for e in doc.events]
    doc = _table_coded(text)
    recording = _SureOf(classifier, "CONCEDE", "loosened", 0.0, 0.0)
    type_events(doc, recording)
    assert recording.read == [] and doc.events == []


@pytest.mark.parametrize(("text", "word"), [
    ("The two neighbours began shipping grain across the river in May.", "shipping"),
    ("The ministry said on Monday that it was recalling its envoy from the capital.", "recalling"),
    ("The foreign ministers held talks on the border dispute in the port city.", "talks"),
    ("Rebels tried to reopen the road to the mines.", "reopen"),
    ("The prime minister visited the flooded districts on Sunday.", "visited"),
    ("The talks were productive, officials said.", None),
    ("The emir was quoted on Monday as saying that Qatar would send food to the stricken province.", "send"),
    ("The governor said she would be willing to receive the monitors in the capital.", "receive"),
    ("The ministry issued a statement on Friday condemning the raid.", None),
])
def test_an_added_event_is_on_the_word_the_sentence_is_about(text, word):
    """Written for this test: the trigger of a PLOVER head's addition is the root, down through a reporting
    verb's clause (also "was quoted as saying"), an aspect verb's verb, a light verb's object or what one "would be
    willing to" do; none where that is no event word (a copula, "issued a statement"), so the gate's strongest word
    is taken instead."""
    from casus.events.types import _can_trigger, main_word
    from casus.nlp import load_nlp

    (sent,) = load_nlp()(text).sents
    found = main_word(sent, _can_trigger)
    assert (found.text if found is not None else None) == word


def test_an_added_trigger_is_no_participle_used_as_an_adjective():
    from casus.events.types import _can_trigger
    from casus.nlp import load_nlp

    doc = load_nlp()("Turkish-backed fighters looted shops in the town.")
    backed, looted = (next(t for t in doc if t.text == w) for w in ("backed", "looted"))
    assert not _can_trigger(backed) and _can_trigger(looted)


def test_the_network_learns_what_a_linear_model_cannot():
    """XOR of two inputs: the hidden layer is what makes it learnable (a softmax regression stays at chance)."""
    import numpy as np

    from casus.events.types import fit_mlp, fit_softmax, softmax

    x = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]] * 8, dtype=np.float32)
    y = np.array([0, 1, 1, 0] * 8)
    w1, b1, w2, b2 = fit_mlp(x, y, 2, hidden=16, epochs=300, step=0.05, dropout=0.0, l2=0.0)
    assert (softmax(np.maximum(x @ w1 + b1, 0) @ w2 + b2).argmax(axis=1) == y).all()
    weights, bias = fit_softmax(x, y, 2, epochs=300)
    assert (softmax(x @ weights + bias).argmax(axis=1) == y).mean() <= 0.75


def test_plover_only_snippets_are_no_acled_event_and_feed_the_plover_head():
    extra = read_snippets(TRAINING / "plover") + read_snippets(WRITTEN)
    assert len(extra) >= 200 and {s.sub_event_type for s in extra} == {NONE}
    assert all(s.trigger in s.text for s in extra)
    assert not {s.text for s in extra} & {s.text for s in read_snippets(TRAINING)}
    kinds = {s.plover for s in extra}
    assert {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONCEDE", "SUPPORT", "CONSULT", "AID"} <= kinds


def test_the_written_plover_snippets_cover_every_type_with_varied_triggers():
    """At least 150 snippets per PLOVER type, and snippets with no event; within a type, no trigger phrase
    written more than a few times (the head is to learn the type, not a word)."""
    written = read_snippets(WRITTEN)
    by_type = Counter(s.plover or NONE for s in written)
    assert len(by_type) == 17 and min(by_type.values()) >= 150, by_type
    phrases = Counter((s.plover, s.trigger.lower()) for s in written if s.plover)
    assert max(phrases.values()) <= 4, phrases.most_common(3)
    assert len({s.id for s in written}) == len(written) and all(s.trigger in s.text for s in written)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # written for this test
    ("The opposition accused the governor of rigging the tender for the new airport terminal.", "accused", "ACCUSE"),
    ("The gang warned shopkeepers it would burn their stalls unless they paid every week.", "warned", "THREATEN"),
    ("The relief agency flew tents and water filters to the families left homeless by the cyclone.", "flew", "AID"),
])
def test_the_plover_head_reads_verbal_and_material_types(text, trigger, kind):
    from casus.events.types import get_classifier

    ((label, p),) = get_classifier().predict_plover([text], [trigger])
    assert label == kind, (label, p)


def test_the_encoder_returns_vectors_in_the_order_given_each_as_if_alone():
    """Activations are quantised per run: a text's vector must not depend on the texts run beside it."""
    import numpy as np

    from casus.events.encoder import get_encoder

    texts = ["Troops shelled the ridge above the river crossing for most of the night, residents said.", "Riots.",
             "A convoy was ambushed."]
    together = get_encoder().embed(texts)
    alone = np.vstack([get_encoder().embed([t]) for t in texts])
    assert np.array_equal(together, alone)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_the_runtime_encoder_is_the_shipped_graph_with_quantised_products(tmp_path, monkeypatch):
    """Written for this test: the graph casus builds multiplies in int8 (the speed) and its vectors stay
    those of the shipped float graph (cosine near 1), so the classifier's training still means the same."""
    import onnx
    import onnxruntime

    from casus.events import encoder as E

    monkeypatch.setenv("CASUS_CACHE", str(tmp_path))
    built = E.runtime_model()
    assert built.parent == tmp_path and built.exists()
    ops = {node.op_type for node in onnx.load(str(built)).graph.node}
    assert "MatMulInteger" in ops and "DynamicQuantizeLinear" in ops
    texts = ["Police fired tear gas at hundreds of people marching on the governor's office.",
             "The two ministers signed a deal on water sharing after a day of talks.",
             "A bomb hidden in a parked motorbike went off near the bus station, wounding eleven."]
    quantised = E.Encoder().embed(texts)
    shipped = E.Encoder()
    shipped.session = onnxruntime.InferenceSession(str(E.model_files()[0]), providers=["CPUExecutionProvider"])
    cosine = (quantised * shipped.embed(texts)).sum(axis=1)
    assert cosine.min() > 0.97, cosine
    monkeypatch.setattr(E, "_rewrite", lambda *args: pytest.fail("the cached graph was rewritten again"))
    assert E.runtime_model() == built


def test_a_damaged_cached_encoder_graph_is_built_again(tmp_path, monkeypatch):
    """A cached graph cut short (a copy interrupted, a full disk) is rebuilt, not a traceback."""
    import numpy as np

    from casus.events import encoder as E

    monkeypatch.setenv("CASUS_CACHE", str(tmp_path))
    built = E.runtime_model()
    whole = built.read_bytes()
    built.write_bytes(whole[: len(whole) // 3])
    vectors = E.Encoder().embed(["Gunmen fired on a bus near the market."])
    assert built.read_bytes() == whole and np.isclose(np.linalg.norm(vectors[0]), 1.0)


def test_a_damaged_cached_classifier_is_trained_again(tmp_path, monkeypatch):
    """A cached classifier cut short is trained again (as when missing), not a traceback; a whole one is read
    as it is."""
    from casus.events import types as T

    T.get_classifier()  # the cached one, trained first if missing
    whole = T.model_path()
    data = whole.read_bytes()
    cached = tmp_path / whole.name
    cached.write_bytes(data[: len(data) // 3])
    trained = []

    def train(path, log=print, **kwargs):
        trained.append(path)
        path.write_bytes(data)

    monkeypatch.setattr(T, "model_path", lambda: cached)
    monkeypatch.setattr(T, "train", train)
    T.get_classifier.cache_clear()
    try:
        assert T.get_classifier().labels and trained == [cached] and cached.read_bytes() == data
        T.get_classifier.cache_clear()
        assert T.get_classifier().labels and trained == [cached]  # whole now: read, not trained again
    finally:
        T.get_classifier.cache_clear()


def test_the_gate_reads_event_sentences_and_skips_the_rest():
    """Written for this test: event sentences pass the gate with words the table lacks; news about the budget,
    the weather or a match does not (the encoder never reads it)."""
    from casus.events.types import GATE, get_classifier
    from casus.nlp import load_nlp

    gate, nlp = get_classifier().gate, load_nlp()
    events = ["Militants lobbed two grenades at a checkpoint outside the district office late on Sunday.",
              "Gunmen abducted three aid workers from their compound on the outskirts of the town overnight.",
              "The two factions signed a truce in the border town, ending a month of fighting."]
    quiet = ["The finance minister presented the new budget to parliament on Tuesday.",
             "Heavy rain is expected across the coastal provinces until the weekend.",
             "The home side won the cup final on penalties after a goalless draw."]
    for text in events:
        assert gate.prob(nlp(text)) >= GATE, text
    for text in quiet:
        assert gate.prob(nlp(text)) < GATE, text
    assert gate.strongest(nlp(events[0])).text in {"lobbed", "grenades"}


def test_a_weapon_defused_or_downed_crosses_to_disrupted_weapons_use():
    """Without the classifier, a seizure whose trigger defuses, detonates safely, intercepts or shoots down a
    weapon is ACLED's disrupted weapons use; another seizure stays "Other"."""
    from casus.events.crosswalk import acled
    from casus.model import Event, Span

    def of(word: str) -> str | None:
        event = Event(id="e1", event="COERCE", mode="seize", trigger=Span(0, len(word), word),
                      evidence=Span(0, len(word), word))
        return acled(event)["sub_event_type"]

    assert of("defused") == of("intercepted") == of("shot") == "Disrupted weapons use"
    assert of("confiscated") == "Other"


@pytest.mark.parametrize("text, word, trigger, carried", [
    ("Moscow stood alone on Friday to veto the resolution.", "stood", "veto", True),
    ("The lenders agreed to cancel the debt.", "agreed", "cancel", True),
    ("The two sides opened negotiations in the capital.", "opened", "negotiations", True),
    ("The minister ended the curfew after the riots.", "ended", "curfew", False),
])
def test_a_verb_that_only_carries_the_tables_event_is_not_asked_about(text, word, trigger, carried):
    """Written for this test: the PLOVER head is asked about a sentence's main word only where that word tells
    something of its own: not a light verb whose object is the table's trigger, nor a verb whose "to" clause
    (a complement or a purpose) holds it; "ended the curfew" still tells an end (a concession) of its own."""
    from casus.events.types import _carries
    from casus.nlp import load_nlp

    doc = load_nlp()(text)
    main = next(t for t in doc if t.text == word)
    assert _carries(main, {next(t for t in doc if t.text == trigger).idx}) is carried


def test_the_written_cameo_set_is_labelled_and_split_as_the_gathered_sets():
    """The own-words set written from the CAMEO code names (``casus/eval/sets/plover-cameo``) is scored like a
    gathered folder: every row a PLOVER type and its trigger words in its text, ids unique, and the fixed sha1
    split keeps a held-out part of every type."""
    from pathlib import Path

    from casus.eval.plover import load_gathered
    from casus.events.crosswalk import QUAD

    folder = Path(__file__).parents[1] / "src" / "casus" / "eval" / "sets" / "plover-cameo"
    rows = [json.loads(line) for path in folder.glob("*.jsonl") for line in path.read_text().splitlines()]
    assert len({r["id"] for r in rows}) == len(rows) > 1000
    assert all(r["event"] in QUAD and r["trigger"] in r["text"] for r in rows)
    records = load_gathered(folder)
    held = Counter(r["event"] for r in records if r["part"] == "test")
    assert set(held) == {r["event"] for r in rows} and sum(held.values()) < len(rows) / 4


def test_setup_warns_when_the_plover_gold_records_are_missing(monkeypatch, tmp_path, capsys):
    """A checkout with no PLOVER gold records beside it still builds the classifier, but set-up says what it lacks
    (it said nothing); with the records there, set-up is silent."""
    from casus.events import train_types

    built = tmp_path / "classifier.npz"
    built.write_bytes(b"")  # an existing model: --if-missing trains nothing
    monkeypatch.setattr(train_types, "model_path", lambda: built)
    monkeypatch.setattr(train_types, "plover_records", lambda: [])
    assert train_types.main(["--if-missing"]) == 0
    assert "no PLOVER gold records found" in capsys.readouterr().err
    monkeypatch.setattr(train_types, "plover_records", lambda: [("Troops shelled a town.", "ASSAULT", "shelled")])
    assert train_types.main(["--if-missing"]) == 0
    assert capsys.readouterr().err == ""
