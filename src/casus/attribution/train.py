"""Build the attribution tagger from PolNeAR's train split.

    python -m casus.attribution.train [POLNEAR_DIR] [--out FILE] [--iterations N]

Parses the train texts once with the same spaCy pipeline casus uses (both
cores), fits the context clusters of the parser's token vectors, turns the
gold spans into BIO tags, and trains two CRFs (L-BFGS, L1+L2): one for cues,
one for sources and contents with features relative to the cues (gold cues
in training, predicted ones in use).

The two CRFs are independent, so after the parse each is built in its own
process (the source/content one in a forked child that shares the parsed
documents): features and fitting of the two run on both cores. Progress
(texts parsed, features built, L-BFGS iterations, each with an estimate of
the time left) goes to stderr: redrawn in place on a terminal, one line per
tenth of each step otherwise. The models are written atomically (a temporary
file, then a rename; the cue model last), so a crash or an interrupt never
leaves a half-written or mismatched model.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from casus.attribution.polnear import read_split
from casus.attribution.tagger import (
    FEATURE_VERSION,
    DocView,
    arg_items,
    args_path,
    bio_tags,
    clusters_path,
    context_clusters,
    cue_prior,
    fit_clusters,
    paragraphs,
    prior_path,
    save_clusters,
    sentence_bounds,
    spans_from_tags,
    token_features,
)
from casus.cache import cache_dir, data_dir
from casus.nlp import MODEL, load_nlp

ITERATIONS = 100
# Chosen on PolNeAR's dev split (cue F1 0.67 with c1=0.05, 0.71 with 1.0, 0.72 with 2.0); see tagger's docstring.
PARAMS = {"c1": 2.0, "c2": 0.1, "feature.possible_transitions": True}
JOBS = {"cues": "cue model", "args": "source/content model"}


def default_model_path() -> Path:
    return cache_dir() / f"attribution-crf-f{FEATURE_VERSION}-{MODEL}.crfsuite"


def polnear_dir() -> Path | None:
    base = data_dir()
    path = base / "polnear" if base else None
    return path if path and (path / "train").is_dir() else None


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60:02d} s"


def eta(fraction: float, elapsed: float, after: float = 0.02) -> str:
    """The time left if the rest goes at the pace so far (not guessed before ``after`` of the way)."""
    if fraction <= 0 or fraction < after:
        return "ETA unknown yet"
    return f"ETA {duration(elapsed * (1 - fraction) / fraction)}"


class Progress:
    """Progress of concurrent steps ("jobs") on a stream.

    On a terminal one status line is redrawn in place (at most every ``every`` seconds); otherwise
    each job prints one line per tenth of its way (``chunks``), so a log file stays readable.
    Child processes report through a pipe (``attach``); their messages are read whenever the
    parent reports, and while it waits.
    """

    def __init__(self, stream: TextIO | None = None, tty: bool | None = None, log: Callable[[str], None] | None = None,
                 every: float = 0.5, chunks: int = 10) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.log = log
        self.every, self.chunks = every, chunks
        self.state: dict[str, str] = {}
        self.shown: dict[tuple[str, str], int] = {}
        self.drawn_at = 0.0
        self.drawn = False
        self.pipes: list[Any] = []
        self.polling = False

    def attach(self, conn: Any) -> None:
        self.pipes.append(conn)

    def detach(self, conn: Any) -> None:
        self.pipes.remove(conn)

    def poll(self, timeout: float = 0.0) -> None:
        """Show what the attached children reported; raise if one of them failed."""
        if self.polling:  # an update read from a pipe is being shown
            return
        self.polling = True
        try:
            for conn in list(self.pipes):
                try:
                    while conn.poll(timeout):
                        kind, *rest = conn.recv()
                        if kind == "error":
                            raise ChildFailed(rest[0])
                        if kind == "done":
                            self.detach(conn)
                            break
                        getattr(self, kind)(*rest)
                        timeout = 0.0
                except EOFError:  # the child died without a word (killed): its exit code tells
                    self.detach(conn)
        finally:
            self.polling = False

    def line(self, text: str) -> None:
        """A line that stays (above the status line on a terminal)."""
        self._clear()
        if self.log:
            self.log(text)
        else:
            print(text, file=self.stream, flush=True)
        self._draw(force=True)

    def update(self, job: str, step: str, text: str, fraction: float) -> None:
        """Where ``job`` is: ``fraction`` of its ``step`` done (each step prints its own tenths)."""
        self.state[job] = text
        if self.tty:
            self._draw()
        else:
            chunk = int(min(max(fraction, 0.0), 1.0) * self.chunks)
            if chunk > self.shown.get((job, step), -1):
                self.shown[job, step] = chunk
                print(f"casus: {text}", file=self.stream, flush=True)
        if self.pipes:
            self.poll()

    def finish(self, job: str, text: str) -> None:
        self.state.pop(job, None)
        self.line(f"casus: {text}")

    def close(self) -> None:
        """Forget the steps under way and clear their status line (after a failure)."""
        self.state.clear()
        self._clear()

    def _clear(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\r\x1b[K")
            self.drawn = False

    def _draw(self, force: bool = False) -> None:
        if not self.tty or not self.state:
            return
        now = time.monotonic()
        if not force and now - self.drawn_at < self.every:
            return
        width = shutil.get_terminal_size((100, 20)).columns - 1
        status = "casus: " + " | ".join(self.state.values())
        self.stream.write("\r\x1b[K" + status[:width])
        self.stream.flush()
        self.drawn_at, self.drawn = now, True


class ChildFailed(RuntimeError):
    """The process building the source/content model failed (its traceback is the message)."""


class _Reporter:
    """What a job reports to: the parent's ``Progress``, or a pipe to it from a child."""

    def __init__(self, progress: Progress | None = None, conn: Any = None, every: float = 0.25) -> None:
        self.progress, self.conn, self.every = progress, conn, every
        self.sent: tuple[str, int, float] = ("", -1, 0.0)

    def update(self, job: str, step: str, text: str, fraction: float) -> None:
        if self.conn is None:
            self.progress.update(job, step, text, fraction)
            return
        # through the pipe: a new step, a new hundredth or a quarter of a second, not every text
        hundredth, now = int(fraction * 100), time.monotonic()
        if (step, hundredth) != self.sent[:2] or now - self.sent[2] >= self.every:
            self.sent = (step, hundredth, now)
            self.conn.send(("update", job, step, text, fraction))

    def finish(self, job: str, text: str) -> None:
        if self.conn is not None:
            self.conn.send(("finish", job, text))
        else:
            self.progress.finish(job, text)


