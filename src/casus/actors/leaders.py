"""The country of a head of state or government, or a foreign or defence minister, named without it (tables:
``leaders.tsv``, ``ministers.tsv``).

Why: news names leaders by name alone ("President Bachelet warned …", "Rutte met …"), and event coders
code them as their state; the sentence's first country is often the other party's. The tables are general
knowledge (every state's heads of state and government and foreign ministers since 1989, the larger states'
defence ministers), not fitted to any evaluation set.

A full name ("Jacinda Ardern") counts unless the tables give it to several states. A surname alone ("Ardern")
counts for the state whose office-holders of that name served at least twice as long as any other's, where it is
not also an everyday word or a common name (``_COMMON``) and the parse calls it a person or a title stands before
it ("President Bachelet"); never a royal's given name after a title ("Prince Faisal").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

# Surnames that are also everyday words or that many non-leaders carry ("Brown said" is seldom Gordon Brown).
_COMMON = frozenset(
    "may major brown johnson smith lee kim khan singh ali ahmed ahmad mohammed muhammad hassan hussein rahman "
    "white black green young king hope rice wood park moon chan wong lim tan li wang zhang liu chen yang "
    "sharif shah patel gandhi jones williams davies evans harris martin clark lewis walker hall allen scott "
    "morales garcia rodriguez fernandez gonzalez lopez perez sanchez ramirez torres flores rivera gomez diaz "
    "silva santos costa souza pereira alves ferreira rocha mendes nguyen tran pham le hoang "
    # everyday words and places, and given names that are also some leader's surname
    "said note nova parts store turk frank henry james joseph paul pierre rene thomas philip arthur nathan moses "
    "roger davis miller price taylor moore perry stuart mason howard shaw palmer bird drew horn gross lange marco "
    "jesus monaco nepal mesa rosa roman palma junior jean henri duncan burton bryant sawyer wade sang ling tang "
    "peng dung alexis elias luka michal pavel novak ivanov popov mills hinds lopes gomes sousa soares medina "
    "molina moreno rivas mejia solis cruz reina vital lobo lugo franco lagos omar ismail hamid khalid rashid "
    "tariq bilal saeed ashraf jalil idris musa moussa yassin farah mahdi madi salman saleh salih salam sharma "
    "yadav patil chand biswas karki thapa diallo camara sylla keita konate sidibe ndiaye diouf faye seck sacko "
    "maiga fofana sall kabir haas berger frick meri simon".split())
_REGNAL = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi jr sr".split())
_TABLES = ("leaders.tsv", "ministers.tsv")
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_ROYAL = frozenset("king queen prince princess emir sultan sheikh shaikh crown".split())
# Words before a name that say its bearer holds office.
TITLES = frozenset("president premier chancellor king queen emir sultan sheikh prince minister pm leader "
                   "dictator general ayatollah secretary".split())


def _fold(text: str) -> str:
    """Lower case without accents: "Çavuşoğlu" is written "Cavusoglu" too; a name's "-yan" is spelt "-ian" as often
    ("Kocharyan", "Kocharian")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.sub(r"yan\b", "ian", folded)


def _bare(words: list[str]) -> list[str]:
    """A folded name's words without middle initials and a generation suffix ("ferdinand r marcos jr")."""
    return [w for w in words if len(w) > 1 and w not in _SUFFIXES]


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str | None], dict[str, str]]:
    """Full names and usable surnames (lower case) to ISO3."""
    full: dict[str, str | None] = {}  # None: a name the table gives several states
    years: dict[str, dict[str, int]] = {}  # surname -> country -> years in office of its leaders of that name
    here = Path(__file__).parent
    for line in (line for name in _TABLES for line in (here / name).read_text(encoding="utf-8").splitlines()):
        if not line or line.startswith("#"):
            continue
        name, iso3, span = line.split("\t")
        words = _fold(name).replace(".", "").split()
        key = " ".join(words)
        full[key] = iso3 if full.get(key, iso3) == iso3 else None
        bare = " ".join(_bare(words))  # "ferdinand marcos" for "… Jr."
        if bare != key and " " in bare:
            full[bare] = iso3 if full.get(bare, iso3) == iso3 else None
        if words[-1] in _REGNAL or len(words) < 2:
            continue  # "Mohammed VI", "Elizabeth II": a regnal name counts only in full
        first, last = (int(y) for y in span.split("-"))
        held = years.setdefault(words[-1], {})
        held[iso3] = held.get(iso3, 0) + last - first + 1
    # a surname counts for the state whose leaders of that name held office at least twice as long as any other's
    # (a long-serving president's, not a later premier's of another state), and not where it is a common word or name
    unique = {}
    for surname, held in years.items():
        ranked = sorted(held.values(), reverse=True)
        if len(surname) > 3 and surname not in _COMMON and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
            unique[surname] = max(held, key=held.__getitem__)
    return full, unique


def leader_of(words: list[str], person: bool) -> str | None:
    """The country led by the person the name ``words`` (in order, any case) name: a full name of the table
    within them, else a usable surname last, where a title stands before it or ``person`` says the words name one."""
    words = [_fold(w).replace(".", "").strip(",'’") for w in words]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words if w]
    if not words:
        return None
    full, unique = _index()
    for start in range(len(words) - 1):
        for end in range(len(words), start + 1, -1):
            if " ".join(words[start:end]) in full:
                return full[" ".join(words[start:end])]  # (None where several states had a leader of that name)
    # "Ferdinand R. Marcos Jr.": the name without its middle initials and a generation suffix (a regnal name, which the
    # table writes in full, was matched above)
    bare = _bare(words)
    if bare != words:
        for start in range(len(bare) - 1):
            if " ".join(bare[start:]) in full:
                return full[" ".join(bare[start:])]
    last = words[-1]
    if len(words) > 1 and words[-2] in _ROYAL:
        return None  # "Prince Faisal", "Sultan Qaboos": a royal's given name, which no surname rule reads
    if last in unique and (person or any(w in TITLES for w in words[:-1])):
        return unique[last]
    return None


def leader_country(head: Any, speaking: bool = False) -> str | None:
    """The country the person named by the phrase headed by ``head`` leads (or led), if the table knows them:
    the head with the name words before it ("Jacinda Ardern", "President Bachelet"); ``speaking``: the name is
    one the attribution found saying something, so someone, whatever tag the parse gives it."""
    if head.pos_ != "PROPN" and not (speaking and head.is_title):  # (a speaker's surname the parse calls a noun)
        return None
    name = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i >= head.i - 4] + [head]
    if head.i > 0 and head.doc[head.i - 1].lower_ in TITLES and head.doc[head.i - 1] not in name:
        name.append(head.doc[head.i - 1])  # "President Bachelet" with the title parsed apart
    # a name the small model tags as a person or an organisation (a surname alone may be an ORG to it), not a place
    return leader_of([t.text for t in sorted(name, key=lambda t: t.i)],
                     speaking or head.ent_type_ in ("PERSON", "ORG"))
