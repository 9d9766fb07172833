"""Tolls: how many dead and injured a sentence reports, as low / best / high with the words.

Counts follow ACLED's conventions where it has one (ACLED Codebook,
"Fatalities"): a reported number is the best estimate; "at least N" and
"more than N" give N; a range gives its lower end as best; "dozens" = 12,
"tens" = 10, "hundreds" = 100, "thousands" = 1000. For vague words ACLED
gives no number for, casus records a conservative low and no best:
"a few" >= 2, "several"/"some"/"many"/"scores of" >= 3 (scores >= 20),
and "losses among the personnel" (a military euphemism for dead) >= 1.
Without a number, one named victim ("a youth perished") is 1, and plural
victims or "deaths" at least 2.
"No casualties", "no one was killed" give 0. "Casualties" alone is
ambiguous (dead and wounded), so its number is kept as injured-or-dead
only when the text says which.

Whose dead they are is read from the words that name them: the subject of
"lost their lives" or of an absolute "with N soldiers killed", the "of"
phrase of "the bodies / the death / the martyrdom of N soldiers", the
"among/of/on" phrase of "the death toll among X rose to N", the adjectives
of "13 civilian deaths". A combined figure ("the overall death toll",
"the combined toll") counts both sides at once: it names no victims, and
when its sentence also gives one side's figure, only that figure is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from casus.model import Count

DEAD_LEMMAS = frozenset("kill die dead death fatality body corpse martyr martyrdom toll perish succumb".split())
INJURED_LEMMAS = frozenset("injure wound hurt injury injured wounded".split())
_TRANSITIVE = frozenset("kill injure wound hurt".split())
_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED's numbers for vague plurals (best), and casus's conservative lows for words ACLED leaves open.
VAGUE_BEST = {"dozens": 12, "dozen": 12, "tens": 10, "hundreds": 100, "thousands": 1000}
VAGUE_LOW = {"few": 2, "several": 3, "some": 3, "many": 3, "numerous": 3, "scores": 20, "multiple": 2}
_AT_LEAST = {"least", "more", "over", "than", "above", "exceeding"}
_AT_MOST = {"up", "most", "many", "under", "fewer", "less", "below"}
_NONE = re.compile(r"\b(no|zero|without)\s+(casualties|deaths|fatalities|injuries|losses|one (was|were) "
                   r"(killed|hurt|injured|wounded))\b|\bno(body| one) (was|were|has been|had been) "
                   r"(killed|hurt|injured|wounded)\b", re.IGNORECASE)
_COMBINED = frozenset("overall combined total cumulative joint".split())
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})  # "2 May", "5 km"
_OF_VICTIMS = frozenset("of among on".split())  # "the death toll among soldiers", "the toll on the other side"
_MILITARY_LOSS = re.compile(r"\blosses\b.{0,40}\b(personnel|servicem[ae]n|soldiers|troops|ranks|army|forces)\b|"
                            r"\b(human|personnel|combat) losses\b|\bsuffered losses\b", re.IGNORECASE)


def number_of(words: str) -> int | None:
    """'49', '1,200', 'forty-nine', 'two hundred', 'a dozen' as an int; None for anything else."""
    words = words.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+", words):
        return int(words)
    if words in ("a dozen", "dozen"):
        return 12
    total, current = 0, 0
    seen = False
    for word in re.split(r"[\s-]+", words):
        if word in ("and", "a"):
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


@dataclass
class TollMention:
    kind: str  # dead | injured
    count: Count
    victim: Any  # the token naming who died, when there is one
    anchor: Any  # the toll word


def _quantity(head: Any) -> tuple[Any, list[Any]] | None:
    """The number token modifying ``head`` (or ``head`` itself when it is the number), with its modifiers."""
    candidates = [head] if head.like_num or head.lower_ in VAGUE_BEST or head.lower_ in VAGUE_LOW else []
    candidates += [c for c in head.children if c.dep_ in ("nummod", "quantmod", "amod", "det", "nmod")
                   and (c.like_num or c.lower_ in VAGUE_BEST or c.lower_ in VAGUE_LOW or c.lower_ == "dozen")]
    if not candidates:
        return None
    number = candidates[0]
    modifiers = [t for t in number.subtree if t.i != number.i] + [
        c for c in head.children if c.dep_ in ("advmod", "quantmod") and c.i != number.i]
    return number, modifiers


def _count(number: Any, modifiers: list[Any], text: str) -> Count | None:
    words = [t for t in number.subtree if t.like_num or t.lower_ in ("hundred", "thousand", "dozen", "a")] or [number]
    start = min([t.idx for t in [*words, *modifiers]])
    end = max(t.idx + len(t) for t in [*words, number])
    surface = text[start:end]
    mods = {m.lower_ for m in modifiers}
    lower = number.lower_
    if lower in VAGUE_BEST:
        value = VAGUE_BEST[lower]
        return Count(low=value, best=value, text=surface)
    if lower in VAGUE_LOW:
        return Count(low=VAGUE_LOW[lower], text=surface)
    value = number_of(" ".join(t.text for t in words if t.i <= number.i or t.like_num))
    if value is None:
        value = number_of(number.text)
    if value is None:
        return None
    if mods & _AT_LEAST:
        return Count(low=value, best=value, text=surface)
    if mods & _AT_MOST and ("up" in mods or "most" in mods or "many" in mods):
        return Count(high=value, text=surface)
    return Count(low=value, best=value, high=value, text=surface)


def _victim_head(anchor: Any) -> Any | None:
    """Who died or was hurt: the passive subject, the object, or the noun the toll word describes."""
    # "gunmen killed 49 people": the object; "49 were killed": the passive subject; "3 died": the subject
    wanted = ("dobj", "nsubjpass") if anchor.lemma_.lower() in _TRANSITIVE else ("nsubj", "nsubjpass", "dobj")
    if (anchor.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in anchor.children)) or _absolute(anchor):
        wanted = ("nsubjpass", "nsubj", "dobj")  # "with three guards killed": an absolute clause's subject
    if anchor.pos_ == "NOUN":
        # "the bodies of seven soldiers", "the death of 12 people": the counted "of" phrase
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and _quantity(pobj) is not None:
                    return pobj
        if any(c.dep_ == "amod" for c in anchor.children) and _quantity(anchor) is not None:
            return anchor  # "13 civilian deaths": the adjectives say whose
    for dep in wanted:
        for child in anchor.children:
            if child.dep_ != dep:
                continue
            if child.lower_ in ("who", "that", "which") and anchor.dep_ == "relcl":
                return anchor.head  # "the people who died"
            return child
    if anchor.dep_ in ("amod", "acl") and anchor.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return anchor.head
    if anchor.dep_ in ("oprd", "acomp", "xcomp") and anchor.head.pos_ in ("VERB", "AUX"):
        for child in anchor.head.children:
            if child.dep_ in ("dobj", "nsubj", "nsubjpass"):
                return child
    return None


def _absolute(verb: Any) -> bool:
    """"with two guards killed" read as a past tense ("guards killed"): a verb under "with"/"without" that
    has a subject and no object, or the conjunct of one ("… and four farmers injured")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return (verb.pos_ == "VERB" and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("with", "without")
            and not any(c.dep_ == "dobj" for c in verb.children))


