"""Event coding of one parsed document: triggers -> events with participants, status, time, toll, place.

Order of work, per sentence:
1. triggers (``lexicon``) with their actor and recipient phrases from the parse
   (``arguments``), resolved to actors (``participants``; an actor's country
   from the rest of the sentence where its own words name none: ``homes``);
   a material verb makes an event even with no one
   named ("30 people were detained"), a bare noun needs a participant or a
   toll, so that "a clash of opinions" stays out;
2. the ASSAULT mode from weapon words near the trigger (the manual's
   "mode of violence");
3. status (``status``) from the claim that carries the sentence (a denied claim's content
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
   content, not events, nor is what a ban bans, the manner or motive of
   another act, or the aid a sanction cuts (``content``); a demand told as a
   participle of a protest is what the protest is for;
5. speech acts from attribution: a ``deny`` claim about another source's
   report is a REJECT of that source; "responsibility lies with X" an
   ACCUSE; "X said Y must …" a REQUEST;
6. time, toll and locations of the sentence; then mentions of one event
   merge (``merge.py``).
"""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

from casus.actors import STATE_FORCES, country_index, sector_of
from casus.actors.sectors import sector_terms
from casus.events import crosswalk
from casus.events.arguments import (
    AID_WORDS,
    EVENT_HEADS,
    HARM_VERBS,
    blamed,
    carrier_of,
    doers_of_deeds,
    in_clause_of,
    light_verb_subject,
    noun_arguments,
    role_of,
    took_part,
    verb_arguments,
    weapon_mode,
)
from casus.events.content import Draft, own_negation, part_of_another
from casus.events.homes import (
    ORDERS_EASED,
    STATE_SECTORS,
    Homes,
    as_modifier,
    countries_of,
    head_word,
    locative,
    ordinary_people,
    phrase_head,
    place_actors,
    with_partner,
)
from casus.events.lexicon import Trigger, match
from casus.events.merge import TollRecord, merge, other_victims
from casus.events.participants import (
    OTHER_SIDE,
    PEOPLE,
    Perspective,
    conjuncts,
    datelines_of,
    describe,
    fight_sides,
)
from casus.events.readings import (
    CRUSHING,
    REFUSAL,
    RIOTED,
    STEPPING_ASIDE,
    aid_under_way,
    blamed_for_harm,
    conditional,
    cut_off,
    deadline_given,
    fired_to_sea,
    forced_back,
    government_dismissed,
    handed_to_state,
    helped_to_arrest,
    hinted_harm,
    in_condition,
    information_shared,
    kept_out,
    object_words,
    ordered_closed,
    others_regretted,
    outlawed,
    pardoned_many,
    promised_harm,
    pushed_across,
    pushed_back,
    refusal,
    sent_away,
    staying_put,
    stepping_aside,
    turned_violent,
    unwanted,
    vowed,
    welcome_given,
    will_not,
    yielded,
    yielded_under_pressure,
)
from casus.events.senses import (
    EXERCISES,
    HALTING,
    HAZARDS,
    POLITIES,
    by_whom,
    judged,
    other_sense,
    patients_of,
    people_patient,
    someone,
    verbal_attack,
)
from casus.events.status import SPEAKING, WILLING, arranged, inverted_conditional, planned, prevented, status_of
from casus.events.toll import TollMention, find_tolls
from casus.events.when import expressions, reference_date, resolve_expression
from casus.ingest.dateline import in_dateline_place
from casus.model import Actor, Claim, Count, Document, Event, EventTime, Source, Span
from casus.nlp import paragraph_at, token_at

_UNACCEPTABLE = frozenset("unacceptable inadmissible".split())  # said of a plan or a demand: it is rejected
_INTENDING = frozenset("plan intend want wish seek".split())  # a cooperative act willed is a pledge (AGREE)
_PATROLS = frozenset({"patrol"})  # forces on patrol: shown (MOBILIZE), or with another state's, cooperating
_REFUSABLE = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"}
# PLOVER AGREE is "express intent to cooperate": a cooperative act announced for the future.
_YIELDING = {"RETREAT", "CONCEDE"}  # "will not disarm", "won't withdraw": refusing to yield (PLOVER REJECT yield)
# "will not attend the summit", "would not join the talks", "won't send aid", "will not send its troops back": a
# meeting or help refused for the future (PLOVER REJECT meet / assist), unlike "did not attend" (a meeting that did
# not happen); "would not close its embassy": a step against another refused (CAMEO's 124)
_DECLINABLE = {"CONSULT": "meet", "AID": "assist", "MOBILIZE": "assist", "SANCTION": "change"}
# acts that, announced for the future, are pledges (AGREE): "will release", "is ready to pull back"
INTENDABLE = {"SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "CONSULT"}
# kinds whose act is told in the future by nature: a promise or a threat is made now, of something to come
TOLD_AHEAD = frozenset({"AGREE", "THREATEN"})
_OBLIGATION = {"must", "should"}
_CLAUSAL_DEPS = {"advcl", "xcomp", "ccomp", "ROOT", "relcl", "acl"}
_NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound", "pcomp"}
_VIOLENT = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}  # what a speaker can threaten to do
# verbs of praise and blame, whose object is the act reacted to
_REACTING = frozenset("welcome hail praise applaud commend laud salute condemn denounce deplore decry criticise "
                      "criticize accuse".split())  # "accused the rebels of harassing villages": the charge is the act
_MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID"}
_THREAT_MODE = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict", "SANCTION": "relations",
                "PROTEST": "restrict"}
