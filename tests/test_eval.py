"""The evaluation scoring, and the contract of its last output line."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from casus.eval.maintext import page_counts, score
from tests.conftest import shared_path

GOLD = "the quick brown fox jumps over the lazy dog near the river bank"


def test_identical_text_scores_one_and_extra_text_lowers_precision_only():
    assert score([(GOLD, GOLD)]) == {"f1": 1.0, "precision": 1.0, "recall": 1.0}
    noisy = score([(GOLD, GOLD + " subscribe to our newsletter for more stories today")])
    assert noisy["recall"] == 1.0 and noisy["precision"] < 0.7


def test_missing_text_lowers_recall_only():
    half = score([(GOLD, "the quick brown fox jumps over the lazy")])
    assert half["precision"] == 1.0 and 0.4 < half["recall"] < 0.6


def test_pages_weigh_the_same_whatever_their_length():
    tp, fp, fn = page_counts(GOLD * 20, GOLD * 20)
    assert (tp, fp, fn) == (1.0, 0.0, 0.0)


def _last_line(*args: str) -> dict[str, str]:
    proc = subprocess.run([sys.executable, "-m", "casus.eval", *args], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"(\w+=\S+)( \w+=\S+)*", last), last
    return dict(pair.split("=") for pair in last.split())


def test_maintext_eval_prints_figures_and_baseline():
    figures = _last_line("maintext", str(shared_path("data", "aeb")), "--limit", "8")
    assert {"f1", "precision", "recall", "baseline_f1"} <= set(figures)
    assert 0.5 < float(figures["f1"]) <= 1 and figures["pages"] == "8"


def test_pubdate_eval_prints_figures_and_baseline():
    figures = _last_line("pubdate", str(shared_path("data", "htmldate-mediacloud2020")), "--limit", "8")
    assert {"accuracy", "baseline_accuracy"} <= set(figures)
    assert 0 <= float(figures["accuracy"]) <= 1


def test_unknown_evaluation_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "casus.eval", "nonsense", "."], capture_output=True, text=True)
    assert proc.returncode == 2


@pytest.mark.parametrize("bad", ["/no/such/folder"])
def test_missing_data_folder_is_a_clear_error(bad):
    proc = subprocess.run([sys.executable, "-m", "casus.eval", "maintext", bad], capture_output=True, text=True)
    assert proc.returncode == 2
    assert bad in proc.stderr and "Traceback" not in proc.stderr


def test_plover_eval_prints_figures_and_baseline():
    figures = _last_line("plover", str(shared_path("data", "plover")), "--limit", "40")
    assert {"event_acc", "mode_acc", "actor_country_acc", "actor_sector_acc", "baseline_event_acc"} <= set(figures)
    assert 0.3 < float(figures["event_acc"]) <= 1


def test_ipe_eval_prints_figures_and_baseline():
    figures = _last_line("ipe", str(shared_path("data", "india-police-events")), "--limit", "30")
    assert {"kill_f1", "arrest_f1", "force_f1", "baseline_kill_f1", "arrest_p", "arrest_r"} <= set(figures)
    assert 0 <= float(figures["arrest_f1"]) <= 1


def test_old_plover_names_map_to_the_sixteen_types():
    from casus.eval.plover import gold_of
    from casus.events.lexicon import EVENT_TYPES

    assert gold_of({"event": "FIGHT", "source": []})["event"] == "ASSAULT"
    assert gold_of({"event": "DEMAND", "source": []})["event"] == "REQUEST"
    investigate = gold_of({"event": "INVESTIGATE", "source": [{"code": "IGO", "sector": "***"}]})
    assert investigate == {"event": "ACCUSE", "mode": "investigate", "country": "IGO", "sector": None}
    assert gold_of({"event": "DISAPPROVE", "source": []})["event"] in EVENT_TYPES
