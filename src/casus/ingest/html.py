"""HTML pages to main text and metadata, with in-article link lists pruned.

trafilatura finds the main text and metadata, but it keeps a "Latest news"
or "Related" list when the page puts it inside ``<article>``, and htmldate
can then take a sidebar headline's date for the article's. So the page is
parsed once, labelled link lists are pruned from the tree first, and
trafilatura and htmldate both work on the pruned tree. The extracted text
then goes through the same line rules as plain text (``boilerplate.py``).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date

from lxml import html as lxml_html

from casus.errors import CasusError, Err
from casus.ingest.boilerplate import clean_text, is_section_label
from casus.ingest.pubdate import date_in_url
from casus.model import Boilerplate

_LABEL_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "header",
                         "figcaption", "section", "aside", "li", "a", "em", "label", "dt"})
_LIST_TAGS = frozenset({"ul", "ol", "dl", "nav", "menu"})
_MIN_LINK_DENSITY = 0.6


@dataclass
class HtmlExtract:
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: date | None = None
    date_how: str = "none"
    language: str | None = None
    datelines: list[str] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)


def extract_html(data: bytes | str, source: str, url: str | None = None) -> HtmlExtract:
    """Main text, title, publisher, date and dropped blocks of one HTML page."""
    import trafilatura
    from htmldate import find_date
    from htmldate.utils import load_html as load_for_dates
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        raise CasusError(Err.E201, source)
    dropped = prune_related_lists(tree)
    language = _language(tree)
    params: dict[str, object] = {"original_date": True, "extensive_search": True,
                                 "max_date": date.today().isoformat()}
    meta = _metadata(tree, url)
    params["url"] = meta.url
    # Each library gets the parse it does best on (trafilatura's for the text,
    # htmldate's own for dates: 176 vs 178 of 200 MediaCloud dates). htmldate
    # sees the raw page unless pruning removed lists, which may hold dates.
    date_input: object = data
    if dropped:
        date_input = load_for_dates(data)
        if date_input is not None:
            prune_related_lists(date_input)
    found_date = find_date(date_input, **params) if date_input is not None else None
    # Fast mode (no readability/justext comparison) is both quicker and, with
    # the pruning above, more precise on AEB; the comparison is still run for
    # pages where the main extractor finds little, which is what it rescues.
    result = trafilatura.bare_extraction(tree, url=url, include_comments=False, fast=True)
    text = (result.text or "") if result is not None else ""
    if len(text) < RESCUE_BELOW_CHARS or _menu_like(text):
        rescued = trafilatura.bare_extraction(tree, url=url, include_comments=False, fast=False)
        other = (rescued.text or "") if rescued is not None else ""
        if other and (len(other) > len(text) or (_menu_like(text) and not _menu_like(other))):
            result = rescued
    if result is None or not (result.text or "").strip():
        raise CasusError(Err.E201, source)
    cleaned = clean_text(result.text, detect_title=False)
    if not cleaned.text.strip():
        raise CasusError(Err.E205, source)
    if len(cleaned.text) < MIN_CHARS:
        raise CasusError(Err.E201, source)
    if found_date and _from_copyright(found_date, data):
        found_date = None
    found = date.fromisoformat(found_date) if found_date else None
    how = "none"
    if found:
        how = "url" if found == date_in_url(meta.url) else "metadata"
    return HtmlExtract(
        text=cleaned.text,
        title=meta.title or None,
        publisher=meta.sitename or cleaned.agency or None,
        url=meta.url or None,
        date=found,
        date_how=how,
        language=language,
        datelines=cleaned.datelines,
        boilerplate=[Boilerplate(kind="related", text=t) for t in dropped] + cleaned.boilerplate,
    )


RESCUE_BELOW_CHARS = 600
MIN_CHARS = 40  # less text than this is a stub, not an article (characters: CJK has no spaces)
_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|&#169;|\bcopyright\b)\s*(?:\d{4}\s*[-–]\s*)?(\d{4})", re.IGNORECASE)


def _from_copyright(found: str, data: bytes | str) -> bool:
    """htmldate falls back to the copyright year as January 1st; that is the site's, not the article's."""
    if not found.endswith("-01-01"):
        return False
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return any(m.group(1) == found[:4] for m in _COPYRIGHT_YEAR.finditer(text))


def _menu_like(text: str) -> bool:
    """Text that reads like a menu: mostly lines of one or two short words."""
    lines = [line for line in text.split("\n") if line.strip()]
    short = sum(1 for line in lines if len(line.split()) <= 2 and len(line.strip()) < 25)
    return short > 0.5 * len(lines)


def _metadata(tree: lxml_html.HtmlElement, url: str | None):  # -> trafilatura.settings.Document
    """Title, site name and URL the way trafilatura finds them, without the
    author, category, tag and licence searches casus has no use for."""
    from trafilatura import metadata as tm

    meta = tm.examine_meta(tree)
    # trafilatura's JSON-LD parser fails on odd pages; the meta tags remain.
    with contextlib.suppress(Exception):
        meta = tm.extract_meta_json(tree, meta)
    if not meta.title:
        meta.title = tm.extract_title(tree)
    if not meta.url:
        meta.url = tm.extract_url(tree, url)
    if url:
        meta.url = url
    if not meta.sitename:
        meta.sitename = tm.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
    elif meta.url and (match := tm.META_URL.match(meta.url)):
        meta.sitename = match[1]
    return meta


def _language(tree: lxml_html.HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        return None
    return lang.strip().lower().replace("_", "-").split("-")[0] or None


def prune_related_lists(tree: lxml_html.HtmlElement) -> list[str]:
    """Remove labelled link lists ("Latest news", "Related", "Read also" …) from ``tree``.

    A label is a short element whose own text is a known section label. The
    list it heads is the link-dense siblings that follow its wrapper, or the
    link-dense container that holds it. Text-heavy siblings stop the cut, so
    an article body next to a label is never removed. Returns the removed text.
    """
    labels = [
        el for el in tree.iter(*_LABEL_TAGS)
        if el.text and len(el.text) <= 60 and is_section_label(el.text.strip())
        and len(el) <= 1 and _own_text(el) == el.text.strip()
    ]
    removed: list[str] = []
    for label in labels:
        if label.getparent() is None or _detached(label, tree):
            continue
        block = label
        while (parent := block.getparent()) is not None and len(parent) == 1 and not (parent.text or "").strip():
            block = parent
        cut = [block]
        sibling = block.getnext()
        while sibling is not None and _is_link_list(sibling):
            cut.append(sibling)
            sibling = sibling.getnext()
        if len(cut) == 1:
            container = block.getparent()
            if container is not None and container.tag not in ("body", "html", "article", "main") \
                    and _is_link_list(container, min_links=3):
                cut = [container]
            else:
                continue
        for el in cut:
            text = " ".join(el.text_content().split())
            if text:
                removed.append(text)
            _drop(el)
    return removed


def _own_text(el: lxml_html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _detached(el: lxml_html.HtmlElement, tree: lxml_html.HtmlElement) -> bool:
    root = tree.getroottree().getroot()
    while el is not None:
        if el is root:
            return False
        el = el.getparent()
    return True


def _is_link_list(el: lxml_html.HtmlElement, min_links: int = 1) -> bool:
    """An element that is mostly links (a list of headlines), or empty."""
    if not isinstance(el.tag, str):
        return False
    text = _own_text(el)
    if not text:
        return el.tag not in ("img", "figure", "video", "iframe")
    anchors = list(el.iter("a"))
    if len(anchors) < min_links:
        return False
    links = sum(len(" ".join(a.text_content().split())) for a in anchors)
    if el.tag in _LIST_TAGS and links:
        return links / len(text) >= _MIN_LINK_DENSITY / 2
    return links / len(text) >= _MIN_LINK_DENSITY


def _drop(el: lxml_html.HtmlElement) -> None:
    """Remove ``el`` but keep its tail text (lxml's remove() would drop it too)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
