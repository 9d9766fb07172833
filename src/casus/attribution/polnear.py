"""Read PolNeAR (brat standoff) into texts and attribution spans.

PolNeAR annotates Source, Cue and Content spans (possibly in several
fragments) and joins them into Attribution relations; each token carries at
most one label, so the annotation is a tag sequence. Some documents were
annotated twice: the first annotator's file (in name order) is used, for
training and scoring alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("Source", "Cue", "Content")


@dataclass
class Relation:
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class AnnotatedText:
    name: str
    text: str
    spans: dict[str, list[tuple[int, int]]]  # label -> fragments (start, end)
    relations: list[Relation]


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the whitespace at either end (gold fragments and casus's cues alike)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_ann(text: str, ann: str) -> tuple[dict[str, list[tuple[int, int]]], list[Relation]]:
    spans: dict[str, list[tuple[int, int]]] = {label: [] for label in LABELS}
    by_id: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[Relation] = []
    events: list[str] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            fragments = []
            for piece in offsets.split(";"):
                start, end = (int(x) for x in piece.split())
                start, end = trim_whitespace(text, start, end)
                if start < end:
                    fragments.append((start, end))
            by_id[parts[0]] = (label, fragments)
            if label in spans:
                spans[label].extend(fragments)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1])
    for event in events:
        relation = Relation()
        for arg in event.split()[1:]:
            role, _, ref = arg.partition(":")
            label, fragments = by_id.get(ref, ("", []))
            if role.startswith("Source") and label == "Source":
                relation.source = fragments
            elif role.startswith("Cue") and label == "Cue":
                relation.cue = fragments
            elif role.startswith("Content") and label == "Content":
                relation.content = fragments
        relations.append(relation)
    for label in spans:
        spans[label] = sorted(set(spans[label]))
    return spans, relations


def read_split(folder: Path, split: str, limit: int | None = None) -> list[AnnotatedText]:
    """The annotated texts of one split (train, dev, test), in name order."""
    texts = sorted((folder / split / "text").glob("*.txt"))[:limit]
    ann_dir = folder / split / "attributions"
    out = []
    for path in texts:
        anns = sorted(ann_dir.glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        spans, relations = parse_ann(text, anns[0].read_text(encoding="utf-8"))
        out.append(AnnotatedText(path.stem, text, spans, relations))
    return out
