"""Event coding of one parsed document: triggers -> events with participants, status, time, toll, place.

Order of work, per sentence:
1. triggers (``lexicon``) with their actor and recipient from the parse
   (``participants``); a material verb makes an event even with no one
   named ("30 people were detained"), a bare noun needs a participant or a
   toll, so that "a clash of opinions" stays out;
2. the ASSAULT mode from weapon words near the trigger (the manual's
   "mode of violence");
3. status from the claim that carries the sentence (a denied claim's content
   is ``denied``, another source's reported claim ``alleged``), negation,
   modality (will -> future; would/could/may/if/"to prevent" ->
   hypothetical) and "alleged"/"reportedly";
4. PLOVER's single-category rule (manual, auxiliary modes): a violent act
   in the speaker's own future ("… will be resolutely suppressed") is the
   speaker's THREATEN, a cooperative one ("will withdraw") an AGREE, a
   refused one ("will not accept", "would not take part") a REJECT; one made
   to depend on the other side by the one named as acting ("X will halt its
   aid if ...") that one's THREATEN; a vow of a cooperative act an AGREE;
   acts embedded under a REQUEST, THREATEN or AGREE are that speech act's
   content, not events; a demand told as a participle of a protest is what
   the protest is for;
5. speech acts from attribution: a ``deny`` claim about another source's
   report is a REJECT of that source; "responsibility lies with X" an
   ACCUSE; "X said Y must …" a REQUEST;
6. time, toll and locations of the sentence; then mentions of one event
   merge (``merge.py``).
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from casus.actors import country_index, sector_of
from casus.events import crosswalk
from casus.events.hidden import day_phrase_verb, relative_root, shares_object, stranded_subject, subject_read_as_object
from casus.events.lexicon import Trigger, hyphen_prefix, lemmas_of, match
from casus.events.merge import TollRecord, merge, other_victims
from casus.events.participants import (
    BRIEF_SENTENCES,
    GROUP_ADJECTIVES,
    OTHER_SIDE,
    PEOPLE,
    Perspective,
    clauses_within,
    conjuncts,
    dateline_country,
    datelines_of,
    describe,
    fight_sides,
    is_target,
    makers_word,
    names_someone,
)
from casus.events.readings import (
    CRUSHING,
    REFUSAL,
    conditional,
    cut_off,
    information_shared,
    refusal,
    sent_away,
    vowed,
    will_not,
    yielded,
)
from casus.events.senses import (
    EXERCISES,
    POLITIES,
    by_whom,
    for_clause,
    judged,
    negates,
    other_sense,
    patients_of,
    people_patient,
    someone,
    verbal_attack,
)
from casus.events.toll import TollMention, find_tolls
from casus.events.when import expressions, reference_date, resolve_expression
from casus.ingest.dateline import in_dateline_place
from casus.model import Actor, Claim, Count, Document, Event, EventTime, Source, Span
from casus.nlp import doc_text

# Weapon words -> ASSAULT mode (manual table "ASSAULT modes"); the nearest one to the trigger wins.
WEAPON_MODES = {
    "mortar": "heavy-weapons", "artillery": "heavy-weapons", "shell": "heavy-weapons", "shelling": "heavy-weapons",
    "rocket": "heavy-weapons", "missile": "heavy-weapons", "howitzer": "heavy-weapons", "tank": "heavy-weapons",
    "grad": "heavy-weapons", "caliber": "heavy-weapons", "calibre": "heavy-weapons", "launcher": "heavy-weapons",
    "drone": "drone", "uav": "drone", "airstrike": "aerial", "aircraft": "aerial", "helicopter": "aerial",
    "jet": "aerial", "warplane": "aerial", "bomb": "explosives", "ied": "explosives", "mine": "explosives",
    "landmine": "explosives", "explosive": "explosives", "grenade": "explosives", "suicide": "suicide-attack",
    "gun": "firearms", "rifle": "firearms", "pistol": "firearms", "sniper": "firearms", "bullet": "firearms",
    "firing": "firearms", "knife": "primitive", "sword": "primitive", "machete": "primitive", "stone": "primitive",
    "axe": "primitive", "lathi": "crowd-control", "lathicharge": "crowd-control", "teargas": "crowd-control",
    "tear": "crowd-control", "cannon": "crowd-control", "baton": "beat", "stick": "beat", "rod": "beat",
    "acid": "primitive",
}
_LIGHT_VERBS = frozenset("carry launch conduct commit stage mount make hold impose open take resort continue "
                         "unleash perpetrate undertake begin start intensify step resume order issue lodge renew "
                         "reach organize organise declare announce give deliver lead complete put speed engage finish "
                         "conclude kick authorize authorise submit tender pay initiate convene observe respect extend "
                         "send strengthen deepen boost expand enhance bolster slap convey approve adopt spark ignite "
                         "provoke reiterate repeat decree proclaim maintain cast".split())
_ENGAGED = frozenset("engage involve".split())  # "X was engaged in / involved in Y": X did Y
_UNACCEPTABLE = frozenset("unacceptable inadmissible".split())  # said of a plan or a demand: it is rejected
_SPEAKING = frozenset("say speak tell talk state announce declare add note brief address report write post".split())
_EMBEDDING = {"REQUEST", "THREATEN", "AGREE", "REJECT"}  # their complements are their content, not events
_PLAN_VERBS = frozenset("plan intend prepare aim want threaten vow seek resolve".split())
_INTENDING = frozenset("plan intend want wish seek".split())  # a cooperative act willed is a pledge (AGREE)
_DEMAND_NOUNS = frozenset("call demand pressure appeal plea campaign push bid request clamour clamor".split())
_AIMED = frozenset("aim gear direct target".split())  # "aimed at X-ing": X is a purpose, not done
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL_AUX = {"would", "could", "may", "might", "can", "should", "must", "ca"}
_PERCEIVED = frozenset("hear see feel sound".split())
# Verbs whose subject or object is an act done already, whatever is said of them: "the abduction has not been
# claimed" (no one owned it), "the killing was not solved" (it happened).
_ABOUT_A_DEED = frozenset("claim solve explain condemn blame attribute punish".split())
# Heads an event noun names the kind of ("a rescue mission", "an arrest operation", "an aid package").
_EVENT_HEADS = frozenset("mission effort campaign attempt bid drive operation package decree".split())
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO"}
_REFUSABLE = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"}
_ARMED_ACTS = {"ASSAULT", "MOBILIZE", "THREATEN"}  # acts whose doers no place tells
# Who an act told without its doers is implied to be by (ACLED: "Protesters (X)", "Police Forces of X"), else
# the country's authorities.
_IMPLIED = {("PROTEST", None): ("people", "CVL"), ("COERCE", "arrest"): ("police", "COP"),
            ("ASSAULT", "explosives"): ("unidentified armed group", None),
            ("ASSAULT", "suicide-attack"): ("unidentified armed group", None)}
# A bomb set off with no one named as its makers is an unidentified armed group's in the country where it went off
# or that the sentence names ("a car bomb outside the ministry in the capital killed five soldiers"), as ACLED
# codes it; unlike shelling or air strikes, which come from across a front or a border.
_PLANTED = frozenset({"explosives", "suicide-attack"})
# PLOVER AGREE is "express intent to cooperate": a cooperative act announced for the future.
_YIELDING = {"RETREAT", "CONCEDE"}  # "will not disarm", "won't withdraw": refusing to yield (PLOVER REJECT yield)
# "will not attend the summit", "would not join the talks", "won't send aid": a meeting or help refused for the
# future (PLOVER REJECT meet / assist), unlike "did not attend" (a meeting that did not happen)
_DECLINABLE = {"CONSULT": "meet", "AID": "assist"}
# acts that, announced for the future, are pledges (AGREE): "will release", "is ready to pull back"
INTENDABLE = {"SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "CONSULT"}
# kinds whose act is told in the future by nature: a promise or a threat is made now, of something to come
TOLD_AHEAD = frozenset({"AGREE", "THREATEN"})
_EXPECTED = frozenset("likely unlikely expected due supposed".split())  # "is likely to take him into custody"
_WILLING = frozenset("willing ready prepared committed determined eager set poised".split())
_OPEN_TO = _WILLING | {"open"}  # adjectives whose "to"/"for" object is an act willed ("open to cooperation")
# nouns of a will or a plan whose "to" clause is what is intended ("its readiness to resume talks", "a pledge to
# send aid"): the manual's AGREE, "indicate willingness or commitment to cooperate"
_WILL_NOUNS = frozenset("readiness willingness commitment intention intent pledge promise plan offer".split())
_OBLIGATION = {"must", "should"}
_PREVENTED = frozenset("prevent avoid stop deter thwart avert foil forestall preclude bar forbid prohibit".split())
_ALLEGED = frozenset("alleged allegedly reportedly purported purportedly supposed supposedly".split())
_CLAUSAL_DEPS = {"advcl", "xcomp", "ccomp", "ROOT", "relcl", "acl"}
_NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound", "pcomp"}
_VIOLENT = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}  # what a speaker can threaten to do
_MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID"}
_THREAT_MODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "PROTEST": "restrict"}
_TOLL_TRIGGER = Trigger("n", ("toll",), (), "ASSAULT", None, None)
_RESPONSIBILITY = re.compile(r"\bresponsibility\b", re.IGNORECASE)


@dataclass
class _Draft:
    trigger: Any  # spaCy token
    entry: Trigger
    event: Event
    sentence: Any
    source: Source | None = None
    explicit_actor: bool = False


class EventCoder:
    """Codes the events of one document (``doc.parsed``, ``doc.claims``, ``doc.places`` must be set)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.sources = {s.id: s for s in doc.sources}
        self.claims = sorted(doc.claims, key=lambda c: c.content.end - c.content.start)
        self.claim_by_id = {c.id: c for c in doc.claims}
        self.denied_reports = {c.about for c in doc.claims if c.stance == "deny" and c.about}
        self.reference = reference_date(doc.published.date, doc.parsed)
        countries = Counter(s.country for s in doc.sources if s.country and s.kind != "outlet")
        countries.update(p.country for p in doc.places if p.country)
        self.countries = [c for c, _ in countries.most_common()]
        self.drafts: list[_Draft] = []
        # the phrases attribution already resolved to a source: an actor named there is that source
        self.named = [(m.start, m.end, s) for s in doc.sources for m in s.mentions if s.kind != "outlet"]
        self.last_time: EventTime | None = None
        # the places in text order, to find a sentence's by bisection (linear time in long documents)
        self.places = sorted(doc.places, key=lambda p: p.span.start)
        self.place_starts = [p.span.start for p in self.places]
        # toll records (``attach_tolls``) by id: (the event they were copied from, the record, its sentence)
        self.derived: dict[int, tuple[Event, Event, Any]] = {}
        self.victims: list[tuple[str, str, int, str]] = []  # toll victims with a country: kind, noun, figure, country
        self.sport_paragraph: int | None = None  # the last paragraph that told sport in words of violence

    @cached_property
    def brief(self) -> bool:
        """A wire brief or a lead with its dateline (``BRIEF_SENTENCES`` or fewer): counted when first asked."""
        return sum(1 for _ in self.doc.parsed.sents) <= BRIEF_SENTENCES

    # -- per sentence ----------------------------------------------------------------------------
    def run(self) -> list[Event]:
        for sent in self.doc.parsed.sents:
            if sent.text.strip():
                self.sentence(sent)
        anaphors = {id(d.event) for d in self.drafts if _definite(d.trigger) and not d.event.actors}
        merged: dict[int, Event] = {}
        events = merge([d.event for d in self.drafts], anaphors, self.speaker_of, merged)
        self.blame_deeds(merged)
        _doers_of_deeds(events, self.doc.parsed)
        events += self._finish_derived(events, merged)
        for k, event in enumerate(events, 1):
            event.id = f"e{k}"
            event.locations = _finest(event.locations)
            place_actors(event)
            crosswalk.annotate(event)
        for event in events:
            if isinstance(event, TollRecord):
                parent = getattr(event, "parent", None)
                event.derived_from = parent.id if parent is not None else None
        return events

    def added(self, tok: Any, kind: str, mode: str | None) -> Event | None:
        """The event the type classifier adds on ``tok``, a word the trigger table has no entry for, as a
        table entry of that type on that word would code it: actors, recipients, claim, status, time and
        places. None where its words tell no event that happened, or another kind of act ("refused to …"
        is a refusal, "will attack" a threat). ``doc.events`` (the table's, done) give the narrative's date."""
        sent = tok.sent
        draft = self.draft(tok, Trigger("v" if tok.pos_ == "VERB" else "n", (tok.lemma_.lower(),), (), kind, mode,
                                        None), sent)
        event = draft.event
        pledged = kind in INTENDABLE and event.event == "AGREE" and event.status == "asserted"  # "will send": a pledge
        if kind in INTENDABLE and tok.lemma_ in _INTENDING and event.status == "asserted" and any(
                c.dep_ == "xcomp" for c in tok.children):
            event.event, event.mode, pledged = "AGREE", None, True  # "wants to deepen ties": the will, a pledge
        if kind in TOLD_AHEAD and event.event == kind and event.status == "future" and (
                kind == "AGREE" or conditional(tok)):  # a threat states its condition ("will close the port if …")
            event.status = "asserted"  # "will open its market to …": the pledge (or the threat) is made as it is told
        if (event.event != kind and not pledged) or event.status not in ("asserted", "alleged") or _natural_cause(tok):
            return None
        before = [e for e in self.doc.events if e.trigger.start < tok.idx and e.time.how in ("text", "context")
                  and not crosswalk.QUAD[e.event].startswith("verbal")]
        self.last_time = max(before, key=lambda e: e.trigger.start).time if before else None
        event.time = self.time_of(sent, [draft]).get(tok.i) or self.carried_time()
        event.locations = _finest(self.locations(sent, draft))
        self.imply_actor(event, sent)
        place_actors(event)
        return event

    def blame_deeds(self, merged: dict[int, Event]) -> None:
        """"X condemned the strikes": an accusation that names only a deed blames whoever did it, as the
        deed's event (after merging, "the strikes" told before) names them, never the accuser's own side."""
        for draft in self.drafts:
            if draft.event.event != "ACCUSE" or draft.event.recipients or draft.trigger.pos_ != "VERB":
                continue
            deeds = {t.i for t in _blamed(draft.trigger)}
            own = {a.country for a in draft.event.actors if a.country}
            for other in self.drafts:
                if other.sentence.start != draft.sentence.start or other.trigger.i not in deeds or \
                        other.event.event != "ASSAULT":
                    continue
                event = merged.get(id(other.event), other.event)
                doers = [copy.copy(a) for a in event.actors if a.country and a.country not in own]
                if doers:
                    draft.event.recipients = doers
                    break

    def claim_at(self, pos: int) -> Claim | None:
        """The innermost claim whose content holds the character ``pos``."""
        return next((c for c in self.claims if c.content.start <= pos < c.content.end), None)

    def perspective(self, claim: Claim | None) -> Perspective:
        """Who speaks the words at hand. A reported claim ("the claims of the other side that our units
        started it") is paraphrased by the claim around it, whose speaker "our" and "we" are."""
        if claim is not None and claim.stance == "report":
            # the words are the reporter's, never the reported source's own ("Y's claims that our forces fired
            # first"): the claim around it of another source, else the document's own voice
            claim = next((c for c in self.claims if c.stance != "report" and c.source != claim.source
                          and c.content.start <= claim.content.start and claim.content.end <= c.content.end), None)
        source = self.sources.get(claim.source) if claim else None
        own = source.country if source else None
        other = next((c for c in self.countries if c != own), None)
        return Perspective(source, other, claim is not None and not claim.inherited, self.named)

    def sentence(self, sent: Any) -> None:
        drafts: list[_Draft] = []
        found, read = [], set()
        for tok in sent:
            table = match(tok)
            if table is None and tok.pos_ != "VERB":  # every other reading reads a verb or the table's word
                entry = _held(tok) or _intent(tok)
            else:
                entry = judged(tok) or vowed(tok, table) or cut_off(tok, table) or sent_away(tok, table) or \
                    yielded(tok, table) or information_shared(tok, table) or \
                    by_whom(tok, table) or _held(tok) or _intent(tok) or refusal(tok, table)
            if entry is not None:
                found.append((tok, entry))
                if entry is not table:  # a reading (by whom, a verdict, an intent, people held), not the word alone
                    read.add(tok.i)
        for tok, entry in found:
            if other_sense(tok, entry):
                continue
            if tok.dep_ == "compound" and tok.head.lemma_ not in _EVENT_HEADS:
                continue  # "attack helicopter" is a helicopter; "an arrest operation" is an arrest
            if tok.tag_ == "VBN" and tok.i > sent.start and tok.nbor(-1).lower_ in ("most", "least"):
                continue  # "the most contested districts", "the most affected": a participle graded as an adjective
            if any(_word_of_phrase(tok, head, other) for head, other in found if head is not tok):
                continue  # "custody" of "took him into custody" is that phrase's word, not an event of its own
            drafts.append(self.draft(tok, entry, sent))
            # a reading, or a phrase the table names word by word ("test fired", "laid down arms"), is settled:
            # the PLOVER head, which reads the whole sentence, does not override it
            # so is a cooperative act announced for the future, which the clause makes a pledge ("is willing to
            # support": AGREE, not the support itself)
            pledge = entry.event in INTENDABLE and drafts[-1].event.event == "AGREE"
            drafts[-1].event.settled = drafts[-1].event.settled or tok.i in read or len(entry.lemmas) > 1 or pledge
        drafts += self.speech_acts(sent)
        drafts = _protest_aims(drafts)
        for d in drafts:
            if d.event.event == "REQUEST" and _or_else(d.trigger):
                d.event.event, d.event.mode = "THREATEN", None  # "asked them to disarm or face action": an ultimatum
                d.event.settled = True  # a reading of the clause, which the PLOVER head does not override
        drafts = _carry_orders([d for d in drafts if not _agreed_aid(d, drafts)])
        drafts = [d for d in drafts if not _embedded(d, drafts)
                  and not (d.event.event in _MATERIAL and _natural_cause(d.trigger))]
        if self.drafts and self.drafts[-1].event.event == "ASSAULT" and not any(
                d.event.event == "ASSAULT" and not _bare_harm(d) for d in drafts) and _paragraph(
                self.text, self.drafts[-1].sentence.start_char) == _paragraph(self.text, sent.start_char):
            drafts = [d for d in drafts if not _bare_harm(d)]  # "Two servicemen were wounded": the toll of the
            # attack just told, not an attack of its own
        tolls = find_tolls(sent, self.text)
        self.attach_tolls(drafts, tolls, sent)
        # A clause is an event even without named participants ("30 people were detained"); a bare noun
        # ("clashes", "the operation") needs a participant or a toll to be one.
        kept = [d for d in drafts if d.event.actors or d.event.recipients or _has_toll(d.event)
                or (d.trigger.pos_ == "VERB" and d.event.event in _MATERIAL) or _breaks_out(d.trigger)
                or _did_damage(d.trigger) or (d.event.event == "PROTEST" and (_during(d.trigger) or _halted(d.trigger)))
                or _counted_arrests(d)
                or (_definite(d.trigger) and any(p.event.event == d.event.event for p in self.drafts))]
        kept = self.without_sport(kept, sent)
        self.where_done(kept, sent)
        time = self.time_of(sent, kept)
        for draft in kept:
            self.imply_actor(draft.event, sent)
            verbal = crosswalk.QUAD[draft.event.event].startswith("verbal")
            draft.event.time = time.get(draft.trigger.i) or (self.utterance_time() if verbal else self.carried_time())
            draft.event.locations = self.locations(sent, draft)
        # the narrative's date is the main clause's ("X shelled Y on Monday in response to the attack of 2 May"
        # goes on on Monday), not that of an event mentioned in passing
        material = [(_depth(d.trigger), time[d.trigger.i]) for d in kept if d.trigger.i in time
                    and not crosswalk.QUAD[d.event.event].startswith("verbal")]
        if material:
            self.last_time = min(material, key=lambda m: m[0])[1]
        self.drafts.extend(kept)

    def without_sport(self, drafts: list[_Draft], sent: Any) -> list[_Draft]:
        """Sport told in the words of violence is no attack: "a football team beat the visitors 2-1" (a sport
        noun is the attack's subject or object), and in the rest of that paragraph an attack that hits no one
        named ("they attacked down the left"). An attack with a toll or an armed or state actor always stays."""
        paragraph = _paragraph(self.text, sent.start_char)
        out = []
        for draft in drafts:
            event = draft.event
            if event.event != "ASSAULT" or _has_toll(event) or any(a.sector in _ARMED for a in event.actors):
                out.append(draft)  # the dead and the armed are no game
            elif _sport_participant(draft.trigger):
                self.sport_paragraph = paragraph
            elif self.sport_paragraph != paragraph or event.recipients:
                out.append(draft)
        return out

    def draft(self, tok: Any, entry: Trigger, sent: Any) -> _Draft:
        said_in = self.claim_at(tok.idx)  # the claim whose content holds the words: it sets the status
        # a speech verb is its own claim's cue ("the ministry warned that …"): that claim carries it
        claim = said_in or next((c for c in self.doc.claims if c.cue.start <= tok.idx < c.cue.end), None)
        view = self.perspective(claim)
        actors, recipients, explicit = self.arguments(tok, entry, view)
        span = self.doc.span(sent.start_char, sent.end_char)
        event = Event(id="", event=entry.event, trigger=self.doc.span(tok.idx, tok.idx + len(tok)), evidence=span,
                      mode=entry.mode, context=[entry.context] if entry.context else [], actors=actors,
                      recipients=recipients, claim=claim.id if claim else None, mentions=[span])
        weapon = _weapon_mode(tok, sent) if event.event == "ASSAULT" else None
        if event.event == "ASSAULT" and verbal_attack(tok) and not weapon:
            event.event, event.mode = "ACCUSE", "disapprove"  # "attacked her record": words, not blows
        if event.event == "ASSAULT":
            event.mode = weapon or event.mode
            if any(a.sector in ("MIL",) for a in actors + recipients) and "military" not in event.context:
                event.context.append("military")
        if event.mode == "seize" and ("territory" in event.context or tok.lemma_ == "seize") and people_patient(tok):
            # "captured two suspects": people taken, not ground: held by the state, or abducted by anyone else
            state = not actors or any(a.sector in _STATE_SECTORS for a in actors)
            event.event, event.mode = ("COERCE", "arrest") if state else ("ASSAULT", "abduct")
            event.context = [c for c in event.context if c != "territory"]
        if event.event == "COERCE" and event.mode == "deport" and tok.lemma_ == "force" and any(
                r.sector in _FIGHTERS for r in recipients):
            # "forced the rebels out of the town": fighters driven from ground, not people deported
            event.event, event.mode, event.context = "ASSAULT", None, [*event.context, "territory"]
        if event.event == "MOBILIZE" and tok.lemma_.lower() in EXERCISES and (
                len(_countries_of(actors)) > 1 or _with_partner(tok, actors)):
            # "the Chinese and Pakistani navies began the exercise", "held a drill with the Japanese navy"
            event.event, event.mode = "COOPERATE", None
        if event.event == "MOBILIZE" and _keeping_peace(tok):
            # "sent a battalion to join the UN peacekeeping mission", "deployed police to protect the villagers":
            # protection given (CAMEO 074, PLOVER AID), not force shown
            event.event, event.mode, event.context = "AID", None, [*event.context, "peacekeeping"]
            event.settled = True  # a reading of the clause, which the PLOVER head does not override
        if event.event == "COERCE" and event.mode == "deport" and _multitude_driven_out(tok):
            # "expelled tens of thousands of villagers": a people driven out, not persons deported (CAMEO 201)
            event.event, event.mode = "ASSAULT", None  # (the manual has no mode for it: its "cleansing" is struck out)
            event.settled = True
        if event.event == "ASSAULT" and not weapon and _work_stoppage(tok, actors):
            event.event, event.mode = "PROTEST", "strike"  # "teachers joined the strike": no blow struck
        if event.event == "COERCE" and event.mode == "restrict" and actors and not any(
                a.sector in _STATE_SECTORS for a in actors) and tok.lemma_ in ("block", "blockade", "close"):
            event.event, event.mode = "PROTEST", "obstruct"  # people blocking a road protest; a state coerces
        event.status = self.status(tok, said_in)
        if event.status == "denied" and said_in is not None and said_in.stance == "deny" and tok.dep_ == "conj" \
                and crosswalk.QUAD[entry.event].startswith("verbal") and not _own_negation(tok):
            event.status = "asserted"  # "X denied it did Y and accused Z of W": the accusation is X's own act
        yielding = event.event in _YIELDING and will_not(tok)
        declined = event.event in _DECLINABLE and will_not(tok if tok.pos_ in ("VERB", "AUX") else _role(tok).head)
        if (event.event in _REFUSABLE or yielding or declined) and event.status == "denied" and (
                claim is None or claim.stance == "assert"):
            event.event, event.status, event.mode = "REJECT", "asserted", (  # "will not accept", "did not agree"
                "yield" if yielding else _DECLINABLE[event.event] if declined else event.mode)
        elif entry is REFUSAL:
            event.status = "asserted"  # "would not take part": the refusal is told, not denied
        elif event.event in INTENDABLE and event.status == "future" and not conditional(tok):
            event.event, event.status = "AGREE", "asserted"  # "will release", "is ready to pull back": a pledge
        self.country_from_sentence(event, sent)
        draft = _Draft(tok, entry, event, sent, view.speaker, explicit)
        self.as_threat(draft)
        self.protest_at_home(event)
        return draft

    # -- participants ------------------------------------------------------------------------------
    def arguments(self, tok: Any, entry: Trigger, view: Perspective) -> tuple[list[Actor], list[Actor], bool]:
        # "died in the shelling": a verb form used as a noun; "fired …, killing two": a noun tag on a clause
        clause = any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "agent") for c in tok.children)
        nominal = (tok.pos_ not in ("VERB", "AUX") and tok.dep_ not in _CLAUSAL_DEPS) or (
            tok.dep_ in _NOMINAL_DEPS and not clause)
        actor_heads, recipient_heads = _noun_arguments(tok, entry) if nominal else _verb_arguments(tok, entry)
        if entry is _INTENT or entry is _INTENT_THREAT:  # "Vietnam is committed to ...", "he would be ready to
            holder = tok.head if tok.dep_ == "acomp" else tok  # ...": whose will it is
            actor_heads = [c for w in [holder, *(a for a in holder.children if a.dep_ in ("aux", "auxpass"))]
                           for c in w.children if c.dep_ in ("nsubj", "nsubjpass")]  # the parser may hang it on "is"
            recipient_heads = []
        if entry.event == "ACCUSE" and not nominal:  # "blamed a rocket fired by X", "blamed it on a launch by X"
            recipient_heads = _blamed(tok) or recipient_heads
        explicit = bool(actor_heads)
        actors = _resolve(actor_heads, view, self.text)
        if actor_heads and all(h.lower_ == "they" for h in actor_heads) and not any(
                a.sector or a.country for a in actors):  # "… police. They opened fire": unresolved "they"
            actors = _resolve(self.previous_subject(tok.sent), view, self.text) or actors
        if not actors and nominal and actor_heads:  # "their withdrawal": the pronoun is the light verb's subject
            actors = _resolve(_light_verb_subject(tok), view, self.text)
        recipients = _resolve(recipient_heads, view, self.text)
        if not actors and entry.event == "ASSAULT" and (sides := fight_sides(tok)) is not None:
            # "fighting between the army and rebels", "killed in clashes between X and Y": the first side named
            # acts, the second is fought (both are the clash's parties)
            first, second = (describe(side, view, self.text) for side in sides)
            actors = [first] if first is not None else []
            recipients = recipients or ([second] if second is not None else [])
        if entry.event in ("ASSAULT", "MOBILIZE"):
            for actor in actors:  # a state that shells or deploys acts through its military
                if actor.sector == "GOV" and sector_of(actor.text) is None:
                    actor.sector = "MIL"
            for recipient in recipients:  # "the firing points of the enemy": the enemy's military
                if recipient.sector == "GOV" and sector_of(recipient.text) is None and OTHER_SIDE.search(
                        recipient.text):
                    recipient.sector = "MIL"
        return actors, recipients, explicit

    def previous_subject(self, sent: Any) -> list[Any]:
        """The subject of the sentence just before, in the same paragraph, when it names a group of people
        (a sector or a people noun in the plural): what a following "they" most often stands for. Not when
        that sentence tells an act of theirs: "they also burned …" after "rebels attacked …" stays its own
        act rather than a mention of the attack."""
        if sent.start == 0:
            return []
        before = sent.doc[sent.start - 1].sent
        if _paragraph(self.text, before.start_char) != _paragraph(self.text, sent.start_char):
            return []
        root = before.root
        if match(root) is not None:
            return []
        return [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (
            sector_of(c.text) is not None or (c.lemma_.lower() in PEOPLE and c.tag_ == "NNS"))][:1]

    # -- status ------------------------------------------------------------------------------------
    def status(self, tok: Any, claim: Claim | None) -> str:
        return status_of(tok, claim, self.denied_reports)

    def country_from_sentence(self, event: Event, sent: Any) -> None:
        """An actor the dictionary cannot place (a person named only by name, "the emir") takes the first
        country its sentence names outside the recipients, as event coders read "X of the country
        the story is about". (Skipping the countries the act is aimed at as well scored worse on the
        PLOVER records: 0.66 against 0.73.) A deployment's actor takes the country of the forces it moves
        ("the president deployed Kenyan troops to the border with Somalia"). Where the sentence names no
        country, or a wire lead names one only in what the actor does, the dateline's does, as for "the
        government" in a report filed from Colombo. An armed group of no country that attacks or seizes is of the
        country the sentence names as where ("gunmen seized two engineers, said to be Italian, in eastern
        Congo"), as ACLED codes unidentified armed groups."""
        forces = next((r for r in event.recipients if r.country and r.sector in (None, "MIL", "COP")),
                      None) if event.event == "MOBILIZE" else None  # "deployed U.S. troops": its own forces
        for actor in event.actors:
            if actor.country is not None or actor.sector in ("IGO", "NGO") or actor.span is None:
                continue
            if forces is not None:
                actor.country, actor.sector = forces.country, actor.sector or "GOV"
                continue
            own = self.finer_place(actor.span.start, actor.span.end)  # "the Ekiti State governor": his place's
            armed = None if own is not None else _where_armed(sent, event, actor)
            mention = None if own is not None else armed or _first_country(sent, event, actor.span.start)
            if mention is not None and armed is None and _about(sent, actor, mention):
                mention = None  # "protesters demanding an end to the war in X": what they want, not whose they are
            # the dateline's country, asked only where it may place the actor (a wire lead, or nothing else)
            filed = None if own is not None or (mention is not None and not self.brief) else \
                dateline_country(self.text, sent.start_char)
            if armed is None and mention is not None and filed and \
                    sent.start_char + mention.start > event.trigger.start:
                # a wire lead's own people are where it was filed, not of a land named in what they do ("X
                # accused India of ...", "X arrived in Beijing"); a land named before the act still places them
                # ("the Sudanese cabinet and an armed movement agreed"), whatever hub the story was filed from
                mention = None
            # else "COLOMBO, Sri Lanka (AP) — The government said …": the story's country is where it was filed
            actor.country = own.country if own is not None else mention.iso3 if mention is not None else filed
            if actor.country is None and event.event == "MOBILIZE" and actor.sector in ("MIL", "COP"):
                # "soldiers guarded the polling stations of the port town of Mombasa": forces of no named country in a
                # town are that country's own, deployed at home
                town = next((p for r in event.recipients if r.span
                             for p in [self.finer_place(r.span.start, r.span.end)] if p is not None), None)
                actor.country = town.country if town is not None else None
            if actor.country is None and self.brief:
                # a wire lead of a few sentences is about the country it names first, even where it names it in an
                # aside or another sentence ("police closed the market. The Malian ministry said ..."); not the other
                # party's ("met the visiting minister of X"). So is a person the dictionary cannot place ("X vowed
                # to crush the group if it attacks Y": the condition's country, which the sentence's search skips)
                actor.country = _story_country(self.text, sent, event)
            if actor.country is None:
                actor.country = _jurisdiction(sent, event, actor)
            if actor.country:
                actor.sector = actor.sector or ("CVL" if _ordinary_people(actor.text) else "GOV")

    def finer_place(self, start: int, end: int, told: bool = False) -> Any:
        """The first place finer than a country, with a country, named within ``start:end``; ``told``: only one the
        text tells of (no dateline, seat or modifier). An actor's own phrase may name its office's place by any
        role ("Kaduna State Governor", "the mayor of Odesa", "Gaza's health ministry")."""
        first = bisect_left(self.place_starts, start)
        return next((p for p in self.places[first:] if p.span.start < end and p.span.end <= end and p.country
                     and p.precision not in ("country", "region")
                     and not (told and getattr(p, "role", None) is not None)), None)

    def sentence_places(self, sent: Any) -> list[Any]:
        """The places named within ``sent`` (``self.places`` is in text order)."""
        return self.places[bisect_left(self.place_starts, sent.start_char):bisect_left(self.place_starts,
                                                                                         sent.end_char)]

    def where_done(self, drafts: list[_Draft], sent: Any) -> None:
        """Actors of material acts whom nothing else placed take the one country of the towns and regions their
        sentence tells of ("gunmen raided a cattle market in a town of X province"): those who fight, arrest
        or march in a place are, as ACLED codes actors of no named side, of the country they act in. Their sector
        stays their own: where they acted says nothing of whether they are the state's or its people. Not the
        actors of words, which are as often said abroad; none in a sentence of shells, missiles or air strikes,
        which fly across borders, nor where its places lie in several countries. Settled for the whole sentence,
        so that two words for one act keep one doer. Only in a brief, whose sentences tell one story: in an
        article the same doer named in another sentence without a town would then be of no country, another side
        to ``merge``, and one act told over two sentences would split (the police firing, then its dead)."""
        if not self.brief or any(d.event.event == "ASSAULT" and d.event.mode in crosswalk.FROM_AFAR for d in drafts):
            return
        found = {p.country for p in self.sentence_places(sent) if p.country and p.precision not in ("country", "region")
                 and getattr(p, "role", None) is None}
        if len(found) != 1:
            return
        country = found.pop()
        for draft in drafts:
            if crosswalk.QUAD[draft.event.event].startswith("material"):
                for actor in draft.event.actors:
                    if actor.country is None and actor.sector not in ("IGO", "NGO") and actor.span is not None:
                        actor.country = country

    @staticmethod
    def protest_at_home(event: Event) -> None:
        """People protesting at a state body of a country, where the sentence names no other country for them
        ("thousands marched on Spain's parliament"), are of it; not at an embassy or a consulate."""
        if event.event != "PROTEST":
            return
        for actor in event.actors:
            if actor.country is None and actor.sector in (None, "CVL", "LAB"):
                actor.country = next((r.country for r in event.recipients if r.country and r.sector in _HOME_BODIES
                                      and not _MISSION.search(r.text)), None)
                if actor.country and actor.sector is None and _ordinary_people(actor.text):
                    actor.sector = "CVL"

    def imply_actor(self, event: Event, sent: Any) -> None:
        """An act no words ascribe to anyone ("a missionary was arrested in Lebanon", "thousands marched in
        Nairobi, Kenya") is the act of that country's side: its police arresting, its people protesting, else its
        authorities, as event coders (ACLED's "Police Forces of X", PLOVER's actor from context) code it. The
        actor is marked ``implied`` and points at the country's name in the sentence (the first one outside the
        recipients and conditions). Not for armed acts, which cross borders ("a village in Armenia was shelled"
        names the target's country), but forces of no named country deployed in one are its authorities' ("security
        forces were deployed in Tehran"); forces of a named country deployed are its authorities' wherever they go
        ("Russian tank units were moved to Belarus": a state mobilizes its own forces). A bomb no one is named as
        setting off is an unidentified armed group's of the country named, else of the place it went off in.
        Someone extradited is handed over by the country the "from" phrase names, else by their own, never by
        the one they go "to"; a politician arrested or charged with no doer named is so by his own country's."""
        own = _own_forces(event)
        if own is not None:  # the actor points at the forces, whose country is theirs
            span, country = own.span, own.country
        else:
            deployed = event.event == "MOBILIZE" and not any(r.country for r in event.recipients)
            planted = event.event == "ASSAULT" and event.mode in _PLANTED
            if event.actors or (event.event in _ARMED_ACTS and not deployed and not planted):
                return
            origin = _handed_from(sent, event)  # "deported from Malaysia to face charges": Malaysia
            handed = _handed_over(event) if origin is None else None  # "X was extradited to the US": not the US
            mention = _first_country(sent, event, -1) if handed is None and origin is None else None
            at_home = handed or (_held_at_home(event) if mention is None else None)
            place = self.finer_place(sent.start_char, sent.end_char, told=True) if planted and mention is None \
                else None
            if origin is not None:
                span, country = origin
            elif mention is not None:
                span = self.doc.span(sent.start_char + mention.start, sent.start_char + mention.end)
                country = mention.iso3
            elif place is not None:
                span, country = place.span, place.country
            elif at_home is not None:  # pointing at the country's name in the phrase, else at the phrase
                named = _country_named(self.text, at_home.span.start, at_home.span.end, at_home.country)
                span, country = named if named is not None else (at_home.span, at_home.country)
            else:
                return
        who, sector = _IMPLIED.get((event.event, event.mode), _IMPLIED.get((event.event, None), ("authorities", "GOV")))
        event.actors = [Actor(span.text, f"{who} of {country_index().name(country)}", country, sector, span,
                              implied=True)]

    def as_threat(self, draft: _Draft) -> None:
        """A violent act the speaker announces for the future is the speaker's threat (PLOVER THREATEN)."""
        event = draft.event
        # "will withdraw unless …", "could close the base if …": an act made to depend on the other side
        depends = event.status in ("future", "hypothetical") and conditional(draft.trigger)
        if (event.event not in _VIOLENT and not depends) or event.status not in ("future", "hypothetical"):
            return
        if _prevented(draft.trigger):
            return  # "to prevent provocations": averted, not announced
        speaker = draft.source
        # the speaker's own act: its actors are the speaker (by name, or by country where placed)
        own = speaker is not None and all(
            (a.name == speaker.name and speaker.kind != "unnamed") or a.country == speaker.country
            for a in event.actors if a.country or a.sector)
        # "Britain will halt its aid if the bill passes, diplomats said": the one named as about to act threatens,
        # whoever reports it (not what it could do, a guess: that threatens only when its speaker says it of itself,
        # "it said it might withdraw if …"; nor a sanction announced, a decision told, nor force prepared)
        named = event.status == "future" and draft.explicit_actor and any(
            a.country or a.sector for a in event.actors) and (
            depends or (event.event != "SANCTION" and not _preparing(draft.trigger)))
        named = named or (depends and speaker is not None and draft.explicit_actor and any(
            a.name == speaker.name for a in event.actors))  # "X said it might withdraw if …": X of itself
        # "donors could halt loans if the law passes, envoys said": a penalty named with its condition is a
        # warning to whoever the condition is on, whoever reports it (with no one reporting it, "if the talks
        # fail, the rebels could attack" is the writer's guess)
        named = named or (depends and speaker is not None and event.event in _VIOLENT and draft.explicit_actor
                          and any(a.country or a.sector for a in event.actors))
        if not (own or named) or (draft.explicit_actor and not event.actors):
            return
        event.mode = _THREAT_MODE.get(event.event, "relations")
        event.event = "THREATEN"
        event.context = [c for c in event.context if c != "military"] + ["military"]
        if own and not any(a.name == speaker.name for a in event.actors):  # ("it said it will …": placed already)
            event.actors = [_speaker_actor(speaker)]

    # -- speech acts from attribution -------------------------------------------------------------
    def speech_acts(self, sent: Any) -> list[_Draft]:
        out: list[_Draft] = []
        span = self.doc.span(sent.start_char, sent.end_char)
        for claim in self.doc.claims:
            if claim.stance != "deny" or not (sent.start_char <= claim.cue.start < sent.end_char):
                continue
            source = self.sources.get(claim.source)
            about = self.claim_by_id.get(claim.about) if claim.about else None
            target = self.sources.get(about.source) if about else None
            tok = next((t for t in sent if t.idx >= claim.cue.start), sent[0])
            event = Event(id="", event="REJECT", trigger=claim.cue, evidence=span, mode=None,
                          actors=[_speaker_actor(source)] if source else [],
                          recipients=[_speaker_actor(target)] if target else [], claim=claim.id,
                          status="asserted", mentions=[span])
            out.append(_Draft(tok, Trigger("v", ("deny",), (), "REJECT", None, None), event, sent, source, True))
        ccomps, attributes, complements, subjects = [], [], [], []
        for tok in sent:  # one pass finds each reading's candidate words, by their relation
            dep = tok.dep_
            if dep == "ccomp":
                ccomps.append(tok)
            elif dep == "attr":
                attributes.append(tok)
            elif dep == "acomp":
                complements.append(tok)
            elif dep in ("nsubj", "nsubjpass"):
                subjects.append(tok)
        for tok in ccomps:  # "X said Y must do Z": X demands it of Y
            if tok.head.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in tok.children):
                speaker = [c for c in tok.head.children if c.dep_ == "nsubj"]
                addressee = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                claim = self.claim_at(tok.idx)
                view = self.perspective(claim)
                actors = _resolve(speaker, view, self.text)
                recipients = _resolve(addressee, view, self.text)
                if not actors or not _demanded_of(tok, addressee, recipients):
                    continue
                event = Event(id="", event="REQUEST", trigger=self.doc.span(tok.idx, tok.idx + len(tok)),
                              evidence=span, actors=actors, recipients=recipients,
                              claim=claim.id if claim else None, status="asserted", mentions=[span])
                out.append(_Draft(tok.head, Trigger("v", (tok.head.lemma_,), (), "REQUEST", None, None), event, sent,
                                  view.speaker, True))
        for tok in attributes:  # "X said it is time for Y to act": X demands it of Y
            addressee = _time_for(tok)
            if addressee is None or tok.head.dep_ != "ccomp" or tok.head.head.lemma_ not in _SPEAKING:
                continue
            claim = self.claim_at(tok.idx)
            view = self.perspective(claim)
            actors = _resolve([c for c in tok.head.head.children if c.dep_ == "nsubj"], view, self.text)
            if not actors:
                continue
            event = Event(id="", event="REQUEST", trigger=self.doc.span(tok.idx, tok.idx + len(tok)), evidence=span,
                          actors=actors, recipients=_resolve([addressee], view, self.text),
                          claim=claim.id if claim else None, status="asserted", mentions=[span])
            out.append(_Draft(tok.head.head, Trigger("v", ("demand",), (), "REQUEST", None, None), event, sent,
                              view.speaker, True))
        for tok in complements:  # "X said the plan was unacceptable", "... the envoy was not welcome": X rejects it
            unwelcome = tok.lower_ == "welcome" and (_own_negation(tok) or _own_negation(tok.head))
            if ((tok.lower_ in _UNACCEPTABLE and not _own_negation(tok.head)) or unwelcome) and \
                    tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in _SPEAKING:
                claim = self.claim_at(tok.idx)
                view = self.perspective(claim)
                actors = _resolve([c for c in tok.head.head.children if c.dep_ == "nsubj"], view, self.text)
                if not actors:
                    continue
                start = min(tok.idx, tok.head.idx)  # "was unacceptable": the clause's verb and its word
                event = Event(id="", event="REJECT", trigger=self.doc.span(start, tok.idx + len(tok)),
                              evidence=span, actors=actors, recipients=[], claim=claim.id if claim else None,
                              status="asserted", mentions=[span])
                out.append(_Draft(tok.head.head, Trigger("v", ("reject",), (), "REJECT", None, None), event, sent,
                                  view.speaker, True))
        for tok in subjects:
            if tok.lemma_.lower() == "responsibility" and tok.head.lemma_ in ("lie", "rest", "fall"):
                with_obj = [o for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("with", "on", "upon")
                            for o in p.children if o.dep_ == "pobj"]
                claim = self.claim_at(tok.idx)
                view = self.perspective(claim)
                recipients = _resolve(with_obj, view, self.text)
                if not recipients or view.speaker is None:
                    continue
                event = Event(id="", event="ACCUSE", trigger=self.doc.span(tok.idx, tok.idx + len(tok)),
                              evidence=span, mode="allege", actors=[_speaker_actor(view.speaker)],
                              recipients=recipients, claim=claim.id if claim else None, status="asserted",
                              mentions=[span])
                out.append(_Draft(tok, Trigger("n", ("responsibility",), (), "ACCUSE", "allege", None), event, sent,
                                  view.speaker, True))
        return out

    # -- toll, time, place -------------------------------------------------------------------------
    def attach_tolls(self, drafts: list[_Draft], tolls: list[TollMention], sent: Any) -> None:
        """A toll belongs to the nearest violent event of its sentence, else to the last one before it (its
        ``parent``), when that event's claimant states it and holds no other figure of that kind for other
        victims; one figure per kind, the largest of one claimant for the same victims (a raised toll). Any
        other figure (another claimant's, in the same sentence or a later one; a figure for other victims) is
        a toll record of its own (``_derive``)."""
        records: list[TollRecord] = []  # this sentence's toll records
        for mention in tolls:
            own = [d for d in drafts if d.event.event == "ASSAULT"]
            candidates = own or [d for d in self.drafts if d.event.event == "ASSAULT"][-1:]
            if not candidates:
                continue
            anchor = mention.anchor.i if mention.anchor is not None else sent.start
            parent = min(candidates, key=lambda d: abs(d.trigger.i - anchor))
            count = mention.count
            if mention.victim is not None:
                view = self.perspective(self.claim_at(mention.victim.idx))
                count.of = describe(mention.victim, view, self.text)
                self.same_victims(mention)
            claim = self.claim_at(_toll_position(mention, sent, self.text))
            same_voice = self.speaker_of(claim.id if claim else None) == self.speaker_of(parent.event.claim)
            current: Count = getattr(parent.event, mention.kind)
            if same_voice and (current.text is None or not other_victims(current, count)):
                if current.text is None or _larger(count, current):
                    setattr(parent.event, mention.kind, count)
                continue
            into = next((r for r in records if r.claim == (claim.id if claim else None)
                         and self.derived[id(r)][0] is parent.event
                         and (getattr(r, mention.kind).text is None or not other_victims(getattr(r, mention.kind),
                                                                                       count))), None)
            if into is None:
                into = self._derive(parent, mention, claim, sent)
                records.append(into)
            held: Count = getattr(into, mention.kind)
            if held.text is None or _larger(count, held):
                setattr(into, mention.kind, count)

    def same_victims(self, mention: TollMention) -> None:
        """Victims named again without their country are the same victims when the figure and the noun are the
        same: "raised the toll among Ethiopian soldiers to seven" … "the bodies of seven soldiers" are
        Ethiopian soldiers."""
        of, best = mention.count.of, mention.count.best
        if of is None or best is None:
            return
        lemma = mention.victim.lemma_.lower()
        if of.country is None:
            of.country = next((country for kind, noun, figure, country in reversed(self.victims)
                               if kind == mention.kind and noun == lemma and figure == best), None)
        if of.country is not None:
            self.victims.append((mention.kind, lemma, best, of.country))

    def speaker_of(self, claim_id: str | None) -> str | None:
        """The source that states a claim (None: the document's own voice)."""
        claim = self.claim_by_id.get(claim_id or "")
        return claim.source if claim else None

    def _derive(self, parent: _Draft, mention: TollMention, claim: Claim | None, sent: Any) -> TollRecord:
        """A toll record: the parent attack's type and sides (its time and places are copied when the
        document is done, ``_finish_derived``), told in the toll's sentence, by the toll's claimant, with
        only that toll; its status is the toll's own (a denied or reported claim, negation)."""
        span = self.doc.span(sent.start_char, sent.end_char)
        if mention.anchor is not None:
            tok = mention.anchor
            trigger = self.doc.span(tok.idx, tok.idx + len(tok))
            status = self.status(tok, claim)
        else:
            start = _toll_position(mention, sent, self.text)
            trigger = self.doc.span(start, start + len(mention.count.text or ""))
            status = self.status(sent.root, claim) if claim is not None and claim.stance != "assert" else "asserted"
        source = parent.event
        event = TollRecord(id="", event=source.event, trigger=trigger, evidence=span, mode=source.mode,
                      context=list(source.context), actors=[copy.copy(a) for a in source.actors],
                      recipients=[copy.copy(r) for r in source.recipients], claim=claim.id if claim else None,
                      status=status, mentions=[span], triggers=[trigger], time=self.carried_time())
        own = _own_date(self.sentence_dates(sent), mention.anchor) if mention.anchor is not None else None
        if own is not None:  # "before dawn on Tuesday, two more died": the toll's own date
            event.time = own
        self.derived[id(event)] = (source, event, sent)
        return event

    def _finish_derived(self, events: list[Event], merged: dict[int, Event]) -> list[Event]:
        """The toll records, each with its parent's final time and places (when the parent has none, the places
        the toll sentence puts it in: "across the river in <town>, two guards died") and
        ``derived_from``: the event it was copied from (its id once ids are given)."""
        out = []
        kept = {id(e) for e in events}
        for parent, event, sent in self.derived.values():
            target = merged.get(id(parent), parent)
            if id(target) in kept and event.time.how != "text" and (target.time.start or target.time.end):
                event.time = copy.copy(target.time)  # a known time is never replaced by none
            event.locations = [dict(loc) for loc in target.locations] or [
                loc for loc in self.locations(sent, _Draft(sent.root, _TOLL_TRIGGER, event, sent))
                if _locative(self.doc.parsed, loc["start"])]
            event.parent = target if id(target) in kept else None  # type: ignore[attr-defined]
            out.append(event)
        return out

    def sentence_dates(self, sent: Any) -> list[tuple[Any, EventTime]]:
        """The sentence's date expressions, resolved (none without a reference date)."""
        found = []
        if self.reference is not None:
            for ent in expressions(sent):
                before = self.text[sent.start_char:ent.start_char]
                time = resolve_expression(ent.text, self.reference, before)
                if time is not None:
                    found.append((ent, time))
        return found

    def time_of(self, sent: Any, drafts: list[_Draft]) -> dict[int, EventTime]:
        """Each trigger's time: a date of its own clause, else of a clause above it (``_date_rank``); a date
        that tells when another event happened ("in response to the attack on 2 May") is not its time. The
        nearest of the best rank wins."""
        found = self.sentence_dates(sent)
        out: dict[int, EventTime] = {}
        for draft in drafts:
            time = _own_date(found, draft.trigger)
            if time is not None:
                out[draft.trigger.i] = time
        return out

    def utterance_time(self) -> EventTime:
        """A speech act with no date of its own happened when it was published."""
        if self.doc.published.date:
            return EventTime(self.doc.published.date, self.doc.published.date, "day", None, "published")
        return EventTime()

    def carried_time(self) -> EventTime:
        """No date in the sentence: the narrative's last date holds, else the publication date bounds it."""
        if self.last_time is not None:
            t = self.last_time
            return EventTime(t.start, t.end, t.precision, t.text, "context")
        if self.doc.published.date:
            return EventTime(None, self.doc.published.date, None, None, "published")
        return EventTime()

    def speech_place(self, start: int, trigger: Any) -> bool:
        """The place is the object of "in/at/from" on a speech verb (a claim's cue, a verbal event's trigger or
        a verb of speaking) that is not the event's own trigger."""
        tok = _phrase_head(_token_at(self.doc.parsed, start), ("compound", "conj", "appos"))
        if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "from"):
            return False
        verb = tok.head.head
        if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX"):
            return False
        entry = match(verb)
        return verb.lemma_ in _SPEAKING or (entry is not None and crosswalk.QUAD[entry.event].startswith(
            "verbal")) or any(c.cue.start <= verb.idx < c.cue.end for c in self.doc.claims)

    def locations(self, sent: Any, draft: _Draft) -> list[dict[str, Any]]:
        """The places of the event's sentence, without the countries that name a side; finer places hide
        the country names next to them."""
        places = [p for p in self.sentence_places(sent) if not in_dateline_place(self.text, p.span.start, p.span.end)
                  and getattr(p, "role", None) is None]
        sides = [a.span for a in draft.event.actors + draft.event.recipients if a.span]
        verbal = crosswalk.QUAD[draft.event.event].startswith("verbal")  # "responsibility lies with Baku"
        if verbal:  # a speech act's place is a locative ("said in Geneva"), never a metonym ("lies with Baku")
            places = [p for p in places if _locative(self.doc.parsed, p.span.start)]
        else:  # "said in Geneva", "speaking in Lima, … condemned the strike": where the words were spoken
            places = [p for p in places if not self.speech_place(p.span.start, draft.trigger)]
        places = [p for p in places if p.precision != "country" or not (
            any(s.start <= p.span.start < s.end for s in sides) or _modifier(self.doc.parsed, p.span.start))]
        if any(p.precision != "country" for p in places):
            places = [p for p in places if p.precision != "country"]
        out = []
        seen: set[tuple[Any, ...]] = set()
        for p in places:
            key = (p.geonameid, p.name, p.country)
            if key in seen:
                continue
            seen.add(key)
            out.append({"text": p.span.text, "name": p.name, "geonameid": p.geonameid, "country": p.country,
                        "admin1": p.admin1, "admin2": p.admin2, "lat": round(p.lat, 5), "lon": round(p.lon, 5),
                        "precision": p.precision, "start": p.span.start, "end": p.span.end, "how": "sentence"})
        return out


