"""The country of an event's actor: the dictionary's forms, peoples named by a demonym, and the country
an actor takes from its context when its own words name none (``participants.inferred_country``)."""

from __future__ import annotations

import pytest

from casus.actors import country_index, sector_of
from casus.events.participants import Perspective, inferred_country
from tests.conftest import coder

code = coder("2024-05-02")


@pytest.fixture(scope="module")
def parse():
    from casus.nlp import Analyzer

    nlp = Analyzer().nlp
    return lambda text: nlp(text)


def _first_actor(text: str, trigger: str):
    """The first actor of the event whose trigger is the word ``trigger`` (whatever type it is coded)."""
    doc = code(text)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, f"no event at {trigger!r} in {[(e.event, e.trigger.text) for e in doc.events]}"
    assert found[0].actors, f"no actor for {trigger!r}"
    return found[0].actors[0]


@pytest.mark.parametrize(("text", "iso3"), [("GHANA'S military rulers", "GHA"), ("THE KENYAN police", "KEN")])
def test_a_country_set_in_capitals_is_found(text: str, iso3: str) -> None:
    """Written for this test: some outlets open a story in capitals; a capital city in capitals is left to the
    dateline reader."""
    assert [m.iso3 for m in country_index().find(text)] == [iso3]
    assert not country_index().find("LUSAKA, Dec 2 -")


@pytest.mark.parametrize(("form", "iso3"), [
    ("Argentine", "ARG"), ("Argentines", "ARG"), ("Burma", "MMR"), ("Macedonia", "MKD"), ("Britons", "GBR"),
    ("Northern Ireland", "GBR"), ("White House", "USA"), ("Downing Street", "GBR"), ("Serbs", "SRB"),
    ("U.S", "USA"), ("Belgrade", "SRB"), ("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG"),
    ("Congo", "COD"), ("Congo Republic", "COG"), ("Côte d’Ivoire", "CIV"), ("Nepali", "NPL"), ("Nepalis", "NPL"),
    ("Belarussian", "BLR"), ("Byelorussian", "BLR"), ("Slovakian", "SVK"), ("Djiboutian", "DJI"),
    ("Maldivian", "MDV"), ("Salvadorean", "SLV")])
def test_dictionary_knows_common_news_forms(form: str, iso3: str) -> None:
    found = country_index().find(f"Yesterday {form} said nothing.")
    assert [(m.text, m.iso3) for m in found] == [(form, iso3)]


def test_parts_of_names_are_not_countries() -> None:
    assert not country_index().find("Floods hit New South Wales and New England.")
    found = country_index().find("Gunmen struck in Mexico State, Mexico, and in Mexico State again.")
    assert [m.iso3 for m in found] == ["MEX"]  # a state of Mexico, named once as the country
    assert [m.iso3 for m in country_index().find("The US State Department said so.")] == ["USA"]


def test_nationality_adjective_names_the_actor_country() -> None:
    actor = _first_actor("An Argentine court ordered the arrest of two bankers over fraud in Chile.", "arrest")
    assert actor.country == "ARG"


def test_people_named_by_demonym_take_the_country_they_live_in() -> None:
    actor = _first_actor("The Hungarians of western Romania demanded autonomy from the government.", "demanded")
    assert actor.country == "ROU"


def test_an_ethnic_group_takes_the_country_the_sentence_is_about() -> None:
    actor = _first_actor("Ethnic Hungarians have demanded more schools near Romania's border, "
                         "Romanian officials said.", "demanded")
    assert actor.country == "ROU"


def test_nationals_named_by_demonym_keep_their_country() -> None:
    actor = _first_actor("Hundreds of Hungarians demanded higher pensions in a march.", "demanded")
    assert actor.country == "HUN"


def test_an_unplaced_body_takes_the_only_country_of_its_sentence() -> None:
    actor = _first_actor("President Okello banned Kenyan opposition candidates from the vote.", "banned")
    assert (actor.country, actor.sector) == ("KEN", "GOV")


def test_a_party_takes_the_only_country_of_its_sentence() -> None:
    actor = _first_actor("The Green party began a boycott of Peru's regional elections on Sunday.", "boycott")
    assert actor.country == "PER"