def _uncounted(anchor: Any, victim: Any | None, text: str) -> Count | None:
    """Dead or hurt with no number: "a youth perished" is 1; "people died", "deaths" at least 2."""
    if anchor.pos_ == "NOUN" and anchor.tag_ == "NNS" and anchor.lemma_.lower() in ("death", "fatality", "body"):
        return Count(low=2, text=anchor.text)
    if victim is None or victim.lemma_.lower() in ("who", "that", "which") or victim.pos_ == "PRON":
        return None
    words = text[min(t.idx for t in victim.subtree):victim.idx + len(victim)]
    if victim.tag_ in ("NNS", "NNPS"):
        return Count(low=2, text=words)
    if any(c.lower_ in ("a", "an", "one", "the") for c in victim.children) or victim.pos_ == "PROPN":
        return Count(low=1, best=1, high=1, text=words)
    return None


def _lost_lives(tok: Any) -> bool:
    """'lost their lives': a death, its subject the dead."""
    return tok.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in tok.children)


def _toll_victim(toll: Any) -> Any | None:
    """Whose toll: 'the death toll among Peruvian soldiers', 'the toll on the other side'."""
    for prep in toll.children:
        if prep.dep_ == "prep" and prep.lower_ in _OF_VICTIMS:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _own_count(kind: str, anchor: Any, noun: Any, total: Any, text: str,
               found: list[TollMention]) -> TollMention | None:
    """A figure of its own for ``noun`` ("eight civilians" beside a total): its own number, not the total's."""
    if noun.pos_ != "NOUN" or noun.i == total.i or any(
            m.victim is not None and m.victim.i == noun.i and m.kind == kind for m in found):
        return None
    number = next((c for c in noun.children if c.dep_ in ("nummod", "quantmod") and c.i != total.i
                   and (c.like_num or c.lower_ in VAGUE_BEST or c.lower_ in VAGUE_LOW)), None)
    if number is None or number.ent_type_ in _NOT_COUNTS:
        return None
    if any(t.i == total.i for t in number.subtree):  # "20 – 14 civilians": the part's own number alone
        value = number_of(number.text)
        count = Count(low=value, best=value, high=value, text=number.text) if value is not None else None
    else:
        count = _count(number, [t for t in number.subtree if t.i != number.i], text)
    return TollMention(kind, count, noun, anchor) if count is not None else None


