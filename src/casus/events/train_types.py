"""Train and cache the event-type classifier: ``python -m casus.events.train_types [--if-missing]``.

A module of its own so that ``-m`` runs it without the package having imported it first.
"""

from __future__ import annotations

import argparse
import sys

from casus.events.types import model_path, plover_records, train


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.events.train_types", description=__doc__.splitlines()[0])
    parser.add_argument("--if-missing", action="store_true", help="do nothing if the classifier is already built")
    args = parser.parse_args(argv)
    if not plover_records():  # a checkout with no ../shared beside it: the classifier is still built, but weaker
        print("casus: warning: no PLOVER gold records found (../shared/data/plover/PLOVER_GSR_CAMEO.txt, or "
              "$CASUS_DATA/plover/): the event-type classifier's PLOVER head learns from the own-words snippets "
              "alone", file=sys.stderr)
    path = model_path()
    if args.if_missing and path.exists():
        return 0
    train(path, log=lambda m: print(m, file=sys.stderr))
    print(f"casus: event-type classifier ready: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
