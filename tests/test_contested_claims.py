"""Issue 14, item 3: another source's claim inside a statement ("X's claims that …") is X's report, the
statement's speaker denies it, and the sentences after it stay the speaker's. Inputs are fictional events
in the project's own words."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import analyse  # noqa: F401  (fixture)

HEADED = ("Ministry of Defence of Bolivia: our border post came under fire\n\n3 March 2026\n\n"
          "Paraguayan troops fired mortars at our border post near the river at dawn, "
          "the Ministry of Defence of Bolivia said.\n\n"
          "{report} our soldiers crossed the border first {verdict}. "
          "It was the other side that started the shooting, and it must answer for it.")


def _source(doc: Any, claim: Any) -> Any:
    return next(s for s in doc.sources if s.id == claim.source)


@pytest.mark.parametrize("report, verdict", [
    ("Paraguay's claims that", "are fabricated"),
    ("The allegations by Paraguay that", "are baseless"),
    ("Paraguay's assertion that", "is false"),
])
def test_a_reported_claim_is_the_other_sides_denied_and_never_inherited(analyse, report, verdict):  # noqa: F811
    doc = analyse(HEADED.format(report=report, verdict=verdict))
    theirs = [c for c in doc.claims if _source(doc, c).country == "PRY"]
    assert theirs and all(c.stance == "report" for c in theirs)  # never Paraguay's assertion
    reported = theirs[0]
    assert reported.content.text.startswith("that our soldiers crossed") and verdict not in reported.content.text
    denial = [c for c in doc.claims if c.stance == "deny" and c.about == reported.id]
    assert denial and all(_source(doc, c).country == "BOL" for c in denial)
    after = [c for c in doc.claims if "the other side that started" in c.content.text]
    assert after and all(_source(doc, c).country == "BOL" and c.stance == "assert" for c in after)
