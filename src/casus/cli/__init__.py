"""The ``casus`` command: one module per subcommand, each with ``register`` and ``run``."""

from __future__ import annotations

import argparse
import os
import sys

from casus import __version__
from casus.cli import export, extract, incidents, ingest, recode, serve
from casus.cli.options import invalid

SUBCOMMANDS = [extract, ingest, incidents, export, recode, serve]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casus",
        description="Evidence-backed event records from news and official statements.",
    )
    parser.add_argument("--version", action="version", version=f"casus {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    problem = invalid(args)
    if problem:  # the subcommand's usage line and the problem, exit 2, as argparse reports a bad value
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        sub.choices[args.command].error(problem)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("casus: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``casus extract … | head``).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
