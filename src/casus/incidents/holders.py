"""Who holds which position on an event: the speaker, the source it reports, the one who denies it.

``enrich`` turns a document record's events into what the store links and the disputes read: each event
with the source whose position its status expresses (``said_by``), every source's position on it
(``held_by``), the document's date and outlet, and the blame its sources state (``accusations``). It
lives apart from the store because it is about claims and sides, not storage.
"""

from __future__ import annotations

import re
from typing import Any

# Words by which a speaker calls another's claim untrue: "Y's claims that our forces fired first are
# fabricated", "the allegations ... do not correspond to reality"
_REFUTED = re.compile(r"\b(fabricat\w*|false\w*|baseless|groundless|untrue|unfounded|lies|lie|fake|absurd|"
                      r"nonsense|slander\w*|disinformation|misinformation|not true|invent\w*|fiction\w*|"
                      r"(?:do|does) not correspond)\b", re.IGNORECASE)


def _refuter(claim: dict[str, Any], claims: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The claim of another source that holds a reported claim and calls it untrue, if any."""
    inner = claim["content"]
    for outer in claims:
        content = outer["content"]
        if outer is claim or outer["source"] == claim["source"] or outer["stance"] == "report":
            continue
        if content["start"] <= inner["start"] and inner["end"] <= content["end"] and (
                content["end"] - content["start"] > inner["end"] - inner["start"]):
            rest = content["text"][:inner["start"] - content["start"]] + " " + content["text"][
                inner["end"] - content["start"]:]
            if _REFUTED.search(rest):
                return outer
    return None


# An accusation about fighting (not about mines, trade or words): what an ``initiator`` position rests on
_FIGHTING = re.compile(r"\b(attack\w*|strik\w*|struck|shell\w*|fir(?:e|ed|ing)|bomb\w*|aggress\w*|incursion|"
                       r"inva\w*|assault\w*|rocket\w*|missile\w*|artillery|clash\w*|violat\w*|breach\w*|"
                       r"start\w*|began|initiat\w*|provocation\w*|massacre|blast|explosion|killing\w*|incident|death\w*|war)\b",
                       re.IGNORECASE)
_RECIPROCAL = re.compile(r"\b(each other|one another)\b", re.IGNORECASE)


def accusations(record: dict[str, Any], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Whom each source of the document blames for the fighting: its stated ACCUSE events ("X accused Y of
    shelling", "Y blamed the strike on X"), held by the speaking source, else the accuser the sentence
    names; "X and Y accused each other" is both. A side never blames itself here."""
    from casus.actors import country_index

    out: list[dict[str, Any]] = []
    for event in events:
        if event["event"] != "ACCUSE" or event["status"] not in ("asserted", "alleged") or not _FIGHTING.search(
                event["evidence"]["text"]):
            continue
        span = {k: event["evidence"][k] for k in ("start", "end", "text")}
        pairs: list[tuple[dict[str, Any], str]] = []
        if _RECIPROCAL.search(event["evidence"]["text"]):
            named = list(dict.fromkeys(m.iso3 for a in event["actors"] for m in country_index().find(a["text"])))
            if len(named) == 2:
                for own, other in (named, named[::-1]):
                    holder = {"name": country_index().name(own), "country": own, "kind": "country"}
                    pairs.append((holder, other))
        else:
            blamed = sorted({r["country"] for r in event["recipients"] if r.get("country")})
            holder = event["said_by"]
            if holder["kind"] == "outlet" or not holder.get("country"):
                actor = next((a for a in event["actors"] if a.get("country")), None)
                holder = {"name": actor["name"], "country": actor["country"], "kind": "actor"} if actor else holder
            if blamed and holder.get("country") and holder["kind"] != "outlet":
                pairs.append((holder, "+".join(blamed)))
        for holder, blamed_value in pairs:
            if holder["country"] not in blamed_value.split("+"):
                out.append({**holder, "blames": blamed_value, "evidence": span})
    return out


def enrich(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's events, each carrying what the store needs without the whole document: who holds
    the position its status expresses (``said_by``), every source's position on it (``held_by``), and
    the document's date and outlet. Another source's claim that the speaker reports is that source's
    position, never the speaker's: a report the speaker denies or calls untrue is held by both, the
    reported source saying "yes" and the speaker "no"."""
    sources = {s["id"]: s for s in record["sources"]}
    claims = {c["id"]: c for c in record["claims"]}
    deniers = {c["about"]: c for c in record["claims"] if c["stance"] == "deny" and c.get("about")}
    for claim in record["claims"]:
        if claim["stance"] == "report" and claim["id"] not in deniers:
            refuter = _refuter(claim, record["claims"])
            if refuter is not None:
                deniers[claim["id"]] = refuter
    doc = record["doc"]
    # the countries the document is about (its speakers'): the sides of an event that names only one
    sides = sorted({s["country"] for s in record["sources"] if s["country"] and s["kind"] != "outlet"})
    out = []
    # the document's own voice: its publisher, or an unknown outlet (never its headline or file path, which
    # name no one)
    outlet = {"name": doc.get("publisher") or None, "country": None, "kind": "outlet"}

    def who(source_id: str | None) -> dict[str, Any]:
        source = sources.get(source_id or "")
        return {"name": source["name"], "country": source["country"], "kind": source["kind"]} if source else outlet

    for event in record["events"]:
        claim = claims.get(event.get("claim") or "")
        said_by = who(claim["source"] if claim else None)
        # Who holds which position: "yes" it happened as told, "no" it did not. A denied report holds
        # both: the reporting source's "yes" and the denier's "no".
        held_by = [{**said_by, "says": "no" if event["status"] == "denied" else "yes"}]
        # The reported source's position either way ("Y's claims that …", denied by the speaker or called
        # untrue): said by Y, held "yes" by Y and "no" by the denier.
        if event["status"] in ("alleged", "denied") and claim is not None and claim["id"] in deniers:
            held_by = [{**said_by, "says": "yes"}, {**who(deniers[claim["id"]]["source"]), "says": "no"}]
        out.append({**event, "said_by": said_by, "held_by": held_by, "doc_id": doc["id"],
                    "published": doc["published"]["date"],
                    "publisher": doc.get("publisher"), "url": doc.get("url"), "path": doc["path"],
                    "sides": sides})
    # the document's blame travels with its attacks, since accusations are words and join no incident
    blame = accusations(record, out)
    for event in out:
        if event["event"] == "ASSAULT" and blame:
            event["accusations"] = blame
    return out
