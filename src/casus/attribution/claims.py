"""Claims: who says what, through whom, and who denies whom.

Per sentence, explicit constructions come first, read off the parse:
- "according to X" (fronted or trailing);
- a speech verb with a subject: "X said (in a statement) that …", "…, X said";
- a reporting noun with its source and content: "the information spread by X
  about Y", "the claims of X that Y", "X's statement": a ``report`` claim;
- a denial of such a report: "[the claims of X that Y] are an absolute lie",
  "Z rejected the claim of X that Y": a ``deny`` claim whose ``about`` is
  the report;
- quotes split across a cue ("“…,” X said. “…”").

The trained tagger (``casus.attribution.tagger``) then has its say, because
on PolNeAR it finds spans far better than these rules do: a rule's claim
takes the tagger's cue, source and content extents where the tagger found the
same cue, a speech verb the tagger does not read as a cue is dropped, and the
tagger's attributions the rules missed become claims too, behind the same
guards as the rules' (a speaker-like source for evidence verbs, no claim for
a bare country's "has shown"). Each content fragment is one claim. Stance,
reports, denials and who the source is stay the rules' work.

Then structure, as analysts read statements: a trailing "according to R"
makes R the relay (``via``) of the sentence's speaker; when the first claim
is an official statement ("said in a statement"), the sentences that name no
speaker belong to the statement's speaker, a source named inside the
statement is relayed by it, and a source named in a paragraph keeps the
floor until that paragraph ends. Outside statements a sentence that names no
speaker is the reporter's own and makes no claim (on PolNeAR dev, giving it to
the paragraph's last speaker cost 2.6 points of content F1); the floor still
says whom "he" or "the ministry" means.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from casus.actors import country_index, sector_of
from casus.attribution.polnear import trim_whitespace
from casus.attribution.sources import SourceRegistry, agent_span
from casus.attribution.tagger import TaggedAttribution, TaggedSpan
from casus.events.toll import DEAD_LEMMAS, INJURED_LEMMAS
from casus.ingest.dateline import dateline_spans
from casus.ingest.heading import statement_heading
from casus.model import Claim, Document, Source, Span

CUE_VERBS = frozenset(
    "say state announce report claim add note stress emphasize emphasise underline warn deny reject refute "
    "dismiss accuse blame tell write declare inform confirm insist allege threaten vow pledge argue explain "
    "reiterate assert maintain charge respond reply mention indicate urge demand condemn predict promise "
    "acknowledge admit reveal disclose".split()
)
DENY_VERBS = frozenset({"deny", "reject", "refute", "dismiss"})
REPORT_NOUNS = frozenset(
    "information claim statement allegation report accusation assertion message rumour rumor news "
    "version narrative".split()
)
_SPREAD_VERBS = frozenset("spread disseminate circulate voice make publish distribute".split())
STATEMENT_NOUNS = frozenset("statement interview message communique communiqué briefing release address".split())
DENIAL = re.compile(
    r"\b(do|does|did) not (reflect|correspond to|match) (the )?(reality|truth|facts)\b|"
    r"\b(absolute|outright|blatant|complete|total|another|a|an)?\s*(lie|lies|falsehood|fabrication|fabrications|"
    r"disinformation|misinformation|fake|slander|nonsense|provocation)\b|"
    r"\b(absolutely |completely |totally )?(false|untrue|baseless|groundless|unfounded|not true|fabricated)\b",
    re.IGNORECASE,
)
_SELF_REFERENCES = STATEMENT_NOUNS | {"report"}  # "the statement added": the speaker's own statement
_STATEMENT_CUE = re.compile(r"\bstatement\b|\bcommuniqu", re.IGNORECASE)


@dataclass
class _Found:
    """An explicit construction in one sentence, before sources are resolved."""

    source: tuple[int, int] | None  # character span of the source phrase
    cue: tuple[int, int]
    content: tuple[int, int]
    stance: str = "assert"
    relay: tuple[int, int] | None = None  # trailing "according to R": R relays the speaker
    report: _Found | None = None  # for a denial: the report it denies
    quote: bool = False
    unnamed: bool = False  # the tagger found a claim but no one who makes it
    more: list[tuple[int, int]] = field(default_factory=list)  # further fragments of what is said
    phrase: tuple[int, int] | None = None  # the source phrase as the text gives it, when ``source`` is its agent
    toll: bool = False  # what is said is a toll ("confirmed eight deaths"): a claim even where the tagger sees none
    coordinated: bool = False  # "A said …, and B said …": B's speech verb, inside A's words


def _span(tokens: list[Any]) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Whitespace off a cue or source span, punctuation kept: a cue may end in its colon ("he said:")."""
    return trim_whitespace(text, *span)


