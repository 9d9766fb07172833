"""``casus extract PATH...``: run every per-document stage and print the records."""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from casus.engines import ENGINES, Failed, code_documents
from casus.errors import CasusError, Err
from casus.ingest.documents import documents_of
from casus.ingest.readers import DEFAULT_MAX_BYTES, Input, Skipped, count_lines, find_inputs, one_line, skipped_note
from casus.model import Document


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="extract event records from files, directories or stdin (-)",
        description="Read text, HTML or JSONL inputs (optionally .gz; directories recursively; - for stdin) "
        "and print one SCHEMA.md record per document. Exit 0 if every input was processed, 1 if some "
        "failed (each is listed on stderr), 2 on usage errors.",
    )
    add_input_options(p)
    p.add_argument("--format", choices=["jsonl", "json", "table"], default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write records to FILE instead of stdout")
    p.set_defaults(func=run)


MANY = 16  # documents from which worker processes pay for their start


def add_input_options(p: argparse.ArgumentParser) -> None:
    """What every subcommand that reads and codes inputs takes (``extract``, ``ingest``)."""
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"largest document to read, in bytes (default {DEFAULT_MAX_BYTES})")
    p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    add_engine_options(p)


def add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes (default: one per core when there are several documents)")
    p.add_argument("--engine", choices=ENGINES, default="auto",
                   help="inline (this process), local (worker processes), ray (Ray Data); auto picks inline "
                   "or local")
    p.add_argument("--address", default=None, help="Ray cluster address for --engine ray (default: a local Ray)")


def many_documents(inputs: list[Input]) -> bool:
    """Whether the inputs hold enough documents to be worth starting worker processes (each loads the
    models, a few seconds)."""
    total = document_estimate(inputs, stop_at=MANY)
    return total is None or total >= MANY


class Writer:
    """Writes records as they come, so a failure later loses nothing already written."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        self.out, self.fmt, self.count = out, fmt, 0

    def write(self, doc: Document) -> None:
        if self.fmt == "jsonl":
            self.out.write(doc.to_jsonl() + "\n")
        elif self.fmt == "json":
            self.out.write(("[\n" if self.count == 0 else ",\n") + json.dumps(doc.to_json(), ensure_ascii=False,
                                                                             indent=2))
        else:
            if self.count == 0:
                self.out.write(f"{'published':<22} {'words':>6} {'boilerplate':>11}  path / title\n")
            published = f"{doc.published.date or '-'} ({doc.published.how})"
            self.out.write(f"{published:<22} {len(doc.text.split()):>6} {len(doc.boilerplate):>11}  {doc.path}\n")
            if doc.title:
                self.out.write(f"{'':<42}{doc.title[:100]}\n")
            for line in event_lines(doc):
                self.out.write(f"  {line}\n")
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


def _side(actors: list) -> str:
    return "+".join(f"{a.country or '?'}/{a.sector or '?'}" for a in actors) or "-"


def event_lines(doc: Document) -> list[str]:
    """One line per event for the table view: what, status, who -> whom, when, where, toll, said by."""
    sources = {s.id: s.name for s in doc.sources}
    speakers = {c.id: sources.get(c.source, "?") for c in doc.claims}
    lines = []
    for e in doc.events:
        what = f"{e.event}{'/' + e.mode if e.mode else ''}"
        when = e.time.start or "?"
        if e.time.end and e.time.end != e.time.start:
            when += f"..{e.time.end}"
        where = ", ".join(dict.fromkeys(loc["name"] for loc in e.locations)) or "-"
        toll = " ".join(f"{kind}>={c.low}" if c.best is None and c.low is not None else f"{kind}={c.best}"
                        for kind, c in (("dead", e.dead), ("injured", e.injured)) if c.text is not None)
        said = speakers.get(e.claim or "", "-")
        lines.append(f"{e.id:<4} {what:<24} {e.status:<12} {_side(e.actors):>9} -> {_side(e.recipients):<9} "
                     f"{when:<22} {where[:40]:<40} {toll:<10} [{said}]")
    return lines


def documents_or_errors(inputs: list[Input], max_bytes: int, debug: bool) -> Iterator[Document | CasusError]:
    """The documents of every input, with each failure yielded as an error instead of raised."""
    for inp in inputs:
        try:
            yield from documents_of(inp, max_bytes)
        except Exception as exc:  # one bad input must not stop the others: report it as E999
            if debug:
                traceback.print_exc()
            yield CasusError(Err.E999, inp.label, detail=f"{type(exc).__name__}: {exc}")


def report(err: CasusError, progress: Any = None) -> None:
    """An input's failure as one line on stderr (``casus: error: PATH: CODE message``), whatever its name
    or message holds."""
    line = f"casus: error: {one_line(err.message)}"
    if progress is not None:
        progress.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


def readable_documents(inputs: list[Input], args: argparse.Namespace, failures: list[CasusError],
                       progress: Any) -> Iterator[Document]:
    """The documents of the inputs; each failure is kept in ``failures``, reported and counted as done."""
    for item in documents_or_errors(inputs, args.max_bytes, args.debug):
        if isinstance(item, CasusError):
            failures.append(item)
            report(item, progress)
            progress.update(1)
        else:
            yield item


def coded_documents(documents: Iterable[Document], inputs: list[Input], args: argparse.Namespace,
                    failures: list[CasusError], progress: Any) -> Iterator[Document]:
    """The coded documents; a document the pipeline fails on is its own error (E999), never the batch's."""
    for item in code_documents(documents, args.engine, args.workers, args.address, many=many_documents(inputs),
                               isolate=True):
        if isinstance(item, Failed):
            fail(CasusError(Err.E999, item.source, detail=item.detail), failures, progress)
        else:
            yield item


