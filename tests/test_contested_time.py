"""Time that means something, and incidents built on it (issue 14, item 5).

Own-words inputs about fictional clashes between Borduria and Syldavia
(placed on a made-up border near real coordinates only for distances).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casus.events.when import TextDate, reference_date, resolve_expression
from casus.incidents.link import STRETCH_DAYS, link_event, linkable
from casus.store.backend import connect
from casus.store.schema import migrate

THURSDAY = date(2019, 6, 13)


# -- what is not an event's date ----------------------------------------------------------------------------
@pytest.mark.parametrize("expression, before", [
    ("three decades", "a quarrel over the dam that has lasted "),
    ("more than two decades", "the worst fighting in "),
    ("four days", "after "),
    ("Two minutes later", ""),
    ("the years", "over "),
    ("years", "for "),
    ("1998", "the two armies have clashed over the pass since "),
    ("the 1980s", "a line drawn in "),
    ("2,014", "officials said "),
    ("2014", "the ministry said "),  # "... 2014 soldiers took part": a count, not a year
])
def test_durations_history_and_counts_are_not_dates(expression, before):
    assert resolve_expression(expression, THURSDAY, before) is None


@pytest.mark.parametrize("expression, before, start, end, precision", [
    ("2014", "the clashes of ", "2014-01-01", "2014-12-31", "year"),  # a year in date context
    ("2014", "in ", "2014-01-01", "2014-12-31", "year"),
    ("three days ago", "", "2019-06-10", "2019-06-10", "day"),
    ("Tuesday", "on ", "2019-06-11", "2019-06-11", "day"),  # the last Tuesday before a Thursday article
    ("Thursday", "early on ", "2019-06-13", "2019-06-13", "day"),
    ("last Thursday", "", "2019-06-06", "2019-06-06", "day"),
    ("tomorrow, Friday", "the council meets ", "2019-06-14", "2019-06-14", "day"),
    ("next Monday", "talks resume ", "2019-06-17", "2019-06-17", "day"),
    ("earlier this week", "", "2019-06-10", "2019-06-13", "week"),
    ("Sunday", "since ", "2019-06-09", "2019-06-13", "day"),  # a day it started on keeps its open start
])
def test_dates_that_are_dates(expression, before, start, end, precision):
    time = resolve_expression(expression, THURSDAY, before)
    assert time is not None
    assert (time.start, time.end, time.precision) == (start, end, precision)


def test_weekday_near_a_date_read_from_the_text():
    """With no publication date the page came out on or after the text's latest date: "Sunday" after a
    Saturday's date is the next day, not eight days earlier."""
    saturday = TextDate(2019, 6, 15)
    assert resolve_expression("Sunday", saturday, "on ").start == "2019-06-16"
    assert resolve_expression("Wednesday", saturday, "on ").start == "2019-06-12"


@pytest.fixture(scope="module")
def nlp():
    from casus.nlp import load_nlp

    return load_nlp()


def test_reference_from_a_weekday_written_with_its_date(nlp):
    """No publication date and no full date: "Saturday, 15 June" pins the year (the latest such up to today)."""
    parsed = nlp("The truce between Borduria and Syldavia took hold on Saturday, 15 June, after four days of "
                 "shelling. On Sunday the border posts reopened.")
    assert reference_date(None, parsed, today=date(2021, 1, 1)) == date(2019, 6, 15)


def test_split_dates_are_mended(nlp):
    from casus.events.when import expressions

    parsed = nlp("date 2019-06-14 Borduria reports shelling. The ministry calls the events of June 3-5, 2019 "
                 "an aggression.")
    found = [e.text for s in parsed.sents for e in expressions(s)]
    assert "2019-06-14" in found and "June 3-5, 2019" in found
    assert reference_date(None, parsed) == date(2019, 6, 14)


# -- incidents --------------------------------------------------------------------------------------------
TOWN = {"name": "Varna Pass", "geonameid": None, "country": "BGR", "admin1": None, "admin2": "x", "lat": 42.0,
        "lon": 23.0, "precision": "town"}


def _event(day: str | None, precision: str | None = "day", *, published: str | None = None,
           countries: tuple[str, ...] = ("BGR", "MKD"), places: list[dict[str, Any]] | None = None,
           actors: bool = True) -> dict[str, Any]:
    start = day if precision is not None else None
    end = day
    if precision == "month" and day:
        start, end = day[:8] + "01", day[:8] + "28"
    if precision == "year" and day:
        start, end = day[:4] + "-01-01", day[:4] + "-12-31"
    if published and day is None:
        end = published
    return {"event": "ASSAULT", "quad": "material-conflict", "status": "asserted",
            "time": {"start": start, "end": end, "precision": precision},
            "actors": [{"country": countries[0]}] if actors else [],
            "recipients": [{"country": c} for c in countries[1:]] if actors else [],
            "locations": [TOWN] if places is None else places, "sides": list(countries)}