def test_a_state_named_as_the_other_party_is_not_the_actors() -> None:
    actor = _first_actor("The president met the Norwegian prime minister on Monday.", "met")
    assert actor.country is None


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Local officials welcomed the Kenyan farmers at the border.", "officials", "KEN"),
    ("The mayor opened a school in a town in Kenya.", "mayor", "KEN"),
    ("The president met the Norwegian prime minister on Monday.", "president", None),  # another state's
    ("Government officials condemned the Chilean raids on Tuesday.", "officials", None),  # another's act
    ("The president criticised Norway.", "president", None),  # a state by name is a party
    ("Twelve villagers, including one Malian trader, were hurt.", "villagers", None),  # part of the group
    ("The president met Norway's and Chile's envoys.", "president", None),  # two countries
    ("Troops entered a town in Kenya.", "Troops", None),  # armed: left to the event's own fallback
])
def test_inferred_country_of_an_unplaced_actor(parse, text: str, word: str, expected: str | None) -> None:
    doc = parse(text)
    head = next(t for t in doc if t.text == word)
    sector = sector_of(head.text)
    assert inferred_country(head, sector.code if sector else "CVL", Perspective()) == expected


def test_forces_placed_in_a_country_are_of_it() -> None:
    """Own words: forces the dictionary cannot place, said to be in a country, are of that country."""
    actor = _first_actor("Kurdish forces in northern Iraq had withdrawn from three hills by Monday.", "withdrawn")
    assert (actor.sector, actor.country) == ("MIL", "IRQ")


def test_armed_actors_do_not_take_their_targets_country() -> None:
    actor = _first_actor("Troops shelled Armenian positions overnight.", "shelled")
    assert actor.country is None


@pytest.mark.parametrize("name", ["the city council", "the Kandor town council", "a district council"])
def test_a_local_council_is_government(name: str) -> None:
    """Written for this test: a council of a town or a region governs it, as its mayor does; the UN's and the
    European councils stay international bodies."""
    assert sector_of(name).code == "GOV"
    assert sector_of("the UN Security Council").code == "IGO"


@pytest.mark.parametrize(("name", "code"), [("road-safety campaigners", "ACT"), ("the tenants' association", "NGO"),
                                             ("civil society groups", "NGO"), ("army interrogators", "COP")])
def test_civic_bodies_campaigners_and_interrogators_have_a_sector(name: str, code: str) -> None:
    """Written for this test: a record needs someone placed; campaigners are activists, a residents' or tenants'
    association a civic body, and those who question detainees act for the state's security."""
    assert sector_of(name).code == code


@pytest.mark.parametrize(("name", "code"), [
    ("anti-government protesters", "CVL"), ("anti - government protesters", "CVL"), ("a pro-army militia", "REB"),
    ("students chanting anti-police slogans", "EDU")])
def test_a_stance_toward_a_body_is_not_the_body(name: str, code: str) -> None:
    """Written for this test: "anti-government" and "pro-army" tell what a group is for or against; the group
    is who it is (protesters, a militia, students), not the government or the army."""
    assert sector_of(name).code == code


@pytest.mark.parametrize(("name", "code"), [("some 10,000 protestors", "CVL"), ("the marchers", "CVL"),
                                             ("hundreds of strikers", "LAB"), ("a coalition of warlords", "REB")])
def test_other_words_for_a_crowd(name: str, code: str) -> None:
    """Written for this test: "protestors" (so spelt), marchers and strikers are people, who can act; warlords
    lead armed men."""
    assert sector_of(name).code == code


@pytest.mark.parametrize("name", ["the Taliban", "Boko Haram", "Houthi fighters", "the Islamic State group"])
def test_a_well_known_armed_group_is_an_armed_group(name: str) -> None:
    """Written for this test: a movement known by its name is a rebel group, as "the militants" are, and an
    army of the state stays the state's."""
    assert sector_of(name).code == "REB"
    assert sector_of("the Nigerian army").code == "MIL"
    actor = _first_actor(f"{name[0].upper()}{name[1:]} attacked a checkpoint on the main road.", "attacked")
    assert actor.sector == "REB"


def test_a_state_body_reported_by_a_state_source_is_that_states() -> None:
    actor = _first_actor("The president has imposed new duties on steel from Brazil, the White House said.",
                         "imposed")
    assert (actor.country, actor.sector) == ("USA", "GOV")


def test_the_enemy_is_never_inferred() -> None:
    doc = code("Police in Kenya said the enemy attacked a post.")
    for event in doc.events:
        for actor in event.actors:
            if "enemy" in actor.text:
                assert actor.country is None