def fail(err: CasusError, failures: list[CasusError], progress: Any) -> None:
    failures.append(err)
    report(err, progress)
    progress.update(1)


def found_inputs(paths: list[str], failures: list[CasusError], skipped: list[Skipped]) -> list[Input]:
    """The inputs the paths name; the paths that fail are reported and kept in ``failures``."""
    inputs = []
    for item in find_inputs(paths, skipped):
        if isinstance(item, CasusError):
            failures.append(item)
            report(item)
        else:
            inputs.append(item)
    return inputs


def skipped_summary(skipped: list[Skipped]) -> str:
    """"; skipped …" for the summary line, or nothing."""
    return f"; {skipped_note(skipped)}" if skipped else ""


def document_estimate(inputs: list[Input], stop_at: int | None = None) -> int | None:
    """How many documents the inputs hold: JSONL files count their lines (bounded, see ``count_lines``);
    None for stdin. ``stop_at``: enough to know there are at least that many."""
    total = 0
    for inp in inputs:
        if inp.name == "-":
            return None
        if re.search(r"\.(jsonl|ndjson)(\.gz)?$", inp.name.lower()):
            total += count_lines(inp, stop_at=None if stop_at is None else stop_at - total)
        else:
            total += 1
        if stop_at is not None and total >= stop_at:
            return total
    return total


def progress_bar(inputs: list[Input], quiet: bool) -> Any:
    """A bar over documents with their rate and the time left, on a terminal only (not in logs or pipes)."""
    from tqdm import tqdm

    if quiet or not sys.stderr.isatty():
        return tqdm(total=None, disable=True)
    total = document_estimate(inputs)
    return tqdm(total=total, unit="doc", file=sys.stderr, disable=total in (0, 1), dynamic_ncols=True)


def run(args: argparse.Namespace) -> int:
    failures: list[CasusError] = []
    skipped: list[Skipped] = []
    inputs = found_inputs(args.paths, failures, skipped)
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        print(f"casus: error: cannot write {one_line(args.output)}: {exc.strerror}", file=sys.stderr)
        return 2
    writer = Writer(out, args.format)
    progress = progress_bar(inputs, args.quiet)

    documents = readable_documents(inputs, args, failures, progress)
    try:
        for doc in coded_documents(documents, inputs, args, failures, progress):
            try:
                writer.write(doc)
            except (UnicodeError, ValueError) as exc:  # a record that cannot be written is its own error
                fail(CasusError(Err.E999, one_line(doc.path), detail=f"{type(exc).__name__}: {exc}"), failures,
                     progress)
                continue
            progress.update(1)
    finally:
        writer.close()
        progress.close()
        if out is not sys.stdout:
            out.close()
    if failures or skipped:
        failed = f"{len(failures)} input(s) failed, " if failures else ""
        print(f"casus: {failed}{writer.count} document(s) written{skipped_summary(skipped)}", file=sys.stderr)
    return 1 if failures else 0
