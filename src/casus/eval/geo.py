"""Geocoding on LGL and TR-News (Gritta et al.'s corpora): recognition and resolution.

Recognition: casus's toponym spans against the gold spans (exact character
offsets), precision, recall and F1. Resolution, for the gold toponyms casus
recognised exactly and that have coordinates: accuracy@161 km (the gold
GeoNames id counts as correct, since admin areas and countries carry ids but
not GeoNames' own coordinates), mean and median error in km, and the AUC of
the log error (Gritta et al.: the mean of ln(1 + error) / ln(20039); lower
is better). The baseline resolves the same toponyms to the most populous
gazetteer place of that name (with country and admin ids), in the same run.

    python -m casus.eval geo ../shared/data/geo
"""

from __future__ import annotations

import argparse
import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from casus.eval.report import figures_line

MAX_KM = 20039.0


@dataclass
class Gold:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None


def load(path: Path, limit: int | None = None) -> list[tuple[str, list[Gold]]]:
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        golds = []
        for top in article.iter("toponym"):
            start, end = int(top.findtext("start")), int(top.findtext("end"))
            tag = top.find("gaztag")
            geonameid = lat = lon = None
            if tag is not None:
                geonameid = int(tag.get("geonameid")) if tag.get("geonameid") else None
                if tag.findtext("lat") and tag.findtext("lon"):
                    lat, lon = float(tag.findtext("lat")), float(tag.findtext("lon"))
            golds.append(Gold(start, end, text[start:end], geonameid, lat, lon))
        articles.append((text, golds))
        if limit and len(articles) >= limit:
            break
    return articles


def _error(place, gold: Gold) -> float:
    from casus.geo.resolve import distance_km

    if place is None:
        return MAX_KM
    if place.geonameid is not None and place.geonameid == gold.geonameid:
        return 0.0
    return distance_km(place.lat, place.lon, gold.lat, gold.lon)


def _summary(errors: list[float]) -> dict[str, float]:
    if not errors:
        return {"acc161": 0.0, "mean": 0.0, "median": 0.0, "auc": 1.0}
    return {"acc161": sum(e <= 161 for e in errors) / len(errors), "mean": statistics.mean(errors),
            "median": statistics.median(errors),
            "auc": statistics.mean(math.log(1 + e) / math.log(MAX_KM) for e in errors)}


def evaluate(path: Path, limit: int | None) -> dict[str, float]:
    from casus.geo import locate
    from casus.geo.gazetteer import gazetteer
    from casus.nlp import load_nlp

    gaz = gazetteer()
    nlp = load_nlp()
    articles = load(path, limit)
    tp = n_pred = n_gold = 0
    ours: list[float] = []
    base: list[float] = []
    for (_, golds), doc in zip(articles, nlp.pipe((t for t, _ in articles), batch_size=16), strict=True):
        predicted = {(m.start, m.end): p for m, p in locate(doc, gaz)}
        n_pred += len(predicted)
        n_gold += len(golds)
        for gold in golds:
            if (gold.start, gold.end) not in predicted:
                continue
            tp += 1
            if gold.lat is None:
                continue
            ours.append(_error(predicted[(gold.start, gold.end)], gold))
            candidates = gaz.lookup(gold.text)
            base.append(_error(max(candidates, key=lambda p: p.population) if candidates else None, gold))
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "resolved": len(ours), "docs": len(articles),
            **_summary(ours), **{f"baseline_{k}": v for k, v in _summary(base).items()}}


def main(args: argparse.Namespace, rest: list[str]) -> int:
    argparse.ArgumentParser(prog="python -m casus.eval geo").parse_args(rest)
    folder = Path(args.data)
    results = {}
    for name, file in (("lgl", "lgl.xml"), ("trnews", "TR-News.xml")):
        r = evaluate(folder / file, args.limit)
        results[name] = r
        print(f"{name}: {r['docs']} docs; recognition P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}; "
              f"{r['resolved']} resolved: acc@161={r['acc161']:.3f} mean={r['mean']:.0f} km "
              f"median={r['median']:.0f} km AUC={r['auc']:.3f}; baseline acc@161={r['baseline_acc161']:.3f} "
              f"AUC={r['baseline_auc']:.3f}")
    lgl, tr = results["lgl"], results["trnews"]
    print(figures_line(lgl_acc161=lgl["acc161"], trnews_acc161=tr["acc161"], lgl_auc=lgl["auc"], trnews_auc=tr["auc"],
                       lgl_recognition_f1=lgl["f1"], lgl_recognition_recall=lgl["recall"],
                       baseline_lgl_acc161=lgl["baseline_acc161"], baseline_trnews_acc161=tr["baseline_acc161"]))
    return 0
