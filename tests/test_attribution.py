"""Sources and claims, on the page that started the project and on texts written for these tests."""

from __future__ import annotations

import pytest

from casus.model import Document
from tests.conftest import shared_path


def _source(doc: Document, source_id: str):
    return next(s for s in doc.sources if s.id == source_id)


def _claims_by(doc: Document, **where):
    return [c for c in doc.claims if all(getattr(_source(doc, c.source), k) == v for k, v in where.items())]


def test_shared_example_sources_nesting_and_denial(analyse):
    doc = analyse(shared_path("examples", "report-az-mfa-2022-09-13.txt").read_text(encoding="utf-8"))
    outlet = next(s for s in doc.sources if s.kind == "outlet")
    assert outlet.name == "Report"
    mfa = next(s for s in doc.sources if s.name == "Ministry of Foreign Affairs of Azerbaijan")
    mod = next(s for s in doc.sources if s.name == "Ministry of Defence of Azerbaijan")
    assert (mfa.country, mfa.sector, mfa.via) == ("AZE", "GOV", outlet.id)
    assert (mod.country, mod.sector, mod.via) == ("AZE", "MIL", mfa.id)

    denials = [c for c in doc.claims if c.stance == "deny" and c.source == mfa.id]
    assert denials, "the Foreign Ministry denies Armenia's claim"
    report = next(c for c in doc.claims if c.id == denials[0].about)
    assert report.stance == "report"
    assert _source(doc, report.source).country == "ARM"
    assert "targeting of the civilian population" in report.content.text

    # at least 90% of the body's sentences lie in what the two ministries say
    said = [c for c in doc.claims if c.source in (mfa.id, mod.id)]
    sentences = list(doc.parsed.sents)
    covered = 0
    for sent in sentences:
        inside = sum(
            1 for i in range(sent.start_char, sent.end_char)
            if any(c.content.start <= i < c.content.end or c.cue.start <= i < c.cue.end for c in said)
        )
        covered += inside >= 0.5 * (sent.end_char - sent.start_char)
    assert covered >= 0.9 * len(sentences)


def test_denial_in_the_mirror_direction(analyse):
    doc = analyse(
        "The defence ministry of Armenia said on Tuesday that enemy drones had hit two posts near Jermuk, "
        "close to the border with Azerbaijan.\n\n"
        "The ministry said that the statements of the other side's ministry that we started the shelling "
        "are an absolute lie."
    )
    deny = next(c for c in doc.claims if c.stance == "deny")
    denier = _source(doc, deny.source)
    assert denier.country == "ARM" and denier.sector == "MIL"
    report = next(c for c in doc.claims if c.id == deny.about)
    assert report.stance == "report" and "we started the shelling" in report.content.text
    assert _source(doc, report.source).country == "AZE"  # "the other side": the document's other country


def test_fronted_according_to(analyse):
    doc = analyse("According to the interior ministry, three police officers were injured in the clashes.")
    (claim,) = doc.claims
    assert claim.cue.text == "According to"
    assert claim.content.text.startswith("three police officers were injured")
    assert _source(doc, claim.source).name.startswith("Ministry of Internal Affairs")


@pytest.mark.parametrize(("text", "cue", "named", "said", "country", "sector"), [
    # a quote continued in the next sentence
    ("“Our positions came under mortar fire shortly after midnight,” the ministry of defence of Georgia "
     "said in a statement. “The fire was returned.”", "said in a statement", "the ministry of defence of Georgia",
     ("mortar fire", "The fire was returned"), "GEO", "MIL"),
    # one sentence, two fragments around the cue: one claim per fragment
    ("“We did not fire first,” the border guard spokesman told reporters, “and we will not answer any "
     "provocation.”", "told", "the border guard spokesman", ("fire first", "any provocation"), None, "MIL"),
])
@pytest.mark.usefixtures("tagger")
def test_quote_split_across_a_cue(analyse, text, cue, named, said, country, sector):
    doc = analyse(text)
    first, second = doc.claims
    assert first.source == second.source and first.cue == second.cue
    assert first.cue.text == cue and first.source_span.text == named
    assert said[0] in first.content.text and said[1] in second.content.text
    assert (_source(doc, first.source).country, _source(doc, first.source).sector) == (country, sector)


def test_unnamed_source(analyse):
    doc = analyse("Two civilians were killed in the village overnight, officials said.")
    (claim,) = doc.claims
    source = _source(doc, claim.source)
    assert source.kind == "unnamed" and source.name == "officials"
    assert claim.content.text.startswith("Two civilians were killed")


@pytest.mark.parametrize(("name", "iso3"), [("South Korea", "KOR"), ("The United States", "USA"),
                                           ("New Zealand", "NZL")])
