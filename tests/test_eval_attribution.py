"""The attribution evaluation scores what ``casus extract`` emits, and the pipeline holds its level."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import shared_path


def test_pipeline_claims_beat_the_reporting_verb_baseline_on_a_fixed_dev_slice():
    """On the first 12 dev texts (a fixed slice; test stays held out) the pipeline's claims scored
    0.75 cue / 0.84 source / 0.78 content-overlap F1 against the baseline's 0.50 / 0.57 / 0.49 when
    this test was written; the floors sit a few points under, so a regression in the tagger's use,
    the grouping or the guards fails here."""
    data = shared_path("data", "polnear")
    proc = subprocess.run([sys.executable, "-m", "casus.eval", "attribution", str(data), "--split", "dev",
                           "--limit", "12"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"(\w+=\S+)( \w+=\S+)*", last), last
    figures = dict(pair.split("=") for pair in last.split())
    assert figures["split"] == "dev" and figures["texts"] == "12"
    for name, floor in (("cue_f1", 0.70), ("source_f1", 0.78), ("content_overlap_f1", 0.72)):
        pipeline, baseline = float(figures[f"pipeline_{name}"]), float(figures[f"baseline_{name}"])
        assert pipeline >= floor, (name, pipeline)
        assert pipeline > baseline + 0.1, (name, pipeline, baseline)
        assert f"tagger_{name}" in figures