_PATIENT_OF = frozenset("killing murder massacre slaughter assassination abduction shelling bombing bombardment "
                        "release planting invasion occupation siege capture blockade boycott embargo condemnation "
                        "criticism expulsion ban recall closure shutdown suspension seizure demolition dissolution "
                        "arrest detention deportation extradition".split())
# Objects that name the act itself, whose "on/against/to" object is the one it is aimed at ("opened fire on
# X", "threatened action against X", "dealt blows to X").
_PHRASE_OBJECTS = frozenset("fire strike strikes attack attacks blow blows action actions measure measures step "
                            "steps sanction sanctions retaliation reprisal reprisals offensive war campaign "
                            "complaint charge charges lawsuit proceedings".split())
_HARM_VERBS = frozenset("kill injure wound".split())
_RECIPIENT_PREPS = frozenset("at on against towards toward upon with into".split())
_SIDE_WORDS = frozenset({"police", "army"})


def _date_owner(ent: Any) -> Any:
    """The word whose time a date expression tells: from the expression up through its prepositions to
    the first verb or event noun ("the attack on 2 May" -> attack; "struck before dawn on Tuesday" ->
    struck)."""
    tok = ent.root
    for _ in range(10):
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
        if ent.start <= tok.i < ent.end:
            continue
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ in ("NOUN", "PROPN") and match(tok) is not None):
            return tok
    return tok