_TOLL_TRIGGER = Trigger("n", ("toll",), (), "ASSAULT", None, None)


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
        self.drafts: list[Draft] = []
        # the phrases attribution already resolved to a source: an actor named there is that source
        self.named = [(m.start, m.end, s) for s in doc.sources for m in s.mentions if s.kind != "outlet"]
        self.last_time: EventTime | None = None
        self.homes = Homes(doc)  # where its actors are, from the places geocoding found
        # toll records (``attach_tolls``) by id: (the event they were copied from, the record, its sentence)
        self.derived: dict[int, tuple[Event, Event, Any]] = {}
        self.victims: list[tuple[str, str, int, str]] = []  # toll victims with a country: kind, noun, figure, country
        self.sport_paragraph: int | None = None  # the last paragraph that told sport in words of violence

    # -- per sentence ----------------------------------------------------------------------------
    def run(self) -> list[Event]:
        for sent in self.doc.parsed.sents:
            if sent.text.strip():
                self.sentence(sent)
        anaphors = {id(d.event) for d in self.drafts if _definite(d.trigger) and not d.event.actors}
        merged: dict[int, Event] = {}
        # how far each mention's word lies below its sentence's root; a subject counts as deep as its verb, which
        # tells what it did ("clashes killed 12": the clashes lead)
        depth = {id(d.event): _depth(d.trigger.head if d.trigger.dep_ in ("nsubj", "nsubjpass") else d.trigger)
                 for d in self.drafts}
        events = merge([d.event for d in self.drafts], anaphors, self.speaker_of, merged, depth)
        self.blame_deeds(merged)
        doers_of_deeds(events, self.doc.parsed)
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
        entry = match(tok)
        if entry is not None and entry.event == kind and other_sense(tok, entry):
            return None  # the word read in another sense ("factions fighting the army merged"): not re-added
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
        if event.actors and all(_an_act(sent.doc, a) for a in event.actors):
            return None  # "the army's shelling of the town went on all night": an act is no one acting
        if _accidental(event, sent):
            return None  # "an explosion at a factory killed nine; police said friction caused it": no attack
        before = [e for e in self.doc.events if e.trigger.start < tok.idx and e.time.how in ("text", "context")
                  and not crosswalk.QUAD[e.event].startswith("verbal")]
        self.last_time = max(before, key=lambda e: e.trigger.start).time if before else None
        event.time = self.time_of(sent, [draft]).get(tok.i) or self.carried_time()
        event.locations = _finest(self.locations(sent, draft))
        self.homes.imply_actor(event, sent)
        place_actors(event)
        return event

    def blame_deeds(self, merged: dict[int, Event]) -> None:
        """"X condemned the strikes": an accusation that names only a deed blames whoever did it, as the
        deed's event (after merging, "the strikes" told before) names them, never the accuser's own side."""
        for draft in self.drafts:
            if draft.event.event != "ACCUSE" or draft.event.recipients or draft.trigger.pos_ != "VERB":
                continue
            deeds = {t.i for t in blamed(draft.trigger)}
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
        drafts: list[Draft] = []
        found, read = [], set()
        for tok in sent:
            table = match(tok)
            if table is None and tok.pos_ != "VERB":  # every other reading reads a verb or the table's word
                entry = _held(tok) or _intent(tok) or _on_alert(tok)
            else:
                entry = judged(tok) or vowed(tok, table) or promised_harm(tok, table) or hinted_harm(tok, table) or \
                    fired_to_sea(tok, table) or stepping_aside(tok) or government_dismissed(tok) or \
                    yielded_under_pressure(tok) or kept_out(tok) or outlawed(tok) or ordered_closed(tok) or \
                    staying_put(tok, table) or \
                    deadline_given(tok, table) or unwanted(tok, table) or cut_off(tok, table) or \
                    sent_away(tok, table) or forced_back(tok) or pushed_across(tok) or pushed_back(tok) or \
                    others_regretted(tok, table) or pardoned_many(tok, table) or blamed_for_harm(tok, table) or \
                    yielded(tok, table) or information_shared(tok, table) or \
                    turned_violent(tok) or aid_under_way(tok, table) or helped_to_arrest(tok, table) or \
                    welcome_given(tok, table) or handed_to_state(tok, table) or \
                    by_whom(tok, table) or _held(tok) or _intent(tok) or refusal(tok, table)
            if entry is not None:
                found.append((tok, entry))
                if entry is not table:  # a reading (by whom, a verdict, an intent, people held), not the word alone
                    read.add(tok.i)
        found, told = _imposed(found)
        for tok, entry in found:
            if tok.i in told:
                continue  # the object of "imposed", which told the verb its act
            if other_sense(tok, entry):
                continue
            if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
                continue  # a president whose surname is Battle: a name, no battle
            if tok.dep_ == "compound" and tok.head.lemma_ not in EVENT_HEADS:
                continue  # "attack helicopter" is a helicopter; "an arrest operation" is an arrest
            if tok.dep_ in ("amod", "compound") and tok.tag_ == "VBN" and tok.is_title and tok.head.pos_ == "PROPN" \
                    and tok.head.i > tok.i:
                continue  # "Occupied Zone's main town": part of a place's name, no act
            if tok.tag_ == "VBN" and tok.i > sent.start and tok.nbor(-1).lower_ in ("most", "least"):
                continue  # "the most contested districts", "the most affected": a participle graded as an adjective
            if tok.dep_ == "nsubj" and any(other is RIOTED and head.i == tok.head.i for head, other in found):
                continue  # "the rally turned violent": the rally is the riot the verb tells
            if any(_word_of_phrase(tok, head, other) for head, other in found if head is not tok):
                continue  # "custody" of "took him into custody" is that phrase's word, not an event of its own
            drafts.append(self.draft(tok, entry, sent))
            # a reading, or a phrase the table names word by word ("test fired", "laid down arms"), is settled:
            # the PLOVER head, which reads the whole sentence, does not override it
            # so is a cooperative act announced for the future, which the clause makes a pledge ("is willing to
            # support": AGREE, not the support itself)
            pledge = entry.event in INTENDABLE and drafts[-1].event.event == "AGREE"
            # so is a reaction to something ("welcomed the release of", "condemned the shelling"): the head, reading
            # the whole sentence, would take the act reacted to for the event
            reaction = entry.lemmas[0] in _REACTING and entry.event in ("SUPPORT", "ACCUSE")
            drafts[-1].event.settled = drafts[-1].event.settled or tok.i in read or len(entry.lemmas) > 1 or pledge \
                or reaction or _journey_for(tok, entry) or _compact_signed(tok, entry)
        drafts += [d for d in self.speech_acts(sent) if not _told_by_table(d, drafts)]
        drafts += self.abuses_alleged(drafts, sent)
        drafts, aims = _protest_aims(drafts)
        for d in drafts:
            if d.event.event == "REQUEST" and _or_else(d.trigger):
                d.event.event, d.event.mode = "THREATEN", None  # "asked them to disarm or face action": an ultimatum
                d.event.settled = True  # a reading of the clause, which the PLOVER head does not override
            elif d.event.event == "AGREE" and (penalty := _penalty_agreed(d.trigger)) is not None:
                d.event.event, d.event.mode = "THREATEN", _THREAT_MODE.get(penalty, "relations")
                d.event.settled = True  # "agreed to impose sanctions unless the truce holds": a threat agreed on
        drafts = _carry_orders([d for d in drafts if not _agreed_aid(d, drafts)])
        drafts = [d for d in drafts if not part_of_another(d, drafts + aims)  # a protest's aim holds what it asks
                  and not (d.event.event in _MATERIAL and _natural_cause(d.trigger))
                  and not _accidental(d.event, sent)]
        if self.drafts and self.drafts[-1].event.event == "ASSAULT" and not any(
                d.event.event == "ASSAULT" and not _bare_harm(d) for d in drafts) and paragraph_at(
                self.text, self.drafts[-1].sentence.start_char) == paragraph_at(self.text, sent.start_char):
            drafts = [d for d in drafts if not _bare_harm(d)]  # "Two servicemen were wounded": the toll of the
            # attack just told, not an attack of its own
        tolls = find_tolls(sent, self.text)
        self.attach_tolls(drafts, tolls, sent)
        # A clause is an event even without named participants ("30 people were detained"); a bare noun
        # ("clashes", "the operation") needs a participant or a toll to be one.
        kept = [d for d in drafts if d.event.actors or d.event.recipients or _has_toll(d.event)
                or (d.trigger.pos_ == "VERB" and d.event.event in _MATERIAL) or _breaks_out(d.trigger)
                or _did_damage(d.trigger) or (d.event.event == "PROTEST" and (_during(d.trigger) or _halted(d.trigger)))
                or _counted_arrests(d) or _order_eased(d)
                or (_definite(d.trigger) and any(p.event.event == d.event.event for p in self.drafts))]
        kept = self.without_sport(kept, sent)
        self.homes.where_done(kept, sent)
        time = self.time_of(sent, kept)
        for draft in kept:
            self.homes.imply_actor(draft.event, sent)
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

    def without_sport(self, drafts: list[Draft], sent: Any) -> list[Draft]:
        """Sport told in the words of violence is no attack: "a football team beat the visitors 2-1" (a sport
        noun is the attack's subject or object), and in the rest of that paragraph an attack that hits no one
        named ("they attacked down the left"). An attack with a toll or an armed or state actor always stays."""
        paragraph = paragraph_at(self.text, sent.start_char)
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

    def draft(self, tok: Any, entry: Trigger, sent: Any) -> Draft:
        said_in = self.claim_at(tok.idx)  # the claim whose content holds the words: it sets the status
        # a speech verb is its own claim's cue ("the ministry warned that …"): that claim carries it
        claim = said_in or next((c for c in self.doc.claims if c.cue.start <= tok.idx < c.cue.end), None)
        view = self.perspective(claim)
        actors, recipients, explicit = self.arguments(tok, entry, view)
        span = self.doc.span(sent.start_char, sent.end_char)
        event = Event(id="", event=entry.event, trigger=self.doc.span(tok.idx, tok.idx + len(tok)), evidence=span,
                      mode=entry.mode, context=[entry.context] if entry.context else [], actors=actors,
                      recipients=recipients, claim=claim.id if claim else None, mentions=[span])
        weapon = weapon_mode(tok, sent) if event.event == "ASSAULT" else None
        if event.event == "ASSAULT" and verbal_attack(tok) and not weapon:
            event.event, event.mode = "ACCUSE", "disapprove"  # "attacked her record": words, not blows
        if event.event == "ASSAULT":
            event.mode = weapon or event.mode
            if any(a.sector in ("MIL",) for a in actors + recipients) and "military" not in event.context:
                event.context.append("military")
        if event.mode == "seize" and ("territory" in event.context or tok.lemma_ == "seize") and people_patient(tok):
            # "captured two suspects": people taken, not ground: held by the state, or abducted by anyone else
            state = not actors or any(a.sector in STATE_SECTORS for a in actors)
            event.event, event.mode = ("COERCE", "arrest") if state else ("ASSAULT", "abduct")
            event.context = [c for c in event.context if c != "territory"]
        elif event.mode == "seize" and event.event == "COERCE" and _craft_taken(tok, actors):
            event.event, event.mode = "ASSAULT", "abduct"  # "gunmen seized a river ferry": a hijacking (CAMEO 181)
            event.context = [c for c in event.context if c != "territory"]
        elif event.event == "COERCE" and event.mode == "arrest" and actors and all(a.sector == "REB" for a in actors):
            event.event, event.mode = "ASSAULT", "abduct"  # "militiamen rounded up travellers": no state arrests
        if event.event == "COERCE" and event.mode == "deport" and tok.lemma_ == "force" and any(
                r.sector in _FIGHTERS for r in recipients):
            # "forced the rebels out of the town": fighters driven from ground, not people deported
            event.event, event.mode, event.context = "ASSAULT", None, [*event.context, "territory"]
        if event.event == "MOBILIZE" and tok.lemma_.lower() in EXERCISES | _PATROLS and (
                len(countries_of(actors)) > 1 or with_partner(tok, actors) or (
                    tok.lemma_.lower() in EXERCISES and (_hosted(tok, actors) or any(
                        a.sector == "IGO" for a in actors)))):
            # "the Chinese and Pakistani navies began the exercise", "held a drill with the Japanese navy", "Thai and
            # Lao boats patrolled the river", "U.S. troops began an exercise in Georgia", "the alliance's member
            # states held exercises": forces of two states acting together, or drilling in another state that hosts
            # them, cooperate (CAMEO 062)
            event.event, event.mode = "COOPERATE", None
        if event.event == "MOBILIZE" and _keeping_peace(tok, actors):
            # "sent a battalion to join the UN peacekeeping mission", "deployed police to protect the villagers",
            # "sent troops to help the embattled president": protection given (CAMEO 074, PLOVER AID), not force shown
            event.event, event.mode, event.context = "AID", None, [*event.context, "peacekeeping"]
            event.settled = True  # a reading of the clause, which the PLOVER head does not override
        if event.event == "MOBILIZE" and event.mode == "troops" and _police_moved(actors, recipients):
            # "the city deployed 2,000 police", "police fanned out along the border roads": police power shown
            event.mode, event.context = "police", [c for c in event.context if c != "military"]  # (CAMEO 153)
        if event.event == "RETREAT" and event.mode == "withdraw" and actors and all(map(_international, actors)):
            # "the withdrawal of UN troops", "the AU pulled its troops out": an international body withdrawing
            # its peacekeepers or monitors reduces its engagement (CAMEO 1661/1662), no side's retreat
            event.event, event.settled = "SANCTION", True
        if event.event == "COERCE" and event.mode == "deport" and _multitude_driven_out(tok):
            # "expelled tens of thousands of villagers": a people driven out, not persons deported (CAMEO 201)
            event.event, event.mode = "ASSAULT", None  # (the manual has no mode for it: its "cleansing" is struck out)
            event.settled = True
        if event.event == "ASSAULT" and not weapon and (_work_stoppage(tok, actors) or _workers_struck(tok, actors)):
            event.event, event.mode = "PROTEST", "strike"  # "teachers joined the strike": no blow struck
        if event.event == "COERCE" and event.mode == "restrict" and actors and not any(
                a.sector in STATE_SECTORS for a in actors) and tok.lemma_ in ("block", "blockade", "close", "shut"):
            event.event, event.mode = "PROTEST", "obstruct"  # people blocking a road protest; a state coerces
        event.status = self.status(tok, said_in)
        if event.status == "denied" and said_in is not None and said_in.stance == "deny" and tok.dep_ == "conj" \
                and crosswalk.QUAD[entry.event].startswith("verbal") and not own_negation(tok):
            event.status = "asserted"  # "X denied it did Y and accused Z of W": the accusation is X's own act
        yielding = event.event in _YIELDING and will_not(tok)
        declined = event.event in _DECLINABLE and will_not(tok if tok.pos_ in ("VERB", "AUX") else role_of(tok).head)
        if entry is STEPPING_ASIDE:
            event.status = "asserted"  # "will not seek re-election": leaving is pledged by the negation itself
        elif (event.event in _REFUSABLE or yielding or declined) and event.status == "denied" and (
                claim is None or claim.stance == "assert"):
            event.event, event.status, event.mode = "REJECT", "asserted", (  # "will not accept", "did not agree"
                "yield" if yielding else _DECLINABLE[event.event] if declined else event.mode)
            event.settled = True  # a reading of the negation, which the PLOVER head (a bag of the words) cannot see
        elif entry is REFUSAL:
            event.status = "asserted"  # "would not take part": the refusal is told, not denied
        elif event.event in INTENDABLE and ((event.status == "future" and not conditional(tok)) or (
                event.status == "hypothetical" and _offered_aloud(tok))):
            # "will release", "is ready to pull back": a pledge; "said it could contribute engineers": an offer
            event.event, event.status = "AGREE", "asserted"
        self.homes.country_from_sentence(event, sent)
        draft = Draft(tok, entry, event, sent, view.speaker, explicit)
        self.as_threat(draft)
        self.homes.protest_at_home(event)
        return draft

    # -- participants ------------------------------------------------------------------------------
    def arguments(self, tok: Any, entry: Trigger, view: Perspective) -> tuple[list[Actor], list[Actor], bool]:
        # "died in the shelling": a verb form used as a noun; "fired …, killing two": a noun tag on a clause
        clause = any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "agent") for c in tok.children)
        nominal = (tok.pos_ not in ("VERB", "AUX") and tok.dep_ not in _CLAUSAL_DEPS) or (
            tok.dep_ in _NOMINAL_DEPS and not clause)
        actor_heads, recipient_heads = noun_arguments(tok, entry) if nominal else verb_arguments(tok, entry)
        if entry is _INTENT or entry is _INTENT_THREAT:  # "Vietnam is committed to ...", "he would be ready to
            holder = tok.head if tok.dep_ == "acomp" else tok  # ...": whose will it is
            actor_heads = [c for w in [holder, *(a for a in holder.children if a.dep_ in ("aux", "auxpass"))]
                           for c in w.children if c.dep_ in ("nsubj", "nsubjpass")]  # the parser may hang it on "is"
            recipient_heads = []
        if entry.event == "ACCUSE" and not nominal:  # "blamed a rocket fired by X", "blamed it on a launch by X"
            recipient_heads = blamed(tok) or recipient_heads
        explicit = bool(actor_heads)
        actors = _resolve(actor_heads, view, self.text)
        if len(actor_heads) == 1 and actor_heads[0].lower_ in ("he", "she", "they") and not any(
                a.sector or a.country for a in actors) and (
                ruler := _governing_subject(tok, actor_heads[0].lower_)) is not None:
            actors = _resolve([ruler], view, self.text) or actors  # "X defied Y when he ordered ...": X ordered
        if actor_heads and all(h.lower_ == "they" for h in actor_heads) and not any(
                a.sector or a.country for a in actors):  # "… police. They opened fire": unresolved "they"
            actors = _resolve(self.previous_subject(tok.sent), view, self.text) or actors
        if not actors and nominal and actor_heads:  # "their withdrawal": the pronoun is the light verb's subject
            actors = _resolve(light_verb_subject(tok), view, self.text)
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
        if paragraph_at(self.text, before.start_char) != paragraph_at(self.text, sent.start_char):
            return []
        root = before.root
        if match(root) is not None:
            return []
        return [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (
            sector_of(c.text) is not None or (c.lemma_.lower() in PEOPLE and c.tag_ == "NNS"))][:1]

    # -- status ------------------------------------------------------------------------------------
    def status(self, tok: Any, claim: Claim | None) -> str:
        return status_of(tok, claim, self.denied_reports)

    def as_threat(self, draft: Draft) -> None:
        """A violent act the speaker announces for the future is the speaker's threat (PLOVER THREATEN)."""
        event = draft.event
        # "will withdraw unless …", "could close the base if …": an act made to depend on the other side
        depends = event.status in ("future", "hypothetical") and conditional(draft.trigger)
        if (event.event not in _VIOLENT and not depends) or event.status not in ("future", "hypothetical"):
            return
        if prevented(draft.trigger):
            return  # "to prevent provocations": averted, not announced
        if in_condition(draft.trigger):
            return  # "will take countermeasures if the militants attack": the attack is the condition, not announced
        if planned(draft.trigger):
            return  # "before a planned strike": scheduled, no one warning
        if event.event == "SANCTION" and not depends and arranged(draft.trigger):
            return  # "<state> is to recall its envoy": a step decided, told before it is taken, no threat
        if event.event == "SANCTION" and not depends and object_words(draft.trigger) & AID_WORDS:
            return  # "said it would freeze its loans": one's own aid cut, announced with no condition, is the
            # cut decided (CAMEO 162), no threat held over anyone
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
        if _offered(draft):  # "would withdraw its troops if the truce holds", "would meet the mediator if he ...": a
            # yielding or cooperative act offered on a condition is an offer (CAMEO 03), not a threat
            event.event, event.mode, event.status, event.settled = "AGREE", None, "asserted", True
        else:
            event.mode = _THREAT_MODE.get(event.event, "relations")
            event.event = "THREATEN"
            event.context = [c for c in event.context if c != "military"] + ["military"]
        if own and not any(a.name == speaker.name for a in event.actors):  # ("it said it will …": placed already)
            event.actors = [_speaker_actor(speaker)]

    def abuses_alleged(self, drafts: list[Draft], sent: Any) -> list[Draft]:
        """A rights group or an international body telling of torture, beatings or summary killings by a state's
        forces, or by no one named ("detainees are routinely beaten in jails, the UN said"), accuses of abuses (CAMEO
        1122, PLOVER ACCUSE): the report is the event coders code, beside the abuse it tells of. Not a killing,
        arrest or raid such a body reports (a report, not a charge), nor abuses by armed groups, nor any act told by
        others."""
        out: list[Draft] = []
        for draft in drafts:
            event = draft.event
            claim = self.claim_by_id.get(event.claim or "")
            source = self.sources.get(claim.source) if claim else None
            if event.event != "ASSAULT" or source is None or source.sector not in ("NGO", "IGO") or not _abuse(draft):
                continue
            doers = [a for a in event.actors if a.sector in ("MIL", "COP", "GOV")]
            if (event.actors and not doers) or any(
                    o.event.event == "ACCUSE" and o.event.claim == claim.id for o in drafts + out):
                continue
            tok = _cue_token(sent, claim)
            if tok.pos_ != "VERB" or tok.dep_ == "prep":
                continue  # "..., according to an Amnesty official": a report sourced, no one charging
            span = self.doc.span(sent.start_char, sent.end_char)
            accusation = Event(id="", event="ACCUSE", trigger=claim.cue, evidence=span, mode="allege",
                               actors=[_speaker_actor(source)], recipients=doers, claim=claim.id, status="asserted",
                               mentions=[span])
            out.append(Draft(tok, Trigger("v", ("allege",), (), "ACCUSE", "allege", None), accusation, sent, source,
                              True))
        return out

    # -- speech acts from attribution -------------------------------------------------------------
    def speech_acts(self, sent: Any) -> list[Draft]:
        out: list[Draft] = []
        span = self.doc.span(sent.start_char, sent.end_char)
        for claim in self.doc.claims:
            if claim.stance != "deny" or not (sent.start_char <= claim.cue.start < sent.end_char):
                continue
            source = self.sources.get(claim.source)
            about = self.claim_by_id.get(claim.about) if claim.about else None
            target = self.sources.get(about.source) if about else None
            tok = _cue_token(sent, claim)
            entry = match(tok)
            if entry is not None and entry.event == "REJECT" and other_sense(tok, entry):
                continue  # "dismissed his finance minister": the cue word read in another sense, no denial
            event = Event(id="", event="REJECT", trigger=claim.cue, evidence=span, mode=None,
                          actors=[_speaker_actor(source)] if source else [],
                          recipients=[_speaker_actor(target)] if target else [], claim=claim.id,
                          status="asserted", mentions=[span])
            out.append(Draft(tok, Trigger("v", ("deny",), (), "REJECT", None, None), event, sent, source, True))
        ccomps, attributes, complements, subjects = [], [], [], []
        for tok in sent:  # one pass finds each reading's candidate words, by their relation
            dep = tok.dep_
            if dep == "ccomp":
                ccomps.append(tok)
            elif dep == "attr":
                attributes.append(tok)
            elif dep == "acomp" or (dep == "prep" and tok.lower_ == "out"):
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
                if _envoys_sent_away(tok, addressee):  # "all its diplomats must leave within 72 hours": expelled
                    event.event, event.mode, event.context = "SANCTION", "expel", ["diplomatic"]
                out.append(Draft(tok.head, Trigger("v", (tok.head.lemma_,), (), event.event, event.mode, None), event,
                                  sent, view.speaker, True))
        for tok in attributes:  # "X said it is time for Y to act": X demands it of Y
            addressee = _time_for(tok)
            if addressee is None or tok.head.dep_ != "ccomp" or tok.head.head.lemma_ not in SPEAKING:
                continue
            claim = self.claim_at(tok.idx)
            view = self.perspective(claim)
            actors = _resolve([c for c in tok.head.head.children if c.dep_ == "nsubj"], view, self.text)
            if not actors:
                continue
            event = Event(id="", event="REQUEST", trigger=self.doc.span(tok.idx, tok.idx + len(tok)), evidence=span,
                          actors=actors, recipients=_resolve([addressee], view, self.text),
                          claim=claim.id if claim else None, status="asserted", mentions=[span])
            out.append(Draft(tok.head.head, Trigger("v", ("demand",), (), "REQUEST", None, None), event, sent,
                              view.speaker, True))
        for tok in complements + attributes:  # "X said the plan was unacceptable": X rejects it
            if _ruled_out(tok) and tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in SPEAKING:
                claim = self.claim_at(tok.idx)
                view = self.perspective(claim)
                actors = _resolve([c for c in tok.head.head.children if c.dep_ == "nsubj"], view, self.text)
                if not actors:
                    continue
                start = min(tok.idx, tok.head.idx)  # "was unacceptable": the clause's verb and its word
                event = Event(id="", event="REJECT", trigger=self.doc.span(start, tok.idx + len(tok)),
                              evidence=span, actors=actors, recipients=[], claim=claim.id if claim else None,
                              status="asserted", mentions=[span])
                out.append(Draft(tok.head.head, Trigger("v", ("reject",), (), "REJECT", None, None), event, sent,
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
                out.append(Draft(tok, Trigger("n", ("responsibility",), (), "ACCUSE", "allege", None), event, sent,
                                  view.speaker, True))
        return out

    # -- toll, time, place -------------------------------------------------------------------------
    def attach_tolls(self, drafts: list[Draft], tolls: list[TollMention], sent: Any) -> None:
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

    def _derive(self, parent: Draft, mention: TollMention, claim: Claim | None, sent: Any) -> TollRecord:
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
                loc for loc in self.locations(sent, Draft(sent.root, _TOLL_TRIGGER, event, sent))
                if locative(self.doc.parsed, loc["start"])]
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

    def time_of(self, sent: Any, drafts: list[Draft]) -> dict[int, EventTime]:
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
        tok = phrase_head(token_at(self.doc.parsed, start), ("compound", "conj", "appos"))
        if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "from"):
            return False
        verb = tok.head.head
        if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX"):
            return False
        entry = match(verb)
        return verb.lemma_ in SPEAKING or (entry is not None and crosswalk.QUAD[entry.event].startswith(
            "verbal")) or any(c.cue.start <= verb.idx < c.cue.end for c in self.doc.claims)

    def locations(self, sent: Any, draft: Draft) -> list[dict[str, Any]]:
        """The places of the event's sentence, without the countries that name a side; finer places hide
        the country names next to them."""
        places = [p for p in self.homes.sentence_places(sent)
                  if not in_dateline_place(self.text, p.span.start, p.span.end) and getattr(p, "role", None) is None]
        sides = [a.span for a in draft.event.actors + draft.event.recipients if a.span]
        verbal = crosswalk.QUAD[draft.event.event].startswith("verbal")  # "responsibility lies with Baku"
        if verbal:  # a speech act's place is a locative ("said in Geneva"), never a metonym ("lies with Baku")
            places = [p for p in places if locative(self.doc.parsed, p.span.start)]
        else:  # "said in Geneva", "speaking in Lima, … condemned the strike": where the words were spoken
            places = [p for p in places if not self.speech_place(p.span.start, draft.trigger)]
        places = [p for p in places if p.precision != "country" or not (
            any(s.start <= p.span.start < s.end for s in sides) or as_modifier(self.doc.parsed, p.span.start))]
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


