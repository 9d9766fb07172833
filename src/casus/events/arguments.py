"""Who acts and on whom: the actor and recipient phrases of a trigger, read off the parse.

A verb's subject, object and "by", "against" or "on" phrases; a noun's possessor, "by" phrase and national
modifier; the doer of a light verb's act ("held talks", "took part in the protest"); the one who controls a
participle or an infinitive ("forcing them to flee"); the means (the weapon words that give an attack its
mode). The coder (``casus.events.code``) resolves the phrases found here to actors.
"""

from __future__ import annotations

import copy
from typing import Any

from casus.actors import STATE_FORCES, country_index, sector_of
from casus.events.hidden import (
    day_phrase_verb,
    relative_root,
    shares_object,
    stranded_subject,
    subject_of_aside,
    subject_of_participle,
    subject_read_as_object,
)
from casus.events.lexicon import Trigger, hyphen_prefix, lemmas_of, match
from casus.events.participants import GROUP_ADJECTIVES, is_target, names_someone
from casus.events.senses import negates
from casus.model import Event
from casus.nlp import token_at

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
    # poison and blister gases: chemical weapons (CAMEO 2041), not the crowd control tear gas is
    "sarin": "unconventional", "chlorine": "unconventional", "mustard": "unconventional",
    "poison": "unconventional",
}
LIGHT_VERBS = frozenset("carry launch conduct commit stage mount make hold impose open take resort continue "
                         "unleash perpetrate undertake begin start intensify step resume order issue lodge renew "
                         "reach organize organise declare announce give deliver lead complete put speed engage finish "
                         "conclude kick authorize authorise submit tender pay initiate convene observe respect extend "
                         "send strengthen deepen boost expand enhance bolster slap convey approve adopt spark ignite "
                         "provoke reiterate repeat decree proclaim maintain cast increase keep ramp redouble "
                         "accelerate scale press pursue wage restart revive relaunch implement enforce".split())
_ENGAGED = frozenset("engage involve".split())  # "X was engaged in / involved in Y": X did Y
# Heads an event noun names the kind of ("a rescue mission", "an arrest operation", "an aid package").
EVENT_HEADS = frozenset("mission effort campaign attempt bid drive operation package decree process".split())
PREVENTED = frozenset("prevent avoid stop deter thwart avert foil forestall preclude bar forbid prohibit".split())
# Pressing someone to yield: who "would not be cowed / intimidated" by it refuses (CAMEO's 12, ``readings.refusal``)
PRESSED = frozenset("cow intimidate deter bully browbeat blackmail pressure pressurise pressurize".split())
_PATIENT_OF = frozenset("killing murder massacre slaughter assassination abduction shelling bombing bombardment "
                        "release planting invasion occupation siege capture blockade boycott embargo condemnation "
                        "criticism expulsion ban recall closure shutdown suspension seizure demolition dissolution "
                        "arrest detention deportation extradition shooting beating stabbing lynching slaying torture "
                        "execution kidnapping rape".split())
# Objects that name the act itself, whose "on/against/to" object is the one it is aimed at ("opened fire on
# X", "threatened action against X", "dealt blows to X").
_PHRASE_OBJECTS = frozenset("fire strike strikes attack attacks blow blows action actions measure measures step "
                            "steps sanction sanctions retaliation reprisal reprisals offensive war campaign "
                            "complaint charge charges lawsuit proceedings opposition concern solidarity".split())
HARM_VERBS = frozenset("kill injure wound".split())
# What a state gives and a sanction cuts ("suspended relief flights"): the help, not a party to the act
AID_WORDS = frozenset("aid assistance loan loans credit credits grant grants funding shipment shipments delivery "
                      "deliveries airlift airlifts ration rations relief".split())
# ... and the ties it cuts (official visits curtailed, as a class of contacts: not one visit called off)
TIE_WORDS = frozenset("tie ties relation relations contact contacts exchange exchanges link links cooperation "
                      "visits".split())
_RECIPIENT_PREPS = frozenset("at on against towards toward upon with into".split())
_SIDE_WORDS = frozenset({"police", "army"})