def _clause_chain(tok: Any) -> list[Any]:
    """The trigger and the words up to the verb of its clause ("launched strikes": strikes, launched)."""
    chain = [tok]
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
    return chain


def _date_rank(owner: Any, tok: Any) -> int | None:
    """0: the date is the trigger's own (it hangs on the trigger, the verb of its clause, or a plain verb
    below the trigger: "the shelling, which began at 23:10"); 1: it hangs on a clause above the trigger
    ("on Monday, X said Y shelled ..."); None: it tells another event's time."""
    chain = _clause_chain(tok)
    members = {c.i for c in chain}
    if owner.i in members:
        return 0
    if match(owner) is None:  # a plain verb under the trigger's clause: "the shelling, which began at 23:10",
        node = owner  # "starting from the late hours of 12 May, X shelled …"
        while node.head.i != node.i and node.i not in members:
            node = node.head
            if node.i not in members and match(node) is not None and node.pos_ in ("NOUN", "PROPN", "VERB"):
                break  # under another event on the way
        if node.i in members:
            return 0
    if owner in chain[-1].ancestors and owner.pos_ in ("VERB", "AUX"):
        return 1
    return None


def _own_date(found: list[tuple[Any, EventTime]], tok: Any) -> EventTime | None:
    """The best-ranked date of ``found`` for the trigger ``tok`` (``_date_rank``), the nearest among equals."""
    ranked = []
    for ent, time in found:
        rank = _date_rank(_date_owner(ent), tok)
        if rank is not None:
            ranked.append((rank, abs(ent.start - tok.i), time))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _depth(tok: Any) -> int:
    return sum(1 for _ in tok.ancestors)