def _an_act(parsed: Any, actor: Actor) -> bool:
    """The actor's phrase is headed by a word of the trigger table, a noun naming an act ("the shelling of the
    town", "her condemnation of the decree"), not by someone who acts."""
    if actor.span is None:
        return False
    span = parsed.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("NOUN", "VERB") and match(span.root) is not None and \
        sector_of(span.root.text) is None  # ("shelling" may be tagged a verb)


def _depth(tok: Any) -> int:
    return sum(1 for _ in tok.ancestors)


_FIGHTERS = frozenset({"REB", "MIL"})  # those "forced out" of a place by fighting, not deported


# Verbs whose object "strike" is a stoppage of work, never a blow ("joined the strike", "held a strike",
# "called off the strike", "took part in the strike"); one launches or carries out a strike from the air.
_STOPPAGE_VERBS = frozenset("join hold stage call participate part suspend initiate declare launch begin".split())
# Kinds of strike that only a stoppage of work is ("a nationwide strike", "a general strike").
_STOPPAGE_KINDS = frozenset("nationwide national general indefinite countrywide sit-down wildcat token one-day "
                            "day-long".split())
_WORKFORCE = frozenset({"LAB", "EDU"})


_LARGE_MULTITUDES = frozenset("thousand thousands million millions".split())
# Foreigners sent home under immigration law, not a people driven out.
_ALIENS = frozenset("expatriate expat foreigner migrant immigrant undocumented illegal illegals overstayer "
                    "alien visa asylum refugee national foreign".split())  # "Rwandan nationals": another state's
