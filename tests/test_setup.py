"""Set-up: the tagger's training shows its progress and writes its models atomically; scripts/setup.sh
fails loudly when it cannot vendor the web page's libraries, and does nothing when nothing changed."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casus.attribution import train
from casus.attribution.tagger import AttributionTagger, args_path, clusters_path, prior_path

ROOT = Path(__file__).resolve().parent.parent

SPEAKERS = ["Officials", "The minister", "A spokesman for the army", "Witnesses", "Local reporters", "The mayor"]
CUES = ["said", "told reporters", "claimed", "announced", "denied", "warned"]
CONTENTS = [
    "the storm damaged forty homes in the north",
    "troops had left the border town on Monday",
    "the talks would resume next week in Geneva",
    "nobody was hurt when the bridge collapsed",
    "prices of bread rose sharply after the strike",
    "the police arrested six people near the port",
]


def tiny_polnear(folder: Path, texts: int = 6) -> Path:
    """A PolNeAR-shaped folder (brat standoff) of a few short texts: "<speaker> <cue> <content>."."""
    (folder / "train" / "text").mkdir(parents=True)
    (folder / "train" / "attributions").mkdir(parents=True)
    for n in range(texts):
        lines, ann, t = [], [], 0
        offset = 0
        for k in range(5):
            source, cue, content = SPEAKERS[(n + k) % 6], CUES[(n + 2 * k) % 6], CONTENTS[(n * 5 + k) % 6]
            line = f"{source} {cue} that {content}. The report gave no further detail."
            spans = [("Source", source), ("Cue", cue), ("Content", content)]
            ids = []
            for label, phrase in spans:
                start = offset + line.index(phrase)
                t += 1
                ann.append(f"T{t}\t{label} {start} {start + len(phrase)}\t{phrase}")
                ids.append(f"T{t}")
            ann.append(f"E{k + 1}\tAttribution:{ids[1]} Source:{ids[0]} Cue:{ids[1]} Content:{ids[2]}")
            lines.append(line)
            offset += len(line) + 1
        name = f"text_{n:02d}"
        (folder / "train" / "text" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        ann_file = folder / "train" / "attributions" / f"{name}_annotator.ann"
        ann_file.write_text("\n".join(ann) + "\n", encoding="utf-8")
    return folder


def model_files(out: Path) -> list[Path]:
    return [prior_path(out), clusters_path(out), args_path(out), out]


# -- progress --------------------------------------------------------------------------------------------
def test_progress_prints_one_line_per_tenth_when_not_a_terminal():
    stream = io.StringIO()
    progress = train.Progress(stream, tty=False)
    for i in range(201):
        progress.update("parse", "parse", f"parsing {i}/200", i / 200)
    for i in range(1, 51):
        progress.update("parse", "fit", f"iteration {i}/50", i / 50)
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert lines[:3] == ["casus: parsing 0/200", "casus: parsing 20/200", "casus: parsing 40/200"]
    assert len([x for x in lines if "parsing" in x]) == 11  # 0%, 10%, ..., 100%
    iterations = [x for x in lines if "iteration" in x]  # the first one, then one per tenth
    assert iterations[:2] == ["casus: iteration 1/50", "casus: iteration 5/50"] and len(iterations) == 11
    assert lines[-1] == "casus: iteration 50/50"


def test_progress_redraws_one_status_line_on_a_terminal():
    stream = io.StringIO()
    progress = train.Progress(stream, tty=True, every=0)
    progress.update("cues", "fit", "cue model: iteration 1/100", 0.01)
    progress.update("args", "fit", "source/content model: iteration 3/100", 0.03)
    progress.finish("cues", "cue model fitted")
    text = stream.getvalue()
    assert "\n" not in text.split("cue model fitted\n")[0]  # no line per update: redrawn in place
    assert text.count("\r\x1b[K") >= 3
    assert "cue model: iteration 1/100 | source/content model: iteration 3/100" in text
    assert text.endswith("\r\x1b[Kcasus: source/content model: iteration 3/100")  # redrawn below the kept line


def test_eta_is_the_rest_at_the_pace_so_far():
    assert train.eta(0.25, 30) == "ETA 1 min 30 s"
    assert train.eta(0.0, 5) == train.eta(0.01, 5) == "ETA unknown yet"  # too early to guess
    assert train.duration(59.4) == "59 s"


# -- training --------------------------------------------------------------------------------------------
def test_training_shows_progress_with_eta_and_writes_every_model_file(tmp_path):
    polnear = tiny_polnear(tmp_path / "polnear")
    out = tmp_path / "cache" / "model.crfsuite"
    proc = subprocess.run(
        [sys.executable, "-m", "casus.attribution.train", str(polnear), "--out", str(out), "--iterations", "4"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr
    assert "\r" not in err  # stderr is a pipe here: lines, not a redrawn status
    lines = err.splitlines()
    assert all(line.startswith("casus: ") for line in lines), err
    parsing = [x for x in lines if x.startswith("casus: parsing ")]
    assert parsing and "6/6 texts (100%)" in parsing[-1] and all("ETA" in x and "texts/s" in x for x in parsing)
    for name in ("cue model", "source/content model"):
        features = [x for x in lines if x.startswith(f"casus: {name}: features of ")]
        assert features and "6/6 texts" in features[-1] and all("ETA" in x for x in features)
        iterations = [x for x in lines if x.startswith(f"casus: {name}: L-BFGS iteration ")]
        assert [x.split("iteration ")[1].split(" ")[0] for x in iterations] == ["1/4", "2/4", "3/4", "4/4"], err
        assert all("ETA" in x and "s each" in x for x in iterations)
        assert any(x.startswith(f"casus: {name} fitted") for x in lines)
    assert "casus: parsed 6 texts" in err and "ready in" in lines[-1]
    assert all(p.is_file() and p.stat().st_size > 0 for p in model_files(out))
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(p.name for p in model_files(out))  # no temp left
    AttributionTagger(out)  # both models, the prior and the clusters load


def test_models_are_renamed_into_place_cue_model_last(tmp_path, monkeypatch):
    polnear = tiny_polnear(tmp_path / "polnear")
    out = tmp_path / "cache" / "model.crfsuite"
    renames: list[tuple[Path, Path]] = []
    replace = os.replace

    def record(src, dst):
        renames.append((Path(src), Path(dst)))
        replace(src, dst)

    monkeypatch.setattr(train.os, "replace", record)
    train.build(polnear, out, iterations=2, progress=train.Progress(io.StringIO(), tty=False))
    assert [dst for _, dst in renames] == model_files(out)
    assert all(".tmp" in src.name and src.parent == out.parent for src, _ in renames)


def test_a_failed_training_leaves_no_model_and_no_temporary_file(tmp_path, monkeypatch):
    polnear = tiny_polnear(tmp_path / "polnear")
    out = tmp_path / "cache" / "model.crfsuite"

    def broken(*args, **kwargs):
        raise ValueError("broken feature")

    monkeypatch.setattr(train, "arg_items", broken)  # fails in the forked process that builds the source/content model
    with pytest.raises(train.ChildFailed, match="broken feature"):
        train.build(polnear, out, iterations=2, progress=train.Progress(io.StringIO(), tty=False))
    assert list(out.parent.iterdir()) == []


# -- scripts/setup.sh: vendoring the web page's libraries ----------------------------------------------
VENDORED = ["leaflet.js", "leaflet.css", "topojson-client.min.js", "countries-50m.json",
            "swagger-ui-bundle.js", "swagger-ui.css"]
TOOLS = ["bash", "cat", "sha256sum", "cut", "basename", "dirname", "mkdir", "rm", "cp", "touch"]

FAKE_NPM_OK = """#!/bin/bash
echo "$@" >> "$NPM_CALLS"
for f in leaflet/dist/leaflet.js leaflet/dist/leaflet.css topojson-client/dist/topojson-client.min.js \\
         world-atlas/countries-50m.json swagger-ui-dist/swagger-ui-bundle.js swagger-ui-dist/swagger-ui.css; do
    mkdir -p "web/node_modules/$(dirname "$f")" && echo "// $f" > "web/node_modules/$f"