def _verb_arguments(tok: Any, entry: Trigger) -> tuple[list[Any], list[Any]]:
    """Actor: subject or "by" agent; recipient: object, passive subject, or "at/on/against" object."""
    actors: list[Any] = []
    recipients: list[Any] = []
    agents: list[Any] = []  # named by "by": the doers even of a headline passive
    prefix = hyphen_prefix(tok)
    for child in tok.children:
        if child.dep_ == "nsubj" and (_heading_speaker(child, tok) or (prefix is not None and child.i == prefix.i)):
            continue  # "the police lathi-charged": "lathi" is the verb's own first half, not its subject
        if child.dep_ == "nsubj" and day_phrase_verb(child) is not None:
            continue  # "X on Monday condemned lenders ... after the bank froze loans": X condemned, not froze
        if child.dep_ == "nsubj":
            if child.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                actors.append(tok.head)  # "the policemen who killed …"
            else:
                actors.append(child)
        elif child.dep_ == "agent":  # "hit by a rocket fired by X": X
            agents += [r for c in child.children if c.dep_ == "pobj" for r in _responsible(c)]
            actors += agents
        elif child.dep_ == "dobj" and (child.lemma_ in _PHRASE_OBJECTS or (
                child.lemma_.lower() in entry.lemmas[1:] and match(child) is not None)):
            # "opened fire … on X", "expressed Y's support to X": the object is an act, the phrase's own word
            recipients += [o for p in child.children if p.dep_ == "prep" and p.lower_ in _RECIPIENT_PREPS | {"to"}
                           for o in p.children if o.dep_ == "pobj"]
        elif child.dep_ == "dative":  # "gave the rebels five days", "sent food to the town": those given it
            recipients += [o for o in child.children if o.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
        elif child.dep_ in ("nsubjpass", "dobj"):
            recipients.append(child)
        elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
            recipients += [c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in WEAPON_MODES]
        elif child.dep_ == "compound" and child.lower_ in _SIDE_WORDS:
            actors.append(child)  # "the army firing on …" parsed as a verb
        if entry.event in _BETWEEN_PARTIES and child.dep_ in ("prep", "nsubjpass"):
            # "an agreement was signed between the two clans", "a truce between X and Y was agreed": the parties
            between = [child] if child.lower_ == "between" else [
                p for p in child.children if p.dep_ == "prep" and p.lower_ == "between"]
            parties = [o for p in between for o in p.children if o.dep_ == "pobj"]
            if entry.mode == "third-party":  # "mediated between X and Y": the mediator acts, X and Y are mediated
                recipients += parties
            else:
                actors += parties
    if not recipients:  # "opened fire with mortars on Armenian positions": the parser hangs "on" lower down
        for prep in tok.subtree:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "against") and not any(
                    a.pos_ in ("VERB", "AUX") for a in prep.ancestors if a.i != tok.i and tok in a.ancestors):
                recipients += [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
                break
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    # A headline passive's subject is what was done to ("two soldiers killed in attack", "five youths arrested
    # after clash"); a "by" agent stays the doer ("were killed by the rebels").
    subjects = [a for a in actors if a not in agents]
    if tok.lemma_ in _HARM_VERBS and subjects and not any(c.dep_ == "dobj" for c in tok.children) and not any(
            c.lower_ in ("have", "has", "had") for c in tok.children) and not shares_object(tok):
        recipients, actors, subjects = recipients + subjects, agents, []
        passive = True
    # "the men arrested on Monday", "the suspect extradited from Colombia": the headline passive's subject is the one
    # held or handed over (an extradition always has an object, so the past tense too)
    if subjects and ((tok.tag_ == "VBN" and entry.event == "COERCE" and entry.mode == "arrest") or (
            entry.event == "COOPERATE" and entry.context == "legal")) and not any(
            c.dep_ in ("dobj", "aux") for c in tok.children):
        recipients, actors, subjects = recipients + subjects, agents, []
        passive = True
    armed = _armed_with(tok) if not subjects and tok.dep_ == "acl" else None
    stranded = relative_root(tok) if not subjects and not passive else None
    if stranded is not None:  # "police who ran to the gate shot into the crowd": the police shot
        actors = [stranded]
        recipients = [r for r in recipients if r.i != tok.head.i]
        if tok.dep_ == "amod":
            recipients.append(tok.head)  # "on Monday condemned lenders for ...": the noun is what it is done to
    elif armed is not None:  # "Troops with automatic weapons fired on the march", parsed as weapons that were fired
        actors = [armed]
    elif not subjects and not passive and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in (
            "NOUN", "PROPN") and not any(c.dep_ == "dobj" for c in tok.children) and (
            tok.lemma_ in _HARM_VERBS or entry.event in ("ASSAULT", "COERCE")):
        recipients.append(tok.head)  # "soldiers killed in the fighting", "the men arrested on Monday": the
        passive = True  # dead or the arrested, not the killers or the police
    if not actors and tok.tag_ == "VBN" and tok.dep_ in ("xcomp", "oprd") and not any(
            c.dep_ == "aux" for c in tok.children):
        patients = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if patients:  # "13 people were confirmed killed", "were reported arrested": the raising verb's subject
            recipients, passive = recipients + patients, True  # is the patient, not who did it
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if not actors and tok.tag_ == "VBG" and before is not None and (
            (before.pos_ == "NOUN" and before.lower_ in _SIDE_WORDS | {"cops", "troops", "soldiers"}) or
            (before.ent_type_ == "NORP" and before.dep_ == "pobj" and before.head.i == before.i - 1)):
        actors = [before]  # "killed in police firing", "in <nation's> shelling" parsed as "police" + a participle
    if not actors and prefix is not None:  # "police baton-charged": the parser hangs the subject on "baton"
        actors = [c for c in prefix.children if c.dep_ == "compound" and names_someone(c)]
        if not actors and tok.tag_ == "VBN" and _a_state_word(prefix):
            actors = [prefix]  # "Samoa-donated pumps": the state named before the hyphen gave them
    if not actors and not passive and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "ROOT" and \
            tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN") and entry.event not in ("ASSAULT", "COERCE") and \
            tok.lemma_ not in _HARM_VERBS:
        actors = [tok.head]  # "X's military rulers threatened on Friday to jail ...": parsed as rulers who
        # were threatened, with no verb of the sentence's own; only harm done is told so in a headline ("two
        # soldiers killed in the attack"), a threat, a warning or a pledge is the subject's
    if not actors and not passive:  # a passive without "by" names no actor; don't guess one
        actors = subject_read_as_object(tok) or _controller(tok) or stranded_subject(tok)
    if entry.event == "ASSAULT" and all(a.lemma_.lower() in WEAPON_MODES or a.lemma_.lower() in _SHOTS for a in actors):
        actors = _fired_from(tok) or actors  # "rockets fired from …": the parse makes the rockets the subject
    if tok.lemma_ == "arrive" and entry.event == "AID" and not any(names_someone(a) for a in actors):
        actors = _givers(tok, actors)  # "donated vaccines arrived": the goods are no actor, their giver is
    return actors, recipients


def _givers(arrive: Any, goods: list[Any]) -> list[Any]:
    """Who gave the aid that arrived: a "from" phrase ("as part of a donation from the government"), or the name
    before the hyphen of "X-donated"."""
    given = [o for p in arrive.subtree if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
             if o.dep_ == "pobj" and names_someone(o)]
    return given or [t for g in goods for t in g.subtree if t.i + 2 < len(t.doc) and t.nbor().text == "-"
                     and t.nbor(2).lower_.startswith("donat") and _a_state_word(t)]


def _a_state_word(tok: Any) -> bool:
    """The word names a state (the small model tags some as organisations: "Samoa")."""
    return tok.ent_type_ in ("GPE", "NORP") or bool(country_index().find(tok.text))


def _armed_with(tok: Any) -> Any:
    """Who is "with" the weapons a verb hangs on, where the parser reads "Troops with rifles fired on the march" as
    rifles that were fired: the troops; None elsewhere."""
    weapon, prep = tok.head, tok.head.head
    if (weapon.lemma_.lower() not in WEAPON_MODES and weapon.lemma_.lower() != "weapon") or weapon.dep_ != "pobj" or \
            prep.lower_ != "with" or tok.i != weapon.i + 1 or not names_someone(prep.head):
        return None
    return prep.head


_SHOTS = frozenset("shot round bullet".split())
# What weapons are fired from: its crew's side fired them ("rockets fired from Turkish drones").
_PLATFORMS = frozenset("helicopter helicopters gunship gunships ship ships warship warships jet jets plane planes "
                       "warplane warplanes aircraft drone drones tank tanks boat boats vessel vessels".split())


def _fired_from(tok: Any) -> list[Any]:
    """The platform a shot or a missile came "from", where a nation's word names whose it is."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
            if o.dep_ == "pobj" and o.lower_ in _PLATFORMS and any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in o.subtree)]


_BETWEEN_PARTIES = frozenset({"AGREE", "CONSULT", "SUPPORT"})  # acts whose parties a passive names by "between"
_FIGHTERS = frozenset({"REB", "MIL"})  # those "forced out" of a place by fighting, not deported


def _heading_speaker(subject: Any, verb: Any) -> bool:
    """"Defence Ministry: the other side opened fire first": the words before the colon name who speaks (a
    statement's heading), and the verb has a subject of its own after the colon."""
    colon = next((t for t in subject.doc[subject.i + 1:verb.i] if t.text == ":"), None)
    return colon is not None and any(c.dep_ == "nsubj" and colon.i < c.i < verb.i for c in verb.children)


# Weapons and arms that name an attack's kind before its noun ("drone strike", "missile attack", "artillery fire").
_MEANS_WORDS = frozenset("drone air missile rocket artillery mortar helicopter tank naval sniper cruise ballistic "
                         "gunship warplane jet".split())


def _noun_arguments(tok: Any, entry: Trigger) -> tuple[list[Any], list[Any]]:
    """Actor: possessor, "by" phrase, a national or police modifier ("Israeli airstrikes", "police
    firing"), an "of" phrase that names an actor, or the subject of a light verb ("carried out
    provocations"); recipient: "against/on/at" phrases and the "of" of what is hit or taken."""
    actors: list[Any] = []
    recipients: list[Any] = []
    # "a US drone strike": the nation modifies the weapon that names the attack's kind
    means = [g for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in _MEANS_WORDS
             for g in c.children if g.dep_ in ("amod", "compound")]
    for child in [*tok.children, *means]:
        modifier = child.dep_ in ("amod", "compound") and (child.ent_type_ in ("NORP", "GPE", "ORG") or (
            (child.pos_ in ("NOUN", "PROPN") or child.lower_ in GROUP_ADJECTIVES)
            and sector_of(child.text) is not None))  # "rebel attack", "police firing"; not "military threats"
        if child.dep_ == "poss" and entry.mode in _HELD_MODES and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            recipients.append(child)  # "his arrest", "their detention": the one held ("X's arrest of Y": X)
        elif child.dep_ == "poss" or modifier:
            actors.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actors += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
            recipients += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ == "of":
            patient = entry.event in ("COERCE", "RETREAT") or tok.lemma_ in _PATIENT_OF
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                (recipients if patient or is_target(obj) else actors).append(obj)
    if not actors and tok.lemma_.lower() in _MUTUAL:  # "killed in an encounter with the police": a fight
        with_side = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"  # has two sides; the
                     for o in c.children if o.dep_ == "pobj"]  # one named is the actor
        starter = _light_verb_subject(tok) if with_side else []
        if starter:  # "rebels sparked a gun battle with the police": who started it, against the other side
            actors = starter
            recipients = [*recipients, *(w for w in with_side if w not in recipients)]
        elif with_side:
            actors = with_side
            recipients = [r for r in recipients if r not in with_side]
    if actors and all(a.dep_ == "poss" and a.lower_ in _BOUND_POSSESSIVES for a in actors):
        # "the premier continued his visit to Moscow": "his" is the subject of the verb that carries the noun
        actors = _light_verb_subject(tok) or actors
    if not actors and tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        actors = _noun_arguments(tok.head, entry)[0]  # "the X incursion and bombing": X's bombing too
    if not actors:
        actors = _light_verb_subject(tok)
    if not actors:  # "the envoy on Monday offered condolences", read as "(Monday) offered condolences"
        light = next((c for c in tok.children if c.dep_ == "amod" and c.lemma_ in _LIGHT_VERBS), None)
        hidden = relative_root(light) if light is not None else None
        actors = [hidden] if hidden is not None else []
    if not actors:
        actors = _causer(tok)
    if not actors and tok.dep_ == "pcomp" and tok.tag_ == "VBG":
        actors = _controller(tok)  # "joined others in calling for ...", "broke the deadlock by agreeing to ...": the
        # verb's subject does it
    return actors, recipients


_BOUND_POSSESSIVES = frozenset("his her its their".split())  # a possessive that refers back in its clause
_ATTENDING = frozenset("arrive come return go travel fly head gather assemble sit".split())
_DEPARTING = frozenset("leave depart embark set".split())  # ... on a visit, a tour ("set off on a tour")
_JOINING = frozenset("join attend participate part".split())  # and "took part in" (``_took_part``)
_MUTUAL = frozenset("clash encounter shootout gunfight gunbattle fighting battle skirmish".split())
_OWNING = frozenset("claim accept take assume bear admit deny disclaim".split())  # ... responsibility for X
_NO_ONE = frozenset("nobody none no-one noone".split())
_HELD_MODES = frozenset({"arrest", "deport"})
_CAUSE_VERBS = frozenset("cause trigger spark".split())
_DENIAL_HEADS = frozenset("no any".split())


def _role(tok: Any) -> Any:
    """The word that holds a trigger's place in its clause: the first conjunct of a coordination ("launched
    missile or artillery strikes": missile), the event noun a compound trigger modifies ("firing missions")."""
    node = tok
    for _ in range(4):
        coordinated = node.dep_ == "conj" and node.head.pos_ == node.pos_
        if not coordinated and not (node.dep_ == "compound" and node.head.lemma_ in _EVENT_HEADS):
            break
        node = node.head
    return node


def _own_negation(tok: Any) -> bool:
    return any(negates(c) or c.lower_ in ("never", "no") for c in tok.children)


def _negated(noun: Any, verb: Any) -> bool:
    """"had no missions", "did not have any missions"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or any(
        negates(c) or c.lower_ == "never" for c in verb.children)


def _responsible(head: Any) -> list[Any]:
    """Who a blamed or causing thing stands for: "a rocket fired by X", "a launch by X" -> X; else the thing
    itself ("an X air strike", "a rocket of X" name X in their own words; "police led by X" are the police)."""
    if names_someone(head):
        return [head]
    agents = [o for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
              for o in a.children if o.dep_ == "pobj"]
    agents += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
               if o.dep_ == "pobj"]
    return agents or [head]


def _blamed(verb: Any) -> list[Any]:
    """Whom a blaming verb blames: "blamed X" or "blamed it on X" (then the object is the deed), each
    through what it stands for (``_responsible``)."""
    on = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for o in c.children
          if o.dep_ == "pobj"]
    objects = on or [c for c in verb.children if c.dep_ == "dobj"]
    return [r for o in objects for r in _responsible(o)]


_OWN_CLAUSES = frozenset("ccomp advcl relcl parataxis xcomp csubj".split())


def _about(sent: Any, actor: Actor, mention: Any) -> bool:
    """The country ``mention`` (offsets in ``sent``) is named in a clause of the actor's own phrase that says what
    its people do or want."""
    span = sent.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and any(lo <= mention.start < hi for lo, hi in clauses_within(span.root, sent.start_char))


def _doers_of_deeds(events: list[Event], parsed: Any) -> None:
    """"Three civilians were killed in an Israeli air strike": a harm told with no doer, "in", "during" or "by" an
    attack the sentence names, is the attack's doers' (the two stay apart when their recipients differ: the
    civilians killed, the city struck)."""
    attacks = {e.trigger.start: e for e in events if e.event in ("ASSAULT", "COERCE") and e.actors}
    if not attacks:
        return
    for event in events:
        if event.event != "ASSAULT" or event.actors:
            continue
        tok = _token_at(parsed, event.trigger.start)
        # the harm's own "in" phrase, or a conjoined harm's ("killed and eight wounded in an air raid"), not one
        # of a clause of its own
        preps = [c for c in (tok.subtree if tok is not None else ()) if c.dep_ in ("prep", "agent") and c.lower_ in
                 ("in", "during", "by") and not any(a.dep_ in _OWN_CLAUSES for a in c.ancestors if tok in a.ancestors)]
        deed = next((attacks[o.idx] for c in preps for o in c.children if o.dep_ == "pobj" and o.idx in attacks), None)
        if deed is not None:  # never the event itself: it has no actors
            event.actors = [copy.copy(a) for a in deed.actors]


def _causer(tok: Any) -> list[Any]:
    """"The explosion was caused by a rocket launched by X", "a rocket of X caused the blast": the cause's
    owner is the attacker."""
    verb = tok.head
    if verb.lemma_ not in _CAUSE_VERBS:
        return []
    if tok.dep_ == "nsubjpass":
        causes = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    elif tok.dep_ == "dobj":
        causes = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return []
    return [r for cause in causes for r in _responsible(cause)]


# Verbs whose object "strike" is a stoppage of work, never a blow ("joined the strike", "held a strike",
# "called off the strike", "took part in the strike"); one launches or carries out a strike from the air.
_STOPPAGE_VERBS = frozenset("join hold stage call participate part suspend initiate declare launch begin".split())
# Kinds of strike that only a stoppage of work is ("a nationwide strike", "a general strike").
_STOPPAGE_KINDS = frozenset("nationwide national general indefinite countrywide sit-down wildcat token one-day "
                            "day-long".split())
_WORKFORCE = frozenset({"LAB", "EDU"})


def _took_part(verb: Any) -> bool:
    """"took part in": "in" hangs on "part" or on "took", as the parse has it."""
    return verb.lemma_ == "take" and any(c.lemma_ == "part" for c in verb.children)


_LARGE_MULTITUDES = frozenset("thousand thousands million millions".split())
# Foreigners sent home under immigration law, not a people driven out.
_ALIENS = frozenset("expatriate expat foreigner migrant immigrant undocumented illegal illegals overstayer "
                    "alien visa asylum refugee".split())


def _multitude_driven_out(tok: Any) -> bool:
    """Whom the verb drives out are counted in thousands, or are a whole population: "expelled tens of thousands
    of farmers", "deported 20,000 workers", "expelled the ethnic Greek population" (a mass expulsion, CAMEO 201)."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        words = list(obj.subtree)
        if any(w.lemma_.lower() in _ALIENS for w in words):
            continue  # "deported 4,000 migrant workers", "expelled thousands of illegal migrants": immigration enforced
        if obj.lemma_.lower() == "population" or any(w.lower_ in _LARGE_MULTITUDES for w in words):
            return True
        if any(w.dep_ == "nummod" and w.like_num and w.text.replace(",", "").isdigit() and
               int(w.text.replace(",", "")) >= 1000 for w in words):
            return True
    return False


def _work_stoppage(tok: Any, actors: list[Actor]) -> bool:
    """The noun "strike" told as a stoppage of work: by its kind ("a general strike"), by its verb, or by those
    who strike (workers, unions, teachers' bodies); never where it is aimed "on" something, nor, unless its kind
    tells it, where those who strike are armed or of the state."""
    if tok.lemma_ != "strike" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _STOPPAGE_KINDS for c in tok.children):
        return True  # "a nationwide strike", "an indefinite strike", whoever leads it ("a party led a general strike")
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return False  # "called in a strike on the ridge": a blow aimed somewhere
    if any(a.sector in _STATE_SECTORS | {"REB"} for a in actors):
        return False
    role = _role(tok)
    verb = _carrier(role)
    if role.dep_ in ("dobj", "pobj", "nsubjpass") and (verb.lemma_ in _STOPPAGE_VERBS or _took_part(verb)):
        return True  # "joined the strike", "a strike was called"
    return bool(actors) and all(a.sector in _WORKFORCE or (a.sector in (None, "CVL") and _at_work(a.text))
                                for a in actors)  # "Argentine dockworkers": civilians placed by their demonym