_WAGE_EARNERS = frozenset("worker labourer laborer trader employee".split())  # ... of a nationality: "Malian workers"
_ORDERING_OUT = frozenset("order tell ask give".split())  # ... people to leave the country: told to go, not driven


def _compact_signed(tok: Any, entry: Trigger) -> bool:
    """"Signed two agreements", "signed a memorandum of understanding": a compact signed (CAMEO's 057), told by the
    verb and its object, which the PLOVER head, reading the whole sentence, would take for a promise or a truce."""
    return entry.event == "SUPPORT" and entry.lemmas[0] == "sign" and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SIGNED_COMPACTS for c in tok.children)


_SIGNED_COMPACTS = frozenset("agreement accord deal treaty pact protocol memorandum mou charter declaration "
                             "convention".split())


def _multitude_driven_out(tok: Any) -> bool:
    """Whom the verb drives out are counted in thousands, or are a whole population: "expelled tens of thousands
    of farmers", "deported 20,000 workers", "expelled the ethnic Greek population" (a mass expulsion, CAMEO 201)."""
    if tok.lemma_.lower() in _ORDERING_OUT:
        return False  # "told 3,000 Malians to leave the country": foreigners told to go, however many
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        words = list(obj.subtree)
        if any(w.lemma_.lower() in _ALIENS for w in words):
            continue  # "deported 4,000 migrant workers", "expelled thousands of illegal migrants": immigration enforced
        if obj.lemma_.lower() in _WAGE_EARNERS and any(w.ent_type_ == "NORP" and w.head.i == obj.i for w in words) \
                and not any(w.lower_ == "ethnic" for w in words):
            continue  # "expelled 300,000 Malian workers": another state's workers sent home (not "ethnic X workers")
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
    if any(c.dep_ == "prep" and c.lower_ == "on" and not _of_time(c) for c in tok.children):
        return False  # "called in a strike on the ridge": a blow aimed somewhere (not "a strike on Saturday")
    if any(c.dep_ == "acl" and c.lemma_.lower() in ("call", "declare") and not any(g.dep_ == "prt" for g in c.children)
           for c in tok.children):
        return True  # "a strike called by an armed group": a shutdown, whoever calls it; no blow is "called" so
    if any(a.sector in STATE_SECTORS | {"REB"} for a in actors):
        return False
    role = role_of(tok)
    verb = carrier_of(role)
    if role.dep_ in ("dobj", "pobj", "nsubjpass") and (verb.lemma_ in _STOPPAGE_VERBS or took_part(verb)):
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