def _beside(text: str, source: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """A source phrase the tagger ran through the claim's own words ("X has suspended Y over the coup, the
    minister said" tagged from the sentence's start): only its part after them."""
    if source[0] <= content[0] < content[1] < source[1]:
        start = content[1]
        while start < source[1] and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        return (start, source[1])
    return source


def _subtree(tok: Any) -> list[Any]:
    return list(tok.subtree)


def _cue_tokens(verb: Any) -> list[Any]:
    """The verb with its auxiliaries, negation, particle, and "in a statement"."""
    tokens = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "through"):
            objects = [g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS]
            if objects:
                tokens.extend(_subtree(child))
    tokens.sort(key=lambda t: t.i)
    # keep the cue contiguous: stop at the first gap
    run = [tokens[0]]
    for tok in tokens[1:]:
        if tok.i == run[-1].i + 1:
            run.append(tok)
        elif tok.i > verb.i:
            break
        else:
            run = [tok]
    if verb not in run:
        run = [verb]
    return run


def _quotes(sent: Any) -> list[tuple[int, int]]:
    """Character spans of the double-quoted passages of a sentence (marks included)."""
    text = sent.text
    out = []
    for match in re.finditer(r"“[^”]*”|\"[^\"]*\"|«[^»]*»", text):
        out.append((sent.start_char + match.start(), sent.start_char + match.end()))
    return out


def according_to(sent: Any) -> list[_Found]:
    found = []
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= sent.end or tok.doc[tok.i + 1].lower_ != "to":
            continue
        to = tok.doc[tok.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            continue
        source_tokens = _subtree(objects[0])
        phrase_end = max(t.i for t in source_tokens) + 1
        cue = (tok.idx, to.idx + len(to))
        source = _span(source_tokens)
        fronted = tok.i - sent.start <= 2
        rest = tok.doc[phrase_end : sent.end] if fronted else tok.doc[sent.start : tok.i]
        content = _span(list(rest))
        if source and content:
            found.append(_Found(source, cue, content, relay=None if fronted else source))
    return found


_SPEAKER_NOUNS = frozenset(
    "official officials source sources spokesman spokeswoman spokesperson minister ministry side government "
    "president leader leadership army military command office service agency police witness witnesses resident "
    "residents statement message report journalist correspondent analyst expert experts observer observers "
    "authorities authority representative envoy ambassador embassy commander committee council party "
    "people person man woman".split()
) | frozenset(  # records that speak for their authors: "a poll shows", "the filing says"
    "poll survey study analysis investigation inquiry document documents data record records footage video "
    "letter filing memo transcript review audit".split()
)


def _speaker_like(tok: Any) -> bool:
    """Whether a subject can be a speaker: a name, a pronoun, a group or office, not "militarization"."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return tok.lemma_.lower() in _SPEAKER_NOUNS or tok.lower_ in _SPEAKER_NOUNS or sector_of(tok.text) is not None


# Verbs that state a figure when their object is a toll: "raised the death toll to 41", "put the toll at 12",
# "confirmed eight deaths", "recorded 30 casualties".
_TOLL_CUES = frozenset("raise put revise update bring set give confirm report announce record register "
                       "count".split())
_TOLL_WORDS = DEAD_LEMMAS | INJURED_LEMMAS | {"casualty", "victim"}


def _toll_word(tok: Any) -> bool:
    return tok.lemma_.lower() in _TOLL_WORDS or tok.lower_ in _TOLL_WORDS


def _toll_object(verb: Any) -> Any | None:
    """The verb's object when it is a toll: "the death toll", "eight deaths", "the death of 41 people"."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _toll_word(c)), None)


def _tells_toll(tokens: list[Any]) -> bool:
    """Whether words state dead or injured with a number ("five soldiers died", "eight deaths")."""
    return any(_toll_word(t) for t in tokens) and any(t.like_num and t.ent_type_ not in ("DATE", "TIME")
                                                       for t in tokens)


# What shows or proves a point is evidence, not a speaker ("the attack demonstrated that …").
_EVIDENCE_VERBS = frozenset("show demonstrate prove illustrate reflect mean signal indicate".split())


def _country_name(tok: Any) -> bool:
    """A country or its people as a bare subject ("Armenia", "the Azerbaijanis"), whatever NER called it."""
    return tok.ent_type_ in ("GPE", "NORP") or tok.text in country_index().forms


def _left_source(verb: Any, sent: Any) -> tuple[list[Any], int] | None:
    """"CONTENT, SOURCE said": the phrase between the last comma and a subjectless verb, and that comma's index."""
    tokens = []
    i = verb.i - 1
    while i >= sent.start and verb.doc[i].text not in (",", "—", "–", ";", ":"):
        tokens.insert(0, verb.doc[i])
        i -= 1
    if i <= sent.start or not tokens or len(tokens) > 12:
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in tokens):
        return None
    return tokens, i