def verb_arguments(tok: Any, entry: Trigger) -> tuple[list[Any], list[Any]]:
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
        if child.dep_ == "nsubj" and child.tag_ == "VBN" and tok.tag_ == "VBD":
            continue  # "... and six hurt as X shelled a school": a participle made the subject, a misparse
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
            recipients += [c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in WEAPON_MODES
                           and not _a_time(c)]
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
            if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "against") and in_clause_of(prep, tok):
                recipients += [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
                break
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    # A headline passive's subject is what was done to ("two soldiers killed in attack", "five youths arrested
    # after clash"); a "by" agent stays the doer ("were killed by the rebels").
    subjects = [a for a in actors if a not in agents]
    if tok.lemma_ in HARM_VERBS and subjects and not any(c.dep_ == "dobj" for c in tok.children) and not any(
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
    if entry.event == "REJECT" and passive and tok.lemma_.lower() in PRESSED:
        # "would not be cowed by the protests": the one not pressed refuses, those pressing are refused
        actors, recipients, subjects = [c for c in tok.children if c.dep_ == "nsubjpass"], agents, []
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
            tok.lemma_ in HARM_VERBS or entry.event in ("ASSAULT", "COERCE")):
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
            tok.lemma_ not in HARM_VERBS:
        actors = [tok.head]  # "X's military rulers threatened on Friday to jail ...": parsed as rulers who
        # were threatened, with no verb of the sentence's own; only harm done is told so in a headline ("two
        # soldiers killed in the attack"), a threat, a warning or a pledge is the subject's
    if not actors and not passive:  # a passive without "by" names no actor; don't guess one
        actors = subject_read_as_object(tok) or _controller(tok) or stranded_subject(tok) or subject_of_aside(tok) \
            or subject_of_participle(tok)
    if entry.event == "ASSAULT" and all(a.lemma_.lower() in WEAPON_MODES or a.lemma_.lower() in _SHOTS for a in actors):
        actors = _fired_from(tok) or actors  # "rockets fired from …": the parse makes the rockets the subject
    if tok.lemma_ == "arrive" and entry.event == "AID" and not any(names_someone(a) for a in actors):
        actors = _givers(tok, actors)  # "donated vaccines arrived": the goods are no actor, their giver is
    if entry.event == "SANCTION":
        cut = [h for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and (h := _cut_word(c)) is not None]
        if cut:  # "suspended aid to X", "British aid to X was cut": X loses it; in a passive the giver cuts it
            recipients = [r for r in recipients if _cut_word(r) is None and r not in cut] + [
                o for h in (*cut, tok) for o in _cut_from(h) if o not in recipients]
            if not actors and passive:
                actors = [g for h in cut for g in _cut_by(h)]
    return actors, recipients


def in_clause_of(word: Any, verb: Any) -> bool:
    """``word`` hangs below ``verb`` with no other verb between them: a phrase of the verb's own clause, wherever the
    parser attached it in that clause."""
    return not any(a.pos_ in ("VERB", "AUX") for a in word.ancestors if a.i != verb.i and verb in a.ancestors)


def _cut_word(phrase: Any) -> Any:
    """The aid or ties word heading ``phrase``, or its "of" object's ("the bulk of the aid"), else None."""
    if phrase.lemma_.lower() not in AID_WORDS | TIE_WORDS:
        phrase = next((o for p in phrase.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"), None)
    return phrase if phrase is not None and phrase.lemma_.lower() in AID_WORDS | TIE_WORDS else None


def _cut_from(word: Any) -> list[Any]:
    """Those the aid or ties (or the verb cutting them) are "to", "for" or "with"."""
    return [j for p in word.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "with") for o in p.children
            if o.dep_ == "pobj" and names_someone(o) for j in (o, *o.conjuncts)]


def _cut_by(word: Any) -> list[Any]:
    """Whose the aid or ties are: the owner ("Britain's aid"), the nation ("British aid", "U.S. ties") or the
    "from" phrase."""
    return [c for c in word.children if (c.dep_ == "poss" and c.pos_ == "PROPN") or (
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))] + [
        o for p in word.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
        if o.dep_ == "pobj" and names_someone(o)]


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


def _heading_speaker(subject: Any, verb: Any) -> bool:
    """"Defence Ministry: the other side opened fire first": the words before the colon name who speaks (a
    statement's heading), and the verb has a subject of its own after the colon."""
    colon = next((t for t in subject.doc[subject.i + 1:verb.i] if t.text == ":"), None)
    return colon is not None and any(c.dep_ == "nsubj" and colon.i < c.i < verb.i for c in verb.children)


# Weapons and arms that name an attack's kind before its noun ("drone strike", "missile attack", "artillery fire").
_MEANS_WORDS = frozenset("drone air missile rocket artillery mortar helicopter tank naval sniper cruise ballistic "
                         "gunship warplane jet".split())


def noun_arguments(tok: Any, entry: Trigger) -> tuple[list[Any], list[Any]]:
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
            # "X's rejection of the plan", "their condemnation of the raid": beside a possessor, who does it, the
            # "of" names what it is done to
            patient = entry.event in ("COERCE", "RETREAT") or tok.lemma_ in _PATIENT_OF or any(
                c.dep_ == "poss" for c in tok.children)
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                toured = tok.lemma_.lower() in _STAYS and obj.ent_type_ in ("GPE", "LOC")  # "a tour of the Gulf"
                (recipients if patient or toured or is_target(obj) else actors).append(obj)
    if not actors and tok.lemma_.lower() in _MUTUAL:  # "killed in an encounter with the police": a fight
        with_side = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"  # has two sides; the
                     for o in c.children if o.dep_ == "pobj"]  # one named is the actor
        starter = light_verb_subject(tok) if with_side else []
        if starter:  # "rebels sparked a gun battle with the police": who started it, against the other side
            actors = starter
            recipients = [*recipients, *(w for w in with_side if w not in recipients)]
        elif with_side:
            actors = with_side
            recipients = [r for r in recipients if r not in with_side]
    if not actors and tok.lemma_.lower() in _MUTUAL | {"fight"} and tok.dep_ == "pobj" and \
            tok.head.lower_ in ("during", "in") and tok.head.head.pos_ == "VERB" and match(tok.head.head) is None:
        # "guerrillas advanced on the airport during heavy fighting": the active verb's subject fights in it (a verb of
        # the table's, "captured the town in heavy fighting", is the act itself)
        actors = [c for c in tok.head.head.children if c.dep_ == "nsubj" and names_someone(c)]
    if not actors:  # "a strike called by the dockers' union", "a march organised by students": who called it
        actors = [o for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ORGANISING
                  for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not actors and entry.event in _JOINT:  # "talks between the government and the rebels": the parties (a
        # fight's two sides are read apart: ``participants.fight_sides``)
        actors = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for o in c.children
                  if o.dep_ == "pobj"][:1]
    if actors and all(a.dep_ == "poss" and a.lower_ in _BOUND_POSSESSIVES for a in actors):
        # "the premier continued his visit to Moscow": "his" is the subject of the verb that carries the noun
        actors = light_verb_subject(tok) or actors
    if not recipients and tok.dep_ == "dobj" and tok.head.lemma_ in _GIVING and tok.head.tag_ == "VBN":
        # "the rebels were given an ultimatum", "the town was served a warning": the passive's subject gets it
        recipients = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not actors and tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        actors = noun_arguments(tok.head, entry)[0]  # "the X incursion and bombing": X's bombing too
    if not actors:
        actors = light_verb_subject(tok)
    if not actors:  # "the envoy on Monday offered condolences", read as "(Monday) offered condolences"
        light = next((c for c in tok.children if c.dep_ == "amod" and c.lemma_ in LIGHT_VERBS), None)
        hidden = relative_root(light) if light is not None else None
        actors = [hidden] if hidden is not None else []
    if not actors:
        actors = _causer(tok)
    if not actors and tok.dep_ == "pcomp" and tok.tag_ == "VBG":
        actors = _controller(tok)  # "joined others in calling for ...", "broke the deadlock by agreeing to ...": the
        # verb's subject does it
    return actors, recipients