done
"""
FAKE_NPM_FAILS = """#!/bin/bash
echo "$@" >> "$NPM_CALLS"
echo "npm ERR! network request to https://registry.npmjs.org failed" >&2
exit 1
"""


@pytest.fixture
def checkout(tmp_path):
    """A copy of the files setup.sh's vendoring reads, and a PATH of the tools it uses (no npm)."""
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    (root / "web").mkdir()
    (root / "src" / "casus" / "web" / "static").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", root / "scripts" / "setup.sh")
    shutil.copy(ROOT / "web" / "package-lock.json", root / "web" / "package-lock.json")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    return root, bin_dir


def setup_web(root: Path, bin_dir: Path, npm: str | None = None) -> subprocess.CompletedProcess:
    if npm is not None:
        (bin_dir / "npm").write_text(npm)
        (bin_dir / "npm").chmod(0o755)
    env = {"PATH": str(bin_dir), "NPM_CALLS": str(root / "npm-calls"), "HOME": str(root)}
    return subprocess.run([str(bin_dir / "bash"), "scripts/setup.sh", "--web-only"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=30)


def test_setup_fails_loudly_without_npm(checkout):
    root, bin_dir = checkout
    proc = setup_web(root, bin_dir)
    assert proc.returncode == 1
    assert "error: scripts/setup.sh: cannot vendor the web page's libraries: npm is not installed" in proc.stderr
    assert not (root / "src/casus/web/static/vendor/.stamp").exists()


def test_setup_fails_loudly_when_npm_ci_fails(checkout):
    root, bin_dir = checkout
    proc = setup_web(root, bin_dir, FAKE_NPM_FAILS)
    assert proc.returncode == 1
    assert "npm ERR! network" in proc.stderr  # npm's own reason is shown, not silenced
    assert "'npm ci --prefix web' failed" in proc.stderr
    assert not (root / "src/casus/web/static/vendor/.stamp").exists()


def test_setup_vendors_once_and_again_only_when_something_is_missing(checkout):
    root, bin_dir = checkout
    vendor = root / "src/casus/web/static/vendor"
    proc = setup_web(root, bin_dir, FAKE_NPM_OK)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in vendor.iterdir()) == sorted([*VENDORED, ".stamp"])
    assert (root / "npm-calls").read_text().startswith("ci --prefix web")
    # nothing changed: npm is not run (a failing one would fail the set-up)
    proc = setup_web(root, bin_dir, FAKE_NPM_FAILS)
    assert proc.returncode == 0 and proc.stderr == ""
    assert len((root / "npm-calls").read_text().splitlines()) == 1
    # a vendored file removed: vendored again, and a failure then is loud
    (vendor / "leaflet.js").unlink()
    proc = setup_web(root, bin_dir, FAKE_NPM_FAILS)
    assert proc.returncode == 1 and "cannot vendor" in proc.stderr
    proc = setup_web(root, bin_dir, FAKE_NPM_OK)
    assert proc.returncode == 0 and (vendor / "leaflet.js").is_file()


def test_setup_rejects_an_unknown_option(checkout):
    root, bin_dir = checkout
    proc = subprocess.run([str(bin_dir / "bash"), "scripts/setup.sh", "--bogus"], cwd=root,
                          env={"PATH": str(bin_dir)}, capture_output=True, text=True, timeout=30)
    assert proc.returncode == 1 and "unknown option --bogus" in proc.stderr