def speech_verbs(sent: Any, extra_cues: set[int]) -> list[_Found]:
    """Claims around speech verbs: the listed ones, and the tagger's cues (``extra_cues``, token indices).

    A tagger cue outside the list is PolNeAR's broad notion of attribution ("backs", "mocked",
    "has shown"), so it opens a claim only with a named person or body as its subject: "Armenia
    has once again shown that …" in a ministry's statement is the ministry's judgement, not a
    claim by Armenia, and evidence verbs never make one.
    """
    found = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        toll_object = _toll_object(tok) if lemma in _TOLL_CUES and tok.pos_ == "VERB" else None
        if tok.pos_ not in ("VERB", "AUX") or (lemma not in CUE_VERBS and tok.i not in extra_cues
                                               and toll_object is None):
            continue
        tagged_only = lemma not in CUE_VERBS and toll_object is None
        if tagged_only and lemma in _EVIDENCE_VERBS:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        source_tokens: list[Any] | None = None
        content = None
        if subjects:
            subject = subjects[-1]  # two subjects are a misparse ("Briefing reporters, X said"): the nearer
            if not _speaker_like(subject) or (tagged_only and _country_name(subject)):
                continue
            source_tokens = _subtree(subject)
        elif tagged_only:
            continue
        else:
            left = _left_source(tok, sent)
            if left is None:
                continue
            source_tokens, comma = left
            content = _span(list(tok.doc[sent.start : comma]))
        cue_tokens = _cue_tokens(tok)
        quote = False
        complements = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        if content is None and complements:
            content = _span(_subtree(complements[0]))
        elif content is None and (lemma in DENY_VERBS or lemma in ("accuse", "blame", "condemn")):
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if objects:
                content = _span(_subtree(objects[0]))
        elif content is None and toll_object is not None:
            # "raised the death toll to 41 on Monday": the figure and what it is said with
            content = _span([t for t in tok.subtree if t.i >= toll_object.left_edge.i and not t.is_punct])
        if content is None:
            quotes = [q for q in _quotes(sent) if not (q[0] <= tok.idx < q[1])]
            if quotes:
                content, quote = quotes[0], True
        if content is None and tok.dep_ == "parataxis" and tok.head is not tok:
            inside = set(tok.subtree)
            content = _span([t for t in sent if t not in inside])
        if content is None:
            continue
        quote = quote or any(q[0] <= content[0] and content[1] <= q[1] + 1 for q in _quotes(sent))
        stance = "deny" if lemma in DENY_VERBS else "assert"
        said = [t for t in sent if content[0] <= t.idx < content[1]]
        coordinated = bool(subjects) and _coordinated(source_tokens, tok)  # type: ignore[arg-type]
        found.append(_Found(_span(source_tokens), _span(cue_tokens), content, stance=stance,  # type: ignore[arg-type]
                            quote=quote, toll=bool(subjects) and (toll_object is not None or _tells_toll(said)),
                            coordinated=coordinated))
    return found


def _coordinated(source: list[Any], verb: Any) -> bool:
    """"A said 300 were killed and B said 500 were": B's speech verb hangs inside A's words, its own subject
    just after a conjunction or a comma (a second speaker, not a nested report)."""
    if verb.dep_ not in ("ccomp", "conj") or verb.head.lemma_.lower() not in CUE_VERBS or not source:
        return False
    start = min(t.i for t in source)
    before = verb.doc[start - 1] if start > 0 else None
    return before is not None and before.i > verb.head.i and (
        before.pos_ == "CCONJ" or before.text in (",", ";") or before.lower_ in ("while", "whereas"))


