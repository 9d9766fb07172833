"""Coding the documents ``POST /api/documents`` receives: in a child process, one document at a time, each
within a time bound.

The server's event loop never runs the pipeline: a document goes to a child process (``main`` below,
which loads the models once) and the request waits for it without holding a thread or
the GIL, so the server keeps answering while a document is coded. A document that takes longer than the
bound is abandoned and its process killed (the next document starts a fresh one); stopping the server
kills the process too, so SIGTERM never waits for a document. Messages are length-prefixed pickles over
the child's stdin and stdout (its own prints go to stderr).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import signal
import sys
from typing import Any, BinaryIO

START_SECONDS = 300.0  # loading the models (spaCy, gazetteer, tagger) on a cold, busy machine
CHILD = "from casus.web.coder import main; main()"
MIN_YEAR, MAX_YEAR = 1000, 2999  # a publication date outside these years is a mistake, not a date


class CodingRefused(Exception):
    """The document cannot be coded (bad content, or over the time bound): the client's 422."""


class CoderUnavailable(Exception):
    """The coding process could not start or is busy for too long: the client's 503."""


# -- the child process --------------------------------------------------------------------------------------
def _write(out: BinaryIO, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(len(data).to_bytes(8, "big") + data)
    out.flush()


def _read(inp: BinaryIO) -> Any:
    head = inp.read(8)
    if len(head) < 8:
        return None
    return pickle.loads(inp.read(int.from_bytes(head, "big")))


def _die_with_parent() -> None:
    """Linux: a SIGKILL when the server process dies, however it dies (best effort elsewhere)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def code_one(pipeline: Any, record: dict[str, Any]) -> tuple[str, Any]:
    """("ok", coded document) or ("refused", one line saying why)."""
    from casus.engines import _strip
    from casus.errors import CasusError
    from casus.ingest.documents import document_from_record

    try:
        doc = document_from_record(record, "request")
    except CasusError as exc:
        return "refused", exc.message
    day = doc.published.date
    if day and not MIN_YEAR <= int(day[:4]) <= MAX_YEAR:
        return "refused", f"request: the publication date {day} is not in the years {MIN_YEAR}-{MAX_YEAR}"
    try:
        return "ok", _strip(pipeline.run(doc))
    except Exception as exc:  # this document's error, never the server's: one line, no traceback
        detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")
        print(f"casus serve: could not code a posted document ({detail})", file=sys.stderr, flush=True)
        return "refused", f"request: the document could not be coded ({detail})"


def main() -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the server, which stops this process
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints from libraries go to stderr, never into the protocol
    inp = os.fdopen(os.dup(0), "rb")
    from casus.pipeline import default_pipeline

    pipeline = default_pipeline()
    _write(out, ("ready", None))
    while (record := _read(inp)) is not None:
        _write(out, code_one(pipeline, record))


# -- the server's side --------------------------------------------------------------------------------------
class Coder:
    """One child process per server process, started on the first document; one document at a time."""

    def __init__(self, seconds: float, start_seconds: float = START_SECONDS) -> None:
        self.seconds = seconds
        self.start_seconds = start_seconds
        self.proc: asyncio.subprocess.Process | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.lock: asyncio.Lock | None = None
        self.stopping = False

    async def code(self, record: dict[str, Any]) -> Any:
        """The coded document; CodingRefused or CoderUnavailable otherwise."""
        if self.stopping:
            raise CoderUnavailable("the server is stopping; the document was not stored")
        if self.loop is not asyncio.get_running_loop():  # a new event loop (tests): a new process and lock
            self._kill()
            self.loop, self.lock = asyncio.get_running_loop(), asyncio.Lock()
        assert self.lock is not None
        try:
            await asyncio.wait_for(self.lock.acquire(), self.seconds)
        except TimeoutError:
            raise CoderUnavailable("the server is coding other documents; try again later") from None
        try:
            if self.stopping:  # stopped while this request waited for its turn
                raise CoderUnavailable("the server is stopping; the document was not stored")
            proc = await self._started()
            try:
                kind, value = await asyncio.wait_for(self._exchange(proc, record), self.seconds)
            except TimeoutError:
                self._kill()
                raise CodingRefused(f"request: coding the document took longer than {self.seconds:g} s (the"
                                    " server's limit); it was not stored") from None
            except (OSError, EOFError, asyncio.IncompleteReadError):
                self._kill()
                if self.stopping:
                    raise CoderUnavailable("the server is stopping; the document was not stored") from None
                raise CoderUnavailable("the coding process stopped; see the server's log") from None
            except BaseException:  # cancelled (the client left, the server stops): never leave it running
                self._kill()
                raise
            if kind == "refused":
                raise CodingRefused(value)
            return value
        finally:
            self.lock.release()

    async def _started(self) -> asyncio.subprocess.Process:
        if self.proc is not None and self.proc.returncode is None:
            return self.proc
        self.proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdin=asyncio.subprocess.PIPE,
                                                         stdout=asyncio.subprocess.PIPE)
        try:
            kind, _ = await asyncio.wait_for(self._answer(self.proc), self.start_seconds)
        except (TimeoutError, asyncio.IncompleteReadError, EOFError, OSError):
            self._kill()
            if self.stopping:
                raise CoderUnavailable("the server is stopping; the document was not stored") from None
            raise CoderUnavailable("the coding pipeline could not start; see the server's log") from None
        except BaseException:
            self._kill()
            raise
        if kind != "ready":
            self._kill()
            raise CoderUnavailable("the coding pipeline could not start; see the server's log")
        return self.proc

    async def _exchange(self, proc: asyncio.subprocess.Process, record: dict[str, Any]) -> Any:
        assert proc.stdin is not None
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        proc.stdin.write(len(data).to_bytes(8, "big") + data)
        await proc.stdin.drain()
        return await self._answer(proc)

    @staticmethod
    async def _answer(proc: asyncio.subprocess.Process) -> Any:
        assert proc.stdout is not None
        head = await proc.stdout.readexactly(8)
        return pickle.loads(await proc.stdout.readexactly(int.from_bytes(head, "big")))

    def _kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)  # asyncio's child watcher reaps it
        self.proc = None

    async def aclose(self) -> None:
        """``close``, then wait for the process to end (its pipes belong to the running event loop)."""
        proc = self.proc
        self.close()
        if proc is not None and self.loop is asyncio.get_running_loop():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(proc.wait(), 10)

    def close(self) -> None:
        """Stop the coding process now (safe in a signal handler): a document being coded gets its 503 at
        once, rather than holding the server's shutdown."""
        self.stopping = True
        self._kill()
