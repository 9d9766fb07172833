"""Contested incidents on real two-sided reporting: many pages of one clash, each side's claims, right.

The set is ``../shared/data/contested/``: an index of real pages about six
disputed incidents, two near-misses (the same countries, an earlier and
different incident) and three controls, with gold facts in the project's own
words. The page texts are gathered with the search tool into a git-ignored
folder (see that README), one file per page starting with ``URL:``,
``DATE:``, ``SIDE:`` and ``---`` lines. This evaluation feeds each page to
casus as a user's JSONL record would (its text, its url, its date when the
page has one; no publisher: the outlet must come from the page), stores the
documents in a real SQLite file in ingest (file-name) order, and scores what
``casus incidents`` gives:

- ``pair_p/r/f1``: pairs of documents in one incident, against pairs of one
  gold incident (near-misses are incidents of their own);
- ``controls_in_incidents``: control pages found in any incident;
- ``near_miss_merges``: near-miss pages sharing an incident with a page of
  the incident they resemble;
- ``initiator``: each side's claim of whom it blames, found as a position of
  an ``initiator`` dispute whose value is the blamed country and whose
  sources include that side (12 claims: 6 incidents, 2 sides);
- ``tolls_side``: claimed death tolls (``killed`` > 0) found as a figure of
  that many dead for the side of the dead (``civilians of X`` is X), in the
  incident's ``tolls`` (else its toll disputes); ``tolls_claimant`` also
  needs the claimant's country (gold ``NEUTRAL``: any claimant);
- ``windows``: an incident's window fits when its start is within a day of
  the gold start and its end between a day before and two days after the
  gold end (toll updates may add a day or two);
- ``junk_sources``: source names in incident positions or document records
  that are a path or url, a document's headline, or a date/dateline;
- ``places_right``: share of the incidents' places in a country the gold
  incident's places or sides name; ``place_duplicates``: places listed twice
  (same GeoNames id, or same name) in one incident.

Claims of a gold incident are read from the predicted incidents holding any
of its pages where its pages are at least half of the incident's pages; its
window from the predicted incident holding most of its pages.

The baseline, in the same run, is the all-in-one-incident rule: every page
in one incident (it scores the linking figures only; it makes no claims).
This is a development set: the figures are in-sample for whatever was tuned
while reading its errors.

    python -m casus.eval contested data/contested ../shared/data/contested/gold.json [--db NEW.db]

``--db`` keeps the store for inspection; it must name a new file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

from casus.eval.report import figures_line

_HEADER = ("URL", "DATE", "SIDE")
_DATE_LIKE = re.compile(
    r"\b(19|20)\d\d\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^date\b", re.I)
_PATH_LIKE = re.compile(r"[/\\]|\.(txt|html?|jsonl?|gz)\b|^https?:|^www\.", re.I)
_DATELINE = re.compile(r"\([A-Za-z]+\)\s*(--|[-–—])|\)\s*:|^\d{1,2}\s+[A-Z]{3,}\b|^[A-Z]{3,}(,\s*[A-Z][a-z]+)?\s*[-–—]")
_NOT_AGENTS = {"that", "which", "who", "whom", "whose", "it", "its", "this", "these", "those"}


def read_page(path: Path) -> dict[str, Any]:
    """One gathered page: its header fields and its text."""
    raw = path.read_text(encoding="utf-8")
    head, sep, text = raw.partition("\n---\n")
    if not sep:
        raise ValueError(f"{path}: no '---' line after the URL/DATE/SIDE header")
    fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    missing = [k for k in _HEADER if k not in fields]
    if missing:
        raise ValueError(f"{path}: header lacks {', '.join(missing)}")
    day = fields["DATE"].strip()
    return {"file": path.name, "url": fields["URL"].strip(), "date": None if day == "unknown" else day,
            "side": fields["SIDE"].strip(), "text": text}


def run_casus(pages: list[dict[str, Any]], db: Path) -> tuple[list[dict[str, Any]], dict[str, str],
                                                             list[dict[str, Any]]]:
    """Ingest the pages as JSONL records into a SQLite store; (incidents, file by doc id, records)."""
    from casus.ingest.documents import document_from_record
    from casus.pipeline import default_pipeline
    from casus.store import Store

    docs, file_of = [], {}
    for page in pages:
        record = {"text": page["text"], "url": page["url"]}
        if page["date"]:
            record["date"] = page["date"]
        doc = document_from_record(record, page["file"])
        file_of[doc.id] = page["file"]
        docs.append(doc)
    with Store(str(db)) as store:
        for doc in default_pipeline().pipe(docs):
            store.add(doc)
        return store.incidents(), file_of, list(store.records())


def _pairs(groups: list[set[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(sorted(g), 2)}  # type: ignore[misc]


def _prf(found: set[Any], gold: set[Any]) -> tuple[float, float, float]:
    tp = len(found & gold)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _country(side: str) -> str:
    return side.split()[-1]  # "civilians of UKR" -> UKR


def _figures(incident: dict[str, Any]) -> list[dict[str, Any]]:
    """The incident's claimed figures: its ``tolls`` list, else the positions of its toll disputes."""
    if "tolls" in incident:
        return incident["tolls"]
    out = []
    for d in incident["disputes"]:
        if d["about"] != "toll":
            continue
        for p in d["positions"]:
            if p["value"].isdigit():
                for country in p.get("source_countries") or [None]:
                    out.append({"side": d["side"], "kind": d["kind"], "value": int(p["value"]),
                                "claimant_country": country})
    return out