def _trainer(job: str, report: _Reporter, iterations: int) -> Any:
    """A pycrfsuite trainer that reports feature preparation and each L-BFGS iteration."""
    import pycrfsuite

    name = JOBS[job]

    class Trainer(pycrfsuite.Trainer):
        started = 0.0

        def on_start(self, log: str) -> None:
            self.started = time.monotonic()
            report.update(job, "prepare", f"{name}: preparing the L-BFGS data", 0.0)

        def on_featgen_progress(self, log: str, percent: int) -> None:
            pass

        def on_featgen_end(self, log: str) -> None:
            self.started = time.monotonic()  # the iterations start (crfsuite prints each one when it is done)

        def on_prepared(self, log: str) -> None:
            pass

        def on_prepare_error(self, log: str) -> None:
            pass

        def on_iteration(self, log: str, info: dict) -> None:
            n = info.get("num", 0)
            elapsed = time.monotonic() - self.started
            fraction = n / iterations if iterations else 1.0
            report.update(job, "fit", f"{name}: L-BFGS iteration {n}/{iterations} ({fraction:.0%}), "
                               f"{elapsed / max(n, 1):.1f} s each, {eta(fraction, elapsed, after=0)}", fraction)

        def on_optimization_end(self, log: str) -> None:
            pass

        def on_end(self, log: str) -> None:
            pass

    return Trainer(verbose=True)  # verbose: the messages reach the callbacks above, which print nothing