def _workers_struck(tok: Any, actors: list[Actor]) -> bool:
    """"Bus drivers struck for a day over unpaid wages": the verb "strike" with nothing struck, said of people at
    work or done to protest, stops work."""
    if tok.lemma_ != "strike" or tok.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                                                 and not _of_time(c)) for c in tok.children):
        return False
    protesting = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("protest", "demand", "press")
                     for c in tok.children)
    return bool(actors) and (protesting or all(a.sector in _WORKFORCE or _at_work(a.text) for a in actors))


def _of_time(prep: Any) -> bool:
    """The preposition tells when ("on Saturday"), not at what."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _at_work(phrase: str) -> bool:
    """The phrase is headed by a word for people by their work ("the nurses", "300 civil servants")."""
    return head_word(phrase) in _WORKING


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
_COUNTERING = frozenset("respond response countermeasure countermeasures retaliate retaliation reprisal".split())
_INTENT_THREAT = Trigger("v", ("ready",), (), "THREATEN", "violence", "military")


_ON_ALERT = Trigger("v", ("be", "alert"), (), "MOBILIZE", "troops", "military")  # CAMEO 152/153


def _on_alert(tok: Any) -> Trigger | None:
    """"The army was on high alert", "police remained on full alert": forces at a raised alert (CAMEO 152-153, a
    show of force), as the table's "put on alert"; "was alert to the danger" is an adjective."""
    if tok.lemma_ not in ("be", "remain", "stay") or not any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ == "alert" for g in c.children)
            for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    found = sector_of(" ".join(t.text for t in subject.subtree)) if subject is not None else None
    return _ON_ALERT if found is not None and found.code in ("MIL", "COP", "GOV") else None  # not residents


def _intent(tok: Any) -> Trigger | None:
    """"Is ready to host talks", "is committed to opening up the economy": an intent declared (CAMEO's
    "express intent to ...", PLOVER's AGREE), where what is intended is no event of the table (an intended
    act of the table is read by its own word: "is ready to pull back" is a pledge, "ready to strike" a threat);
    a will to crush, destroy or punish someone is a threat of force."""
    if tok.lower_ not in WILLING or tok.dep_ not in ("acomp", "ROOT", "ccomp", "conj") or tok.lower_ == "set":
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
    if any(w.lemma_.lower() in _COUNTERING for c in wanted for w in [c, *c.children]):
        return _INTENT_THREAT  # "is ready to respond in kind if ...": a counter-blow held ready, a threat
    return _INTENT


