"""Argument types shared by subcommands."""

from __future__ import annotations

import argparse
import sys
from datetime import date


def iso_date(value: str) -> str:
    """A YYYY-MM-DD date, checked (argparse reports a bad one as a usage error)."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def open_existing(target: str, *, create: bool = False):  # -> Store | None
    """The casus store at ``target``, or None after printing why it cannot be opened (E301 when there is
    none: only ``casus ingest`` makes a store, so a mistyped --db is an error, never a new empty file)."""
    from casus.errors import CasusError
    from casus.store import Store

    try:
        return Store(target, create=create)
    except CasusError as exc:
        print(f"casus: error: {exc.message}", file=sys.stderr)
        return None


# options that argparse's ``type=int`` reads and that make sense only from 1 up
POSITIVE = ("max_bytes", "workers")


def invalid(args: argparse.Namespace) -> str | None:
    """Why the parsed arguments cannot be run (reported as a usage error, exit 2), or None."""
    for dest in POSITIVE:
        value = getattr(args, dest, None)
        if value is not None and value < 1:
            return f"argument --{dest.replace('_', '-')}: must be at least 1, not {value}"
    return None
