"""``python -m casus.eval NAME DATA_DIR [options]``."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

EVALUATIONS = {
    "acled": "casus.eval.acled",
    "attribution": "casus.eval.attribution",
    "contested": "casus.eval.contested",
    "geo": "casus.eval.geo",
    "ipe": "casus.eval.ipe",
    "maintext": "casus.eval.maintext",
    "plover": "casus.eval.plover",
    "pubdate": "casus.eval.pubdate",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.eval", description="Run one casus evaluation.")
    parser.add_argument("name", choices=sorted(EVALUATIONS))
    parser.add_argument("data", help="the evaluation set's folder, e.g. ../shared/data/aeb")
    parser.add_argument("--limit", type=int, default=None, help="evaluate only the first N items")
    args, rest = parser.parse_known_args(argv)
    if not Path(args.data).is_dir():
        parser.error(f"{args.data}: no such folder (the evaluation sets are in ../shared/data)")
    module = importlib.import_module(EVALUATIONS[args.name])
    return int(module.main(args, rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