def _fits(window: dict[str, str], gold: list[str]) -> bool:
    start, end = date.fromisoformat(window["start"]), date.fromisoformat(window["end"])
    g0, g1 = date.fromisoformat(gold[0]), date.fromisoformat(gold[1])
    return abs((start - g0).days) <= 1 and g1 - timedelta(days=1) <= end <= g1 + timedelta(days=2)


def junk(name: str, titles: set[str]) -> bool:
    """A path or url, a headline, a date or dateline, or a bare relative or demonstrative pronoun: never a
    source (a personal pronoun with no antecedent is an unnamed source, which is allowed)."""
    key = " ".join(name.lower().split()).strip(" ,.;:")
    return bool(_PATH_LIKE.search(name) or _DATE_LIKE.search(name) or _DATELINE.search(name) or key in titles
                or key in _NOT_AGENTS)


def gold_groups(gold: dict[str, Any], pages: list[dict[str, Any]]) -> tuple[dict[str, str], list[str],
                                                                             dict[str, set[str]]]:
    """(gold incident by file, the pages' files, the files of each gold incident among them)."""
    incident_of = {d["file"]: d["incident"] for d in gold["documents"]}
    files = [p["file"] for p in pages]
    groups: dict[str, set[str]] = {}
    for f in files:
        if incident_of.get(f, "none") != "none":
            groups.setdefault(incident_of[f], set()).add(f)
    return incident_of, files, groups