@pytest.mark.parametrize(("text", "trigger", "sector", "country"), [
    ("The Korvath Army seized two police posts near the river on Sunday.", "seized", "REB", None),
    ("The Korvath Independence Army said it had ambushed a convoy.", "ambushed", "REB", None),
    ("The Kenyan Army said it had killed five militants.", "killed", "MIL", "KEN"),
    ("The Army shelled the hills above the town.", "shelled", "MIL", None),
    ("The Salvation Army distributed food to the displaced.", "distributed", "NGO", None)])
def test_an_army_named_for_no_state_is_an_armed_group(text: str, trigger: str, sector: str, country: str) -> None:
    """Own-words sentences (a fictional name): a capitalised "Army" after a name of its own is a rebel army,
    said by itself or as a speaker; after a country's name, or bare, it is the state's."""
    actor = _first_actor(text, trigger)
    assert (actor.sector, actor.country) == (sector, country)


def test_who_was_kept_from_a_deed_is_its_actor() -> None:
    """"Police stopped the gunmen from attacking": the gunmen would have attacked, not the police."""
    actor = _first_actor("Police stopped the gunmen from attacking the village.", "attacking")
    assert actor.text == "the gunmen"


def test_a_body_named_without_its_country_acts_where_its_event_happened() -> None:
    """Own words: police with no country, raiding an office in a named town of one country, are that
    country's; troops shelling a place across a border are not placed by it."""
    police = _first_actor("Police raided a printing house in Mombasa on Friday.", "raided")
    assert (police.sector, police.country) == ("COP", "KEN")
    troops = _first_actor("Troops shelled villages near Mombasa overnight.", "shelled")
    assert troops.country is None


def test_the_doer_of_a_passive_purpose_is_its_agent_and_jets_are_military() -> None:
    """Own words: "tear gas was used by police to disperse them": the police dispersed, not the gas; jets
    that bombed are the military's."""
    doc = code("Tear gas was used by the riot police to disperse the crowd.")  # one act: gas used to disperse
    assert [a.text for e in doc.events if e.event == "ASSAULT" for a in e.actors] == ["the riot police"]
    assert _first_actor("Coalition jets bombed two supply trucks on the coast road.", "bombed").sector == "MIL"


def test_a_name_ending_in_un_is_no_united_nations() -> None:
    """Written for this test: a body's short acronym counts only in capitals ("Kim Jong-un" names no UN)."""
    assert sector_of("North Korean leader Kim Jong-un") is None
    assert sector_of("the UN envoy").code == "IGO"
    assert sector_of("an un soldat") is None
    assert sector_of("the mob").code == "CVL"  # a short word that is no acronym counts in any case


def test_a_country_inside_the_name_of_a_sea_or_a_us_state_is_none() -> None:
    """Written for this test: seas, gulfs, lakes and New Mexico carry a country's name but name no country."""
    for text in ("Ships crossed the South China Sea.", "Rigs in the Gulf of Mexico.", "Islands of the Indian Ocean.",
                 "Fishing on Lake Victoria.", "Drought in New Mexico."):
        assert not country_index().find(text), text
    assert [m.iso3 for m in country_index().find("China and Mexico signed; New Zealand too.")] == ["CHN", "MEX", "NZL"]


def test_ministers_of_an_international_body_act_for_it() -> None:
    actor = _first_actor("The foreign ministers of ASEAN met on Friday in the capital.", "met")
    assert actor.sector == "IGO" and actor.country is None


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The EU banned the sale of drones to the junta in Guinea.", "banned", "IGO"),
    ("The AU suspended Niger from all of its bodies after the coup.", "suspended", "IGO"),
    ("HRW accused the police in Kenya of killing protesters.", "accused", "NGO"),
])
def test_short_names_of_international_bodies_are_bodies_not_the_country_named(text, trigger, code) -> None:
    """Written for this test: "EU", "AU" and "HRW" are an intergovernmental and a non-governmental body, in
    capitals as their long names are in words; the country the sentence names is not theirs."""
    actor = _first_actor(text, trigger)
    assert actor.sector == code and actor.country is None, (actor.text, actor.sector, actor.country)
    assert sector_of("the eu of the verb") is None  # a short acronym counts only in capitals


