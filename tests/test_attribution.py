"""Sources and claims, on the page that started the project and on texts written for these tests."""

from __future__ import annotations

import pytest

from casus.attribution import Attribution
from casus.ingest.documents import document_from_text
from casus.model import Document
from casus.nlp import Analyzer
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def analyse():
    analyzer, attribution = Analyzer(), Attribution()

    def run(text: str) -> Document:
        return attribution(analyzer(document_from_text(text.encode(), "test.txt")))

    return run


def _source(doc: Document, source_id: str):
    return next(s for s in doc.sources if s.id == source_id)


def _claims_by(doc: Document, **where):
    return [c for c in doc.claims if all(getattr(_source(doc, c.source), k) == v for k, v in where.items())]


def test_shared_example_sources_nesting_and_denial(analyse):
    doc = analyse(shared_path("examples", "report-az-mfa-2022-09-13.txt").read_text(encoding="utf-8"))
    outlet = next(s for s in doc.sources if s.kind == "outlet")
    assert outlet.name == "Report"
    mfa = next(s for s in doc.sources if s.name == "Ministry of Foreign Affairs of Azerbaijan")
    mod = next(s for s in doc.sources if s.name == "Ministry of Defence of Azerbaijan")
    assert (mfa.country, mfa.sector, mfa.via) == ("AZE", "GOV", outlet.id)
    assert (mod.country, mod.sector, mod.via) == ("AZE", "MIL", mfa.id)

    denials = [c for c in doc.claims if c.stance == "deny" and c.source == mfa.id]
    assert denials, "the Foreign Ministry denies Armenia's claim"
    report = next(c for c in doc.claims if c.id == denials[0].about)
    assert report.stance == "report"
    assert _source(doc, report.source).country == "ARM"
    assert "targeting of the civilian population" in report.content.text

    # at least 90% of the body's sentences lie in what the two ministries say
    said = [c for c in doc.claims if c.source in (mfa.id, mod.id)]
    sentences = list(doc.parsed.sents)
    covered = 0
    for sent in sentences:
        inside = sum(
            1 for i in range(sent.start_char, sent.end_char)
            if any(c.content.start <= i < c.content.end or c.cue.start <= i < c.cue.end for c in said)
        )
        covered += inside >= 0.5 * (sent.end_char - sent.start_char)
    assert covered >= 0.9 * len(sentences)


def test_denial_in_the_mirror_direction(analyse):
    doc = analyse(
        "The defence ministry of Armenia said on Tuesday that enemy drones had hit two posts near Jermuk, "
        "close to the border with Azerbaijan.\n\n"
        "The ministry said that the statements of the other side's ministry that we started the shelling "
        "are an absolute lie."
    )
    deny = next(c for c in doc.claims if c.stance == "deny")
    denier = _source(doc, deny.source)
    assert denier.country == "ARM" and denier.sector == "MIL"
    report = next(c for c in doc.claims if c.id == deny.about)
    assert report.stance == "report" and "we started the shelling" in report.content.text
    assert _source(doc, report.source).country == "AZE"  # "the other side": the document's other country


def test_fronted_according_to(analyse):
    doc = analyse("According to the interior ministry, three police officers were injured in the clashes.")
    (claim,) = doc.claims
    assert claim.cue.text == "According to"
    assert claim.content.text.startswith("three police officers were injured")
    assert _source(doc, claim.source).name.startswith("Ministry of Internal Affairs")


def test_quote_split_across_a_cue(analyse):
    doc = analyse(
        "“Our positions came under mortar fire shortly after midnight,” the ministry of defence of Georgia "
        "said in a statement. “The fire was returned.”"
    )
    first, second = doc.claims
    assert first.source == second.source and first.cue == second.cue
    assert first.cue.text == "said in a statement"
    assert "mortar fire" in first.content.text and "The fire was returned" in second.content.text
    assert _source(doc, first.source).country == "GEO"


def test_unnamed_source(analyse):
    doc = analyse("Two civilians were killed in the village overnight, officials said.")
    (claim,) = doc.claims
    source = _source(doc, claim.source)
    assert source.kind == "unnamed" and source.name == "officials"
    assert claim.content.text.startswith("Two civilians were killed")


def test_statement_inheritance_and_paragraph_floor(analyse):
    doc = analyse(
        "The ministry of foreign affairs of Armenia said in a statement that the border had been shelled.\n\n"
        "According to the defence ministry of Armenia, the shelling lasted two hours. Three soldiers were hurt.\n\n"
        "Such actions will not go unanswered."
    )
    mfa = next(s for s in doc.sources if s.name == "Ministry of Foreign Affairs of Armenia")
    mod = next(s for s in doc.sources if s.name == "Ministry of Defence of Armenia")
    assert mod.via == mfa.id
    hurt = next(c for c in doc.claims if "Three soldiers were hurt" in c.content.text)
    assert hurt.source == mod.id and hurt.inherited
    threat = next(c for c in doc.claims if "will not go unanswered" in c.content.text)
    assert threat.source == mfa.id and threat.inherited


def test_no_claim_without_a_speaker(analyse):
    doc = analyse("The growing militarization along the border indicated that a provocation was planned.")
    assert doc.claims == []
