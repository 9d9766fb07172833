"""Hostile inputs at scale: the test suite's fuzz generator (``tests/fuzzgen.py``), thousands of inputs.

Batches of generated hostile inputs (every class: random bytes, corrupt and truncated gzip, odd
encodings, NUL bytes, hostile HTML, malformed JSONL, calendar-edge dates, symlink trees, gzip bombs,
FIFOs and /dev/zero, unreadable folders, odd file names, long texts) and good documents go through
``casus extract`` and ``casus ingest`` (into one SQLite store that grows), alternately, each a real
process with ``--max-bytes BOMB_LIMIT``. Each run is checked as the test suite checks it
(``check_run``): no traceback, no internal error (E999), every failure one line naming its input and a
code, exit codes as documented, every good document written or stored.

The one line it prints names: inputs tried, batches, documents written or stored, crashes (a
traceback, an E999, a run that timed out or exited otherwise than documented, a stray line: must be 0),
violations (a good document lost, a bad input not reported: must be 0), the peak memory of a casus
process, seconds, and the failures by code.

    python bench/fuzz.py                      # 10,000 inputs (about 20 minutes on 2 cores)
    python bench/fuzz.py --inputs 300         # a quick run
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casus.eval.report import figures_line  # noqa: E402
from tests.fuzzgen import (  # noqa: E402
    BOMB_LIMIT,
    ERROR,
    Generator,
    check_run,
    error_lines,
    missing_markers,
    special_paths,
    unlock,
)

CASUS = str(Path(sys.executable).parent / "casus")
CRASHES = ("traceback", "internal error", "stray line", "exit code", "summary line", "error line names", "timed out")


def run_batch(command: str, cases: list, db: Path, seen: int) -> tuple[list[str], str, list[str], int]:
    """One casus run over ``cases``: (problems, stderr, texts of the documents written or stored, new seq)."""
    args = [CASUS, command, *[c.path for c in cases], "--quiet", "--engine", "inline", "--max-bytes",
            str(BOMB_LIMIT)]
    if command == "ingest":
        args += ["--db", str(db)]
    try:
        proc = subprocess.run(args, capture_output=True, timeout=1800)
    except subprocess.TimeoutExpired:
        return ["timed out"], "", [], seen
    stderr = proc.stderr.decode(errors="replace")
    problems = check_run(cases, proc.returncode, stderr)
    if command == "extract":
        texts = []
        for line in proc.stdout.decode(errors="replace").splitlines():
            try:
                texts.append(json.loads(line)["doc"]["text"])
            except (ValueError, KeyError):
                problems.append(f"stray line on stdout: {line[:100]}")
    else:
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT seq, record FROM documents WHERE seq > ? ORDER BY seq", (seen,)).fetchall()
        texts = [json.loads(record)["doc"]["text"] for _, record in rows]
        seen = rows[-1][0] if rows else seen  # good documents are new: each carries a marker of its own
    problems += [f"lost good document {m}" for m in missing_markers(cases, texts)]
    return problems, stderr, texts, seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=10000, help="inputs to generate (default 10000)")
    parser.add_argument("--batch", type=int, default=500, help="inputs per casus run (default 500)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs (their folder is printed)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="casus-fuzz-"))
    db = work / "fuzz.db"
    codes: Counter[str] = Counter()
    crashes = violations = tried = documents = batches = seen = 0
    start = time.monotonic()
    try:
        while tried < args.inputs:
            size = min(args.batch, args.inputs - tried)
            folder = work / f"batch{batches:04d}"
            cases = Generator(folder, seed=args.seed * 100003 + batches).cases(size)
            if batches % 4 == 0:
                cases += special_paths()  # /dev/zero and a missing path, now and then
            command = ("extract", "ingest")[batches % 2]
            problems, stderr, texts, seen = run_batch(command, cases, db, seen)
            codes.update(ERROR.match(x).group("code") for x in error_lines(stderr) if ERROR.match(x))
            batch_crashes = [p for p in problems if p.startswith(CRASHES)]  # the rest: expectations missed
            crashes += len(batch_crashes)
            violations += len(problems) - len(batch_crashes)
            documents += len(texts)
            tried += len(cases)
            batches += 1
            for problem in problems[:20]:
                print(f"fuzz: batch {batches} ({command}): {problem}", file=sys.stderr)
            print(f"fuzz: {tried} inputs, {batches} batches, {crashes} crashes, {violations} violations, "
                  f"{time.monotonic() - start:.0f} s", file=sys.stderr)
            if not args.keep:
                unlock(folder)
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        if args.keep:
            print(f"fuzz: inputs kept in {work}", file=sys.stderr)
        else:
            unlock(work)
            shutil.rmtree(work, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(figures_line(inputs=tried, batches=batches, documents=documents, crashes=crashes, violations=violations,
                       peak_rss_mb=round(peak), seconds=round(time.monotonic() - start),
                       **{code: codes[code] for code in sorted(codes)}))
    return 1 if crashes or violations else 0


if __name__ == "__main__":
    sys.exit(main())