def test_a_leader_deploying_a_states_troops_acts_for_that_state() -> None:
    """Written for this test: the forces a deployment moves are the actor's own; a leader named by title alone
    takes their country, not that of the border they are sent to."""
    actor = _first_actor("The president has deployed thousands of Kenyan troops to the border with Somalia.",
                         "deployed")
    assert actor.country == "KEN", (actor.text, actor.country)


@pytest.mark.parametrize(("form", "iso3"), [
    ("Yugoslavia", "SRB"), ("Yugoslav", "SRB"), ("Soviet Union", "RUS"), ("USSR", "RUS"), ("Soviet", "RUS"),
    ("Czechoslovakia", "CZE")])
def test_former_states_are_their_successors(form: str, iso3: str) -> None:
    """Written for this test: archives name states that are gone; event data code them as their successor."""
    found = country_index().find(f"Yesterday {form} said nothing.")
    assert [(m.text, m.iso3) for m in found] == [(form, iso3)]


def test_a_dateline_city_in_capitals_and_a_title_case_dateline() -> None:
    """Written for this test: "CITY-WITH-HYPHENS, date (Agency) --" places the story; "City - " opens a dateline
    only for a known city, never a country ("Russia - Ukraine talks" is a headline)."""
    from casus.events.participants import dateline_country
    from casus.ingest.dateline import find_dateline

    assert dateline_country("PORT-AU-PRINCE, Feb 11 (AP) -- Police detained 15 activists.", 40) == "HTI"
    assert find_dateline("Nairobi - The police dispersed a crowd in the city centre on Monday.", True) is not None
    assert find_dateline("Russia - Ukraine talks resume in the city after a long break in the summer.", True) is None


def test_a_lone_possessive_apostrophe_after_an_s() -> None:
    """Written for this test: "Belarus' president" names Belarus, as "Russia's president" names Russia."""
    found = country_index().find("Belarus' president and the Philippines’ army met Cyprus's envoy.")
    assert [(m.text, m.iso3) for m in found] == [("Belarus", "BLR"), ("Philippines", "PHL"), ("Cyprus", "CYP")]


@pytest.mark.parametrize(("text", "trigger", "iso3"), [
    ("Odisha police arrested twelve men after the clash.", "arrested", "IND"),
    ("The Balochistan government lifted the ban on mobile phone services.", "lifted", "PAK"),
])
def test_a_body_named_for_a_province_or_city_is_of_its_country(text: str, trigger: str, iso3: str) -> None:
    """Written for this test: a state's or a city's police or government (NER reads the whole as an ORG) is of the
    country its seat is in, though the sentence names no country."""
    actor = _first_actor(text, trigger)
    assert actor.country == iso3


def test_parts_of_a_continent_or_a_past_are_not_a_state() -> None:
    """Written for this test: "Latin American", "Central American" name a region, "American" alone the US; "a
    former Soviet republic" names a past, "Soviet troops" a state."""
    for text in ("Latin American envoys met.", "The Central American bloc spoke.", "South American leaders met.",
                 "Two former Soviet republics met.", "The old Soviet bloc is gone."):
        assert not country_index().find(text), text
    assert [m.iso3 for m in country_index().find("American diplomats left.")] == ["USA"]
    assert [m.iso3 for m in country_index().find("Soviet troops left.")] == ["RUS"]


@pytest.mark.parametrize(("text", "trigger", "iso3"), [
    ("The small South American nation of Paraguay accused its neighbour of moving troops to the frontier.",
     "accused", "PRY"),
    ("The president of the one-time Soviet republic of Armenia accused Baku of shelling border villages.", "accused",
     "ARM"),
    ("Troops will leave the border zone by March, the head of the one-time Soviet republic of Armenia said.",
     "leave", "ARM"),
    ("Key U.S. ally Jordan has handed over two wanted militants to American investigators.", "handed", "JOR"),
])
def test_the_state_a_phrase_says_it_is(text: str, trigger: str, iso3: str) -> None:
    """Written for this test: a state's noun with "of" and a name, or a name after a word of ties, says which
    state a phrase is, whatever other states its first words name."""
    actor = _first_actor(text, trigger)
    assert actor.country == iso3, (actor.text, actor.country)