def _gold_cues(item, doc) -> list[tuple[int, int]]:
    """Token ranges of the gold cues: what the argument tagger is trained to read."""
    cues = []
    for start, end in paragraphs(doc):
        tags = bio_tags(doc, start, end, {"Cue": item.spans["Cue"]})
        cues.extend((s.token_start, s.token_end) for s in spans_from_tags(doc, start, tags))
    return cues


def _fit(job: str, texts: list, docs: list, prior: dict[str, float], clusters: list, model: Path,
         iterations: int, report: _Reporter) -> None:
    """Build one CRF's training data from the parsed docs and fit it into ``model``.

    ``job`` is "cues" (token features, cue tags) or "args" (token features, where each token
    lies relative to the gold cues and the parser's vectors; source and content tags).
    """
    name = JOBS[job]
    trainer = _trainer(job, report, iterations)
    started = time.monotonic()
    total = sum(len(d) for d in docs) or 1
    done = 0
    for n, (item, doc, doc_clusters) in enumerate(zip(texts, docs, clusters, strict=True), 1):
        cues = _gold_cues(item, doc) if job == "args" else []
        bounds, view = sentence_bounds(doc), DocView.of(doc)
        for start, end in paragraphs(doc):
            tags = bio_tags(doc, start, end, item.spans)
            feats = token_features(doc, start, end, prior, bounds, view, doc_clusters)
            if job == "cues":
                trainer.append(feats, [t if t.endswith("Cue") else "O" for t in tags])
            else:
                trainer.append(arg_items(doc, start, end, feats, cues, bounds, view),
                               ["O" if t.endswith("Cue") else t for t in tags])
        done += len(doc)
        elapsed = time.monotonic() - started
        report.update(job, "features", f"{name}: features of {n}/{len(docs)} texts ({done / total:.0%}), "
                           f"{eta(done / total, elapsed)}", done / total)
    features = time.monotonic() - started
    trainer.set_params({**PARAMS, "max_iterations": iterations})
    trainer.train(str(model))
    report.finish(job, f"{name} fitted: features {duration(features)}, "
                       f"L-BFGS {duration(time.monotonic() - started - features)}")


def _child(conn: Any, *args: Any) -> None:
    """The forked process that builds the source/content model; it reports through ``conn``."""
    try:
        _fit(*args, report=_Reporter(conn=conn))
        conn.send(("done",))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
        os._exit(1)
    finally:
        conn.close()


