"""Crosswalks from a PLOVER event to its quad class, CAMEO root code and ACLED type.

Quad classes are the PLOVER manual's ("Quad category" of each event type).
CAMEO roots invert ../shared/data/plover/CAMEO2PLOVER-2021.txt: each PLOVER
type takes the CAMEO root most of its codes come from; ASSAULT splits by
mode (CAMEO 18 "assault" for one-sided and small-arms violence, 19 "fight"
for military or heavy-weapons violence, 20 "unconventional mass violence").

ACLED (Codebook 2023) codes only some events: political violence, protests
and strategic developments. The table:

| PLOVER                                  | ACLED event_type            | sub_event_type                     |
|-----------------------------------------|-----------------------------|------------------------------------|
| ASSAULT heavy-weapons                   | Explosions/Remote violence  | Shelling/artillery/missile attack  |
| ASSAULT aerial, drone                   | Explosions/Remote violence  | Air/drone strike                   |
| ASSAULT explosives                      | Explosions/Remote violence  | Remote explosive/landmine/IED      |
| ASSAULT suicide-attack                  | Explosions/Remote violence  | Suicide bomb                       |
| ASSAULT crowd-control (recipient not armed) | Protests                | Excessive force against protesters |
| ASSAULT on civilians, abduct            | Violence against civilians  | Abduction/forced disappearance     |
| ASSAULT on civilians, sexual            | Violence against civilians  | Sexual violence                    |
| ASSAULT on civilians, other             | Violence against civilians  | Attack                             |
| ASSAULT between armed sides, other      | Battles                     | Armed clash                        |
| ASSAULT destroy                         | Riots / Strategic dev.      | Looting/property destruction       |
| PROTEST riot                            | Riots                       | Violent demonstration              |
| PROTEST other                           | Protests                    | Peaceful protest                   |
| … police then disperse or arrest there   | Protests                    | Protest with intervention          |
| COERCE arrest                           | Strategic developments      | Arrests                            |
| COERCE seize, weapon defused or downed  | Strategic developments      | Disrupted weapons use              |
| COERCE seize, territory                 | Strategic developments      | Non-violent transfer of territory  |
| … taken by force ("recaptured", "stormed") | Battles                 | overtakes (armed groups) / regains |
| RETREAT withdraw                        | Strategic developments      | Non-violent transfer of territory  |
| RETREAT disarm                          | Strategic developments      | Change to group/activity           |
| AGREE, RETREAT ceasefire, SUPPORT signed | Strategic developments     | Agreement                          |
| MOBILIZE, COERCE other, SANCTION        | Strategic developments      | Other                              |
| speech acts and cooperation             | (none)                      | (none)                             |
"""

from __future__ import annotations

import re

from casus.actors import STATE_FORCES
from casus.model import Document, Event
from casus.nlp import paragraph_at, token_at

# Trigger words of a seizure that takes a weapon out of use (the table's "defuse bomb", "intercept missile",
# "shoot down drone"; a device detonated safely, ``senses.by_whom``): ACLED's disrupted weapons use.
_DISARMING = re.compile(r"defus|detonat|intercept|shot|shoot|dismantl", re.IGNORECASE)
# "signed", "ratified", "sealed", "inked": an agreement concluded
_SIGNING = re.compile(r"sign|ratif|seal|conclud|ink", re.IGNORECASE)

QUAD = {
    "AGREE": "verbal-cooperation", "CONSULT": "verbal-cooperation", "SUPPORT": "verbal-cooperation",
    "CONCEDE": "verbal-cooperation", "COOPERATE": "material-cooperation", "AID": "material-cooperation",
    "RETREAT": "material-cooperation", "REQUEST": "verbal-conflict", "ACCUSE": "verbal-conflict",
    "REJECT": "verbal-conflict", "THREATEN": "verbal-conflict", "PROTEST": "material-conflict",
    "SANCTION": "material-conflict", "MOBILIZE": "material-conflict", "COERCE": "material-conflict",
    "ASSAULT": "material-conflict",
}
CAMEO_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}
ARMED_SECTORS = {"MIL", "REB", "COP", "SPY", "UAF", "PMC"}
# The table's modes of an attack from afar (shells, missiles, aircraft, drones): CAMEO's military violence, never an
# ACLED close-quarters type, and where they fall places the target, not who fired them
FROM_AFAR = frozenset({"heavy-weapons", "aerial", "drone"})
_REMOTE = {"heavy-weapons": "Shelling/artillery/missile attack", "aerial": "Air/drone strike",
           "drone": "Air/drone strike", "explosives": "Remote explosive/landmine/IED",
           "suicide-attack": "Suicide bomb"}


# Ground taken with no fight: "without a shot (being) fired", "without firing a shot", "without resistance".
UNOPPOSED = re.compile(r"\bwithout\s+(?:a\s+(?:single\s+)?shot|firing|any\s+(?:fighting|resistance)|fighting|"
                       r"resistance|a\s+fight|bloodshed)", re.IGNORECASE)
_FOUGHT_FOR = ("recaptur", "retak", "retook", "overr", "storm", "captur")  # words of ground taken by force