# Words for people by the work they do: a strike by them stops work ("a strike by nurses", "a strike by
# dockworkers that shut the port"), as one by a union does.
_WORKING = frozenset(
    "worker workers employee employees staff doctor doctors nurse nurses teacher teachers lecturer lecturers miner "
    "miners driver drivers trucker truckers dockworker dockworkers steelworker steelworkers autoworker autoworkers "
    "labourer labourers laborer laborers pilot pilots farmer farmers engineer engineers lawyer lawyers "
    "servants porters cleaners clerks".split())


def _at_work(phrase: str) -> bool:
    """The phrase is headed by a word for people by their work ("the nurses", "300 civil servants")."""
    return _head_word(phrase) in _WORKING


def _carrier(role: Any) -> Any:
    """The word an event noun in its clause's place hangs on: its head, or its preposition's head ("held
    protests", "took part in the strike"), past a span or a series of them ("began three days of strikes",
    "carried out a wave of attacks")."""
    if role.dep_ != "pobj":
        return role.head
    head = role.head.head
    if role.head.lower_ == "of" and head.pos_ == "NOUN" and head.lemma_.lower() in _SPANS and \
            head.dep_ in ("dobj", "pobj", "nsubjpass"):
        return _carrier(head)
    return head


# Nouns of a stretch of time or a run of acts, whose "of" names the acts ("10 days of war games", "a wave of
# attacks").
_SPANS = frozenset("day week month hour year night series wave round spate string run campaign".split())


# Meetings one "has" with someone: the subject of "had" held them (not "had problems").
_HAD = frozenset("talk talks conversation meeting discussion consultation negotiation dialogue call".split())