def reported_claims(sent: Any) -> list[tuple[Any, _Found]]:
    """Noun phrases that carry another source's claim: (head noun, report)."""
    found = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REPORT_NOUNS:
            continue
        source_tok = cue_end = None
        content = None
        for child in tok.children:
            if child.dep_ == "poss":
                source_tok = child
            elif child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects and source_tok is None:
                    source_tok, cue_end = objects[0], child
            elif child.dep_ == "acl":
                for g in child.children:
                    if g.dep_ == "agent":
                        objects = [h for h in g.children if h.dep_ == "pobj"]
                        if objects:
                            source_tok, cue_end = objects[0], g
                    elif g.dep_ == "prep" and g.lower_ in ("about", "on", "regarding", "concerning") and not content:
                        content = _span(_subtree(g)[1:])
            if child.dep_ == "prep" and child.lower_ in ("about", "on", "regarding", "concerning"):
                content = _span(_subtree(child)[1:])
            elif child.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark"
                                                                 for g in child.children):
                content = _span(_subtree(child))
        if source_tok is None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPREAD_VERBS:
            verb = tok.head  # the parser took "spread" for the main verb: "the information spread by X about Y"
            for g in verb.children:
                if g.dep_ in ("agent", "prep") and g.lower_ == "by":
                    objects = [h for h in g.children if h.dep_ == "pobj"]
                    if objects:
                        source_tok, cue_end = objects[0], g
                elif g.dep_ == "prep" and g.lower_ in ("about", "on", "regarding", "concerning"):
                    content = _span(_subtree(g)[1:])
        if source_tok is None or content is None:
            continue
        source = _span(_subtree(source_tok)) if source_tok.dep_ != "poss" else _span(
            [t for t in _subtree(source_tok) if t.dep_ != "case"])
        cue_tokens = [tok] + ([cue_end] if cue_end is not None and cue_end.i > tok.i else [])
        cue = (min(t.idx for t in cue_tokens), max(t.idx + len(t) for t in cue_tokens))
        if cue_end is not None and cue_end.i > tok.i:
            cue = (tok.idx, cue_end.idx + len(cue_end))
        found.append((tok, _Found(source, cue, content, stance="report")))
    return found


def denials(sent: Any, reports: list[tuple[Any, _Found]]) -> list[_Found]:
    """"[report] is a lie": a denial of a reported claim by the sentence's speaker.

    The denial wording is looked for after the report's content rather than
    in the tree, because the small parser often misreads such sentences.
    """
    found = []
    for noun, report in reports:
        rest = [t for t in sent if t.idx >= report.content[1] and not t.is_space]
        match = DENIAL.search(sent.text[report.content[1] - sent.start_char :])  # doc.text is rebuilt per access
        if not rest or not match:
            continue
        phrase_start = min(t.idx for t in noun.subtree)
        cue_end = report.content[1] + match.end()
        cue = _span([t for t in rest if t.idx < cue_end])
        if cue:
            found.append(_Found(None, cue, (phrase_start, report.content[1]), stance="deny", report=report))
    return found


def _paragraph_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def _merge_relays(explicit: list[_Found]) -> list[_Found]:
    """"X said …, according to R": R relays X; the "according to" is no claim of its own."""
    speech = [f for f in explicit if f.relay is None and f.source is not None and f.stance != "deny"]
    kept = []
    for found in explicit:
        if found.relay is not None:
            before = [f for f in speech if f is not found and f.cue[1] <= found.cue[0]]
            if before:
                before[-1].relay = found.relay
                continue
        kept.append(found)
    return kept


def _split_coordinated(text: str, found: list[_Found]) -> list[_Found]:
    """"A said 300 were killed and B said 500 were killed": each speech verb its own claim; A's words end
    where B's sentence part begins (the conjunction left out)."""
    for inner in found:
        if not inner.coordinated or inner.source is None:
            continue
        start = inner.source[0]
        for outer in found:
            if outer is inner or not (outer.content[0] < start < outer.content[1]) or outer.cue[0] >= start:
                continue
            end = start
            head = text[outer.content[0]:end].rstrip()
            for joint in (" and", " but", " while", " whereas", ",", ";"):
                if head.endswith(joint):
                    head = head[: -len(joint)].rstrip()
                    break
            outer.content = (outer.content[0], outer.content[0] + len(head))
            outer.more = [m for m in outer.more if m[1] <= start]
    return found