def fought_for(event: Event) -> str | None:
    """The ACLED type of ground taken by force ("the militants recaptured the town", "troops stormed the
    district"): overtaken by armed groups, regained by a state's forces; None where the word tells no fight, the
    sentence says no shot was fired, or the takers are neither."""
    sectors = {a.sector for a in event.actors}
    if not event.trigger.text.lower().startswith(_FOUGHT_FOR) or not sectors or UNOPPOSED.search(event.evidence.text):
        return None
    if sectors <= {"REB"}:
        return "Non-state actor overtakes territory"
    return "Government regains territory" if sectors & {"MIL", "GOV"} else None


def cameo_root(event: Event) -> str:
    if event.event == "ASSAULT":
        if event.mode == "unconventional":
            return "20"
        sectors = {a.sector for a in event.actors + event.recipients}
        if event.mode in FROM_AFAR or "military" in event.context or sectors & {"MIL"}:
            return "19"
        if event.mode == "crowd-control":
            return "17"
    return CAMEO_ROOT[event.event]


def acled(event: Event) -> dict[str, str | None]:
    kind, mode = event.event, event.mode
    recipients = {a.sector for a in event.recipients}
    actors = {a.sector for a in event.actors}
    if kind == "ASSAULT":
        if mode in _REMOTE:
            return {"event_type": "Explosions/Remote violence", "sub_event_type": _REMOTE[mode]}
        if mode == "crowd-control" and not recipients & ARMED_SECTORS:
            return {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"}
        if "CVL" in recipients or (recipients and not recipients & ARMED_SECTORS and actors & ARMED_SECTORS):
            sub = {"abduct": "Abduction/forced disappearance", "sexual": "Sexual violence"}.get(mode or "", "Attack")
            return {"event_type": "Violence against civilians", "sub_event_type": sub}
        if mode == "destroy":
            return {"event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}
        return {"event_type": "Battles", "sub_event_type": "Armed clash"}
    if kind == "PROTEST":
        if mode == "riot":
            return {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
        return {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    if kind == "COERCE":
        if mode == "arrest":
            return {"event_type": "Strategic developments", "sub_event_type": "Arrests"}
        if mode == "seize" and _DISARMING.search(event.trigger.text):  # a device defused, a drone shot down
            return {"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}
        if "territory" in event.context:
            return {"event_type": "Strategic developments",
                    "sub_event_type": fought_for(event) or "Non-violent transfer of territory"}
        return {"event_type": "Strategic developments", "sub_event_type": "Other"}
    if kind == "RETREAT" and mode == "withdraw":
        return {"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"}
    if kind == "RETREAT" and mode == "disarm":  # arms laid down, a surrender: a change to the group's activity
        return {"event_type": "Strategic developments", "sub_event_type": "Change to group/activity"}
    if kind == "AGREE" or (kind == "RETREAT" and mode == "ceasefire") or (
            kind == "SUPPORT" and _SIGNING.match(event.trigger.text)):  # an agreement signed or ratified
        return {"event_type": "Strategic developments", "sub_event_type": "Agreement"}
    if kind in ("MOBILIZE", "SANCTION"):
        return {"event_type": "Strategic developments", "sub_event_type": "Other"}
    return {"event_type": None, "sub_event_type": None}


def annotate(event: Event) -> None:
    """Fill quad, CAMEO root and ACLED type from the event's type, mode and participants."""
    event.quad = QUAD[event.event]
    event.cameo = cameo_root(event)
    event.acled = acled(event)


_CLAUSES = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "parataxis"})  # acts told, not descriptions
_PEACEFUL, _INTERVENED = "Peaceful protest", "Protest with intervention"


def protest_interventions(doc: Document) -> None:
    """A peaceful protest that police or troops then disperse (crowd control) or arrest people at, told later in
    its paragraph before any other protest ("Nurses marched to the ministry. Police dispersed them with tear gas
    and held six"), is a protest with intervention, as ACLED codes the protest itself; the reading of its own
    sentence cannot see the next one. The intervention is told in a clause of its own, by forces its words name
    ("people detained last month" or "officers who used force" describe someone, no act at this protest)."""
    text = doc.text
    ordered = sorted(doc.events, key=lambda e: e.trigger.start)
    for n, protest in enumerate(ordered):
        if protest.event != "PROTEST" or protest.acled.get("sub_event_type") != _PEACEFUL or \
                protest.status not in ("asserted", "alleged"):
            continue
        paragraph = paragraph_at(text, protest.trigger.start)
        for later in ordered[n + 1:]:
            if later.event == "PROTEST" or paragraph_at(text, later.trigger.start) != paragraph:
                break
            if _stops_protest(doc, later) and later.evidence.start >= protest.evidence.end:
                protest.acled = {"event_type": "Protests", "sub_event_type": _INTERVENED}
                break


def _stops_protest(doc: Document, event: Event) -> bool:
    """Forces named by the words disperse a crowd or arrest, told as a clause of its own."""
    if not ((event.event == "ASSAULT" and event.mode == "crowd-control") or (
            event.event == "COERCE" and event.mode == "arrest")) or event.status not in ("asserted", "alleged"):
        return False
    if not any(a.sector in STATE_FORCES and not a.implied for a in event.actors) or doc.parsed is None:
        return False
    tok = token_at(doc.parsed, event.trigger.start)
    return tok is not None and tok.dep_ in _CLAUSES
