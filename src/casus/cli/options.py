"""Argument types shared by subcommands."""

from __future__ import annotations

import argparse
from datetime import date


def iso_date(value: str) -> str:
    """A YYYY-MM-DD date, checked (argparse reports a bad one as a usage error)."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