def _parts(kind: str, anchor: Any, total: Any, heads: list[Any], text: str,
           found: list[TollMention]) -> list[TollMention]:
    """The per-victim figures a total breaks into: "13 people, including eight civilians and five soldiers",
    "40 people: 30 civilians and ten police officers", "the toll rose to 20 – 14 civilians and six
    military" (the parser hangs the total on the first part). Each part's side follows its own noun."""
    nouns: list[Any] = []
    if total.dep_ == "quantmod":  # "20 – 14 civilians": the total hangs on the part it was read with
        number = total.head
        if number.like_num and number.dep_ == "nummod":
            number = number.head
        if number.pos_ == "NOUN":
            nouns.append(number)
    for head in heads:
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                nouns.append(child)
            elif child.dep_ == "prep" and child.lower_ == "including":
                nouns += [g for g in child.children if g.dep_ == "pobj"]
    out: list[TollMention] = []
    for noun in nouns:
        for part in [noun, *noun.conjuncts]:
            if (mention := _own_count(kind, anchor, part, total, text, [*found, *out])) is not None:
                out.append(mention)
    return out


def _listed(kind: str, anchor: Any, victim: Any, total: Any, text: str,
            found: list[TollMention]) -> list[TollMention]:
    """Victims listed with their own figures: "six soldiers and five civilians were injured"."""
    out: list[TollMention] = []
    for other in victim.conjuncts:
        if (mention := _own_count(kind, anchor, other, total, text, [*found, *out])) is not None:
            out.append(mention)
    return out


def find_tolls(sent: Any, text: str) -> list[TollMention]:
    """The dead and injured counts a sentence states, each with the words it was read from."""
    found: list[TollMention] = []
    combined: list[TollMention] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        kind = "dead" if lemma in DEAD_LEMMAS or tok.lower_ == "dead" or _lost_lives(tok) else (
            "injured" if lemma in INJURED_LEMMAS or tok.lower_ in INJURED_LEMMAS else None)
        if kind is None:
            continue
        if lemma == "toll":  # "the death toll climbed to 31"
            number = min((t for t in tok.head.subtree if t.like_num and t.i > tok.i), key=lambda t: t.i, default=None)
            if number is not None and (value := number_of(number.text)) is not None:
                mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
                start = min([tok.idx, *(m.idx for m in mods)])
                mention = TollMention("dead", Count(low=value, best=value, high=value,
                                                    text=text[start:number.idx + len(number)]), _toll_victim(tok), tok)
                parts = _parts("dead", tok, number, [number, tok, tok.head], text, found)
                (combined if any(m.lower_ in _COMBINED for m in mods) else found).extend([*parts, mention])
            continue
        victim = _victim_head(tok)
        quantity = None
        for head in [tok, victim] if victim is not None else [tok]:
            quantity = _quantity(head)
            if quantity:
                break
        if quantity is None:
            if count := _uncounted(tok, victim, text):
                found.append(TollMention(kind, count, victim, tok))
            continue
        number, modifiers = quantity
        if number.i == tok.i:
            continue
        count = _count(number, modifiers, text)
        if count is not None:
            heads = [tok, *([victim] if victim is not None else []), number]
            found.extend(_parts(kind, tok, number, heads, text, found))
            found.append(TollMention(kind, count, victim, tok))
            if victim is not None:
                found.extend(_listed(kind, tok, victim, number, text, found))
    for n, mention in enumerate(found):
        victim = mention.victim
        if victim is not None and victim.like_num:
            counted = next((c for p in victim.children if p.dep_ == "prep" and p.lower_ == "of"
                            for c in p.children if c.dep_ == "pobj"), None)
            if counted is not None:
                mention.victim = counted  # "35 of its citizens": whose are the citizens'
            elif not list(victim.children) and n:
                mention.victim = found[n - 1].victim  # "three of our men were killed and five were wounded"
    if not any(m.kind == "dead" for m in found):
        found += combined  # a combined toll only when the sentence gives no side's own
    sentence = sent.text
    if none := _NONE.search(sentence):
        words = none.group(0).lower()
        start = sent.start_char + none.start()
        span_text = text[start:start + len(none.group(0))]
        kinds = ["dead", "injured"] if ("casualt" in words or "loss" in words) else (
            ["injured"] if re.search(r"injur|hurt|wound", words) else ["dead"])
        for kind in kinds:
            if not any(m.kind == kind for m in found):
                found.append(TollMention(kind, Count(low=0, best=0, high=0, text=span_text), None, None))
    if (loss := _MILITARY_LOSS.search(sentence)) and not any(m.kind == "dead" for m in found):
        start = sent.start_char + loss.start()
        anchor = next((t for t in sent if t.lower_ == "losses"), None)
        victim = None
        if anchor is not None:
            victim = next((c for p in anchor.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"),
                          None)
        found.append(TollMention("dead", Count(low=1, text=text[start:start + len(loss.group(0))]), victim, anchor))
    return found
