"""Incident linking cost as the store grows: 1k against 10k events, and an all-pairs baseline.

Synthetic events (no text analysis, fixed seed) at a fixed rate of about 14
a day (so 10k events cover two years), over 40 country pairs and random
places, one in 20 of them undated (a page with no date: matched by its
dyad and place among the latest incidents), are linked in date order into a
fresh SQLite store as
``casus ingest`` links them (``casus.incidents.link.link_event``, one
transaction per document of 5 events, then ``relink_undated`` for the
incidents the document started). Reported: seconds for 1k and 10k
events and their ratio, which is about 10 when linking costs the same per
event whatever the store holds (blocking on time window and country), and
the same ratio for a baseline that compares each new event with every
incident already made (all pairs), timed on 1k and 3k events in the same
run.

    python bench/incidents.py
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from casus.eval.report import figures_line
from casus.incidents.link import _fits, near, sides, window
from casus.store.backend import connect
from casus.store.schema import migrate

COUNTRIES = ["ARM", "AZE", "GEO", "TUR", "IRN", "RUS", "UKR", "ISR", "SYR", "IRQ", "IND", "PAK", "AFG", "SDN",
             "SSD", "ETH", "SOM", "KEN", "NGA", "MLI"]


def synthetic_events(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` events at a fixed rate per day (an archive that grows in time, as a store does)."""
    rng = random.Random(seed)
    span = max(1, n * 730 // 10000)
    pairs = [(a, b) for a in COUNTRIES for b in COUNTRIES if a < b][:40]
    start = date(2023, 1, 1)
    out = []
    for k in range(n):
        a, b = rng.choice(pairs)
        day = start + timedelta(days=k * span // n + rng.randrange(3))
        lat, lon = 30 + rng.random() * 20, 30 + rng.random() * 40
        out.append({
            "id": f"e{k}", "doc_id": f"d{k // 5}", "event": "ASSAULT", "quad": "material-conflict",
            "status": "asserted", "time": {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"}
            if k % 20 != 19 else {"start": None, "end": None, "precision": None},
            "actors": [{"country": a}], "recipients": [{"country": b}], "sides": [a, b],
            "locations": [{"name": f"p{k}", "country": a, "admin2": None, "lat": lat, "lon": lon,
                           "precision": "town"}],
        })
    return out


def link_all(events: list[dict[str, Any]]) -> float:
    """Seconds to link ``events`` into a fresh store, one transaction per synthetic document."""
    import json

    from casus.incidents.link import link_event, park, relink_undated

    with tempfile.TemporaryDirectory() as folder:
        db = connect(str(Path(folder) / "bench.db"))
        migrate(db, "bench")

        def next_seq(table: str) -> int:
            return int(db.query(f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}")[0][0])

        db.execute("INSERT INTO documents (id, seq, path, input_format, casus_version, record) "
                   "VALUES ('d', 1, 'd', 'text', 'bench', '{}')")
        db.conn.commit()
        began = time.perf_counter()
        for k in range(0, len(events), 5):
            with db.transaction():
                first_new = next_seq("incidents")
                for event in events[k:k + 5]:
                    incident = link_event(db, event, next_seq)
                    seq = next_seq("events")
                    db.execute("INSERT INTO events (doc_id, event_id, event, quad, status, start_date, end_date,"
                               " countries, incident_id, record, seq) VALUES ('d', ?, 'ASSAULT',"
                               " 'material-conflict', 'asserted', ?, ?, ?, ?, ?, ?)",
                               (event["id"], event["time"]["start"], event["time"]["end"],
                                "|" + "|".join(sides(event)) + "|", incident, json.dumps(event), seq))
                    park(db, seq, event, incident)
                # as the store does: incidents this document started are offered the pending undated events
                started = db.query("SELECT id, countries FROM incidents WHERE seq >= ?", (first_new,))
                for seq, incident in relink_undated(db, started):
                    db.execute("UPDATE events SET incident_id = ? WHERE seq = ?", (incident, seq))
        elapsed = time.perf_counter() - began
        db.close()
    return elapsed


def all_pairs(events: list[dict[str, Any]]) -> float:
    """The baseline: every new event is compared with every incident made so far."""
    began = time.perf_counter()
    incidents: list[dict[str, Any]] = []
    for event in events:
        if not event["time"]["end"]:
            continue  # the baseline does not link undated events
        start, end = window(event)
        countries = sides(event)
        for incident in incidents:
            if incident["start"] <= end and incident["end"] >= start and _fits(countries, incident["countries"]) \
                    and near(event["locations"], incident["locations"]):
                incident["locations"] += event["locations"]
                break
        else:
            incidents.append({"start": start, "end": end, "countries": countries,
                              "locations": list(event["locations"])})
    return time.perf_counter() - began


def main() -> None:
    small, large = synthetic_events(1000), synthetic_events(10000)
    t_small, t_large = link_all(small), link_all(large)
    b_small, b_large = all_pairs(small), all_pairs(synthetic_events(3000))
    print(f"casus linking: 1k events {t_small:.2f} s, 10k events {t_large:.2f} s "
          f"({t_large / t_small:.1f}x for 10x the events)")
    print(f"all-pairs baseline: 1k events {b_small:.2f} s, 3k events {b_large:.2f} s "
          f"({b_large / b_small:.1f}x for 3x the events)")
    print(figures_line(link_1k_s=t_small, link_10k_s=t_large, growth_10k_over_1k=t_large / t_small,
                       baseline_allpairs_1k_s=b_small, baseline_allpairs_3k_s=b_large,
                       baseline_growth_3k_over_1k=b_large / b_small))


if __name__ == "__main__":
    main()
