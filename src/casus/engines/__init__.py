"""Engines: where the per-document stages run. All produce the same records in the same order.

- ``inline``: in this process (one document at a time through ``nlp.pipe``
  batches); what a single small input gets.
- ``local``: worker processes on this machine (default: one per core). Each
  worker loads the models once; documents go out in bounded windows, so
  memory stays flat whatever the corpus size, and come back in input order
  to the one process that writes output or the store.
- ``ray``: the same stage functions as a Ray Data ``map_batches`` over an
  actor pool (models loaded once per actor), on a local Ray or a cluster
  (``--address``). Ray is an optional extra (``pip install 'casus[ray]'``).

Documents travel without their spaCy parse (``Document.parsed``), which only
lives inside a worker. With ``isolate``, a document the stages fail on comes
back as a ``Failed`` in its place, and the others of its batch are coded:
one bad document never stops the run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any

from casus.model import Document

ENGINES = ("auto", "inline", "local", "ray")
WINDOW_PER_WORKER = 32  # documents in flight per worker: bounds memory, keeps workers busy


@dataclass(frozen=True)
class Failed:
    """A document the stages failed on: its path and what went wrong (the caller reports it)."""

    source: str
    detail: str


def _strip(doc: Document) -> Document:
    doc.parsed = None
    return doc


def _code(pipeline: Any, batch: list[Document], isolate: bool, batch_size: int = 16) -> list[Document | Failed]:
    """The batch coded; with ``isolate``, a failure recodes the batch one document at a time so that only the
    document that fails is lost (the stages assign their results, so recoding one is safe)."""
    if not isolate:
        return [_strip(d) for d in pipeline.pipe(batch, batch_size=batch_size)]
    try:
        return [_strip(d) for d in pipeline.pipe(batch, batch_size=batch_size)]
    except Exception:  # find the document at fault below
        pass
    out: list[Document | Failed] = []
    for doc in batch:
        try:
            out.append(_strip(pipeline.run(doc)))
        except Exception as exc:  # reported as this document's error
            out.append(Failed(doc.path, f"{type(exc).__name__}: {exc}"))
    return out


# -- one worker process ---------------------------------------------------------------------------------------
_PIPELINE: Any = None


def _init_worker() -> None:
    global _PIPELINE
    from casus.pipeline import default_pipeline

    _PIPELINE = default_pipeline()


def _code_batch(batch: list[Document], isolate: bool = False) -> list[Document | Failed]:
    return _code(_PIPELINE, batch, isolate)


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def run_inline(docs: Iterable[Document], isolate: bool = False) -> Iterator[Document | Failed]:
    from casus.pipeline import default_pipeline

    pipeline = default_pipeline()
    for batch in _batches(docs, 32):
        yield from _code(pipeline, batch, isolate)


def run_local(docs: Iterable[Document], workers: int, isolate: bool = False) -> Iterator[Document | Failed]:
    """Worker processes, a window of ``WINDOW_PER_WORKER`` documents each in flight, results in order."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # fresh interpreters: no forked threads or open stores
    with context.Pool(workers, initializer=_init_worker) as pool:
        window = workers * WINDOW_PER_WORKER
        for chunk in _batches(docs, window):
            parts = [chunk[k:k + 8] for k in range(0, len(chunk), 8)]
            for coded in pool.imap(partial(_code_batch, isolate=isolate), parts):
                yield from coded


class _RayCoder:
    """A Ray actor: one pipeline per actor, documents in and out as pickled bytes."""

    def __init__(self, isolate: bool = False) -> None:
        from casus.pipeline import default_pipeline

        self.pipeline = default_pipeline()
        self.isolate = isolate

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import pickle

        docs = [pickle.loads(b) for b in batch["doc"]]
        coded = [pickle.dumps(d) for d in _code(self.pipeline, docs, self.isolate)]
        return {"doc": coded, "n": batch["n"]}


def run_ray(docs: Iterable[Document], workers: int, address: str | None = None,
            isolate: bool = False) -> Iterator[Document | Failed]:
    """Ray Data over an actor pool of ``workers`` actors; results in input order."""
    import pickle

    import ray

    if not ray.is_initialized():
        logging.getLogger("ray").setLevel(logging.ERROR)
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    window = max(1, workers) * 500  # each window starts its actor pool (models loaded once per actor)
    for chunk in _batches(docs, window):
        items = [{"doc": pickle.dumps(d), "n": k} for k, d in enumerate(chunk)]
        dataset = ray.data.from_items(items, override_num_blocks=max(1, min(len(items) // 8, workers * 4)))
        coded = dataset.map_batches(_RayCoder, fn_constructor_kwargs={"isolate": isolate}, batch_size=8,
                                    concurrency=workers, num_cpus=1, batch_format="numpy")
        rows = sorted(coded.iter_rows(), key=lambda r: int(r["n"]))
        for row in rows:
            yield pickle.loads(row["doc"])


def peak_rss_mb(_: Any = None) -> float:
    """This process's peak resident memory (VmHWM: since its own start, not its parent's), in MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def code_documents(docs: Iterable[Document], engine: str = "auto", workers: int | None = None,
                   address: str | None = None, many: bool = True, isolate: bool = False) -> Iterator[Any]:
    """The coded documents, in input order, from the chosen engine. ``auto`` runs inline for a small
    input (``many`` False) or one core, else on local worker processes. With ``isolate`` a document the
    stages fail on is yielded as a ``Failed`` (else its exception stops the run)."""
    workers = workers or default_workers()
    if engine == "ray":
        return run_ray(docs, workers, address, isolate)
    if engine == "inline" or (engine == "auto" and (workers <= 1 or not many)):
        return run_inline(docs, isolate)
    return run_local(docs, workers, isolate)
