"""Issue 14, who speaks on a real page: headed statements, outlets from datelines, no junk sources.

Inputs are small fictional texts in the project's own words (a Bolivia-Paraguay border quarrel, a
Chilean port strike); none is taken from a real page.
"""

from __future__ import annotations

from typing import Any

import pytest

from casus.attribution.sources import agent_span
from casus.ingest.boilerplate import clean_text
from casus.ingest.dateline import dateline_spans, find_dateline
from casus.ingest.documents import document_from_record
from casus.ingest.heading import statement_heading


def _source_names(doc: Any) -> set[str]:
    return {s.name for s in doc.sources}


def _claims_of(doc: Any, name_part: str) -> list[Any]:
    ids = {s.id for s in doc.sources if name_part.lower() in s.name.lower()}
    return [c for c in doc.claims if c.source in ids]


# -- ingest: capture stamps, datelines, outlets -------------------------------------------------------------
def test_a_capture_stamp_is_cut_and_dates_the_page() -> None:
    doc = document_from_record({"text": "date 2024-02-03 Paraguayan troops crossed the river at dawn.\n\n"
                                        "Residents of the border town fled south."}, "stamp.jsonl")
    assert doc.text.startswith("Paraguayan troops")
    assert doc.published.date == "2024-02-03"
    assert any(b.kind == "dateline" and b.text == "date 2024-02-03" for b in doc.boilerplate)


@pytest.mark.parametrize("line, agency", [
    ("SUCRE, 3 February /Andes Newswire/. The ministry said the patrol was fired upon.", "Andes Newswire"),
    ("ASUNCION (Rio Verde Agency) — Two soldiers were hurt in the exchange.", "Rio Verde Agency"),
    ("LA PAZ, Bolivia (Condor Press) -- The government summoned the ambassador.", "Condor Press"),
    ("ASUNCION, 04.02.2024 (Chaco Daily) – Shots were heard overnight.", "Chaco Daily"),
])
def test_an_agency_dateline_names_the_outlet(line: str, agency: str) -> None:
    found = find_dateline(line, first=True)
    assert found is not None and found.agency == agency
    text = f"Border quarrel flares again\n\n{line}\n\nMore fighting was reported."
    assert document_from_record({"text": text}, "wire.jsonl").publisher == agency
    given = document_from_record({"text": text, "publisher": "The Lake Post"}, "given.jsonl")
    assert given.publisher == "The Lake Post"  # a publisher the record names wins


def test_an_agency_that_reports_its_own_copy_is_the_outlet() -> None:
    doc = document_from_record({"text": "The Bolivian army said two posts were shelled, Altiplano Today reports.\n\n"
                                        "The army gave no figures."}, "reports.jsonl")
    assert doc.publisher == "Altiplano Today"


def test_weak_datelines_only_open_the_body() -> None:
    assert find_dateline("ASUNCION - Troops were moved to the border.", first=True) is not None
    assert find_dateline("ASUNCION - Troops were moved to the border.", first=False) is None
    assert find_dateline("Ministry: the other side fired first.", first=True) is None  # a headline, no city
    text = "Clash on the river\n\nSUCRE — The army said it had returned fire.\n\nA second paragraph."
    assert [text[a:b] for a, b in dateline_spans(text)] == ["SUCRE — "]
    doc = document_from_record({"text": text, "url": "https://news.example.org/a/1"}, "plain.jsonl")
    assert doc.publisher is None  # neither a bare city dateline nor the url's domain is an outlet's name
    assert "SUCRE — The army" in doc.text  # the dateline stays in the text: later stages skip it


def test_a_statement_heading_stays_in_the_text_and_a_headline_does_not() -> None:
    heading = "Statement of the Ministry of National Defence of Paraguay\n\nOur patrol was attacked at dawn."
    assert clean_text(heading).text.startswith("Statement of the Ministry")
    headline = "Port strike spreads to two more cities\n\nDock workers walked out on Monday."
    assert clean_text(headline).text.startswith("Dock workers")