def _tok_span(span: TaggedSpan) -> tuple[int, int]:
    return span.start, span.end


def _nearest(cue: TaggedSpan, spans: list[TaggedSpan]) -> TaggedSpan | None:
    """The argument span nearest the cue (the longest among equals)."""
    if not spans:
        return None
    return min(spans, key=lambda s: (max(cue.token_start - s.token_end, s.token_start - cue.token_end, 0),
                                     s.token_start - s.token_end))


def _refine(found: _Found, match: TaggedAttribution) -> None:
    """Give a rule's claim the tagger's spans: the rules know which part is said, the tagger where it
    starts and ends (PolNeAR dev, exact content F1: rules alone 0.18, with the tagger's extent 0.55)."""
    if found.stance == "deny" and found.source is None:
        return  # "[report] is a lie": the rules' reading of the report stays
    overlapping = [c for c in match.contents if c.start < found.content[1] and found.content[0] < c.end]
    content = max(overlapping, key=lambda c: min(c.end, found.content[1]) - max(c.start, found.content[0])) \
        if overlapping else _nearest(match.cue, match.contents)
    if content is not None:
        found.content = _tok_span(content)
        found.more = [_tok_span(c) for c in match.contents if c is not content]
    source = _nearest(match.cue, match.sources)
    if source is not None and found.relay is None:
        found.source = _tok_span(source)
    if not (found.cue[0] <= match.cue.start and match.cue.end <= found.cue[1]):
        found.cue = _tok_span(match.cue)  # "said:" rather than "said"; "said in a statement" stays whole


def _speaker_phrase(doc: Any, span: TaggedSpan | None) -> bool:
    """Whether a tagged source names a speaker: its head, or a word that qualifies the head ("the agency's
    director", "opposition lawmakers"), not a word further down ("the militarization by X"), nor a country
    whose deeds the head names ("Armenia's steps contradict …": a judgement of them, not a claim)."""
    if span is None:
        return False
    root = doc[span.token_start : span.token_end].root
    return _speaker_like(root) or any(
        c.dep_ in ("compound", "poss", "amod", "nmod") and _speaker_like(c)
        and not (c.dep_ == "poss" and _country_name(c)) for c in root.children)


