"""The contested scorer on hand-made incidents: what each figure counts (no pipeline, no real pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casus.eval.contested import baseline, junk, read_page, score

GOLD = {
    "incidents": [
        {"id": "clash", "dates": ["2025-03-03", "2025-03-04"], "sides": ["ERI", "ETH"],
         "places": [{"name": "Sheraro", "country": "ETH"}], "initiator": {"ETH": "ERI", "ERI": "ETH"},
         "tolls": [{"dead_of": "ETH", "killed": 3, "claimed_by": "ETH"},
                   {"dead_of": "civilians of ERI", "killed": 2, "claimed_by": "NEUTRAL"},
                   {"dead_of": "ERI", "killed": 0, "claimed_by": "ERI"}], "near_miss_of": None},
        {"id": "earlier", "dates": ["2025-01-10", "2025-01-10"], "sides": ["ERI", "ETH"], "places": [],
         "initiator": None, "tolls": [], "near_miss_of": "clash"},
    ],
    "documents": [{"file": f, "incident": i} for f, i in
                  [("a.txt", "clash"), ("b.txt", "clash"), ("c.txt", "clash"), ("n.txt", "earlier"),
                   ("x.txt", "none")]],
}
PAGES = [{"file": f} for f in ("a.txt", "b.txt", "c.txt", "n.txt", "x.txt")]
FILE_OF = {f"id-{p['file']}": p["file"] for p in PAGES}


def _incident(files: list[str], start: str, end: str, disputes=(), tolls=(), locations=()) -> dict:
    return {"documents": [f"id-{f}" for f in files], "time": {"start": start, "end": end},
            "disputes": list(disputes), "tolls": list(tolls), "locations": list(locations)}


def test_pairs_controls_near_misses_claims_tolls_windows_and_places_are_counted():
    initiator = {"about": "initiator", "positions": [
        {"value": "ERI", "sources": ["Ministry of Defence of Ethiopia"], "source_countries": ["ETH"]},
        {"value": "ETH", "sources": ["Ethiopia"], "source_countries": ["ETH"]}]}  # wrong side for ERI's claim
    figures = [{"side": "ETH", "kind": "dead", "value": 3, "claimant_country": "ETH"},
               {"side": "ERI", "kind": "dead", "value": 2, "claimant_country": None}]
    places = [{"name": "Sheraro", "geonameid": 1, "country": "ETH"},
              {"name": "Sheraro town", "geonameid": 1, "country": "ETH"},
              {"name": "Nairobi", "geonameid": 2, "country": "KEN"}]
    incidents = [_incident(["a.txt", "b.txt"], "2025-03-03", "2025-03-05", [initiator], figures, places),
                 _incident(["c.txt", "n.txt", "x.txt"], "2025-01-10", "2025-03-04")]
    got = score(GOLD, PAGES, incidents, FILE_OF, [])
    # gold pairs: ab ac bc; found: ab, cn cx nx -> 1 right of 4 found, 1 of 3 gold
    assert (got["pair_p"], round(got["pair_r"], 3)) == (0.25, 0.333)
    assert got["controls_in_incidents"] == 1 and got["near_miss_merges"] == 1
    assert (got["initiator"], got["initiator_of"]) == (1, 2)
    assert (got["tolls_side"], got["tolls_claimant"], got["tolls_of"]) == (2, 2, 2)
    assert (got["windows"], got["windows_of"]) == (1, 1)  # 03-03..03-05 fits 03-03..03-04 (+2 days)
    assert got["place_duplicates"] == 1 and got["places_right"] == pytest.approx(2 / 3)


def test_a_window_that_starts_weeks_early_does_not_fit():
    incidents = [_incident(["a.txt", "b.txt", "c.txt"], "2025-02-01", "2025-03-04")]
    got = score(GOLD, PAGES, incidents, FILE_OF, [])
    assert got["pair_f1"] == 1.0 and got["windows"] == 0


def test_the_all_in_one_baseline_merges_everything():
    got = baseline(GOLD, PAGES)
    assert got["pair_r"] == 1.0 and got["pair_p"] == 0.3 and got["controls_in_incidents"] == 1
    assert got["near_miss_merges"] == 1


@pytest.mark.parametrize("name, is_junk", [
    ("tests/pages/a.txt", True), ("date 2025-03-04 Ministry of Defence", True), ("ASMARA (Wire) -- officials", True),
    ("which", True), ("a border clash on the northern front", True),
    ("Ministry of Defence of Ethiopia", False), ("he", False), ("Highland Press Agency", False)])
def test_junk_sources_are_paths_headlines_datelines_and_pronouns(name, is_junk):
    assert junk(name, {"a border clash on the northern front"}) is is_junk


def test_a_page_needs_its_header(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("URL: https://example.org/a\nDATE: unknown\nSIDE: ETH\n---\nText.\n", encoding="utf-8")
    page = read_page(good)
    assert page["date"] is None and page["side"] == "ETH" and page["text"] == "Text.\n"
    bad = tmp_path / "bad.txt"
    bad.write_text("URL: https://example.org/b\n---\nText.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="DATE, SIDE"):
        read_page(bad)