_GIVING = frozenset("give hand serve issue send deliver".split())  # ... someone an ultimatum, a warning
_BOUND_POSSESSIVES = frozenset("his her its their".split())  # a possessive that refers back in its clause
_ORGANISING = frozenset("call organise organize lead stage launch declare mount carry".split())
_JOINT = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts two parties do together: talks, a deal, joint work
_ATTENDING = frozenset("arrive come return go travel fly head gather assemble sit".split())
_DEPARTING = frozenset("leave depart embark set".split())  # ... on a visit, a tour ("set off on a tour")
_JOINING = frozenset("join attend participate part".split())  # and "took part in" (``took_part``)
_MUTUAL = frozenset("clash encounter shootout gunfight gunbattle fighting battle skirmish".split())
_OWNING = frozenset("claim accept take assume bear admit deny disclaim".split())  # ... responsibility for X
_NO_ONE = frozenset("nobody none no-one noone".split())
_HELD_MODES = frozenset({"arrest", "deport"})
_CAUSE_VERBS = frozenset("cause trigger spark".split())
# Acts of a crowd that people are "in" as they take part in them (not one they are caught in, as a blast)
_TAKEN_PART_IN = frozenset("demonstration protest rally march strike sit-in walkout boycott stoppage".split())


def _joined_in(verb: Any) -> bool:
    """Those who did the verb "in" a protest took part in it: an active verb that tells no act of its own ("poured
    into the streets", "stayed home"), said of people, not of police or troops ("police stood by in the march";
    "police arrested 20 in the protest" is the arrest's, "were hurt in the march" the harm's)."""
    if verb.pos_ != "VERB" or match(verb) is not None or verb.lemma_ in HARM_VERBS or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any((found := sector_of(" ".join(t.text for t in c.subtree))) is not None
                                      and found.code in STATE_FORCES for c in subjects)