def _protest_aims(drafts: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """"Blocked the highway, demanding his resignation", "protesters calling for reform marched": a demand told as
    a participle of a protest, or its "to" purpose ("marched to demand ..."), is what the protest is for (CAMEO's
    "demonstrate for ..."), no request of its own; with no protest told but by the protesters who demand, the
    demand is their protest. Returns the drafts kept and the demands taken as aims (which still hold what they
    ask for: "protests demanding his resignation" tell no resignation)."""
    protests = any(d.event.event == "PROTEST" for d in drafts)
    # the words a protest is told by: its trigger, and the verb a protest noun hangs on ("held protests")
    anchors = {i for d in drafts if d.event.event == "PROTEST" for i in (
        d.trigger.i, carrier_of(d.trigger).i if d.trigger.pos_ == "NOUN" else d.trigger.i)}
    out, aims = [], []
    for d in drafts:
        tok = d.trigger
        aside = tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and tok.head.head.i in anchors
        if d.event.event == "REQUEST" and tok.dep_ in ("advcl", "xcomp") and (tok.head.i in anchors or aside) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            aims.append(d)
            continue  # "staged rallies for a week to demand ...": what the protest is for (the parser may hang the
            # purpose on an aside: "gathered, braving the rain, to demand ...")
        told = [p for p in drafts if p.event.event == "PROTEST" and p.trigger.head.i == tok.i
                and p.trigger.dep_ in ("ccomp", "conj")]
        if d.event.event == "REQUEST" and tok.tag_ == "VBG" and tok.dep_ in ("ROOT", "ccomp") and told and not any(
                c.dep_ == "aux" for c in tok.children) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _PROTESTERS for c in tok.children):
            # "protesters demanding a recount rioted", parsed with "demanding" as the main verb: the riot is told,
            # the demand is its aim, and the protesters are the rioters
            for protest in told:
                protest.event.actors = protest.event.actors or d.event.actors
            aims.append(d)
            continue
        if d.event.event == "REQUEST" and tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl"):
            if protests:
                aims.append(d)
                continue
            if tok.head.lemma_.lower() in _PROTESTERS:
                d.event.event, d.event.mode = "PROTEST", "demo"
        elif d.event.event == "REQUEST" and _a_crowd(d.event) and (
                _voiced_at_protest(tok) or (not protests and _gathered_to_demand(tok))):
            d.event.event, d.event.mode = "PROTEST", "demo"  # "thousands filled the square to demand ..."
        out.append(d)
    return out, aims


_SETTING_OFF = frozenset("leave depart fly head set".split())


def _journey_for(tok: Any, entry: Trigger) -> bool:
    """"Sets off on Monday for a state visit to X": a visit set off for, which the PLOVER head, reading the verb of
    leaving, takes for a withdrawal."""
    return entry.event == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and \
        tok.head.head.lemma_.lower() in _SETTING_OFF


def _ruled_out(tok: Any) -> bool:
    """The word says its clause's subject is rejected: "was unacceptable", "is out of the question", "is not an
    option", "the envoy was not welcome"."""
    if tok.dep_ == "acomp":
        if tok.lower_ == "welcome":
            return own_negation(tok) or own_negation(tok.head)
        return tok.lower_ in _UNACCEPTABLE and not own_negation(tok.head)
    if tok.dep_ == "attr":
        return tok.lemma_.lower() == "option" and (own_negation(tok.head) or any(
            c.lower_ == "no" for c in tok.children))
    return tok.dep_ == "prep" and not own_negation(tok.head) and any(
        o.lower_ == "question" for p in tok.children if p.lower_ == "of" for o in p.children)


def _time_for(tok: Any) -> Any:
    """The one "it is time" for to act ("it is time for the junta to step down", "high time for the rebels to
    disarm"): who is asked, or None."""
    if tok.lemma_.lower() != "time" or tok.dep_ != "attr" or tok.head.lemma_ != "be" or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.head.children) or own_negation(tok.head):
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
        if t.lemma_.lower() == "face" or (t.lemma_.lower() in HARM_VERBS | {"arrest", "crush", "destroy"} and any(
                c.dep_ == "auxpass" for c in t.children)) or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would") for c in t.children):
            return True
    verbs = [next((a for a in (t.head, *t.head.ancestors) if a.pos_ in ("VERB", "AUX")), None)
             for t in tok.sent if t.i > tok.i and t.lower_ == "otherwise" and t.dep_ == "advmod"]
    return any(v is not None and any(  # "otherwise force will be used", not "otherwise yields could fall"
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in v.children) and not any(
        c.dep_ == "nsubj" and ordinary_people(" ".join(t.text for t in c.subtree)) for c in v.children)
               for v in verbs)  # nor "many families would otherwise go hungry": a plight foretold, no penalty


# Verbs of a crowd coming together or filling a place ("filled the stadium", "massed outside the palace").
_GATHERING = frozenset("fill pack throng crowd gather assemble converge march parade rally pour flood jam mass".split())


def _a_crowd(event: Event) -> bool:
    """The event's actors are people of no state body: a crowd, activists, unions, students, parties ("thousands of
    farmers", "students")."""
    return any(a.sector in _CROWD_SECTORS or head_word(a.text) in _PROTESTERS or (
        a.sector is None and ordinary_people(a.text)) for a in event.actors)


def _gathered_to_demand(tok: Any) -> bool:
    """A demand that is the purpose of a crowd's gathering ("a crowd filled the stadium to demand a recount"): the
    crowd demonstrates for it (CAMEO 141), it does not ask by letter or statement."""
    purpose = tok.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in tok.children)
    gathering = tok.head
    if gathering.dep_ == "advcl" and gathering.tag_ == "VBG":
        gathering = gathering.head  # "massed outside parliament, defying the rain, to demand ...": the parser hangs
        # the purpose on the aside
    return purpose and gathering.lemma_.lower() in _GATHERING


def _voiced_at_protest(tok: Any) -> bool:
    """A demand voiced "in" or "at" a demonstration ("students called for free elections at a rally"), wherever
    the parser hangs the phrase below the demand: the crowd demonstrates for it, as one gathered to demand it."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "during") and in_clause_of(c, tok) and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _DEMONSTRATIONS for o in c.children) for c in tok.subtree)


_DEMONSTRATIONS = frozenset("demonstration rally march protest sit-in vigil".split())
_PROTESTERS = frozenset("protester protestor demonstrator marcher striker rioter picket".split())
_CROWD_SECTORS = frozenset({"CVL", "ACT", "LAB", "EDU", "OPP", "PTY"})  # people, activists, unions, students, parties


def _penalty_agreed(tok: Any) -> str | None:
    """"Agreed / decided to impose sanctions unless a ceasefire is observed": a penalty agreed on, on a condition
    set to the other side, is a threat (CAMEO 13); the penalty's type, else None."""
    if tok.lemma_.lower() not in ("agree", "decide"):
        return None
    for act in (c for c in tok.children if c.dep_ == "xcomp"):
        entry = match(act)
        if entry is not None and entry.event in _VIOLENT and (conditional(act) or conditional(tok)):
            return entry.event
    return None


def _hosted(tok: Any, actors: list[Actor]) -> bool:
    """The exercise is held "in" a country none of its forces stand for: its host drills with them."""
    own = countries_of(actors)
    holders = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [])
    return bool(own) and any(m.iso3 not in own for h in holders for p in h.children if p.dep_ == "prep" and
                             p.lower_ == "in" for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"
                             for m in country_index().find(o.text))