def test_a_wire_leads_own_people_are_where_it_was_filed() -> None:
    """Written for this test: in a lead with a dateline, an official the dictionary cannot place is of the
    country it was filed from, not of the land the sentence names first (where he went); "Bosnian Serbs" stay a
    people of Bosnia, and a land named before the act still places its doers, wherever the lead was filed."""
    actor = _first_actor("HANOI (Reuters) - Le Van Thanh arrived in Tokyo on Monday for talks on fishing rights.",
                         "arrived")
    assert actor.country == "VNM", (actor.text, actor.country)
    actor = _first_actor("Bosnian Serbs rejected the new map on Sunday.", "rejected")
    assert actor.country == "BIH", (actor.text, actor.country)
    doc = code("GENEVA (AFP) - The Sudanese government and a rebel movement agreed here to meet again in May.")
    agreed = next(e for e in doc.events if e.trigger.text == "agreed")
    assert [a.country for a in agreed.actors] == ["SDN", "SDN"], [(a.text, a.country) for a in agreed.actors]


def test_a_counterparts_country_is_the_other_partys() -> None:
    """Written for this test: "his Chilean counterpart" names the other side's country; an actor the dictionary
    cannot place does not take it, but does take a country the sentence names for it elsewhere."""
    assert _first_actor("Prime Minister Alana Voss held talks with her Chilean counterpart on Monday.",
                        "held").country != "CHL"
    assert _first_actor("Prime Minister Alana Voss held talks with her Chilean counterpart on Monday about "
                        "Norway's fishing fleet.", "held").country == "NOR"


@pytest.mark.parametrize(("text", "trigger", "neighbour"), [
    ("Insurgents ambushed an army patrol close to the Chad border on Monday.", "ambushed", "TCD"),
    ("Gunmen attacked a farming village near the border with Mali on Sunday.", "attacked", "MLI"),
])
def test_a_country_beyond_a_border_is_a_neighbour(text: str, trigger: str, neighbour: str) -> None:
    """Written for this test: "near the border with X", "the X border" name the far side of a border, neither where
    an armed group acts nor whose it is."""
    assert _first_actor(text, trigger).country != neighbour


@pytest.mark.parametrize(("text", "word", "iso3"), [
    ("President Bachelet warned the copper unions on Friday.", "warned", "CHL"),
    ("Prime Minister Jacinda Ardern met the Fijian envoy in Suva.", "met", "NZL"),
    ("Rutte expelled the Belgian consul on Monday.", "expelled", "NLD")])
def test_a_leader_named_without_a_country_acts_for_the_state_they_lead(text: str, word: str, iso3: str) -> None:
    """Written for this test: a head of state or government named by name (with a title, in full, or by a surname
    only one state's leaders have) is that state's, not the country the sentence names first."""
    actor = _first_actor(text, word)
    assert (actor.country, actor.sector) == (iso3, "GOV")


def test_a_common_surname_alone_names_no_leader() -> None:
    """Written for this test: "Brown" or "Lee" alone is anyone; a full name still counts."""
    from casus.actors.leaders import leader_of

    assert leader_of(["Brown"], True) is None and leader_of(["Lee"], True) is None
    assert leader_of(["Jacinda", "Ardern"], False) == "NZL"
    assert leader_of(["the", "mayor"], False) is None


def test_two_names_that_share_their_last_word_are_two_states(monkeypatch) -> None:
    """Written for this test, with made-up states: "North and South Velonia" names North Velonia at "North" and
    South Velonia, as "X and Y Korea" is written; "North and South Poles" names none."""
    import copy
    from functools import lru_cache

    index = copy.copy(country_index())
    index.forms = {"North Velonia": ("XNV", "name"), "South Velonia": ("XSV", "name")}
    index._firsts = frozenset({"North", "South"})
    index._found = lru_cache(maxsize=4)(index._search)
    found = index.find("North and South Velonia agreed to reopen the rail line.")
    assert [(m.text, m.iso3) for m in found] == [("North", "XNV"), ("South Velonia", "XSV")]
    assert not index.find("North and South Poles")


def test_a_known_leader_before_a_partner_keeps_his_own_state() -> None:
    """Written for this test: the first of two leaders named together, with the second's country after him, is
    of his own state."""
    actor = _first_actor("President Jakaya Kikwete and Botswana’s new President Ian Khama held their first phone "
                         "conversation Wednesday to discuss rail links.", "discuss")
    assert actor.country == "TZA"