@pytest.fixture()
def db(tmp_path: Path):
    backend = connect(str(tmp_path / "t.db"))
    migrate(backend, "t")
    yield backend
    backend.close()


def _link(db, event: dict[str, Any]) -> str | None:
    def next_seq(table: str) -> int:
        return int(db.query(f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}")[0][0])

    incident = link_event(db, event, next_seq) if linkable(event) else None
    # the store keeps the event, as Store.add does
    db.execute("INSERT INTO documents (id, seq, path, input_format, casus_version, record) "
               "SELECT 'd', 1, 'd', 'text', 't', '{}' WHERE NOT EXISTS (SELECT 1 FROM documents)")
    db.execute("INSERT INTO events (doc_id, event_id, event, quad, status, start_date, end_date, countries,"
               " incident_id, record) VALUES ('d', ?, 'ASSAULT', 'material-conflict', 'asserted', ?, ?, '', ?, ?)",
               (f"e{db.query('SELECT COUNT(*) FROM events')[0][0]}", event["time"]["start"],
                event["time"]["end"], incident, json.dumps(event)))
    return incident


def _window(db, incident: str) -> tuple[str, str]:
    row = db.query("SELECT start_date, end_date FROM incidents WHERE id = ?", (incident,))[0]
    return row[0], row[1]


def test_coarse_events_join_but_never_start_or_widen(db):
    assert _link(db, _event("2019-06-10", "year")) is None  # "in 2019": no incident of its own
    first = _link(db, _event("2019-06-12"))
    assert _link(db, _event("2019-06-12", "month")) == first  # "in June" holds the clash of 12 June
    assert _link(db, _event("2019-06-12", "year")) == first
    assert _window(db, first) == ("2019-06-12", "2019-06-12")


def test_window_grows_with_the_story_up_to_a_bound(db):
    first = _link(db, _event("2019-06-12"))
    assert _link(db, _event("2019-06-14")) == first  # fighting two days on
    assert _link(db, _event(None, None, published="2019-06-16")) == first  # an undated toll update
    assert _window(db, first) == ("2019-06-12", "2019-06-16")
    day = date(2019, 6, 16)
    for k in range(1, STRETCH_DAYS + 3):  # a daily chain joins but does not stretch the window past the bound
        _link(db, _event(date.fromordinal(day.toordinal() + k).isoformat()))
    start, end = _window(db, first)
    assert (date.fromisoformat(end) - date.fromisoformat(start)).days <= STRETCH_DAYS


def test_a_clash_weeks_earlier_stays_apart(db):
    """Even when a page first tells only the month ("the June fighting"): a month is no incident's window."""
    _link(db, _event("2019-06-15", "month"))
    earlier = _link(db, _event("2019-06-02"))
    later = _link(db, _event("2019-06-25"))
    assert earlier is not None and earlier != later
    assert _link(db, _event("2019-06-03")) == earlier


def test_event_known_only_through_its_speakers_does_not_start_an_incident(db):
    """A sports page's "struck" by a player, told by an outlet of one country: no participant's country and
    no place."""
    assert _link(db, _event(None, None, published="2019-06-12", countries=("BGR",), places=[], actors=False)) \
        is None
    started = _link(db, _event("2019-06-12"))
    # once an incident of its side is there, such an event may join it
    assert _link(db, _event(None, None, published="2019-06-12", countries=("BGR",), places=[], actors=False)) \
        == started


def test_a_third_country_does_not_split_the_dyad(db):
    first = _link(db, _event("2019-06-12", countries=("BGR", "MKD", "SRB")))  # a mediator's country
    assert _link(db, _event("2019-06-12", countries=("BGR", "MKD", "GRC"))) == first  # a stray place's
    assert _link(db, _event("2019-06-12", countries=("BGR", "ALB"))) != first  # another dyad


def test_undated_event_joins_the_one_incident_at_its_town(db):
    far = {**TOWN, "name": "Other Town", "lat": 41.6, "lon": 23.0}  # about 45 km away
    undated = _event(None, None)
    assert _link(db, undated) is None  # nothing to join yet; it never starts one
    first = _link(db, _event("2019-06-12"))
    assert _link(db, _event(None, None)) == first
    assert _window(db, first) == ("2019-06-12", "2019-06-12")
    assert _link(db, _event(None, None, places=[far])) is None  # same front, not the same town
    _link(db, _event("2019-03-02"))  # the same town fought over months earlier: two incidents fit
    assert _link(db, _event(None, None)) is None