def score(gold: dict[str, Any], pages: list[dict[str, Any]], incidents: list[dict[str, Any]],
          file_of: dict[str, str], records: list[dict[str, Any]],
          breakdown: list[str] | None = None) -> dict[str, float | int]:
    gold_incidents = {i["id"]: i for i in gold["incidents"]}
    incident_of, files, groups = gold_groups(gold, pages)
    predicted = [{file_of[d] for d in i["documents"] if d in file_of} for i in incidents]
    p, r, f1 = _prf(_pairs(predicted), _pairs(list(groups.values())))
    in_any = set().union(*predicted) if predicted else set()
    controls = sum(1 for f in files if incident_of.get(f, "none") == "none" and f in in_any)
    merges = 0
    for f in files:
        of = gold_incidents.get(incident_of.get(f, ""), {}).get("near_miss_of")
        if of and any(f in g and g & groups.get(of, set()) for g in predicted):
            merges += 1
    initiator = [0, 0]
    tolls = [0, 0, 0]
    windows = [0, 0]
    places = [0, 0]
    duplicates = 0
    for gid, g in gold_incidents.items():
        if g.get("near_miss_of") or gid not in groups:
            continue
        mine = groups[gid]
        held = [i for i, docs in zip(incidents, predicted, strict=True)
                if docs & mine and 2 * len(docs & mine) >= len(docs)]
        main = max(zip(incidents, predicted, strict=True), key=lambda x: len(x[1] & mine), default=(None, set()))
        found_init = 0
        for side, blamed in (g.get("initiator") or {}).items():
            initiator[1] += 1
            if any(d["about"] == "initiator" and pos["value"] == blamed and side in pos.get("source_countries", [])
                   for i in held for d in i["disputes"] for pos in d["positions"]):
                initiator[0] += 1
                found_init += 1
        figures = [x for i in held for x in _figures(i) if x.get("kind", "dead") == "dead"]
        found_tolls = 0
        for t in g["tolls"]:
            if not t.get("killed"):
                continue
            tolls[2] += 1
            right = [x for x in figures if x["side"] == _country(t["dead_of"]) and x["value"] == t["killed"]]
            if right:
                tolls[0] += 1
                found_tolls += 1
                if t["claimed_by"] == "NEUTRAL" or any(x.get("claimant_country") == t["claimed_by"] for x in right):
                    tolls[1] += 1
        windows[1] += 1
        fit = main[0] is not None and bool(main[1] & mine) and _fits(main[0]["time"], g["dates"])
        windows[0] += fit
        countries = {pl["country"] for pl in g["places"]} | set(g["sides"])
        for i in held:
            seen: set[Any] = set()
            for loc in i["locations"]:  # a place listed again: the same GeoNames id, or the same name
                keys = {("id", loc.get("geonameid")), ("name", loc["name"].lower())} - {("id", None)}
                duplicates += bool(keys & seen)
                seen |= keys
                places[1] += 1
                places[0] += loc.get("country") in countries
        if breakdown is not None:
            window = f"{main[0]['time']['start']}..{main[0]['time']['end']}" if main[0] else "-"
            n_tolls = sum(1 for t in g["tolls"] if t.get("killed"))
            breakdown.append(
                f"{gid}: pages={len(mine)} incidents_holding={sum(1 for d in predicted if d & mine)} "
                f"largest={len(main[1] & mine)} window={window} fits={fit} gold={g['dates'][0]}..{g['dates'][1]} "
                f"initiator={found_init}/{len(g.get('initiator') or {})} tolls={found_tolls}/{n_tolls}")
    titles = {" ".join((r["doc"].get("title") or "").lower().split()) for r in records} - {""}
    names = {s for i in incidents for d in i["disputes"] for pos in d["positions"] for s in pos["sources"]}
    record_names = {s["name"] for r in records for s in r.get("sources", []) if s.get("name")}
    junk_positions = sorted(n for n in names if junk(n, titles))
    junk_records = sorted(n for n in record_names if junk(n, titles))
    if breakdown is not None and (junk_positions or junk_records):
        breakdown.append(f"junk sources: {junk_positions + [n for n in junk_records if n not in junk_positions]}")
    return {
        "pair_p": p, "pair_r": r, "pair_f1": f1,
        "incidents": len(incidents),
        "incident_pages": sum(len(g) for g in groups.values()),
        "controls_in_incidents": controls,
        "near_miss_merges": merges,
        "initiator": initiator[0], "initiator_of": initiator[1],
        "tolls_side": tolls[0], "tolls_claimant": tolls[1], "tolls_of": tolls[2],
        "tolls_side_share": tolls[0] / tolls[2] if tolls[2] else 0.0,
        "windows": windows[0], "windows_of": windows[1],
        "junk_sources": len(set(junk_positions) | set(junk_records)),
        "places_right": places[0] / places[1] if places[1] else 0.0,
        "place_duplicates": duplicates,
    }


def baseline(gold: dict[str, Any], pages: list[dict[str, Any]]) -> dict[str, float | int]:
    """The all-in-one-incident rule: every page in one incident."""
    incident_of, files, groups = gold_groups(gold, pages)
    p, r, f1 = _prf(_pairs([set(files)]), _pairs(list(groups.values())))
    near = {i["id"] for i in gold["incidents"] if i.get("near_miss_of")}
    return {"pair_p": p, "pair_r": r, "pair_f1": f1,
            "controls_in_incidents": sum(1 for f in files if incident_of.get(f, "none") == "none"),
            "near_miss_merges": sum(1 for f in files if incident_of.get(f) in near)}


def main(args: argparse.Namespace, rest: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.eval contested DIR")
    parser.add_argument("gold", help="the gold facts, ../shared/data/contested/gold.json")
    parser.add_argument("--db", help="keep the SQLite store here (default: a temporary file)")
    more = parser.parse_args(rest)
    gold = json.loads(Path(more.gold).read_text(encoding="utf-8"))
    known = {d["file"] for d in gold["documents"]}
    pages = [read_page(p) for p in sorted(Path(args.data).iterdir()) if p.name in known]
    if args.limit:
        pages = pages[:args.limit]
    missing = sorted(known - {p["file"] for p in pages})
    if missing:
        print(f"note: {len(missing)} page(s) of the index are not in {args.data}: {', '.join(missing[:5])}")
    if more.db and Path(more.db).exists():
        print(f"casus.eval contested: --db {more.db} exists; remove it or name a new file (a store that already"
              " holds the pages would be scored as it is, not as this casus codes them)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(more.db) if more.db else Path(tmp) / "contested.db"
        incidents, file_of, records = run_casus(pages, db)
    lines: list[str] = []
    ours = score(gold, pages, incidents, file_of, records, lines)
    base = baseline(gold, pages)
    for line in lines:
        print(line)
    figures: dict[str, float | int | str] = {"pages": len(pages), **ours}
    figures.update({f"base_{k}": v for k, v in base.items()})
    figures["baseline"] = "all_in_one_incident"
    print(figures_line(**figures))
    return 0