def _light_verb_subject(tok: Any) -> list[Any]:
    """The subject of the verb that carries an event noun: "X carried out provocations", "held protests"."""
    tok = _role(tok)
    if tok.dep_ not in ("dobj", "pobj", "nsubjpass", "attr"):
        return []
    verb = _carrier(tok)
    if verb.lemma_ == "responsible":
        verb = verb.head  # "X was responsible for the strike": X did it
    elif verb.lemma_ == "responsibility" and verb.head.lemma_ in _OWNING:
        verb = verb.head  # "X claimed responsibility for the attack": X did it, by its own word (or denies it)
        if any(c.dep_ == "nsubj" and (c.lower_ in _NO_ONE or any(d.lower_ == "no" for d in c.children))
               for c in verb.children):
            return []  # "no group has claimed responsibility": no one is named
    elif verb.lemma_ == "have" and _negated(tok, verb):
        pass  # "X had no firing missions there": what X denies doing
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("for", "at") and verb.lemma_ in _ATTENDING:
        pass  # "negotiators returned to Geneva for talks", "crowds gathered at a rally": they take part
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.lemma_.lower() in _STAYS and \
            verb.lemma_ in _ATTENDING | _DEPARTING:
        pass  # "the premier left for Hanoi on a state visit", "flew to Oslo on a tour": she makes it
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon") and verb.lemma_ == "embark":
        pass  # "doctors embarked on a strike", "the army embarked on an offensive": they began it
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and verb.lemma_ == "subject":
        pass  # "guards subjected the inmates to beatings": the guards beat them
    elif (copula := _there_for(tok, verb)) is not None:
        verb = copula  # "the minister is in Accra for talks", "is on a visit to Chile": she takes part
    elif verb.lemma_ == "have" and tok.dep_ == "dobj" and tok.lemma_.lower() in _HAD:
        pass  # "the two ministers had talks", "had a phone call": they talked
    elif (verb.lemma_ in _JOINING or _took_part(verb)) and (
            tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ == "in")):
        pass  # "thousands joined the march", "attended the talks", "took part in the strike": they take part
    elif verb.lemma_ in _ENACTING and tok.lemma_.lower() in _INSTRUMENTS:
        pass  # "the king signed an amnesty decree": he grants the amnesty
    elif _LIGHT_VERBS.isdisjoint(lemmas_of(verb)) and verb.lemma_ not in _ENGAGED:
        return []
    engaged = verb.lemma_ in _ENGAGED  # "X were engaged in ethnic cleansing": the passive's subject does it
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or (engaged and c.dep_ == "nsubjpass")] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not subjects and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and \
            tok.dep_ == "dobj":
        return [verb.head]  # "The chief of staff sent on Friday a warning": a verb with an object on the
        # root noun is the sentence's own (a participle has no object)
    return subjects or _controller(verb)


_ENACTING = frozenset("sign enact promulgate".split())  # ... a decree, a law: its maker grants what it names
_INSTRUMENTS = frozenset("decree law order bill".split())
_STAYS = frozenset("visit trip tour talks talk consultations".split())  # what one is somewhere "for" or "on"


def _there_for(tok: Any, carrier: Any) -> Any:
    """The copula that says where someone is for a visit or talks, or that they are on one ("is in Accra for
    talks", "was on a tour of the region"): they take part in it. The parser may hang "for" on the place ("in
    Accra for talks"); None where the noun is no such stay."""
    if tok.dep_ != "pobj" or tok.lemma_.lower() not in _STAYS:
        return None
    prep = tok.head.lower_
    if carrier.lemma_ == "be":
        there = any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in carrier.children)
        return carrier if prep == "on" or (prep == "for" and there) else None
    if prep == "for" and carrier.dep_ == "pobj" and carrier.head.lower_ in ("in", "at") and \
            carrier.head.head.lemma_ == "be":
        return carrier.head.head
    return None


def _cue_verbs() -> frozenset[str]:
    from casus.attribution.claims import CUE_VERBS  # (attribution imports the event modules)

    return CUE_VERBS


def _controller(tok: Any) -> list[Any]:
    """The subject a subjectless verb takes from what it hangs on: the noun a participle describes
    ("police firing", "units stationed there towards suppressing …"), else the subject of the clause
    it completes ("forced to open fire", "is ready to ease", "sent a letter demanding …")."""
    node = tok
    climb = {"xcomp", "advcl", "pcomp", "pobj", "prep", "conj", "acomp"}
    for _ in range(5):
        came_by = node.dep_
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            if names_someone(node.head):
                return [node.head]
            node = node.head  # "a letter demanding …": whoever sent it; "X was the first state to back …": X
            climb = climb | {"dobj", "nsubjpass", "attr"}
            came_by = node.dep_
            if node.dep_ not in climb or node.head.i == node.i:
                return []
            node = node.head
        else:
            if node.dep_ not in climb or node.head.i == node.i:
                return []
            node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if came_by == "prep" and tok.dep_ == "pcomp" and tok.head.lower_ == "for":
                # "deported 300 workers for overstaying …", "thanked Y for sending …": the one it is done to did it
                done_to = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass") and names_someone(c)]
                if done_to:
                    return done_to
            if came_by == "prep" and tok.dep_ == "pcomp" and tok.head.lower_ == "from":
                # "police stopped the gunmen from attacking": the one kept from it would have done it
                kept = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
                if kept and node.lemma_ in _KEEPING_FROM:
                    return kept
            if came_by == "xcomp":
                # "forcing the police to open fire", "the police were forced to fire"; a thing used is no
                # doer ("tear gas was used by police to disperse them": the police did)
                controllers = [c for c in node.children if c.dep_ == "nsubjpass" and names_someone(c)]
                if node.lemma_ in _OBJECT_CONTROL:
                    controllers = [c for c in node.children if c.dep_ == "dobj"] + controllers
                if controllers:
                    return controllers
            if came_by == "advcl" and tok.tag_ == "VBG" and node.lemma_ in _cue_verbs():
                # "X attacked the city, officials said, killing four": the killing is the reported act's
                told = [c for c in node.children if c.dep_ == "ccomp" and c.i < node.i]
                node = told[0] if told else node
            subjects = [c for c in node.children if c.dep_ == "nsubj"] + [
                o for c in node.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if subjects and node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
                # "police who reached the campus shot tear gas": "who" is the noun the clause describes
                subjects = [node.head if s.lower_ in ("who", "that", "which") else s for s in subjects]
            if subjects:
                return subjects
    return []


_HELD = Trigger("v", ("hold",), (), "COERCE", "arrest", None)
_NOT_HELD = frozenset("responsible accountable liable guilty hostage captive ransom up back talk".split())


def _held(tok: Any) -> Trigger | None:
    """"Fifty persons were held", "the men held in the raid": people held are people arrested (not "a
    meeting was held", "held responsible", "held hostage", "held at ransom")."""
    if tok.lemma_ != "hold" or tok.tag_ != "VBN" or any(
            w.lemma_.lower() in _NOT_HELD for c in tok.children for w in [c, *(o for o in c.children
                                                                               if c.dep_ == "prep")]):
        return None
    if any((found := sector_of(h.text)) is not None and found.kind == "organization" and h.lemma_.lower() not in PEOPLE
           for h in patients_of(tok)):
        return None  # "a meeting of the association, held on Friday": a body's meeting is held, no one arrested
    return _HELD if people_patient(tok) else None


_INTENT = Trigger("v", ("ready",), (), "AGREE", None, None)
_INTENT_THREAT = Trigger("v", ("ready",), (), "THREATEN", "violence", "military")


def _intent(tok: Any) -> Trigger | None:
    """"Is ready to host talks", "is committed to opening up the economy": an intent declared (CAMEO's
    "express intent to ...", PLOVER's AGREE), where what is intended is no event of the table (an intended
    act of the table is read by its own word: "is ready to pull back" is a pledge, "ready to strike" a threat);
    a will to crush, destroy or punish someone is a threat of force."""
    if tok.lower_ not in _WILLING or tok.dep_ not in ("acomp", "ROOT", "ccomp", "conj") or tok.lower_ == "set":
        return None  # "is set to" tells a schedule, not a will
    if tok.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "committed crimes", "prepared a report": a deed, not a will
    # "is committed to a transition": a commitment names its aim by a noun as well ("ready to a man" names none)
    wanted = [c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.pos_ == "NOUN" and tok.lower_ == "committed")
        for g in c.children))]
    if not wanted or any((m := match(w)) is not None and not other_sense(w, m) for c in wanted
                         for w in [c, *c.children] if w.dep_ != "aux"):
        return None  # ("willing to help broker a settlement": "help" there lends a hand to no one, as no aid)
    if any(w.lemma_.lower() in CRUSHING for c in wanted for w in [c, *c.children] if w.pos_ == "VERB"):
        return _INTENT_THREAT  # "is determined to crush the rebels": force announced, a threat
    return _INTENT


def _protest_aims(drafts: list[_Draft]) -> list[_Draft]:
    """"Blocked the highway, demanding his resignation", "protesters calling for reform marched": a demand told as
    a participle of a protest, or its "to" purpose ("marched to demand ..."), is what the protest is for (CAMEO's
    "demonstrate for ..."), no request of its own; with no protest told but by the protesters who demand, the
    demand is their protest."""
    protests = any(d.event.event == "PROTEST" for d in drafts)
    # the words a protest is told by: its trigger, and the verb a protest noun hangs on ("held protests")
    anchors = {i for d in drafts if d.event.event == "PROTEST" for i in (
        d.trigger.i, _carrier(d.trigger).i if d.trigger.pos_ == "NOUN" else d.trigger.i)}
    out = []
    for d in drafts:
        tok = d.trigger
        if d.event.event == "REQUEST" and tok.dep_ in ("advcl", "xcomp") and tok.head.i in anchors and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue  # "staged rallies for a week to demand ...": what the protest is for
        told = [p for p in drafts if p.event.event == "PROTEST" and p.trigger.head.i == tok.i
                and p.trigger.dep_ in ("ccomp", "conj")]
        if d.event.event == "REQUEST" and tok.tag_ == "VBG" and tok.dep_ in ("ROOT", "ccomp") and told and not any(
                c.dep_ == "aux" for c in tok.children) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _PROTESTERS for c in tok.children):
            # "protesters demanding a recount rioted", parsed with "demanding" as the main verb: the riot is told,
            # the demand is its aim, and the protesters are the rioters
            for protest in told:
                protest.event.actors = protest.event.actors or d.event.actors
            continue
        if d.event.event == "REQUEST" and tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl"):
            if protests:
                continue
            if tok.head.lemma_.lower() in _PROTESTERS:
                d.event.event, d.event.mode = "PROTEST", "demo"
        elif d.event.event == "REQUEST" and not protests and _gathered_to_demand(tok, d.event):
            d.event.event, d.event.mode = "PROTEST", "demo"  # "thousands filled the square to demand ..."
        out.append(d)
    return out


def _time_for(tok: Any) -> Any:
    """The one "it is time" for to act ("it is time for the junta to step down", "high time for the rebels to
    disarm"): who is asked, or None."""
    if tok.lemma_.lower() != "time" or tok.dep_ != "attr" or tok.head.lemma_ != "be" or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.head.children) or _own_negation(tok.head):
        return None
    act = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"), None)
    return next((c for c in act.children if c.dep_ == "nsubj"), None) if act is not None else None


def _or_else(tok: Any) -> bool:
    """A demand with a penalty set beside it ("to resign or face protests", "to surrender or be killed", "must
    agree or the rebels will quit the talks", "to withdraw by Friday, otherwise force will be used"): an ultimatum
    (CAMEO 13, PLOVER THREATEN), not a mere request."""
    for t in (t for t in tok.subtree if t.i > tok.i and t.dep_ == "conj"):
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children):
            continue
        if t.lemma_.lower() == "face" or (t.lemma_.lower() in _HARM_VERBS | {"arrest", "crush", "destroy"} and any(
                c.dep_ == "auxpass" for c in t.children)) or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would") for c in t.children):
            return True
    verbs = [next((a for a in (t.head, *t.head.ancestors) if a.pos_ in ("VERB", "AUX")), None)
             for t in tok.sent if t.i > tok.i and t.lower_ == "otherwise" and t.dep_ == "advmod"]
    return any(v is not None and any(  # "otherwise force will be used", not "otherwise yields could fall"
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in v.children) for v in verbs)


# Verbs of a crowd coming together or filling a place ("filled the stadium", "massed outside the palace").
_GATHERING = frozenset("fill pack throng crowd gather assemble converge march parade rally pour flood jam mass".split())


def _gathered_to_demand(tok: Any, event: Event) -> bool:
    """A demand that is the purpose of a crowd's gathering ("a crowd filled the stadium to demand a recount"): the
    crowd demonstrates for it (CAMEO 141), it does not ask by letter or statement."""
    purpose = tok.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in tok.children)
    crowd = any(a.sector in _CROWD_SECTORS or _head_word(a.text) in _PROTESTERS or (
        a.sector is None and _ordinary_people(a.text)) for a in event.actors)  # "thousands of farmers", "students"
    return purpose and crowd and tok.head.lemma_.lower() in _GATHERING


_PROTESTERS = frozenset("protester protestor demonstrator marcher striker rioter picket".split())
_CROWD_SECTORS = frozenset({"CVL", "ACT", "LAB", "EDU", "OPP", "PTY"})  # people, activists, unions, students, parties


def _own_forces(event: Event) -> Actor | None:
    """The forces of a named state that a deployment with no doer moves ("Kenyan soldiers were deployed"), if any."""
    if event.event != "MOBILIZE" or event.actors:
        return None
    return next((r for r in event.recipients if r.country and r.span and (
        r.sector is None or r.sector in _STATE_SECTORS - {"IGO"})), None)


# Those whose office or standing is in their own country's politics: arrested, charged or tried with no one
# named as doing it, they are so at home ("the opposition leader was arrested on his return", "the former
# president has been charged"), unlike a tourist or a reporter, whose nationality the news gives when abroad.
_DOMESTIC_SECTORS = frozenset({"GOV", "OPP", "LEG", "JUD", "PTY", "REB"})
_JUDICIAL_ACTS = frozenset({"COERCE", "ACCUSE", "SANCTION"})


def _held_at_home(event: Event) -> Actor | None:
    """The recipient of a coercive or judicial act told with no doer who holds a place in their own country's
    politics, with that country: the act is its authorities'."""
    if event.event not in _JUDICIAL_ACTS:
        return None
    return next((r for r in event.recipients if r.country and r.span and r.sector in _DOMESTIC_SECTORS), None)


def _extradition(event: Event) -> bool:
    return event.event == "COOPERATE" and "legal" in event.context


def _handed_over(event: Event) -> Actor | None:
    """The one an extradition hands over, with a country: the state that holds them, most often their own, hands
    them over; the state they go "to" is the one receiving them."""
    return next((r for r in event.recipients if r.country and r.span), None) if _extradition(event) else None


def _receiving(sent: Any, event: Event) -> list[tuple[int, int]]:
    """An extradition's "to" phrase ("handed the suspect over to the United States"): the state receiving the one
    handed over, never the one handing them."""
    tok = _token_at(sent.doc, event.trigger.start) if _extradition(event) else None
    return [(words[0].idx, words[-1].idx + len(words[-1])) for prep in (tok.children if tok is not None else ())
            if prep.dep_ == "prep" and prep.lower_ == "to" for words in [list(prep.subtree)]]


def _handed_from(sent: Any, event: Event) -> tuple[Span, str] | None:
    """The country an extradition's "from" phrase names ("was deported from Malaysia") and its span."""
    if not _extradition(event):
        return None
    tok = _token_at(sent.doc, event.trigger.start)
    for prep in (c for c in (tok.children if tok is not None else ()) if c.dep_ == "prep" and c.lower_ == "from"):
        words = list(prep.subtree)
        named = _country_named(sent.doc.text, words[0].idx, words[-1].idx + len(words[-1]))
        if named is not None:
            return named
    return None


def _country_named(text: str, start: int, end: int, iso3: str | None = None) -> tuple[Span, str] | None:
    """The first country (``iso3``, when given) named in ``text[start:end]``, as its span and code."""
    found = next((m for m in country_index().find(text[start:end]) if iso3 is None or m.iso3 == iso3), None)
    return None if found is None else (Span.of(text, start + found.start, start + found.end), found.iso3)


