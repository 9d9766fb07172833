"""Checks a record against ../shared/SCHEMA.md: doc, sources, claims, places and events."""

from __future__ import annotations

import re
from typing import Any

HOWS = {"metadata", "body", "url", "inferred", "none"}
SOURCE_KINDS = {"outlet", "government", "military", "person", "organization", "country", "unnamed"}


def check_span(span: dict[str, Any], text: str) -> None:
    assert set(span) >= {"start", "end", "text"}, span
    assert text[span["start"] : span["end"]] == span["text"], span


def validate_record(record: dict[str, Any]) -> None:
    """Raise AssertionError where ``record`` breaks the output contract."""
    assert isinstance(record["casus_version"], str)
    doc = record["doc"]
    assert re.fullmatch(r"[0-9a-f]{64}", doc["id"]), doc["id"]
    assert isinstance(doc["path"], str) and doc["path"]
    assert doc["title"] is None or isinstance(doc["title"], str)
    assert doc["publisher"] is None or isinstance(doc["publisher"], str)
    published = doc["published"]
    assert published["how"] in HOWS
    if published["date"] is None:
        assert published["how"] == "none"
    else:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", published["date"])
    assert doc["language"] is None or isinstance(doc["language"], str)
    assert isinstance(doc["text"], str) and doc["text"].strip()
    assert isinstance(doc["boilerplate"], list)
    for block in doc["boilerplate"]:
        if isinstance(block, dict):
            assert set(block) >= {"start", "end", "kind"}
            assert 0 <= block["start"] <= block["end"]
        else:
            assert isinstance(block, str)
    for key in ("sources", "claims", "places", "events"):
        assert isinstance(record[key], list)
    text = doc["text"]
    source_ids = {s["id"] for s in record["sources"]}
    claim_ids = {c["id"] for c in record["claims"]}
    for source in record["sources"]:
        assert source["kind"] in SOURCE_KINDS, source
        assert source["country"] is None or re.fullmatch(r"[A-Z]{3}", source["country"])
        assert source["via"] is None or (source["via"] in source_ids and source["via"] != source["id"])
        for mention in source["mentions"]:
            check_span(mention, text)
    for claim in record["claims"]:
        assert claim["source"] in source_ids
        assert claim["stance"] in {"assert", "deny", "report"}
        assert claim["about"] is None or claim["about"] in claim_ids
        check_span(claim["cue"], text)
        check_span(claim["content"], text)
        if claim.get("source_span") is not None:
            check_span(claim["source_span"], text)
    for place in record["places"]:
        check_span(place["span"], text)
        assert place["precision"] in {"point", "town", "admin2", "admin1", "country", "region"}
        assert place["country"] is None or re.fullmatch(r"[A-Z]{3}", place["country"])
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
        assert place["geonameid"] is None or isinstance(place["geonameid"], int)
    event_ids = set()
    for event in record["events"]:
        check_event(event, text, claim_ids)
        assert event["id"] not in event_ids
        event_ids.add(event["id"])


EVENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
QUADS = {"material-conflict", "verbal-conflict", "material-cooperation", "verbal-cooperation"}
STATUSES = {"asserted", "denied", "alleged", "hypothetical", "future"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_event(event: dict[str, Any], text: str, claim_ids: set[str]) -> None:
    assert event["event"] in EVENT_TYPES, event["event"]
    assert event["quad"] in QUADS
    assert event["status"] in STATUSES
    assert event["claim"] is None or event["claim"] in claim_ids
    assert isinstance(event["context"], list)
    assert event["mode"] is None or isinstance(event["mode"], str)
    check_span(event["evidence"], text)
    for span in event.get("mentions", []) + event.get("triggers", []):
        check_span(span, text)
    for actor in event["actors"] + event["recipients"]:
        assert set(actor) >= {"text", "name", "country", "sector"}
        assert actor["country"] is None or re.fullmatch(r"[A-Z]{3}", actor["country"])
    for loc in event["locations"]:
        assert set(loc) >= {"text", "name", "geonameid", "country", "admin1", "admin2", "lat", "lon", "precision"}
        assert loc["precision"] in {"point", "town", "admin2", "admin1", "country", "region"}
    time = event["time"]
    assert set(time) >= {"start", "end", "precision", "text"}
    for key in ("start", "end"):
        assert time[key] is None or DATE.fullmatch(time[key])
    if time["start"] and time["end"]:
        assert time["start"] <= time["end"]
    assert time["precision"] in {None, "hour", "day", "week", "month", "year"}
    for kind in ("dead", "injured"):
        count = event["toll"][kind]
        assert set(count) >= {"low", "best", "high", "text"}
        values = [v for v in (count["low"], count["best"], count["high"]) if v is not None]
        assert values == sorted(values), count
    assert set(event["acled"]) == {"event_type", "sub_event_type"}
    assert event["cameo"] is None or re.fullmatch(r"\d{2}", event["cameo"])