@pytest.mark.parametrize("line, author", [
    ("Statement of the Ministry of Foreign Affairs of Bolivia", "the Ministry of Foreign Affairs of Bolivia"),
    ("Information of the Border Command of Paraguay regarding the events of 2 February",
     "the Border Command of Paraguay"),
    ("Press release by the Embassy of Chile in Lima", "the Embassy of Chile in Lima"),
    ("Ministry of Defence of Bolivia: the adversary shelled our outposts", "Ministry of Defence of Bolivia"),
])
def test_statement_headings_name_their_author(line: str, author: str) -> None:
    found = statement_heading(line)
    assert found is not None and line[found.author[0] : found.author[1]] == author


@pytest.mark.parametrize("line", ["Port strike spreads to two more cities", "Striker: we will not go back",
                                  "Statement of intent on a new stadium"])
def test_headlines_are_no_statement_headings(line: str) -> None:
    assert statement_heading(line) is None


# -- attribution: the heading speaks the body; non-agents never speak -------------------------------------
def test_the_heading_author_speaks_the_unclaimed_body(analyse) -> None:
    doc = analyse("Statement of the Ministry of Defence of Paraguay\n\n"
                  "On 2 February, units of the Bolivian army opened fire on our outpost near the river.\n\n"
                  "Our soldiers returned fire. One of our servicemen was wounded.\n\n"
                  "Bolivia bears full responsibility for this provocation.")
    ministry = [s for s in doc.sources if s.country == "PRY" and "Defence" in s.name]
    assert len(ministry) == 1
    claims = [c for c in doc.claims if c.source == ministry[0].id]
    assert len(claims) >= 3 and all(c.inherited for c in claims)
    assert all(c.cue.text == "Statement" for c in claims)


def test_a_colon_title_makes_the_page_relay_that_office(analyse) -> None:
    body = ("Bolivian units shelled two outposts overnight, the Ministry of Defence of Paraguay said.\n\n"
            "The shelling lasted an hour. Nobody was hurt.")
    plain = analyse(body)
    headed = analyse(body, title="Defence Ministry: Bolivian units shelled our outposts")
    assert not any(c.inherited for c in plain.claims)  # a news report's own sentences are the reporter's
    inherited = [c for c in headed.claims if c.inherited]
    assert inherited and all("Defence" in headed.sources[int(c.source[1:]) - 1].name for c in inherited)


def test_a_dateline_is_no_part_of_the_speaker(analyse) -> None:
    doc = analyse("SUCRE - Port authority spokeswoman Ana Rojas said on Tuesday that the terminals had reopened.")
    assert _source_names(doc) == {"Port authority spokeswoman Ana Rojas"}
    (claim,) = doc.claims
    assert claim.source_span is not None and claim.source_span.text == "Port authority spokeswoman Ana Rojas"


@pytest.mark.parametrize("text", [
    "Several videos showed smoke rising over the harbour.",
    "According to preliminary data, the strike closed four terminals.",
    "The latest update said the cranes had stopped.",
])
def test_records_are_no_sources(analyse, text: str) -> None:
    doc = analyse(text)
    assert all(s.kind == "unnamed" for s in doc.sources), _source_names(doc)


def test_a_relative_pronoun_speaks_for_its_noun(analyse) -> None:
    doc = analyse("The dockers' union, which said the strike would go on, met the port authority on Monday.")
    assert "which" not in _source_names(doc)
    assert _claims_of(doc, "union")


def test_a_clause_fragment_names_the_agent_it_ends_on(analyse) -> None:
    doc = analyse("Dockers blocked the gates on Monday, prompting the port authority to say that ships would "
                  "be diverted.")
    assert not any(name.lower().startswith("prompting") for name in _source_names(doc))


def test_agent_span_reads_the_parse(analyse) -> None:
    doc = analyse("Briefing reporters on Monday, port authority spokeswoman Ana Rojas said the terminals reopened.")
    start = doc.text.index("Briefing")
    end = doc.text.index(" said")
    agent = agent_span(doc.parsed, start, end)
    assert agent is not None and doc.text[agent[0] : agent[1]].endswith("Ana Rojas")
    assert not doc.text[agent[0] : agent[1]].startswith("Briefing")