def _free_mentions(sent: Any, event: Event, keep: int) -> list[Any]:
    """The countries ``sent`` names outside the event's recipients and outside its conditions (``_aside``, which
    keeps the one holding offset ``keep``), as mentions whose offsets are the sentence's own; after those of the
    dateline the sentence follows, if any ("HARARE, Zimbabwe (AP) - Students ...": the lead's place is named first)."""
    taken = _recipient_spans(event) + _aside(sent, keep) + _receiving(sent, event) + _counterparts(sent)
    found = [m for m in country_index().find(sent.text) if not any(a <= sent.start_char + m.start < b
                                                                   for a, b in taken)
             and not makers_word(sent.text, m.end)  # "Syrian-backed militiamen" are not Syria's
             and not _beyond_border(sent.doc, sent.start_char + m.start)]
    return _dateline_mentions(sent) + found


def _dateline_mentions(sent: Any) -> list[Any]:
    """The countries named by a dateline that ends where ``sent`` starts, offset from the sentence's start (so
    negative): the parse keeps a dateline a sentence of its own, but it places the lead."""
    if sent.start == 0:
        return []
    text = doc_text(sent.doc)
    span = next(((a, b) for a, b in datelines_of(text) if b <= sent.start_char and not text[b:sent.start_char].strip()),
                None)
    if span is None:
        return []
    shift = span[0] - sent.start_char
    return [replace(m, start=m.start + shift, end=m.end + shift) for m in country_index().find(text[span[0]:span[1]])]


def _first_country(sent: Any, event: Event, keep: int) -> Any:
    """The first of ``_free_mentions`` not named as where someone is visiting (``_visited_land``), else None."""
    return next((m for m in _free_mentions(sent, event, keep) if not _visited_land(sent, m)), None)


def _where_armed(sent: Any, event: Event, actor: Actor) -> Any:
    """For an armed group of no country that attacks or seizes: the first of ``_free_mentions`` named as where
    ("in", "at", "near", "from"), else None."""
    if actor.sector != "REB" or event.event not in ("ASSAULT", "COERCE"):
        return None
    return next((m for m in _free_mentions(sent, event, actor.span.start)
                 if _locative(sent.doc, sent.start_char + m.start)), None)


_TRIPS = frozenset("visit trip tour stay".split())


def _recipient_spans(event: Event) -> list[tuple[int, int]]:
    """Where the text names the event's recipients: a country named there is the other party's."""
    return [(r.span.start, r.span.end) for r in event.recipients if r.span]


def _counterparts(sent: Any) -> list[tuple[int, int]]:
    """Character ranges of the phrases that name a counterpart by country ("met her Chilean counterpart", "the
    counterpart from Chile"): that country is the other party's, never the one whose counterpart it is."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() == "counterpart" and tok.pos_ == "NOUN":
            end = tok.idx + len(tok)
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                    end = max(end, child.right_edge.idx + len(child.right_edge))
            out.append((tok.left_edge.idx, end))
    return out


def _story_country(text: str, sent: Any, event: Event) -> str | None:
    """The first country a brief names, but not the other party's (a recipient's, a counterpart's) nor a land
    someone visits."""
    others = _recipient_spans(event) + [r for s in sent.doc.sents for r in _counterparts(s)]
    for m in country_index().find(text):
        if any(a <= m.start < b for a, b in others) or makers_word(text, m.end) or \
                _beyond_border(sent.doc, m.start) or (
                sent.start_char <= m.start < sent.end_char and _visited_land(
                    sent, replace(m, start=m.start - sent.start_char, end=m.end - sent.start_char))):
            continue
        return m.iso3
    return None


_JURISDICTION = frozenset({"COERCE", "CONCEDE"})  # acts of a state's authority: arrest, ban, pardon, amnesty


def _jurisdiction(sent: Any, event: Event, actor: Actor) -> str | None:
    """A state body of no named country that arrests, bans or pardons those of a country, in a sentence that
    names no other one, is that country's: it acts within its own jurisdiction ("the government revoked the licence
    of a newspaper of X", "the president pardoned a former leader of X"). Asked last, where nothing else placed
    the actor: the other party's country is skipped everywhere else, as a visit or a threat is aimed abroad."""
    if event.event not in _JURISDICTION or actor.sector not in ("GOV", "COP", "JUD"):
        return None
    mentions = country_index().find(sent.text)
    named = {m.iso3 for m in mentions} | {r.country for r in event.recipients if r.country}
    spans = _recipient_spans(event)
    if len(named) != 1 or not mentions or not all(
            any(a <= sent.start_char + m.start < b for a, b in spans) for m in mentions):
        return None  # no country, two, or one named outside what the act is aimed at
    return named.pop()


def _visited_land(sent: Any, mention: Any) -> bool:
    """The country is where someone is on a visit ("on an official visit in Pakistan", "during his trip to the
    Czech Republic"): a visitor is not of the country visited."""
    tok = _phrase_head(_token_at(sent.doc, sent.start_char + mention.start), ("compound", "amod", "det"))
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in") and \
        tok.head.head.lemma_.lower() in _TRIPS


def _aside(sent: Any, keep: int) -> list[tuple[int, int]]:
    """Character ranges of the conditions in ``sent`` ("if Moscow moves on Kyiv, ..."), unless ``keep`` (the
    actor's start) lies in one: a country named in a condition is not the actor's. (Relative clauses too
    were tried: "troops deployed to oversee a truce between X and Y" named the actor's own country.)"""
    out = []
    for tok in sent:
        condition = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)
        if condition:
            sub = list(tok.subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
            if not start <= keep < end:
                out.append((start, end))
    return out


_HOME_BODIES = frozenset({"GOV", "LEG", "JUD", "COP"})  # what a people's protest is aimed at, at home
_MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?|mission)\b", re.IGNORECASE)  # a foreign state's post
# People words that may name those in charge ("the leader", "the commander"): no sign of civilians.
_MAYBE_IN_CHARGE = frozenset("leader leaders commander commanders member members agent agents".split())


def _ordinary_people(phrase: str) -> bool:
    """A phrase headed by a word for people ("dockworkers", "three farmers"): civilians, once placed."""
    head = _head_word(phrase)
    return head in PEOPLE and head not in _MAYBE_IN_CHARGE


def _head_word(phrase: str) -> str:
    """A plain phrase's last word, lower-cased ("" for none): its head, in English noun phrases."""
    words = phrase.lower().split()
    return words[-1] if words else ""


def _keeping_peace(tok: Any) -> bool:
    """The forces are sent as peacekeepers or to protect people: "peacekeeping" in the clause that moves them, or
    "to protect" people ("residents", "civilians")."""
    holder = tok if tok.pos_ in ("VERB", "AUX") else _carrier(_role(tok))
    words = list(holder.subtree)
    if any(w.lower_.startswith("peacekeep") for w in words):
        return True
    return any(w.lemma_ == "protect" and any(o.dep_ == "dobj" and o.lemma_.lower() in PEOPLE for o in w.children)
               for w in words)


def _countries_of(actors: list[Actor]) -> set[str]:
    """The countries actors stand for, also two in one phrase ("the Peruvian and Chilean navies")."""
    return {m.iso3 for a in actors for m in country_index().find(a.text)} | {a.country for a in actors if a.country}


def _with_partner(tok: Any, actors: list[Actor]) -> bool:
    """The act is done "with" another country's side: a "with" phrase on the word or on the verb that carries it
    ("conducted an exercise with the Japanese navy") names a country none of the actors stands for."""
    own = _countries_of(actors)
    holders = [tok] + ([tok.head] if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                words = " ".join(t.text for t in prep.subtree)
                if any(m.iso3 not in own for m in country_index().find(words)):
                    return True
    return False


def _counted_arrests(draft: _Draft) -> bool:
    """"432 arrests have been made", "the figure of arrests", "after his arrest": arrests in the plural,
    counted or of someone are arrests made, though no one is named (a bare "arrest" may be a demand's or a
    law's)."""
    tok = draft.trigger
    return draft.event.mode == "arrest" and tok.pos_ == "NOUN" and (
        tok.tag_ == "NNS" or any(c.dep_ in ("nummod", "poss") for c in tok.children))


def _word_of_phrase(tok: Any, head: Any, entry: Trigger) -> bool:
    """``tok`` is a later word of the multi-word trigger ``entry`` matched at ``head`` (its child or a child's
    object, as ``lexicon.match`` reads them)."""
    if len(entry.lemmas) < 2 or tok.lemma_.lower() not in entry.lemmas[1:]:
        return False
    return tok.head.i == head.i or (tok.head.head.i == head.i and tok.head.i != tok.i)


def _inverted_conditional(verb: Any) -> bool:
    """"had he been detained", "were they to attack": an auxiliary before the subject, with no question
    mark, is a condition (an unreal one)."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or verb.sent[-1].text == "?":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should") and c.i < max(subjects)
               for c in verb.children)


def _demanded_of(verb: Any, addressee: list[Any], resolved: list[Actor]) -> bool:
    """"X said Y must do Z" demands an act of someone: Y (``addressee``, ``resolved`` as actors) names a
    person, a people, a body or a state, and Z is an act. Not "no one should be a predator" or "the car
    should be able to charge" (a view of what ought to be), nor "should he win" (a condition)."""
    if not addressee or verb.lemma_ == "be" or _inverted_conditional(verb):
        return False
    return any(a.sector or a.country for a in resolved) or any(
        someone(h) or h.lemma_.lower() in POLITIES for h in addressee)


# Verbs whose object does what their complement says: "forced/prompted the police to open fire".
# verbs that keep someone from a deed ("stopped the gunmen from attacking", "were barred from entering")
_KEEPING_FROM = _PREVENTED | frozenset("keep bar block ban prohibit dissuade restrain discourage hold".split())
_OBJECT_CONTROL = frozenset("force compel prompt oblige order direct instruct ask lead provoke drive".split())


def _resolve(heads: list[Any], view: Perspective, text: str) -> list[Actor]:
    """The actors the phrases headed by ``heads`` name; none from a dateline. "KANO, Nigeria (AP) — Soldiers
    arrested …": the small parser may make the city the verb's subject and hang the real one on it (as an
    apposition); where a report was filed names no one who acted, so the phrase after the dateline stands."""
    out: list[Actor] = []
    datelines = datelines_of(text)
    for head in heads:
        for part in conjuncts(head):
            dateline = next((end for start, end in datelines if start <= part.idx < end), None)
            if dateline is not None:  # the first name after the dateline that is no date ("… (PTI) India and …")
                part = next((c for c in part.subtree if c.idx >= dateline and c.head.idx < dateline
                             and c.pos_ in ("NOUN", "PROPN", "PRON") and c.ent_type_ not in ("DATE", "TIME")), None)
                if part is None:
                    continue
            actor = describe(part, view, text)
            if actor is not None and not any(a.text == actor.text for a in out):
                out.append(actor)
    return out


def _speaker_actor(source: Source) -> Actor:
    span = source.mentions[0] if source.mentions else None
    return Actor(span.text if span else source.name, source.name, source.country, source.sector, span)


_CHARGE_PREFIXES = frozenset({"lathi", "baton"})


def _weapon_mode(tok: Any, sent: Any) -> str | None:
    prefix = hyphen_prefix(tok)
    hits = [(abs(t.i - tok.i), WEAPON_MODES[t.lemma_.lower()]) for t in sent
            if t.lemma_.lower() in WEAPON_MODES and t.i != tok.i]
    if tok.lower_.startswith("lathi") or tok.lemma_ in ("teargas", "tear-gas") or (
            prefix is not None and prefix.lower_ in _CHARGE_PREFIXES):
        return "crowd-control"  # a lathi or baton charge is the table's crowd control, not a beating
    if not hits:
        return None
    return min(hits)[1]


def _at_once(verb: Any) -> bool:
    """"will halt imports with immediate effect", "will take effect immediately": an act announced as done
    now, not a plan."""
    words = {t.lower_ for c in verb.children if c.dep_ in ("prep", "advmod", "advcl", "npadvmod") for t in c.subtree}
    return "immediately" in words or {"immediate", "effect"} <= words


def status_of(tok: Any, claim: Claim | None = None,
              denied_reports: frozenset[str] | set[str] = frozenset()) -> str:
    """What a trigger word tells of its event: asserted, denied, alleged, hypothetical or future, from the
    parse and the claim it is said in (``denied_reports``: ids of reports a later claim denies; with no
    claim, the parse alone)."""
    governors = [tok, tok.head] if tok.dep_ in ("xcomp", "pcomp") else [tok]  # "did not try to flee"
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ in ("acomp", "xcomp"):
        governors.append(tok.head.head)  # "have not been able to arrest": the negation is on "been"
    role = _role(tok)  # "launched missile or artillery strikes": the first conjunct's place in the clause;
    if role.i != tok.i:  # "no firing missions": the event noun the word modifies
        governors.append(role)
    if tok.pos_ in ("NOUN", "PROPN") and role.head.pos_ in ("VERB", "AUX") and role.head.lemma_ not in (
            _PERCEIVED | _ABOUT_A_DEED):
        governors.append(role.head)  # "fire could be heard": what is heard happened, however hedged the hearing
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    for gov in governors:
        children = list(gov.children)
        if any(negates(c) or c.lower_ in ("never", "no") for c in children):
            return "denied"
        if (gov is tok or not own_subject) and any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in children):
            return "denied"  # "no one was killed or injured", "nobody was hurt", "no soldiers were wounded"
    if _without(tok):
        return "denied"  # "took the district without a shot being fired", "without firing a shot"
    if any(g.dep_ == "xcomp" and g.head.lemma_ in ("fail", "refuse", "decline", "unable") for g in governors):
        return "denied"  # "failed to sign the deal", "were unable to arrest", "failed to reach agreement"
    if claim is not None:
        if claim.stance == "deny":
            return "denied"
        if claim.stance == "report":
            return "denied" if claim.id in denied_reports else "alleged"
    if any(c.lower_ in _ALLEGED for c in tok.children) or any(
            t.lower_ in _ALLEGED for t in tok.sent if t.head.i == tok.i or t.i == tok.i - 1):
        return "alleged"
    if _prevented(tok):
        return "hypothetical"  # "to prevent provocations": what did not happen
    for gov in governors:
        children = list(gov.children)
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children) or (
                gov.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in gov.children)):
            return "hypothetical"
        if gov.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "so" and c.nbor().lower_ in ("that", "as")
                                       for c in children):
            return "hypothetical"  # "lobbied so that such marriages are banned", "so as to stop them": an aim
        auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        if (auxes & _FUTURE_AUX or ("would" in auxes and _reported_future(gov))) and not _at_once(gov):
            return "future"
        if auxes & _HYPOTHETICAL_AUX:
            return "hypothetical"
        if gov.dep_ == "xcomp" and (gov.head.lemma_ in _PLAN_VERBS or gov.head.lemma_ in _WILLING
                                    or gov.head.lemma_ in _EXPECTED):
            return "future"
        if gov.dep_ == "xcomp" and gov.head.lemma_ == "be" and gov.head.dep_ in ("ROOT", "ccomp") and any(
                c.tag_ == "TO" for c in gov.children):
            return "future"  # "the fund is to build two clinics": what is arranged, not yet done
        if gov.dep_ == "ccomp" and gov.tag_ in ("VB", "VBN") and gov.head.lemma_ in _PLAN_VERBS:
            return "future"  # "wants the minister booked": a wish
        if gov.dep_ == "acl" and gov.tag_ == "VB" and gov.head.lemma_.lower() in _WILL_NOUNS:
            return "future"  # "reiterated its readiness to resume talks": a will declared
        if _inverted_conditional(gov):
            return "hypothetical"  # "had he been detained earlier, …"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.tag_ == "TO" for c in tok.children):
        return "hypothetical"  # "the duty to apprehend them", "efforts to arrest him": not yet done
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and _asked_for(tok.head.head):
        return "hypothetical"  # "demands for the return of", "pressure for the withdrawal": what is asked for
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("at", "toward", "towards") and tok.head.head.lemma_ in _AIMED:
        return "hypothetical"  # "a tour aimed at reopening the border", "steps geared towards ending": an aim
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and _open_to(tok.head.head):
        return "future"  # "is open to dialogue", "ready for talks": a will declared
    return "asserted"


