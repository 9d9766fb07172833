"""Plain-text boilerplate rules, on texts written for these tests."""

from __future__ import annotations

from casus.ingest.boilerplate import clean_text

BODY = (
    "The regional governor said on Monday that two bridges on the river road had been closed after the floods.\n\n"
    "Repair crews are expected to reopen one of them by the end of the week, the governor's office said."
)


def test_trailing_headline_list_with_label_is_cut():
    headlines = "Train fares rise in spring 3 April, 2024 / 10:00\nA new library opens 2 April, 2024 / 09:15"
    raw = f"{BODY}\n\nMore news\n\n{headlines}\n"
    cleaned = clean_text(raw, detect_title=False)
    assert cleaned.text == BODY
    (block,) = cleaned.boilerplate
    assert block.kind == "related" and block.text.startswith("More news") and block.text.endswith("09:15")
    assert raw[block.start : block.end] == block.text


def test_dated_headlines_without_a_label_are_cut():
    raw = f"{BODY}\n\nTrain fares rise in spring 3 April, 2024 / 10:00\nA new library opens 2 April, 2024 / 09:15"
    assert clean_text(raw, detect_title=False).text == BODY


def test_short_sign_off_without_evidence_is_kept():
    raw = f"{BODY}\n\nReporting by the regional desk"
    cleaned = clean_text(raw, detect_title=False)
    assert cleaned.text.endswith("Reporting by the regional desk")
    assert cleaned.boilerplate == []


def test_lone_copyright_line_is_kept_but_dropped_inside_a_furniture_tail():
    alone = clean_text(f"{BODY}\n\n© 2023 Valley Herald", detect_title=False)
    assert alone.text.endswith("© 2023 Valley Herald")
    tail = clean_text(f"{BODY}\n\nShare on Facebook\n© 2023 Valley Herald", detect_title=False)
    assert tail.text == BODY
    assert [b.kind for b in tail.boilerplate] == ["share", "copyright"]


def test_interior_read_more_line_and_labelled_block_are_dropped():
    first, second = BODY.split("\n\n")
    related = "READ MORE: Storm warnings issued for the coast\n\nDon't miss\nTen towns to visit\nA quiet lake"
    raw = f"{first}\n\n{related}\n\n{second}"
    cleaned = clean_text(raw, detect_title=False)
    assert cleaned.text == f"{first}\n\n{second}"
    assert all(b.kind == "related" for b in cleaned.boilerplate)


def test_title_and_dateline_are_taken_from_the_top():
    raw = f"Bridges closed after floods\n\nUpdated: 5 May 2023, 14:20\n\n{BODY}"
    cleaned = clean_text(raw)
    assert cleaned.title == "Bridges closed after floods"
    assert cleaned.datelines == ["Updated: 5 May 2023, 14:20"]
    assert cleaned.text == BODY


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    cleaned = clean_text(BODY)
    assert cleaned.title is None and cleaned.text == BODY


def test_a_tail_cut_never_takes_most_of_the_text():
    # Dated lines that make up the whole text are not a sidebar.
    raw = "Minutes of the meeting 3 April, 2024\nBudget approved 3 April, 2024\nNext meeting 10 April, 2024"
    assert clean_text(raw, detect_title=False).text == raw