def test_a_country_named_in_several_words_speaks_for_its_state(analyse, name, iso3):
    """Written for this test: the speaker is the whole name, not its last word ("Korea", "States" are no
    country by themselves), so the claim is the state's and "it" in it is that state."""
    doc = analyse(f"{name} said on Monday that it would recall its envoy.")
    (claim,) = doc.claims
    source = _source(doc, claim.source)
    assert (source.kind, source.country) == ("country", iso3)


def test_statement_inheritance_and_paragraph_floor(analyse):
    doc = analyse(
        "The ministry of foreign affairs of Armenia said in a statement that the border had been shelled.\n\n"
        "According to the defence ministry of Armenia, the shelling lasted two hours. Three soldiers were hurt.\n\n"
        "Such actions will not go unanswered."
    )
    mfa = next(s for s in doc.sources if s.name == "Ministry of Foreign Affairs of Armenia")
    mod = next(s for s in doc.sources if s.name == "Ministry of Defence of Armenia")
    assert mod.via == mfa.id
    hurt = next(c for c in doc.claims if "Three soldiers were hurt" in c.content.text)
    assert hurt.source == mod.id and hurt.inherited
    threat = next(c for c in doc.claims if "will not go unanswered" in c.content.text)
    assert threat.source == mfa.id and threat.inherited


def test_no_claim_without_a_speaker(analyse):
    doc = analyse("The growing militarization along the border indicated that a provocation was planned.")
    assert doc.claims == []


def test_tagger_cues_outside_the_verb_list_need_a_named_speaker():
    """PolNeAR's broad cues ("hinted", "has shown") open a claim only for a person or body."""
    from casus.attribution.claims import speech_verbs
    from casus.nlp import load_nlp

    nlp = load_nlp()

    def claims(text: str, cue: str) -> list:
        doc = nlp(text)
        (index,) = [t.i for t in doc if t.text == cue]
        return speech_verbs(next(iter(doc.sents)), {index})

    assert claims("Senator Smith hinted that taxes would fall next year.", "hinted")
    # a country's deeds as evidence in someone else's statement, and evidence verbs
    assert claims("Armenia has once again hinted that it will not sign the treaty.", "hinted") == []
    assert claims("Senator Smith has shown that taxes can fall.", "shown") == []
    assert claims("Taxes will fall next year, Senator Smith hinted.", "hinted")


def test_a_countrys_deeds_are_no_speaker():
    """Written for this test: a tagged source names a speaker by its head or a qualifier, but a country
    owning the head's deeds ("Russia's steps contradict …") makes no claim of it, while a body of the
    country speaks ("Russia's foreign ministry"). Seen on the example when the tagger, trained on another
    CPU, tagged "contradict" as a cue in the ministry's statement."""
    from casus.attribution.claims import _speaker_phrase
    from casus.attribution.tagger import TaggedSpan
    from casus.nlp import load_nlp

    nlp = load_nlp()

    def speaks(text: str, phrase: str) -> bool:
        doc = nlp(text)
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase))
        return _speaker_phrase(doc, TaggedSpan("Source", start, start + len(phrase), span.start, span.end))

    assert not speaks("Russia's steps completely contradict the peace process.", "Russia's steps")
    assert not speaks("France's actions undermine the talks.", "France's actions")
    assert speaks("Russia's foreign ministry rejected the report.", "Russia's foreign ministry")
    assert speaks("The agency's director rejected the report.", "The agency's director")


def test_context_clusters_round_trip_and_degrade(tmp_path):
    """Centroids fitted on parsed docs are deterministic, survive saving, and a doc without
    vectors simply gets no cluster features."""
    from casus.attribution.tagger import context_clusters, fit_clusters, load_clusters, save_clusters
    from casus.nlp import load_nlp

    nlp = load_nlp()
    docs = list(nlp.pipe(["The ministry said on Monday that the border was calm.",
                          "Officials denied the report, calling it a fabrication.",
                          "According to the army, two soldiers were wounded near the village."] * 20))
    first, again = fit_clusters(docs, sizes=(4, 8)), fit_clusters(docs, sizes=(4, 8))
    assert [c.shape for c in first] == [(4, 96), (8, 96)]
    assert all((a == b).all() for a, b in zip(first, again, strict=True))
    path = tmp_path / "model.clusters.npy"
    save_clusters(path, first)
    loaded = load_clusters(path)
    ids = context_clusters(docs[0], loaded)
    assert len(ids) == 2 and len(ids[0]) == len(docs[0]) and max(ids[1]) < 8
    assert ids == context_clusters(docs[0], first)
    bare = nlp.make_doc("No parse here.")
    assert context_clusters(bare, loaded) == []
    assert load_clusters(tmp_path / "missing.npy") == []