class _Attributor:
    """Walks the sentences of one document, keeping track of who holds the floor."""

    def __init__(self, doc: Document, tagged: list[TaggedAttribution] | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.tagged = tagged  # None: no tagger, the rules work alone
        self.tagged_cues = {i for g in tagged or () for i in range(g.cue.token_start, g.cue.token_end)}
        self.tagged_in: dict[int, list[TaggedAttribution]] = {}  # sentence start -> its tagged cues (run())
        self.registry = SourceRegistry(doc.text)
        self.outlet = self.registry.outlet(doc.publisher) if doc.publisher else None
        self.claims: list[Claim] = []
        self.main: Claim | None = None  # the first claim: the document's principal statement
        self.statement_mode = False
        # An official statement's heading: its author and cue ("Statement of X", "X: …"); see read_heading
        self.heading: tuple[Source, tuple[int, int]] | None = None
        self.heading_end = 0
        self.datelines = dateline_spans(doc.text)
        self.floor: tuple[int, Claim] | None = None  # (paragraph, claim) of the source holding the floor
        self.last_quote: Claim | None = None

    def source_of(self, claim: Claim) -> Source:
        return next(s for s in self.registry.sources if s.id == claim.source)

    def add(self, source: Source, cue: tuple[int, int], content: tuple[int, int], stance: str = "assert",
            about: str | None = None, inherited: bool = False, named: tuple[int, int] | None = None) -> Claim:
        """A claim; ``named`` is where this sentence names its source, if it does."""
        claim = Claim(f"c{len(self.claims) + 1}", source.id, Span.of(self.text, *_strip(self.text, cue)),
                      Span.of(self.text, *_trim(self.text, content)), stance, about, inherited,
                      Span.of(self.text, *_strip(self.text, named)) if named else None)
        self.claims.append(claim)
        return claim

    def resolve(self, span: tuple[int, int], speaker: Source | None) -> Source | None:
        """A source phrase; "the statement" and its kin stand for the speaker; None when the phrase names
        no agent ("preliminary data", "that", "prompting X to" without X), see ``agent_span``."""
        head = self.text[span[0] : span[1]].lower().split()
        if head and head[-1] in _SELF_REFERENCES and len(head) <= 3:  # no speaker: a statement no one named
            referent = speaker or self.registry.unnamed()
            self.registry.mention(referent, *_strip(self.text, span))
            return referent
        agent = self.agent(span)
        if agent is None:
            return None
        return self.registry.resolve(*agent, speaker=speaker)

    def _named(self, found: _Found) -> tuple[int, int] | None:
        """Where a claim names its source: the phrase as written, and a mention of the source when it holds
        the agent's name (a record's phrase, "preliminary data", is no mention of the speaker)."""
        if found.phrase is None or found.phrase == found.source:
            return found.source
        if found.source is not None and found.phrase[0] <= found.source[0] and found.source[1] <= found.phrase[1]:
            source = next((s for s in self.registry.sources
                           if any(m.start == found.source[0] and m.end == found.source[1] for m in s.mentions)),
                          None)
            if source is not None:
                self.registry.mention(source, *_strip(self.text, found.phrase))
        return found.phrase

    def undated(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The span without a dateline it starts in ("CITY (Agency) — the ministry's spokesman")."""
        for start, end in self.datelines:
            if start <= span[0] < end:
                return (end, span[1]) if end < span[1] else None
        return span

    def agent(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """Where a source phrase names its agent (``agent_span``); "the statement" stands for the speaker."""
        undated = self.undated(span)
        if undated is None:
            return None
        span = undated
        head = self.text[span[0] : span[1]].lower().split()
        if head and head[-1] in _SELF_REFERENCES and len(head) <= 3:
            return span
        return agent_span(self.doc.parsed, *span)

    def name_agents(self, explicit: list[_Found], reports: list[tuple[Any, _Found]]) -> None:
        """Each found source becomes the agent it names; a record or a fragment names none (``source`` None,
        ``unnamed`` set: the claim is the floor's, else no one's), and a report that names none is dropped.

        The claim's ``source_span`` stays the phrase as written (PolNeAR's source extent: "A, in a briefing,",
        "the report"); the source's name and mention are the agent's (``_named``)."""
        for found in [*explicit, *(report for _noun, report in reports)]:
            if found.source is not None:
                found.phrase = self.undated(_beside(self.text, found.source, found.content))
                found.source = self.agent(found.phrase) if found.phrase else None
                found.unnamed = found.unnamed or found.source is None

    def principal(self) -> Source | None:
        """Who speaks the sentences no one else claims: a heading's author, else an official statement's
        first speaker; None in a news report (its own sentences are the reporter's)."""
        if self.heading is not None:
            return self.heading[0]
        if self.statement_mode and self.main is not None:
            return self.source_of(self.main)
        return None

    def headed_by(self, source: Source) -> bool:
        """Whether the page's title is a statement heading of ``source`` ("Defence Ministry: …" over a text
        whose first claim is that ministry's): the page relays that statement, sentence by sentence."""
        title = self.doc.title or ""
        found = statement_heading(title)
        return found is not None and self.registry.names(title[found.author[0] : found.author[1]], source)

    def read_heading(self) -> None:
        """A first line such as "Statement of the Ministry of X" or "Ministry of X: …" makes X the speaker
        of the body (``casus.ingest.heading``); a colon heading is also X's first claim."""
        body = self.text.lstrip()
        start = len(self.text) - len(body)
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        found = statement_heading(self.text[start:end])
        if found is None:
            return
        author = (start + found.author[0], start + found.author[1])
        source = self.resolve(author, None)
        if source is None:
            return
        cue = (start + found.cue[0], start + found.cue[1])
        if found.content is not None:
            self.add(source, cue, (start + found.content[0], start + found.content[1]), named=author)
        self.heading = (source, cue)
        self.heading_end = end
        self.registry.heading_country = source.country
        self.statement_mode = True

    def run(self) -> None:
        self.read_heading()
        sentences = list(self.doc.parsed.sents)
        starts = [sent.start_char for sent in sentences]
        for group in self.tagged or ():  # each sentence's tagged cues, found once rather than per sentence
            at = bisect_right(starts, group.cue.start) - 1
            if at >= 0 and group.cue.start < sentences[at].end_char:
                self.tagged_in.setdefault(starts[at], []).append(group)
        for sent in sentences:
            if sent.text.strip() and sent.end_char > self.heading_end:
                self.sentence(sent)
        main = self.heading[0] if self.heading else (self.source_of(self.main) if self.main else None)
        if self.outlet is not None and main is not None and main is not self.outlet and main.via is None:
            main.via = self.outlet.id
        self.registry.settle()
        self.doc.sources = self.registry.sources
        self.doc.claims = self.claims

    def sentence(self, sent: Any) -> None:
        paragraph = _paragraph_of(self.text, sent.start_char)
        if self.floor and self.floor[0] != paragraph:
            self.floor = None
        speaker = self.source_of(self.floor[1]) if self.floor else self.principal()
        reports = reported_claims(sent)
        explicit = self.with_tagged(sent, _merge_relays(according_to(sent) + speech_verbs(sent, self.tagged_cues)),
                                    reports)
        self.name_agents(explicit, reports)
        consumed: set[int] = set()
        made: list[Claim] = []
        for found in sorted(explicit, key=lambda f: f.cue[0]):
            source = self.resolve(found.source, speaker) if found.source else speaker
            if source is None and found.unnamed:
                source = self.registry.unnamed()
            if source is None:
                continue
            if found.stance == "deny":  # "X rejected the claim of Y that …": about Y's report
                for noun, report in reports:
                    if found.content[0] <= noun.idx < found.content[1] and id(report) not in consumed:
                        found.report = report
                        consumed.add(id(report))
                        break
            made.append(self.explicit(found, source, speaker, paragraph))
        # "[Y's claim that …] is a lie": spoken by this sentence's explicit speaker, else the floor's
        for found in denials(sent, [(n, r) for n, r in reports if id(r) not in consumed]):
            consumed.add(id(found.report))
            around = [c for c in made if c.content.start <= found.cue[0] < c.content.end + 2]
            source = self.source_of(around[0]) if around else speaker
            if source is not None:
                made.append(self.explicit(found, source, speaker, paragraph))
        for _noun, report in reports:
            if id(report) not in consumed and (report.source or report.phrase):
                # "the claims circulating in several videos": a report no one named
                reporter = self.resolve(report.source, speaker) if report.source else self.registry.unnamed()
                if reporter is not None and reporter is not speaker:
                    made.append(self.add(reporter, report.cue, report.content, "report", named=self._named(report)))
        if not made:
            self.unattributed(sent, paragraph)

    def with_tagged(self, sent: Any, explicit: list[_Found],
                    reports: list[tuple[Any, _Found]] = ()) -> list[_Found]:  # type: ignore[assignment]
        """The rules' claims with the tagger's spans, plus the tagger's attributions the rules missed.

        A speech verb of the rules that the tagger does not read as a cue is dropped: on PolNeAR
        dev that raised cue precision from 0.76 to 0.79 for 0.3 points of recall. "According to" and
        the rules' reports and denials stay whatever the tagger says; a tagged cue on a report's noun
        ("X's claims that …") is that report, never a claim of its own.
        """
        if self.tagged is None:
            return explicit
        doc = sent.doc
        groups = self.tagged_in.get(sent.start_char, [])
        used = {id(g) for g in groups for noun, _r in reports
                if g.cue.token_start <= noun.i < g.cue.token_end}
        kept = []
        for found in explicit:
            match = next((g for g in groups if g.cue.start < found.cue[1] and found.cue[0] < g.cue.end), None)
            if match is None:
                if found.stance == "assert" and not (found.toll or found.coordinated) and \
                        not self.text[found.cue[0]:found.cue[1]].lower().startswith("accord"):
                    continue
            else:
                used.add(id(match))
                _refine(found, match)
            kept.append(found)
        for group in groups:
            if id(group) not in used and (found := self.from_tagger(doc, sent, group)) is not None:
                kept.append(found)
        return _split_coordinated(self.text, kept)

    def from_tagger(self, doc: Any, sent: Any, group: TaggedAttribution) -> _Found | None:
        """A claim the rules missed, from the tagger's cue, source and content.

        PolNeAR's cues are broad, so the same guards as the rules' apply: evidence verbs ("the
        militarization indicated that …") need a speaker or a record as subject; inside a statement
        or a speaker's paragraph, a cue outside the speech verbs needs a named speaker; a bare
        country with such a cue ("Armenia has shown that …") is a judgement about it, not its claim.
        """
        root = doc[group.cue.token_start : group.cue.token_end].root
        lemma = root.lemma_.lower()
        content, source = _nearest(group.cue, group.contents), _nearest(group.cue, group.sources)
        if content is None:
            return None
        if root.pos_ == "NOUN" and lemma in REPORT_NOUNS:
            # "X's claims that …" the rules did not read: X's report, of the complement clause only
            clause = next((c for c in root.children if c.dep_ in ("acl", "ccomp", "relcl")
                           and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
            said = _span(_subtree(clause)) if clause is not None else _tok_span(content)
            return _Found(_tok_span(source) if source else None, _tok_span(group.cue), said, stance="report",
                          unnamed=source is None and self.floor is None and not self.statement_mode)
        if lemma in _EVIDENCE_VERBS and not _speaker_phrase(doc, source):
            return None
        if lemma not in CUE_VERBS:
            if (self.statement_mode or self.floor is not None) and not _speaker_phrase(doc, source):
                return None
            if source is not None and all(t.ent_type_ == "GPE" or t.text in country_index().forms or t.is_punct
                                          or t.lower_ == "the" for t in doc[source.token_start : source.token_end]):
                return None
        quote = any(q[0] <= content.start and content.end <= q[1] + 1 for q in _quotes(sent))
        return _Found(_tok_span(source) if source else None, _tok_span(group.cue), _tok_span(content),
                      stance="deny" if lemma in DENY_VERBS else "assert", quote=quote,
                      unnamed=source is None and self.floor is None and not self.statement_mode,
                      more=[_tok_span(c) for c in group.contents if c is not content])

    def explicit(self, found: _Found, source: Source, speaker: Source | None, paragraph: int) -> Claim:
        about = None
        if found.report is not None and (found.report.source or found.report.phrase):
            report = found.report
            reporter = self.resolve(report.source, source) if report.source else self.registry.unnamed()
            if reporter is not None and reporter is not source:
                about = self.add(reporter, found.report.cue, found.report.content, "report",
                                 named=self._named(found.report)).id
        claim = self.add(source, found.cue, found.content, found.stance, about, named=self._named(found))
        for fragment in found.more:  # "“…,” he said, “…”": one claim per fragment, as a split quote gives
            self.add(source, found.cue, fragment, found.stance, about, named=self._named(found))
        if found.relay and (agent := agent_span(self.doc.parsed, *found.relay)) is not None:
            relay = self.registry.resolve(*agent)
            if relay is not None and relay is not source:
                if relay.sector in (None, "MED") and relay.kind in ("organization", "person", "outlet"):
                    relay.kind, relay.sector = "outlet", "MED"
                source.via = source.via or relay.id
        if self.main is None:
            self.main = claim
            self.statement_mode = self.heading is not None or bool(_STATEMENT_CUE.search(claim.cue.text)) \
                or self.headed_by(source)
        elif speaker is not None and source is not speaker and source.via is None and source.kind != "outlet":
            source.via = speaker.id
        if found.quote:
            self.last_quote = claim
        # another's report ("X's claims that …") never takes the floor, nor does the speaker's own denial of it
        if found.stance == "assert" or (found.stance == "deny" and self.floor is None and found.source is not None):
            self.floor = (paragraph, claim)
        return claim

    def unattributed(self, sent: Any, paragraph: int) -> None:
        """A sentence naming no speaker: a quote's continuation, or the floor holder's words."""
        sentence = _span(list(sent))
        if sentence is None or any(c.content.start <= sentence[0] and sentence[1] <= c.content.end + 1
                                   for c in self.claims[-3:]):
            return  # already inside what a claim says (a fragment that runs on)
        if self.last_quote and self.floor and sent.text.lstrip().startswith(("“", '"', "«")):
            quote = self.last_quote
            self.add(self.source_of(quote), (quote.cue.start, quote.cue.end), sentence)
            return
        if not self.statement_mode:
            return  # a news report's own sentences are the reporter's, not the last quoted speaker's
        if self.floor is not None:
            holder = self.floor[1]
            self.add(self.source_of(holder), (holder.cue.start, holder.cue.end), sentence, inherited=True)
        elif self.heading is not None:
            self.add(self.heading[0], self.heading[1], sentence, inherited=True)
        elif self.main is not None:
            self.add(self.source_of(self.main), (self.main.cue.start, self.main.cue.end), sentence, inherited=True)


def attribute(doc: Document, tagged: list[TaggedAttribution] | None = None) -> None:
    """Fill ``doc.sources`` and ``doc.claims`` from ``doc.parsed`` and the tagger's attributions."""
    _Attributor(doc, tagged).run()