def role_of(tok: Any) -> Any:
    """The word that holds a trigger's place in its clause: the first conjunct of a coordination ("launched
    missile or artillery strikes": missile), the event noun a compound trigger modifies ("firing missions")."""
    node = tok
    for _ in range(4):
        coordinated = node.dep_ == "conj" and node.head.pos_ == node.pos_
        if not coordinated and not (node.dep_ == "compound" and node.head.lemma_ in EVENT_HEADS):
            break
        node = node.head
    return node


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


def blamed(verb: Any) -> list[Any]:
    """Whom a blaming verb blames: "blamed X", "blamed it on X" (then the object is the deed) or "said X was behind
    it", each through what it stands for (``_responsible``)."""
    on = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for o in c.children
          if o.dep_ == "pobj" and not _a_time(o)]  # "charged him on Monday": a day blames no one
    behind = [s for c in behind_clauses(verb) for s in c.children if s.dep_ == "nsubj"]
    objects = on or [c for c in verb.children if c.dep_ == "dobj"] or behind  # "said X was behind the attack"
    return [r for o in objects for r in _responsible(o)]


def behind_clauses(verb: Any) -> list[Any]:
    """The clauses "X was behind Y" the verb says ("said the neighbour was behind the attack"): their "be"."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be" and any(
        p.dep_ == "prep" and p.lower_ == "behind" for p in c.children)]


_OWN_CLAUSES = frozenset("ccomp advcl relcl parataxis xcomp csubj".split())


def doers_of_deeds(events: list[Event], parsed: Any) -> None:
    """"Three civilians were killed in an Israeli air strike": a harm told with no doer, "in", "during" or "by" an
    attack the sentence names, is the attack's doers' (the two stay apart when their recipients differ: the
    civilians killed, the city struck)."""
    attacks = {e.trigger.start: e for e in events if e.event in ("ASSAULT", "COERCE") and e.actors}
    if not attacks:
        return
    for event in events:
        if event.event != "ASSAULT" or event.actors:
            continue
        tok = token_at(parsed, event.trigger.start)
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


def took_part(verb: Any) -> bool:
    """"took part in": "in" hangs on "part" or on "took", as the parse has it."""
    return verb.lemma_ == "take" and any(c.lemma_ == "part" for c in verb.children)


def carrier_of(role: Any) -> Any:
    """The word an event noun in its clause's place hangs on: its head, or its preposition's head ("held
    protests", "took part in the strike"), past a span or a series of them ("began three days of strikes",
    "carried out a wave of attacks")."""
    if role.dep_ != "pobj":
        return role.head
    head = role.head.head
    if role.head.lower_ == "of" and head.pos_ == "NOUN" and head.lemma_.lower() in SPANS and \
            head.dep_ in ("dobj", "pobj", "nsubjpass"):
        return carrier_of(head)
    return head


# Nouns of a stretch of time or a run of acts, whose "of" names the acts ("10 days of war games", "a wave of
# attacks").
SPANS = frozenset("day week month hour year night series wave round spate string run campaign".split())
# Meetings one "has" with someone: the subject of "had" held them (not "had problems").
_HAD = frozenset("talk talks conversation meeting discussion consultation negotiation dialogue call".split())


def light_verb_subject(tok: Any) -> list[Any]:
    """The subject of the verb that carries an event noun: "X carried out provocations", "held protests"."""
    tok = role_of(tok)
    if tok.dep_ not in ("dobj", "pobj", "nsubjpass", "attr"):
        return []
    if tok.dep_ == "pobj" and tok.head.lower_ in _AMID:
        return []  # "the premier stepped down amid protests": the setting of the act, others' doing
    verb = carrier_of(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and verb.dep_ == "pobj" and verb.head.lower_ == "to" and \
            verb.head.head.lemma_ in _ANSWERING:
        verb = verb.head.head  # "responded to the remarks with a demarche": the parser hangs "with" on the remarks
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
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.lemma_.lower() in _STAYS and \
            verb.lemma_ in _DEPARTING:
        pass  # "the premier sets off on Monday for a state visit", "left for talks": she goes to take part
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.lemma_.lower() in _STAYS and \
            verb.lemma_ in _ATTENDING | _DEPARTING:
        pass  # "the premier left for Hanoi on a state visit", "flew to Oslo on a tour": she makes it
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in _TAKEN_PART_IN and \
            _joined_in(verb):
        pass  # "thousands poured into the avenues in an anti-government demonstration", "clerks stayed home in a
        # general strike": what they did was their part in it
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon") and verb.lemma_ == "embark":
        pass  # "doctors embarked on a strike", "the army embarked on an offensive": they began it
    elif tok.dep_ == "pobj" and tok.head.lower_ == "with" and verb.lemma_ in _ANSWERING:
        pass  # "the navy retaliated with missile strikes", "replied with a formal protest": what they answered with
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and verb.lemma_ == "subject":
        pass  # "guards subjected the inmates to beatings": the guards beat them
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.lemma_.lower() in _STAYS and \
            verb.pos_ in ("NOUN", "PROPN"):
        # "a delegation on a visit to Kampala": the party on it makes it, or who leads the party ("flew out,
        # heading a trade delegation on a visit")
        if verb.dep_ == "dobj" and verb.head.lemma_ in _LEADING:
            leader = verb.head
            return [c for c in leader.children if c.dep_ == "nsubj"] or _controller(leader) or [verb]
        return [verb]
    elif (copula := _there_for(tok, verb)) is not None:
        verb = copula  # "the minister is in Accra for talks", "is on a visit to Chile": she takes part
    elif verb.lemma_ == "have" and tok.dep_ == "dobj" and tok.lemma_.lower() in _HAD:
        pass  # "the two ministers had talks", "had a phone call": they talked
    elif (verb.lemma_ in _JOINING or took_part(verb)) and (
            tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ == "in") or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPANS
            and tok.head.head.dep_ == "dobj")):
        pass  # "thousands joined the march", "attended the talks", "took part in the strike", "joined a wave of
        # strikes": they take part
    elif verb.lemma_ in _ENACTING and tok.lemma_.lower() in _INSTRUMENTS:
        pass  # "the king signed an amnesty decree": he grants the amnesty
    elif LIGHT_VERBS.isdisjoint(lemmas_of(verb)) and verb.lemma_ not in _ENGAGED:
        return []
    engaged = verb.lemma_ in _ENGAGED  # "X were engaged in ethnic cleansing": the passive's subject does it
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or (engaged and c.dep_ == "nsubjpass")] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not subjects and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and \
            tok.dep_ == "dobj":
        return [verb.head]  # "The chief of staff sent on Friday a warning": a verb with an object on the
        # root noun is the sentence's own (a participle has no object)
    return subjects or _controller(verb) or subject_of_aside(verb)  # "X, citing the drought, repeated his appeal"


# Verbs of answering something with an act ("retaliated with shelling"): whoever answers does the act.
_ANSWERING = frozenset("respond retaliate reply answer react counter".split())
_AMID = frozenset("amid amidst despite".split())  # prepositions of a setting, never the subject's own act
_ENACTING = frozenset("sign enact promulgate".split())  # ... a decree, a law: its maker grants what it names
_INSTRUMENTS = frozenset("decree law order bill".split())
_LEADING = frozenset("lead head".split())  # ... a delegation, a mission: its leader
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
                    told = [c for c in node.children if c.dep_ == "dobj"]
                    if not any(_stands_for(pronoun, o) for o in told for pronoun in _objects_of(tok)):
                        controllers = told + controllers
                    # else "asked the agency to leave, accusing it of spying": "it" is the agency, so the one who
                    # accuses is the one who asked (a pronoun object is never its own clause's subject)
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


_PRONOUNS_OF = {"it": "thing", "him": "person", "her": "person", "them": "many"}


def _objects_of(tok: Any) -> list[Any]:
    """The personal pronouns that are objects of ``tok``, a participle hung on a complement ("…, accusing it")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return []
    return [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _PRONOUNS_OF]


