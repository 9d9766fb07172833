"""The HTTP API (in process) and the web page (``casus serve`` driven by Debian's chromium)."""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from casus.store import Store
from casus.web import CSP
from tests.conftest import FIXTURES, ROOT, missing, start_server
from tests.test_store import ECONOMY, NIGHT

HOSTILE = FIXTURES / "xss" / "hostile.jsonl"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    from casus.cli import main

    path = str(tmp_path_factory.mktemp("web") / "casus.db")
    assert main(["ingest", *map(str, NIGHT), str(ECONOMY), str(ROOT / "examples"), str(HOSTILE), "--db", path,
                 "-q"]) == 0
    return path


@pytest.fixture(scope="module")
def client(store_path):
    from fastapi.testclient import TestClient

    from casus.web import create_app

    with TestClient(create_app(store_path, token="s3cret")) as web:  # one event loop: one coding process
        yield web


# -- API ------------------------------------------------------------------------------------------------------
def test_events_filters_and_pages(client):
    every = client.get("/api/events").json()
    assert every["total"] >= 10 and len(every["items"]) == min(25, every["total"])
    assert client.get("/api/events?limit=201").status_code == 422
    assert client.get("/api/events?start=3 May").status_code == 422
    rejects = client.get("/api/events?type=reject").json()
    assert rejects["total"] >= 2 and {e["event"] for e in rejects["items"]} == {"REJECT"}
    near_sotk = client.get("/api/events?bbox=45.5,40.0,46.2,40.4").json()  # west,south,east,north
    assert near_sotk["total"] >= 1
    assert all(40.0 <= e["locations"][0]["lat"] <= 40.4 for e in near_sotk["items"])
    found = client.get("/api/events", params={"q": "SERVICEMEN"}).json()
    assert found["total"] >= 1 and all("servicemen" in e["evidence"]["text"].lower() for e in found["items"])
    page2 = client.get("/api/events?limit=2&offset=2").json()
    assert [e["id"] for e in page2["items"]] == [e["id"] for e in every["items"][2:4]]
    in_may = client.get("/api/events?start=2025-05-01&end=2025-05-31&country=AZE").json()
    assert in_may["total"] >= 3 and all(e["time"]["start"] is None or e["time"]["start"] >= "2025-05-01"
                                        for e in in_may["items"])


def test_incidents_documents_sources(client):
    incidents = client.get("/api/incidents").json()
    assert incidents["total"] >= 3
    first = client.get(f"/api/incidents/{incidents['items'][0]['id']}").json()
    assert first["disputes"] and all("source_countries" in p for d in first["disputes"] for p in d["positions"])
    assert client.get("/api/incidents/i999").status_code == 404
    docs = client.get("/api/documents?limit=3").json()
    assert docs["total"] >= 6 and len(docs["items"]) == 3
    record = client.get(f"/api/documents/{docs['items'][0]['id']}").json()
    assert record["doc"]["text"] and record["events"] is not None
    assert client.get("/api/documents/nope").status_code == 404
    sources = client.get("/api/sources").json()
    assert any(s["name"] == "Ministry of Defence of Armenia" for s in sources)
    assert client.get("/openapi.json").json()["info"]["title"] == "casus"


def test_exports_over_http(client):
    csv_text = client.get("/api/export?format=acled-csv&country=ARM").text
    assert csv_text.splitlines()[0].startswith("event_id_cnty,event_date,year")
    geo = client.get("/api/export?format=geojson").json()
    assert geo["features"]
    assert client.get("/api/export?format=exe").status_code == 422


def test_security_headers_and_hostile_text_stays_data(client):
    page = client.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text.replace('<script src="/static/', "")  # only our own files
    hostile = client.get("/api/events", params={"q": "onerror"}).json()
    assert hostile["total"] >= 1 and "<img" in hostile["items"][0]["evidence"]["text"]  # data, not markup
    assert client.get("/api/events").headers["content-type"].startswith("application/json")


