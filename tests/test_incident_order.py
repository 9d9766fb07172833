"""An incident holds the same pages whatever order they were ingested in: a page with no date, read before the
dated reports of its clash, joins the incident they start (own-words text about the fictional clash of
tests/fixtures/contested)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casus.store import Store
from tests.conftest import FIXTURES

DATED = FIXTURES / "contested" / "eth_mod_statement.txt"
UNDATED = ("Eritrean troops shelled Ethiopian army positions outside Sheraro, wounding four Ethiopian soldiers, "
           "a regional official said.\n")


def _membership(casus, db: Path, paths: list[Path]) -> list[set[str]]:
    result = casus("ingest", *paths, "--db", str(db), "-q")
    assert result.code == 0, result.err
    with Store(str(db)) as store:
        names = {r["doc"]["id"]: Path(r["doc"]["path"]).name for r in store.records()}
        return [{names[d] for d in i["documents"]} for i in store.incidents()]


@pytest.mark.parametrize("undated_first", [True, False])
def test_an_undated_page_joins_its_clash_whatever_the_order(casus, tmp_path, undated_first):
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    order = [undated, DATED] if undated_first else [DATED, undated]
    incidents = _membership(casus, tmp_path / "order.db", order)
    assert incidents == [{"undated.txt", DATED.name}]