def test_popes_and_names_spelt_with_ian_or_yan() -> None:
    """Written for this test: the Holy See's head named as "Pope ..." is its; "-yan" and "-ian" spell one name; a
    speaker's surname the parse calls a noun still names the leader."""
    from casus.actors.leaders import leader_of

    assert leader_of(["Pope", "Benedict", "XVI"], False) == "VAT"
    assert leader_of(["President", "Kocharian"], False) == leader_of(["Robert", "Kocharyan"], False) == "ARM"
    actor = _first_actor("Kocharian charged that Baku was massing troops on the frontier.", "charged")
    assert actor.country == "ARM"


def test_a_commission_with_no_other_name_is_a_states() -> None:
    """Written for this test: electoral or rights commissions are state bodies; the European one stays the EU's."""
    assert sector_of("the electoral commission").code == "GOV"
    assert sector_of("the European Commission").code == "IGO"


def test_two_demonyms_that_share_their_last_word_are_one_state() -> None:
    """Written for this test, with made-up demonyms: "Upper and Lower Velonian delegates" are both Velonia's (as two
    communities of one island may be named); "Greek and Turkish officials" stay two states."""
    import copy
    from functools import lru_cache

    index = copy.copy(country_index())
    index.forms = {"Upper Velonian": ("XVL", "demonym"), "Lower Velonian": ("XVL", "demonym"),
                   "Upper": ("XUP", "demonym")}
    index._firsts = frozenset({"Upper", "Lower"})
    index._found = lru_cache(maxsize=4)(index._search)
    found = index.find("Upper and Lower Velonian delegates met in May.")
    assert [(m.text, m.iso3) for m in found] == [("Upper", "XVL"), ("Lower Velonian", "XVL")]
    assert [m.iso3 for m in country_index().find("Greek and Turkish officials")] == ["GRC", "TUR"]


@pytest.mark.parametrize(("name", "code"), [
    ("a protester", "CVL"), ("one demonstrator", "CVL"), ("rioters", "CVL"), ("student leaders", "EDU"),
    ("a villager", "CVL"), ("a lawmaker", "LEG"), ("a UN peacekeeper", "IGO"), ("political parties", "PTY"),
    ("opposition political parties", "OPP")])
def test_one_of_a_crowd_and_parties_have_a_sector(name: str, code: str) -> None:
    """Written for this test: the table's words for a crowd or a body held only their plurals ("protesters"), so one
    protester, a student's leaders or political parties had no sector; rioters are a crowd."""
    assert sector_of(name) is not None and sector_of(name).code == code


def test_island_is_no_country_and_a_body_s_name_takes_no_plural() -> None:
    """Written for this test: "Island", Iceland's own name, is any island in English ("on Kura Island"); "Mann" a
    surname; and "South African unions" are unions, not the African Union."""
    index = country_index()
    assert all(m.iso3 != "ISL" for m in index.find("Students marched on Kura Island and in Port Vila."))
    assert [m.iso3 for m in index.find("Iceland and the writer Thomas Mann")] == ["ISL"]
    assert sector_of("South African unions").code == "LAB"
    assert sector_of("the African Union").code == "IGO" and sector_of("human rights groups").code == "NGO"


def test_a_court_that_convicts_a_states_own_is_of_that_state() -> None:
    """Written for this test: a court of no named country that convicts a former president of a country, in a
    sentence that names no other, tries one of its own (its jurisdiction), as an arrest or a ban does."""
    actor = _first_actor("Former Ghanaian president Jerry Rawlings was found guilty of fraud by a special court on "
                         "Monday, and faces a long jail term.", "found")
    assert (actor.sector, actor.country) == ("JUD", "GHA")


def test_a_typeset_apostrophe_reads_as_a_plain_one() -> None:
    """Written for this test: web pages set "People’s" with a typeset apostrophe; the long name is still the one
    state it names, not the shorter name inside it, and the mention keeps the page's own characters and offsets."""
    text = "Envoys of the People’s Republic of China arrived."
    found = country_index().find(text)
    assert [m.iso3 for m in found] == ["CHN"]
    assert text[found[0].start:found[0].end] == found[0].text == "People’s Republic of China"


def test_the_subject_of_an_aside_is_the_verbs() -> None:
    """Written for this test: the small parser gives the subject of "Austria and Norway, turning up the heat,
    warned it ..." to the participle, leaving the verb none; the aside's subject is the verb's."""
    doc = code("Austria and Norway, turning up the heat on the junta, warned it today of new curbs.")
    warned = next(e for e in doc.events if e.trigger.text == "warned")
    assert {a.country for a in warned.actors} == {"AUT", "NOR"}, [(e.event, e.actors) for e in doc.events]