def _asked_for(word: Any) -> bool:
    """The word a "for" phrase hangs on is a demand, names who makes one ("pressure from its allies for the
    withdrawal": the parser may hang "for" on "countries"), or is the verb that answers one ("bow to pressure
    for the release")."""
    if word.pos_ == "VERB":  # "would not bow to pressure ... for the release": "for" hung on the verb
        return any(o.lemma_.lower() in _DEMAND_NOUNS for p in word.children if p.dep_ == "prep"
                   for o in p.children if o.dep_ == "pobj")
    for _ in range(3):
        if word.lemma_.lower() in _DEMAND_NOUNS:
            return True
        if word.dep_ not in ("pobj", "prep"):
            return False
        word = word.head
    return False


def _open_to(word: Any) -> bool:
    """The word a "to"/"for" phrase hangs on is a will: "open", "ready", or "is" with such an adjective (the parser
    often hangs "is open for cooperation"'s "for" on "is")."""
    return word.lemma_.lower() in _OPEN_TO or (word.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _OPEN_TO for c in word.children))


def _reported_future(verb: Any) -> bool:
    """"Would" told in the past: "said it would free 7,000 prisoners" is "will free", reported (the sequence of
    tenses), not a condition."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in _SPEAKING and verb.head.tag_ == "VBD"


def _prevented(tok: Any) -> bool:
    """The word is what a verb of prevention kept from happening: its object or complement, up to four steps
    up ("foiled an attack", "to prevent provocations", "stopped them from crossing"). Not a deed beside the
    prevention: a conjunct or an adverbial clause happened ("stopped a bus and killed two passengers",
    "foiled the plot, arresting three men")."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("conj", "advcl", "relcl", "parataxis", "ROOT"):
            return False
        node = node.head
        if node.lemma_ in _PREVENTED:
            return True
    return False


_NOBODY = frozenset({"nobody", "none", "noone", "nothing"})


def _nobody(subject: Any) -> bool:
    """A subject that names no one: "nobody", "none", "no one", "no soldiers"."""
    return subject.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _without(tok: Any) -> bool:
    """The word is what "without" says did not happen: its object ("without casualties"), its clause ("without
    firing a shot") or a clause on its object ("without a shot being fired")."""
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ == "without":
        return True
    return tok.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "without"


def _embedded(draft: _Draft, drafts: list[_Draft]) -> bool:
    """An act that is the content of a request, threat, promise or refusal ("demanded the release of",
    "threatened to attack", "refused to withdraw") is that speech act's, not an event of its own."""
    tok = draft.trigger
    start = _infinitive_joined(tok) or tok
    for other in drafts:
        if other is draft or (other.event.event not in _EMBEDDING and other.entry.event not in _EMBEDDING):
            continue  # a demand read as the crowd's protest still holds what it demands
        node, complement = start, False
        if other.trigger.pos_ in ("NOUN", "PROPN"):  # "its demand that the army leave the town"
            if tok.dep_ in ("acl", "ccomp", "relcl", "advcl") and tok.head.i == other.trigger.i and \
                    any(c.dep_ == "mark" for c in tok.children):  # ("calls for the army to leave")
                complement = True
            elif tok.dep_ == "pobj" and tok.head.head.i == other.trigger.i and tok.head.lower_ == "for":
                complement = True  # "calls for the release of …"
            if not complement:
                continue
        conjoined = False
        for _ in range(3):  # the trigger, or the verb or noun it heads, is the speech verb's complement
            if node.head.i == other.trigger.i and (node.dep_ in ("xcomp", "ccomp", "dobj") or for_clause(node) or (
                    _deadline_act(node, other))):
                complement = True  # "asked for monitors to be sent": what is asked for
                break
            if node.dep_ not in ("xcomp", "ccomp", "conj", "aux") or node.head.i == node.i:
                break
            conjoined = conjoined or node.dep_ == "conj"
            node = node.head
        if not complement:
            continue
        if other.event.event == "REJECT" and conjoined and tok.pos_ in ("VERB", "AUX") and crosswalk.QUAD[
                draft.event.event].startswith("verbal") and not _own_negation(tok):
            return False  # "X denied it did Y and accused Z": the accusation is X's own, with its own polarity
        if other.event.event == "REJECT":
            draft.event.status = "denied"
            return False
        return True
    return False


_ORDERING = frozenset("order instruct direct".split())
_ORDERED_ACTS = frozenset({"COERCE", "SANCTION"})


def _carry_orders(drafts: list[_Draft]) -> list[_Draft]:
    """An authority's order that someone restrict, ban or cut off something ("ordered telecom firms to block
    two video platforms", "ordered traders to halt imports"), or the ban it orders ("ordered a ban on movement"), is the
    authority's own coercion or sanction, as event coders code an order to arrest: the order gives way to the
    act, which becomes the orderer's. Only a transitive act (an order to disperse or to appear stays a demand)."""
    carried = set()
    for order in drafts:
        tok = order.trigger
        if order.event.event != "REQUEST" or tok.lemma_.lower() not in _ORDERING or not order.event.actors:
            continue
        for d in drafts:
            if d.entry.event in _ORDERED_ACTS and d.trigger.head.i == tok.i and (d.trigger.dep_ == "dobj" or (
                    d.trigger.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in d.trigger.children))):
                if d.event.event not in _ORDERED_ACTS:  # those told to block a road for the state do not protest
                    d.event.event, d.event.mode = d.entry.event, d.entry.mode
                d.event.actors = [copy.copy(a) for a in order.event.actors]
                carried.add(id(order))
    return [d for d in drafts if id(d) not in carried]


def _infinitive_joined(tok: Any) -> Any:
    """"called on X to engage in talks ..., and to release prisoners": an infinitive the parser joins to the
    sentence's finite verb belongs with the infinitive before it (returned), which it continues."""
    if tok.dep_ != "conj" or tok.head.tag_ not in ("VBD", "VBZ", "VBP") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return None
    return next((t for t in reversed(tok.doc[tok.head.i + 1:tok.i]) if t.dep_ == "xcomp" and t.tag_ == "VB"
                 and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)), None)


def _deadline_act(node: Any, other: _Draft) -> bool:
    """"Gave the rebels five days to lay down their arms": the act an ultimatum sets a time limit for, which the
    parser hangs on "gave" as a purpose clause."""
    return other.event.event == "THREATEN" and node.dep_ == "advcl" and other.entry.lemmas[0] == "give" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


_RELIEVING = frozenset("cancel forgive write".split())


def _agreed_aid(draft: _Draft, drafts: list[_Draft]) -> bool:
    """An agreement whose content is debt forgiven ("agreed to cancel $14 billion owed by Sudan") is the aid
    itself, as the manual codes it, not a promise."""
    return draft.event.event == "AGREE" and any(
        d.event.event == "AID" and d.trigger.lemma_ in _RELIEVING and d.trigger.dep_ == "xcomp"
        and d.trigger.head.i == draft.trigger.i for d in drafts)


def _preparing(tok: Any) -> bool:
    """"Prepared to resume shelling", "is gearing up to attack": force made ready (a mobilisation), not announced."""
    return any(h.lemma_.lower() in ("prepare", "gear", "poise") for h in list(tok.ancestors)[:3])


def _definite(tok: Any) -> bool:
    """"the shelling", "this attack": a noun that refers back to an event already told."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                      for c in tok.children)


def _bare_harm(draft: _Draft) -> bool:
    """A passive "were killed/wounded" with no one named as doing it."""
    return draft.trigger.lemma_ in _HARM_VERBS and not draft.event.actors


# Natural hazards and accidents: what they kill or destroy is no act of anyone's ("floods killed eight people",
# "an earthquake struck, collapsing buildings", "were killed in a landslide", "died in a bus crash").
_HAZARDS = frozenset("earthquake quake tremor aftershock flood floods flooding deluge storm storms cyclone hurricane "
                     "typhoon tornado landslide landslides landslip mudslide avalanche tsunami drought heatwave "
                     "lightning rain rains downpour monsoon blizzard snowstorm wildfire bushfire eruption volcano "
                     "epidemic cholera disease accident crash derailment".split())


def _natural_cause(tok: Any) -> bool:
    """What the trigger tells was done by a natural hazard or an accident: its subject or "by" agent (or
    that of the clause or noun it hangs on: "struck, killing dozens"), or with no one named as doing it, its
    "in" object, is one."""
    def hazard(noun: Any) -> bool:  # a noun only: "police stormed the house, killing two" is no storm
        return noun.pos_ in ("NOUN", "PROPN") and any(t.lemma_.lower() in _HAZARDS or t.lower_ in _HAZARDS for t in [
            noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))])

    verb = tok
    for _ in range(4):
        if verb.i != tok.i and hazard(verb):  # "an earthquake struck, collapsing buildings, killing dozens" parsed
            # as a noun's acl; not "flood relief", the trigger itself
            return True
        for child in verb.children:
            if child.dep_ == "nsubj" and hazard(child):
                return True
            if (child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("in", "during") and not any(
                    c.dep_ in ("nsubj", "agent") for c in verb.children))) and any(
                    o.dep_ == "pobj" and hazard(o) for o in child.children):
                return True  # "destroyed by the storm", "killed in a landslide", not "X killed Y during the storm"
        # up through the clause or noun it hangs on ("struck the island, collapsing buildings, killing …")
        up = verb.dep_ in ("advcl", "conj", "xcomp", "acl", "appos") or (verb.dep_ == "dobj" and verb.i != tok.i)
        if verb.head.i == verb.i or not up:
            break
        verb = verb.head
    return False


# Nouns of sport: a team or match as the subject or object of "beat", "attacked", "struck" tells a game.
_SPORT_NOUNS = frozenset("team club squad striker midfielder goalkeeper footballer cricketer batsman bowler "
                         "player match tournament league championship football soccer cricket rugby hockey "
                         "basketball volleyball goal".split())
_ARMED = _STATE_SECTORS | {"REB", "OPP"}
_ONSET_VERBS = frozenset("erupt flare occur happen rage resume escalate intensify".split())


def _sport_participant(tok: Any) -> bool:
    """The trigger's subject or object (or a modifier of it) is a noun of sport: "a football team beat …"."""
    heads = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    heads += [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _SPORT_NOUNS
               for h in heads for t in [h, *(c for c in h.lefts if c.dep_ in ("compound", "amod"))])


def _breaks_out(tok: Any) -> bool:
    """An event noun that is the subject of a verb of happening ("fighting broke out", "clashes erupted"): an
    event with no one named, as a clause is."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    return lemma in _ONSET_VERBS or (lemma == "break" and any(c.lower_ == "out" for c in verb.children)) or (
        lemma == "take" and any(c.lemma_.lower() == "place" for c in verb.children))


# Verbs of harm done to things: an attack that did it happened, as one that killed someone did.
_DAMAGE_VERBS = frozenset("damage destroy burn gut raze torch wreck demolish flatten ransack vandalise".split())


def _did_damage(tok: Any) -> bool:
    """An event noun that damaged something ("an arson attack destroyed two schools", "were damaged in an
    attack"): its damage is its toll, and it needs no one named to have happened."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in _DAMAGE_VERBS
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by", "during") and \
        tok.head.head.lemma_.lower() in _DAMAGE_VERBS


# Verbs of a stoppage that a protest or a strike brings about ("the strike paralysed the port").
_HALTING = frozenset("paralyse paralyze cripple halt shut disrupt stall grip engulf rock".split())


def _halted(tok: Any) -> bool:
    """A protest noun that stopped or shook a place ("mass demonstrations paralysed the capital", "the strike
    brought the city to a standstill"): it took place, whoever marched."""
    if tok.pos_ != "NOUN" or not (tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")):
        return False  # "the port was shut by a dockers' strike": the agent too
    verb = tok.head if tok.dep_ == "nsubj" else tok.head.head
    return verb.lemma_.lower() in _HALTING or (verb.lemma_ == "bring" and any(
        o.lower_ in ("standstill", "halt") for c in verb.children if c.dep_ == "prep" for o in c.children))


def _during(tok: Any) -> bool:
    """An event noun something happened during ("no incident was recorded during the rally"): it took place."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "during"


def _paragraph(text: str, pos: int) -> int:
    return text.count("\n\n", 0, pos)


def _token_at(parsed: Any, start: int) -> Any:
    """The first token of ``parsed`` from character ``start`` on, or None."""
    at = bisect_left(parsed, start, key=lambda t: t.idx)
    return parsed[at] if at < len(parsed) else None


def _phrase_head(tok: Any, through: tuple[str, ...]) -> Any:
    """The head of the phrase ``tok`` is in, climbing the dependencies ``through`` ("the Czech Republic": the
    "Republic" a preposition governs)."""
    while tok is not None and tok.dep_ in through and tok.head.i != tok.i:
        tok = tok.head
    return tok


_BORDERS = frozenset("border frontier boundary".split())


def _beyond_border(parsed: Any, start: int) -> bool:
    """A country named as the far side of a border ("an ambush near the Chad border", "the border with Chad"): a
    neighbour, not where the act is or whose the actor is; a possessor owns its side ("Kenya's border")."""
    tok = _token_at(parsed, start)
    while tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        tok = tok.head  # "the Burkina Faso border": the name's last word
    if tok is None:
        return False
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in _BORDERS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in _BORDERS


def _locative(parsed: Any, start: int) -> bool:
    tok = _phrase_head(_token_at(parsed, start), ("compound", "conj", "appos"))
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "from")


def _modifier(parsed: Any, start: int) -> bool:
    """A country named as a modifier ("the Azerbaijan Army", "Armenia's steps") names a side, not a place."""
    tok = _token_at(parsed, start)
    return tok is not None and tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN")


_UNPLACED_SECTORS = frozenset({"IGO", "NGO", "MIL"})


def place_actors(event: Event) -> None:
    """A body the text names without its country ("police raided a printing house", "suspected insurgents",
    "the authorities", "the suicide bomber", "farmers") acts where its event happened: it takes the country of
    the event's place, named finer than a country, as coders of a story set in one country read it. Not someone
    named only by name (no sector, no word for people), an IGO or NGO, a military (armies strike across borders:
    "troops shelled Armenian positions"), nor "the enemy"."""
    country = next((loc.get("country") for loc in event.locations
                    if loc.get("country") and loc.get("precision") not in ("country", "region")), None)
    if country is None:
        return
    for actor in event.actors:
        if actor.country is None and (actor.sector is not None or _ordinary_people(actor.text)) and \
                actor.sector not in _UNPLACED_SECTORS and not OTHER_SIDE.search(actor.text):
            actor.country = country


def _finest(locations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One place per name as written, and no country when a place inside a country is named."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for loc in locations:
        key = " ".join(loc["text"].lower().split())
        if key not in seen:
            seen.add(key)
            out.append(loc)
    if any(loc["precision"] != "country" for loc in out):
        out = [loc for loc in out if loc["precision"] != "country"]
    return out


def _toll_position(mention: TollMention, sent: Any, text: str) -> int:
    """Where a toll is told: its toll word, else its words in the sentence, else the sentence's start."""
    if mention.anchor is not None:
        return int(mention.anchor.idx)
    found = text.find(mention.count.text or "", sent.start_char, sent.end_char) if mention.count.text else -1
    return found if found >= 0 else int(sent.start_char)


def _larger(a: Count, b: Count) -> bool:
    return (a.best or a.low or 0) > (b.best or b.low or 0)


def _has_toll(event: Event) -> bool:
    return event.dead.text is not None or event.injured.text is not None


def code_events(doc: Document) -> list[Event]:
    """The events of a document whose parse, claims and places are set."""
    return EventCoder(doc).run()
