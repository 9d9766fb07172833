"""The event evaluations (PLOVER, IndiaPoliceEvents): both parts printed, and floors a regression would break.

The floors sit a few points under the figures of the commit that set them (PLOVER all 322 records:
dev event 0.741, test 0.660; IPE first 40 articles of each part: dev ARREST F1 0.737, FORCE 0.667;
held-out ARREST 0.857, FORCE 0.800), so a change that breaks event coding fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import shared_path

SOURCE = re.compile(r"C:\d{2,4}|M:[A-Z]+( [a-z-]+)?|dict|example")


def _last_line(*args: str) -> dict[str, float]:
    """The evaluation's final ``name=value`` line as numbers."""
    proc = subprocess.run([sys.executable, "-m", "casus.eval", *args], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"(\w+=\S+)( \w+=\S+)*", last), last
    return {name: float(value) for name, value in (pair.split("=") for pair in last.split())}


def test_plover_parts_are_fixed_by_id_parity():
    from casus.eval.plover import load, part_of

    assert part_of({"id": "PLOVER-GSR01-AGREE-0001"}) == "dev"
    assert part_of({"id": "PLOVER-GSR01-AGREE-0002"}) == "test"
    records = load(shared_path("data", "plover") / "PLOVER_GSR_CAMEO.txt")
    parts = [part_of(r) for r in records]
    assert (parts.count("dev"), parts.count("test")) == (166, 156)


def test_plover_prints_dev_and_test_with_baselines_and_holds_its_floors():
    f = _last_line("plover", str(shared_path("data", "plover")))
    for part in ("dev", "test"):
        for name in ("event_acc", "mode_acc", "actor_country_acc", "actor_country_acc_states", "actor_sector_acc"):
            assert f"{part}_{name}" in f, name
        for name in ("event_acc", "mode_acc", "actor_country_acc", "actor_country_acc_states"):
            assert f"{part}_baseline_{name}" in f, name
        assert f[f"{part}_event_acc"] > f[f"{part}_baseline_event_acc"] + 0.05
        assert f[f"{part}_mode_acc"] > f[f"{part}_baseline_mode_acc"]
    assert (f["dev_records"], f["test_records"]) == (166, 156)
    assert f["dev_event_acc"] >= 0.69 and f["test_event_acc"] >= 0.61
    assert f["dev_mode_acc"] >= 0.45 and f["test_mode_acc"] >= 0.42
    assert f["dev_actor_country_acc"] >= 0.62 and f["test_actor_country_acc"] >= 0.62


def test_plover_scores_a_folder_of_gathered_sentences_by_the_sha1_split(tmp_path):
    """Gathered rows (own words here) are scored like the gold records; the held-out part is sha1 mod 5 = 0."""
    import hashlib
    import json

    rows = [("w-001", "Police in Veltria arrested forty students outside the parliament on Tuesday.", "COERCE", "VLT"),
            ("w-002", "Ostria recalled its ambassador from Veltria over the dispute.", "SANCTION", "OST"),
            ("w-003", "Rebels released twelve hostages they had held for a month.", "RETREAT", ""),
            ("w-004", "The foreign minister met his counterpart in the capital on Monday.", "CONSULT", ""),
            ("w-005", "Thousands marched through the city to protest the new tax.", "PROTEST", "")]
    lines = [json.dumps({"id": i, "text": t, "event": e, "mode": "", "country": c}) for i, t, e, c in rows]
    (tmp_path / "part.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    f = _last_line("plover", str(tmp_path))
    held = sum(int(hashlib.sha1(i.encode()).hexdigest(), 16) % 5 == 0 for i, *_ in rows)
    assert (f["dev_records"], f["test_records"]) == (len(rows) - held, held)
    assert f["dev_event_acc"] >= 0.5 and "dev_no_event_share" in f


def test_ipe_prints_dev_and_heldout_with_baselines_and_holds_its_floors():
    f = _last_line("ipe", str(shared_path("data", "india-police-events")), "--per-part", "40")
    assert (f["dev_articles"], f["heldout_articles"]) == (40, 40)
    for part in ("dev", "heldout"):
        for label in ("kill", "arrest", "force"):
            assert {f"{part}_{label}_f1", f"{part}_{label}_p", f"{part}_{label}_r",
                    f"{part}_baseline_{label}_f1"} <= set(f)
        assert f[f"{part}_arrest_f1"] > f[f"{part}_baseline_arrest_f1"]
    assert f["dev_arrest_f1"] >= 0.65 and f["dev_force_f1"] >= 0.55
    assert f["heldout_arrest_f1"] >= 0.72 and f["heldout_force_f1"] >= 0.65


def test_every_trigger_entry_names_its_source():
    """Each row of triggers.tsv says where it comes from (CAMEO code, manual, dictionary, the example)."""
    import casus.events

    table = Path(casus.events.__file__).with_name("triggers.tsv")
    rows = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "trigger\t"))]
    unsourced = [row[0] for row in rows if len(row) < 5 or not SOURCE.fullmatch(row[4])]
    assert not unsourced, unsourced


def test_no_trigger_entry_is_written_twice():
    """An entry written twice is read once, the first (the table sorts entries by length alone): a second with
    other fields ("v:call off talk" as a sanction and as a refusal) silently never applies."""
    import casus.events

    table = Path(casus.events.__file__).with_name("triggers.tsv")
    keys = [line.split("\t")[0] for line in table.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "trigger\t"))]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    assert not twice, twice