def _keeping_peace(tok: Any, actors: list[Actor]) -> bool:
    """The forces are sent as peacekeepers, to protect people, to help, defend or prop up a government or a country
    other than their own, or at its request, or into another country or an international force to restore order:
    "peacekeeping" in the clause that moves them, "to protect" people ("residents", "civilians"), "to assist the
    government", "to help President X", "in defending the kingdom", "at the request of President X", "to the
    capital of X to restore order" (CAMEO 074 and 072: protection and military aid given; forces sent to defend
    their own capital, or to keep order at home, are mobilised)."""
    holder = tok if tok.pos_ in ("VERB", "AUX") else carrier_of(role_of(tok))
    # not what a participle adds after it ("put troops on alert, increasing its readiness to send peacekeepers")
    aside = {t.i for c in holder.children if c.dep_ == "advcl" and c.tag_ == "VBG" for t in c.subtree}
    words = list(holder.subtree)
    if any(w.lower_.startswith("peacekeep") and w.i not in aside and not _reinforced(w) for w in words):
        return True
    own = countries_of(actors)

    def helped(o: Any) -> bool:
        if o.lemma_.lower() in _RULERS:
            return not any(m.iso3 in own for m in country_index().find(" ".join(t.text for t in o.subtree)))
        if o.ent_type_ in ("GPE", "PERSON"):
            return bool(own) and not any(m.iso3 in own for m in country_index().find(o.text))
        return False

    asking = [g for w in words if w.lemma_.lower() in _ASKED for p in w.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # sent for X
    protected = any(w.lemma_ == "protect" and any(o.dep_ == "dobj" and o.lemma_.lower() in PEOPLE for o in w.children)
                    for w in words)
    # "flew a battalion into the neighbour's capital to restore calm", "sent marines with a multinational force to keep
    # the peace": order restored abroad, or by a force of many states, is protection given
    restoring = any(w.lemma_ in _RESTORING and any(o.dep_ == "dobj" and o.lemma_.lower() in _ORDER_WORDS
                                                   for o in w.children) for w in words)
    restored_abroad = restoring and (any(w.lower_ in ("international", "multinational") for w in words) or (
        bool(own) and any(m.iso3 not in own for d in _destinations(holder) for m in country_index().find(d))))
    return protected or restored_abroad or any(
        w.lemma_ in _HELPING_ACTS and any(helped(o) for o in _helped_ones(w)) for w in words) \
        or any(helped(g) for g in asking)


def _destinations(verb: Any) -> list[str]:
    """Where the verb sends its forces, by the place's own words ("to the republic's capital", "into the capital of
    the island state"; not a place named beside it, "to the border with the neighbour")."""
    found = []
    for place in (o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into", "in")
                  for o in p.children if o.dep_ == "pobj"):
        words = [place, *(c for c in place.children if c.dep_ in ("compound", "amod"))]
        words += [t for c in place.children if c.dep_ == "poss" for t in c.subtree]
        words += [t for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" for t in g.subtree]
        found.append(" ".join(t.text for t in sorted(set(words), key=lambda t: t.i)))
    return found


_RESTORING = frozenset("restore maintain keep".split())
_ORDER_WORDS = frozenset("order law peace calm stability security".split())  # "law and order"


def _reinforced(word: Any) -> bool:
    """Peacekeepers named as those the forces reinforce ("sent 350 soldiers to back the peacekeepers",
    "reinforcements for the peacekeepers"): more forces sent, not peacekeepers sent (CAMEO 154)."""
    head = word.head.head if word.dep_ == "pobj" else word.head
    if word.dep_ == "compound":
        head = word.head.head.head if word.head.dep_ == "pobj" else word.head.head
    return head.lemma_.lower() in _REINFORCING


_REINFORCING = frozenset("back reinforce bolster strengthen boost reinforcement reinforcements".split())


def _helped_ones(verb: Any) -> list[Any]:
    """Whom a verb of help helps: its object, or the subject of the act it helps with ("help the army retake")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]


# what forces are sent to do for another state's rulers or land (CAMEO 074/072), and whom for
_HELPING_ACTS = frozenset("help assist support protect defend safeguard bolster".split())
_RULERS = frozenset("government regime president leader authorities kingdom monarchy ally country nation".split())
_ASKED = frozenset("request invitation behest".split())


def _counted_arrests(draft: Draft) -> bool:
    """"432 arrests have been made", "the figure of arrests", "after his arrest": arrests in the plural,
    counted or of someone are arrests made, though no one is named (a bare "arrest" may be a demand's or a
    law's)."""
    tok = draft.trigger
    return draft.event.mode == "arrest" and tok.pos_ == "NOUN" and (
        tok.tag_ == "NNS" or any(c.dep_ in ("nummod", "poss") for c in tok.children))


def _imposed(found: list[tuple[Any, Trigger]]) -> tuple[list[tuple[Any, Trigger]], set[int]]:
    """"Imposed a ban on imports", "imposed a blockade": what is imposed tells the act (an embargo, a blockade),
    not the bare verb's entry (restrictions); the verb keeps its place in the clause (a threat's content, a
    condition) with its object's entry, and the object is no second event. Returns the matches so read and the
    objects that lent their entry."""
    by_index = {tok.i: entry for tok, entry in found}
    out, told = [], set()
    for tok, entry in found:
        obj = next((o for o in tok.children if o.dep_ == "dobj" and o.i in by_index), None) \
            if entry.lemmas == ("impose",) else None
        if obj is not None:
            entry = by_index[obj.i]
            told.add(obj.i)
        out.append((tok, entry))
    return out, told


def _word_of_phrase(tok: Any, head: Any, entry: Trigger) -> bool:
    """``tok`` is a later word of the multi-word trigger ``entry`` matched at ``head`` (its child or a child's
    object, as ``lexicon.match`` reads them)."""
    if len(entry.lemmas) < 2 or tok.lemma_.lower() not in entry.lemmas[1:]:
        return False
    return tok.head.i == head.i or (tok.head.head.i == head.i and tok.head.i != tok.i)


def _demanded_of(verb: Any, addressee: list[Any], resolved: list[Actor]) -> bool:
    """"X said Y must do Z" demands an act of someone: Y (``addressee``, ``resolved`` as actors) names a
    person, a people, a body or a state, and Z is an act. Not "no one should be a predator" or "the car
    should be able to charge" (a view of what ought to be), nor "should he win" (a condition)."""
    if not addressee or verb.lemma_ == "be" or inverted_conditional(verb):
        return False
    return any(a.sector or a.country for a in resolved) or any(
        someone(h) or h.lemma_.lower() in POLITIES for h in addressee)


def _governing_subject(tok: Any, pronoun: str) -> Any:
    """The subject of the clause that ``tok``'s clause hangs on ("when", "after", "as" or "and"), when it names
    someone by a noun or a name that ``pronoun`` agrees with in number and the clauses between name no one else it
    could be ("police held the editor after she ...": she is the editor): who a "he", "she" or "they" there most
    often is."""
    singular = pronoun != "they"

    def agrees(noun: Any, strict: bool) -> bool:  # "they" may stand for a body named in the singular ("the army")
        plural = noun.tag_ in ("NNS", "NNPS")
        return plural != singular if (singular or strict) else True

    node, others = tok, []
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj") or node.head.i == node.i:
            return None
        node = node.head
        others += [c for c in node.children if c.dep_ in ("dobj", "dative")] + [
            o for p in node.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        return subject if subject.pos_ in ("NOUN", "PROPN") and agrees(subject, False) and not any(
            someone(o) and agrees(o, True) for o in others) else None
    return None


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
            pair = _both_named(part, text)
            if pair:
                out += pair
                continue
            actor = describe(part, view, text)
            if actor is not None and not any(a.text == actor.text for a in out):
                out.append(actor)
    return out


_PAIRED = frozenset("country nation state neighbour neighbor government".split())


def _both_named(head: Any, text: str) -> list[Actor]:
    """"The two countries signed a trade deal", "both governments agreed": the two states the sentence names, each
    an actor told by the phrase (none where it names another number of states)."""
    if head.lemma_.lower() not in _PAIRED or head.tag_ != "NNS" or not any(
            c.lower_ in ("two", "both") for c in head.children):
        return []
    sent = head.sent
    named = {m.iso3: m.text for m in country_index().find(sent.text)}
    if len(named) != 2:
        return []
    start, end = head.left_edge.idx, head.idx + len(head)
    return [Actor(text[start:end], name, iso3, "GOV", Span.of(text, start, end)) for iso3, name in named.items()]


_ABUSES = frozenset({"torture", "abuse", "execute", "execution"})  # what rights reports charge states' forces with
_UNLAWFUL = frozenset({"extrajudicial", "summary", "arbitrary", "unlawful"})  # "extrajudicial killings"


def _abuse(draft: Draft) -> bool:
    """Torture, beatings, abuse or unlawful killings: the acts a rights report charges."""
    tok = draft.trigger
    return draft.event.mode in ("torture", "beat") or tok.lemma_.lower() in _ABUSES or any(
        c.dep_ == "amod" and c.lemma_.lower() in _UNLAWFUL for c in tok.children)


_ENVOY_WORDS = frozenset("ambassador envoy diplomat consul attache attaché staff".split())


def _international(actor: Actor) -> bool:
    """An international body, or forces it names as theirs ("UN troops", "AU soldiers")."""
    return actor.sector == "IGO" or (actor.sector == "MIL" and any(
        sector.code == "IGO" for _, sector in sector_terms(actor.text)))


_CRAFT = frozenset("plane jetliner airliner aircraft jet bus coach ferry ship vessel train flight".split())
_HIJACKERS = frozenset("hijacker pirate".split())


def _craft_taken(verb: Any, actors: list[Actor]) -> bool:
    """A plane, bus or ship seized by hijackers or pirates, or by anyone who is no state body, is hijacked (its
    people taken with it); a state's forces seizing one impound it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in _HIJACKERS:
        return True
    return bool(actors) and not any(a.sector in STATE_SECTORS for a in actors) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CRAFT for c in verb.children)


def _police_moved(actors: list[Actor], recipients: list[Actor]) -> bool:
    """The forces a deployment moves are police: those it sends ("deployed riot police"), else those that move
    ("police fanned out")."""
    moved = [r for r in recipients if r.sector in STATE_FORCES] or [a for a in actors if a.sector in STATE_FORCES]
    return bool(moved) and all(m.sector == "COP" for m in moved)


def _envoys_sent_away(verb: Any, addressee: list[Any]) -> bool:
    """"Its diplomats must leave the country": a state telling another's envoys to go expels them (CAMEO 161/166),
    no mere demand."""
    return verb.lemma_.lower() == "leave" and any(
        t.lemma_.lower() in _ENVOY_WORDS for a in addressee for t in [a, *a.conjuncts])


def _told_by_table(speech: Draft, drafts: list[Draft]) -> bool:
    """A refusal the attribution reads on its cue ("has rejected") whose verb the table coded as the same act is that
    act told once: the table's event keeps its actors (a source phrase the attribution leaves unnamed or of no
    country would split it into a second event), and takes the claim's parties where it has none."""
    cue = speech.event.trigger
    for draft in drafts:
        if draft.event.event == speech.event.event and cue.start <= draft.trigger.idx < cue.end:
            draft.event.actors = draft.event.actors or speech.event.actors
            draft.event.recipients = draft.event.recipients or speech.event.recipients
            return True
    return False


def _cue_token(sent: Any, claim: Claim) -> Any:
    """The token a claim's cue starts on in ``sent`` (the sentence's first where the parse split it oddly)."""
    return next((t for t in sent if t.idx >= claim.cue.start), sent[0])


def _speaker_actor(source: Source) -> Actor:
    span = source.mentions[0] if source.mentions else None
    return Actor(span.text if span else source.name, source.name, source.country, source.sector, span)


def _order_eased(draft: Draft) -> bool:
    """"The curfew was lifted on Monday": an order eased with no one named as easing it is still told (the
    authorities of the place are implied as its doers)."""
    tok = draft.trigger
    return draft.event.event in ("CONCEDE", "RETREAT") and tok.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and ORDERS_EASED.search(" ".join(t.text for t in c.subtree))
        for c in tok.children)


_ORDERING = frozenset("order instruct direct".split())
_ORDERED_ACTS = frozenset({"COERCE", "SANCTION"})


def _offered_aloud(tok: Any) -> bool:
    """"X said it could send troops": what a speaker says it could do itself, on no condition, is offered."""
    return tok.dep_ == "ccomp" and tok.head.lemma_ in SPEAKING and not conditional(tok) and any(
        c.dep_ == "aux" and c.lower_ in ("could", "can") for c in tok.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we", "he", "she") for c in tok.children)


def _offered(draft: Draft) -> bool:
    """A conditional act that is an offer, not a threat: a cooperative act, or one that yields something named
    ("withdraw its troops", "release the hostages", "end its buildup") on an "if" (done "unless" the other side
    complies, it is a threat; so is leaving a place or a market: "might withdraw from the market if ...")."""
    tok, kind = draft.trigger, draft.event.event
    if kind not in INTENDABLE or conditional(tok, ("unless",)):
        return False
    return kind not in _YIELDING or any(c.dep_ == "dobj" for c in tok.children)


def _carry_orders(drafts: list[Draft]) -> list[Draft]:
    """An authority's order that someone restrict, ban or cut off something ("ordered telecom firms to block
    two video platforms", "ordered traders to halt imports"), or the ban it orders ("ordered a ban on movement"), is the
    authority's own coercion or sanction, as event coders code an order to arrest: the order gives way to the
    act, which becomes the orderer's; so is an inquiry ordered ("ordered the police to investigate the mayor").
    Only a transitive act (an order to disperse or to appear stays a demand)."""
    carried = set()
    for order in drafts:
        tok = order.trigger
        if order.event.event != "REQUEST" or tok.lemma_.lower() not in _ORDERING or not order.event.actors:
            continue
        for d in drafts:
            ordered = d.entry.event in _ORDERED_ACTS or (d.entry.event, d.entry.mode) == ("ACCUSE", "investigate")
            if ordered and d.trigger.head.i == tok.i and (d.trigger.dep_ == "dobj" or (
                    d.trigger.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in d.trigger.children))):
                if d.event.event not in _ORDERED_ACTS | {"ACCUSE"}:  # those told to block a road do not protest
                    d.event.event, d.event.mode = d.entry.event, d.entry.mode
                d.event.actors = [copy.copy(a) for a in order.event.actors]
                carried.add(id(order))
    return [d for d in drafts if id(d) not in carried]


_RELIEVING = frozenset("cancel forgive write".split())


def _agreed_aid(draft: Draft, drafts: list[Draft]) -> bool:
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


def _bare_harm(draft: Draft) -> bool:
    """A passive "were killed/wounded" with no one named as doing it."""
    return draft.trigger.lemma_ in HARM_VERBS and not draft.event.actors


# Words that tell a blast, a fire or a crash was an accident: "exploded after overturning", "caused by friction",
# "officials suspect an electrical fault", "a gas leak"
_ACCIDENT_CUES = frozenset("fault leak overturn malfunction friction accidental accidentally short-circuit".split())


_ARMS = frozenset("bomb bomber ied grenade mine landmine rocket missile shell gun gunman gunmen".split())


def _accidental(event: Event, sent: Any) -> bool:
    """An attack no one is named as doing, in a sentence that tells its harm was an accident (``_ACCIDENT_CUES``)
    and names no weapon: none (ACLED and CAMEO code no accidents). Asked of the table's events and of the
    classifier's additions alike."""
    if event.event != "ASSAULT" or event.actors:
        return False
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & _ACCIDENT_CUES) and not lemmas & _ARMS


def _natural_cause(tok: Any) -> bool:
    """What the trigger tells was done by a natural hazard or an accident: its subject or "by" agent (or
    that of the clause or noun it hangs on: "struck, killing dozens"), or with no one named as doing it, its
    "in" object, is one."""
    def hazard(noun: Any) -> bool:  # a noun only: "police stormed the house, killing two" is no storm
        return noun.pos_ in ("NOUN", "PROPN") and any(t.lemma_.lower() in HAZARDS or t.lower_ in HAZARDS for t in [
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
        up = verb.dep_ in ("advcl", "conj", "xcomp", "acl", "relcl", "appos") or (
            verb.dep_ == "dobj" and verb.i != tok.i)  # relcl: "a cyclone that struck the islands, killing …"
        if verb.head.i == verb.i or not up:
            break
        verb = verb.head
    return False


# Nouns of sport: a team or match as the subject or object of "beat", "attacked", "struck" tells a game.
_SPORT_NOUNS = frozenset("team club squad striker midfielder goalkeeper footballer cricketer batsman bowler "
                         "player match tournament league championship football soccer cricket rugby hockey "
                         "basketball volleyball goal".split())
_ARMED = STATE_SECTORS | {"REB", "OPP"}
_ONSET_VERBS = frozenset("erupt flare occur happen rage resume escalate intensify continue".split())
_UNDER_WAY = frozenset("underway ongoing".split())


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
        lemma == "take" and any(c.lemma_.lower() == "place" for c in verb.children)) or (
        lemma == "be" and any(c.lower_ in _UNDER_WAY or (c.lower_ == "under" and any(
            o.lower_ == "way" for o in c.children)) for c in verb.children))  # "a march is under way"


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


def _halted(tok: Any) -> bool:
    """A protest noun that stopped or shook a place ("mass demonstrations paralysed the capital", "the strike
    brought the city to a standstill"): it took place, whoever marched."""
    if tok.pos_ != "NOUN" or not (tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")):
        return False  # "the port was shut by a dockers' strike": the agent too
    verb = tok.head if tok.dep_ == "nsubj" else tok.head.head
    return verb.lemma_.lower() in HALTING or (verb.lemma_ == "bring" and any(
        o.lower_ in ("standstill", "halt") for c in verb.children if c.dep_ == "prep" for o in c.children))


def _during(tok: Any) -> bool:
    """An event noun something happened during ("no incident was recorded during the rally"): it took place."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "during"


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