def _stands_for(pronoun: Any, noun: Any) -> bool:
    """``pronoun`` can stand for ``noun``: "them" for a plural, "him" or "her" for a person, "it" for one body."""
    kind = _PRONOUNS_OF[pronoun.lower_]
    if kind == "many":
        return noun.tag_ in ("NNS", "NNPS")
    if kind == "person":
        return noun.ent_type_ == "PERSON"
    return noun.tag_ in ("NN", "NNP") and noun.ent_type_ != "PERSON"


# Verbs whose object does what their complement says: "forced/prompted the police to open fire".
# verbs that keep someone from a deed ("stopped the gunmen from attacking", "were barred from entering")
_KEEPING_FROM = PREVENTED | frozenset("keep bar block ban prohibit dissuade restrain discourage hold".split())
_OBJECT_CONTROL = frozenset("force compel prompt oblige order direct instruct ask lead provoke drive".split())
_CHARGE_PREFIXES = frozenset({"lathi", "baton"})


def _a_time(tok: Any) -> bool:
    """"On Monday morning", "at dawn": the object of a preposition that tells when, no one acted on."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in (tok, *(c for c in tok.children if c.dep_ == "compound")))


def _not_tear_gas(tok: Any) -> bool:
    """"Tear" that is no tear gas: "violence tearing the country apart", "in tears"."""
    if tok.lemma_.lower() != "tear":
        return False
    following = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
    return not following or following[0] not in ("gas", "gases", "-", "smoke")


def _whom_it_describes(word: Any, tok: Any) -> bool:
    """The weapon word only tells of someone ``tok`` acts on ("shot a suicide bomber", "wounded and captured a
    would-be bomber", "shot dead a man carrying a grenade"): the means of the one stopped, not of the act."""
    return any(names_someone(person) and person.dep_ in ("dobj", "nsubjpass") and person.head in (tok, *tok.conjuncts)
               for person in word.ancestors)


def weapon_mode(tok: Any, sent: Any) -> str | None:
    prefix = hyphen_prefix(tok)
    hits = [(abs(t.i - tok.i), WEAPON_MODES[t.lemma_.lower()]) for t in sent
            if t.lemma_.lower() in WEAPON_MODES and t.i != tok.i and not _not_tear_gas(t)
            and not _whom_it_describes(t, tok)]
    if tok.lower_.startswith("lathi") or tok.lemma_ in ("teargas", "tear-gas") or (
            prefix is not None and prefix.lower_ in _CHARGE_PREFIXES):
        return "crowd-control"  # a lathi or baton charge is the table's crowd control, not a beating
    if not hits:
        return None
    return min(hits)[1]
