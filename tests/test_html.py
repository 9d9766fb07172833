"""HTML ingestion on pages written for these tests."""

from __future__ import annotations

from casus.ingest.documents import document_from_html
from tests.conftest import FIXTURES


def _without_date_markup() -> str:
    """The fixture page with its publication-date meta tag removed: no date markup at all."""
    html = (FIXTURES / "article_meta.html").read_text(encoding="utf-8")
    tag = '<meta property="article:published_time" content="2023-03-12T09:40:00+04:00">\n'
    assert tag in html
    return html.replace(tag, "")


def test_in_article_lists_are_pruned_and_metadata_read():
    doc = document_from_html((FIXTURES / "article_meta.html").read_bytes(), "article_meta.html")
    assert doc.title == "Border posts shelled overnight, ministry says"
    assert doc.publisher == "Highland Courier"
    assert doc.url == "https://courier.example/news/border-posts-shelled"
    assert (doc.published.date, doc.published.how) == ("2023-03-12", "metadata")
    assert "shelled two border posts near Sotk" in doc.text
    assert "responsibility for any escalation" in doc.text
    for furniture in ("Latest news", "Grain exports", "Talks on border commission", "Share on Facebook", "2024"):
        assert furniture not in doc.text
    assert any("Grain exports" in block.text for block in doc.boilerplate)
    assert doc.to_json()["doc"]["boilerplate"] == [b.text for b in doc.boilerplate]


def test_sidebar_and_copyright_dates_are_never_the_article_date():
    # No date markup at all: the only dates are the 2024 list and the footer's copyright year.
    doc = document_from_html(_without_date_markup().encode(), "page.html")
    assert doc.published.date is None or not doc.published.date.startswith("2024")


def test_url_date_is_reported_as_url():
    canonical = '<link rel="canonical" href="https://courier.example/news/border-posts-shelled">'
    html = _without_date_markup().replace(canonical, "")
    doc = document_from_html(html, "page.html", url="https://courier.example/2023/03/12/border-posts-shelled")
    assert (doc.published.date, doc.published.how) == ("2023-03-12", "url")


def test_html_in_a_legacy_encoding_is_decoded():
    html = (FIXTURES / "article_meta.html").read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    html = html.replace("two soldiers were wounded", "two soldiers were wounded (Сотк)")
    doc = document_from_html(html.encode("windows-1251"), "cp1251.html")
    assert "(Сотк)" in doc.text