def test_api_docs_come_from_the_package_under_the_csp(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and docs.headers["content-security-policy"] == CSP
    assert "<script>" not in docs.text and "//" not in docs.text.replace("<!doctype html>", "")  # no other host
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', docs.text)
    assert "/static/vendor/swagger-ui-bundle.js" in assets and "/static/docs.js" in assets
    for asset in assets:
        assert client.get(asset).status_code == 200, f"{asset} (scripts/setup.sh vendors it with npm)"
    assert client.get("/redoc").status_code == 404  # FastAPI's own pages load their assets from a CDN
    schema = client.get("/openapi.json").json()
    assert schema["paths"]["/api/documents"]["post"]["requestBody"]["content"]["application/json"]
    assert any(s.get("scheme") == "bearer" for s in schema["components"]["securitySchemes"].values())


def test_ingest_needs_the_token(client, store_path):
    text = {"text": "On 9 June 2025 police arrested four protesters in Gyumri, the police said.", "date": "2025-06-10"}
    assert client.post("/api/documents", json=text).status_code == 401
    assert client.post("/api/documents", json=text, headers={"Authorization": "Bearer wrong"}).status_code == 403
    created = client.post("/api/documents", json=text, headers={"Authorization": "Bearer s3cret"})
    assert created.status_code == 201 and created.json()["stored"] is True
    again = client.post("/api/documents", json=text, headers={"Authorization": "Bearer s3cret"})
    assert again.json()["stored"] is False
    bad = client.post("/api/documents", json={"title": "no text"}, headers={"Authorization": "Bearer s3cret"})
    assert bad.status_code == 422 and "E203" in bad.json()["detail"]
    with Store(store_path) as store:
        assert store.has_document(created.json()["id"])


def test_read_only_server_refuses_every_write(store_path):
    from fastapi.testclient import TestClient

    from casus.web import create_app

    read_only = TestClient(create_app(store_path))
    answer = read_only.post("/api/documents", json={"text": "x"}, headers={"Authorization": "Bearer any"})
    assert answer.status_code == 403


# -- the page in a real browser -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(store_path):
    proc, url = start_server(["--db", store_path], stderr=subprocess.PIPE)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        missing("Debian chromium is not installed (scripts/test.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=yes]", timeout=20000)
    yield page
    context.close()


def test_map_shows_incident_markers(page):
    assert page.locator("path.incident-marker").count() >= 3
    assert page.locator("#incident-list li").count() >= 3


def test_incident_view_puts_both_sides_evidence_in_columns(page):
    page.locator("#incident-list li", has_text="2025-05-03").first.click()
    page.wait_for_selector("table.disputes")
    head = page.locator("table.disputes thead th").all_inner_texts()
    assert head[1:3] == ["ARM side says", "AZE side says"]
    initiator = page.locator("table.disputes tr", has_text="initiator")
    arm, aze = initiator.locator("td").nth(0), initiator.locator("td").nth(1)
    assert "Ministry of Defence of Armenia" in arm.inner_text()
    assert "Ministry of Defence of Azerbaijan" in aze.inner_text()
    assert arm.locator("button.evidence").count() >= 1 and aze.locator("button.evidence").count() >= 1
    evidence = aze.locator("button.evidence").first
    sentence = evidence.inner_text()
    evidence.click()
    mark = page.wait_for_selector("#document-view mark")
    assert mark.inner_text().strip() == sentence.strip()
    if os.environ.get("CASUS_SCREENSHOT"):
        page.evaluate("document.getElementById('right').scrollTop = 0")
        page.screenshot(path=os.environ["CASUS_SCREENSHOT"])


def test_a_toll_row_lists_each_claimants_figures_in_date_order(page):
    page.locator("#incident-list li", has_text="2025-05-03").first.click()
    page.wait_for_selector("table.disputes")
    row = page.locator("table.disputes tr", has_text="toll dead ARM")
    assert row.count() == 1
    values, columns = set(), row.locator("td")
    for k in range(columns.count()):
        figures = columns.nth(k).locator(".toll-figure")
        dates = []
        for f in range(figures.count()):
            figure = figures.nth(f)
            values.add(figure.locator(".value").inner_text())
            when, _, claimant = figure.locator(".sources").inner_text().partition(" · ")
            assert re.fullmatch(r"\d{4}-\d\d-\d\d|undated", when) and claimant
            assert figure.locator("button.evidence").count() == 1
            dates.append(when)
        assert dates == sorted(dates)
    assert {"2", "4"} <= values


def test_timeline_brush_filters_the_list(page):
    before = int(page.get_attribute("#incident-list", "data-count"))
    box = page.locator("#timeline").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.85, box["y"] + 30)  # the last months only
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + 30)
    page.mouse.up()
    after = int(page.get_attribute("#incident-list", "data-count"))
    assert 0 < after < before
    assert "start=" in page.get_attribute("#x-acled", "href")  # the export's own parameter names
    page.click("#f-clear")
    assert int(page.get_attribute("#incident-list", "data-count")) == before


def test_hostile_document_renders_inert(page):
    page.locator("#incident-list li", has_text="2025-06-01").first.click()
    page.wait_for_selector("table.disputes, #incident-panel p.hint")
    incident_id = page.get_attribute("#incident-list li.selected", "data-id")
    record = page.evaluate(f"fetch('/api/incidents/{incident_id}').then(r => r.json())")
    doc_id = record["documents"][0]
    span = page.evaluate(f"fetch('/api/documents/{doc_id}').then(r => r.json()).then(d => d.events[0].evidence)")
    page.evaluate("([d, s]) => showDocument(d, s)", [doc_id, span])  # what an evidence button does
    page.wait_for_selector("#document-view mark")
    text = page.inner_text("#document-view")
    assert "<script>" in text and "onerror" in text  # shown as text
    assert page.locator("#document-view img, #document-view script, #document-view a").count() == 0
    time.sleep(0.3)
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_the_page_says_when_the_map_library_is_missing(browser, server):
    """An install where npm never ran: /static/vendor/leaflet.js answers 404."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.route("**/static/vendor/leaflet.js", lambda route: route.fulfill(status=404, body="not found"))
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready=yes]", timeout=20000)
        assert "map library (Leaflet) is not installed" in page.inner_text("#map")
        assert page.locator("#incident-list li").count() >= 3  # the rest of the page still works
    finally:
        context.close()


def test_api_docs_render_from_this_server_only(browser, server):
    context = browser.new_context()
    try:
        page = context.new_page()
        hosts, violations = set(), []
        page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        page.add_init_script("document.addEventListener('securitypolicyviolation',"
                             " e => (window.__csp = window.__csp || []).push(e.violatedDirective))")
        page.goto(server + "/docs")
        page.wait_for_selector("body[data-ready=yes] .opblock", timeout=30000)
        assert page.locator(".opblock").count() >= 8
        assert hosts == {server.split("/")[2]}
        assert violations == [] and page.evaluate("window.__csp || []") == []
        page.route("**/static/vendor/swagger-ui-bundle.js", lambda route: route.fulfill(status=404, body=""))
        page.goto(server + "/docs")
        page.wait_for_selector("body[data-ready=missing]", timeout=10000)
        assert "not installed" in page.inner_text("#docs-status")
    finally:
        context.close()