@pytest.mark.usefixtures("tagger")
def test_a_damaged_cached_tagger_is_never_opened(tmp_path, monkeypatch):
    """crfsuite reads a model file cut short past its end (a crash, not an error): a damaged cached model is
    found before it is opened, and without PolNeAR to build it again the tagger is unavailable (attribution
    then warns and uses its rules)."""
    import shutil

    from casus.attribution import model as M
    from casus.attribution.tagger import args_path, clusters_path, prior_path
    from casus.attribution.train import default_model_path

    source = default_model_path()
    path = tmp_path / source.name
    for make in (lambda p: p, args_path, prior_path, clusters_path):
        shutil.copyfile(make(source), make(path))
    assert not M.damaged(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert M.damaged(path)
    monkeypatch.setattr(M, "polnear_dir", lambda: None)
    with pytest.raises(M.TaggerUnavailable, match="damaged"):
        M.get_tagger.__wrapped__(path)
    path.write_bytes(data)
    prior_path(path).write_text("{", encoding="utf-8")
    assert M.damaged(path)


@pytest.mark.usefixtures("tagger")
def test_tagger_finds_what_the_verb_list_misses(analyse):
    """The trained tagger opens claims the rules' verb list lacks, each naming its source phrase."""
    doc = analyse("The harbour master has warned that the storm could close the port, and the shipping union "
                  "insisted that crews be paid during the closure.")
    said = {(c.source_span.text, c.cue.text, c.content.text) for c in doc.claims}
    assert ("The harbour master", "has warned", "that the storm could close the port") in said
    assert ("the shipping union", "insisted", "that crews be paid during the closure") in said
    doc = analyse("The river authority's director conceded that the dam had been opened too late.")
    (claim,) = doc.claims
    assert claim.cue.text == "conceded" and _source(doc, claim.source).name == "river authority's director"


@pytest.mark.usefixtures("tagger")
def test_a_pronoun_without_antecedent_is_an_unnamed_speaker(analyse):
    doc = analyse('He said: "The convoy will not cross the river tonight."')
    (claim,) = doc.claims
    assert claim.cue.text == "said:" and claim.source_span.text == "He"
    assert _source(doc, claim.source).kind == "unnamed"
    assert "convoy will not cross" in claim.content.text


def test_a_news_report_keeps_its_own_sentences(analyse):
    """Outside an official statement, the sentence after a claim is the reporter's, not the speaker's."""
    doc = analyse("Officials said the bridge over the river was shut on Sunday. "
                  "Traffic was diverted to the southern road.")
    (claim,) = doc.claims
    assert claim.content.text == "the bridge over the river was shut on Sunday"


@pytest.mark.usefixtures("tagger")
def test_evidence_needs_a_speaker_or_a_record(analyse):
    assert analyse("The growing militarization along the border indicated that a provocation was planned.").claims == []
    doc = analyse("A survey of fishermen shows that catches fell by a third last year.")
    (claim,) = doc.claims
    assert claim.source_span.text == "A survey of fishermen"


def test_claim_source_spans_are_mentions_of_their_source(analyse):
    doc = analyse(shared_path("examples", "report-az-mfa-2022-09-13.txt").read_text(encoding="utf-8"))
    named = [c for c in doc.claims if c.source_span is not None]
    assert len(named) >= 3
    for claim in named:
        assert claim.source_span in _source(doc, claim.source).mentions
    assert all(c.source_span is None for c in doc.claims if c.inherited)


def test_a_source_phrase_run_through_the_claims_words_keeps_only_its_part_after_them():
    """The tagger may tag a source from the sentence's start through the claim's words ("X has suspended Y
    over the coup, the minister said"): the source is then only the part after those words, so that the
    claim's actor is not taken for the speaker."""
    from casus.attribution.claims import _beside

    text = "The bloc suspended the member state over the coup, the minister said."
    content = (0, text.index(","))
    source = (0, text.index(" said"))
    assert text[slice(*_beside(text, source, content))] == "the minister"
    after = (text.index("the minister"), text.index(" said"))
    assert _beside(text, after, content) == after


def test_us_in_capitals_is_the_united_states_not_a_pronoun(analyse):
    """Written for this test: "US said" is the United States speaking; read as the pronoun "us" it became an
    unnamed "we" (the event coder's actors had the same fault)."""
    doc = analyse("Delegates met in the capital. US said on Monday that the talks had failed.")
    (claim,) = [c for c in doc.claims if c.cue.text == "said"]
    source = _source(doc, claim.source)
    assert (source.name, source.country) == ("United States", "USA")