def _parse(nlp: Any, texts: list, n_process: int, progress: Progress) -> list:
    """Parse every text once, in order (nlp.pipe with ``n_process`` processes), reporting as the docs come."""
    total = sum(len(t.text) for t in texts) or 1
    docs, done, started = [], 0, time.monotonic()
    parsed = nlp.pipe((t.text for t in texts), batch_size=16, n_process=n_process)
    for n, (item, doc) in enumerate(zip(texts, parsed, strict=True), 1):
        docs.append(doc)
        done += len(item.text)
        elapsed = time.monotonic() - started
        progress.update("parse", "parse", f"parsing {n}/{len(texts)} texts ({done / total:.0%}), "
                                 f"{n / max(elapsed, 1e-9):.1f} texts/s, {eta(done / total, elapsed)}", done / total)
    return docs


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def build(polnear: Path, out: Path, iterations: int = ITERATIONS, limit: int | None = None,
          n_process: int = 2, log: Callable[[str], None] | None = None, progress: Progress | None = None) -> Path:
    """Train the cue model (``out``) and the source/content model (``args_path(out)``).

    With ``n_process`` > 1 the texts are parsed by that many processes and the two models are
    built side by side (the source/content one in a forked child). ``log`` receives the lines
    that stay; ``progress`` (default: on stderr) shows how far each step is.
    """
    progress = progress or Progress(log=log)
    texts = read_split(polnear, "train", limit)
    progress.line(f"casus: training the attribution tagger on {len(texts)} PolNeAR train texts "
                  f"(one-off, cached in {out})")
    started = time.monotonic()
    nlp = load_nlp()
    processes = n_process if len(texts) >= 50 and _can_fork() else 1
    docs = _parse(nlp, texts, processes, progress)
    parse_s = time.monotonic() - started
    progress.finish("parse", f"parsed {len(texts)} texts ({sum(len(d) for d in docs)} tokens) in {duration(parse_s)}"
                             f" with {processes} process{'es' if processes > 1 else ''}")
    prior = cue_prior(texts, docs)
    centroids = fit_clusters(docs)
    clusters = [context_clusters(doc, centroids) for doc in docs]  # here, before any fork: numpy's threads
    progress.line(f"casus: cue prior and context clusters in {duration(time.monotonic() - started - parse_s)}; "
                  "building and fitting the two CRFs")
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = f".tmp{os.getpid()}"
    tmp_prior, tmp_clusters = prior_path(out).with_suffix(suffix), clusters_path(out).with_suffix(suffix)
    tmp_args, tmp_cues = args_path(out).with_suffix(suffix), out.with_suffix(suffix)
    child, conn = None, None
    try:
        tmp_prior.write_text(json.dumps(prior, sort_keys=True), encoding="utf-8")
        save_clusters(tmp_clusters, centroids)
        if n_process > 1 and _can_fork():
            receive, conn = multiprocessing.get_context("fork").Pipe(duplex=False)
            child = multiprocessing.get_context("fork").Process(
                target=_child, args=(conn, "args", texts, docs, prior, clusters, tmp_args, iterations), daemon=True)
            child.start()
            conn.close()
            progress.attach(receive)
            _fit("cues", texts, docs, prior, clusters, tmp_cues, iterations, _Reporter(progress))
            while receive in progress.pipes:
                progress.poll(timeout=1.0)
                if receive in progress.pipes and not child.is_alive():
                    progress.poll()  # what it said before it exited
                    break
            child.join()
            if child.exitcode != 0:
                raise ChildFailed(f"the source/content model's process exited with code {child.exitcode}")
        else:
            _fit("args", texts, docs, prior, clusters, tmp_args, iterations, _Reporter(progress))
            _fit("cues", texts, docs, prior, clusters, tmp_cues, iterations, _Reporter(progress))
        # the prior, the clusters and the argument model first: a cue model is never seen without them
        for tmp, path in ((tmp_prior, prior_path(out)), (tmp_clusters, clusters_path(out)),
                          (tmp_args, args_path(out)), (tmp_cues, out)):
            os.replace(tmp, path)
    finally:
        progress.close()
        if child is not None and child.is_alive():
            child.terminate()
            child.join()
        for tmp in (tmp_prior, tmp_clusters, tmp_args, tmp_cues):
            tmp.unlink(missing_ok=True)
    progress.line(f"casus: attribution tagger ready in {duration(time.monotonic() - started)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.attribution.train", description=__doc__.splitlines()[0])
    parser.add_argument("polnear", nargs="?", help="PolNeAR folder (default: ../shared/data/polnear)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--limit", type=int, default=None, help="train on the first N texts only")
    parser.add_argument("--processes", type=int, default=2,
                        help="processes for parsing and for building the two models side by side (default 2)")
    parser.add_argument("--if-missing", action="store_true", help="do nothing if the model is already built")
    args = parser.parse_args(argv)
    out = args.out or default_model_path()
    if args.if_missing and out.exists():
        return 0
    if args.iterations < 1 or args.processes < 1:
        parser.error("--iterations and --processes must be at least 1")
    folder = Path(args.polnear) if args.polnear else polnear_dir()
    if folder is None or not (folder / "train").is_dir():
        parser.error("PolNeAR not found: give its folder or set CASUS_DATA to the folder holding polnear/")
    build(folder, out, args.iterations, args.limit, n_process=args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
