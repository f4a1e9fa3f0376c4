import pytest

from actorgraph.actors import find_mentions


def _keys(nlp, text):
    return {(m.text, m.key, m.type) for m in find_mentions(nlp(text))}


def test_actors_gazetteer_beats_ner_for_capitals(nlp):
    mentions = find_mentions(nlp("Kyiv and Pyongyang traded accusations while Moscow kept quiet."))
    assert {m.text: m.key for m in mentions} == {"Kyiv": "ukraine", "Pyongyang": "north-korea", "Moscow": "russia"}


def test_actors_titled_person_is_a_leader_of_what_the_title_names(nlp):
    mentions = {
        m.text: m
        for m in find_mentions(nlp("Polish President Andrzej Duda met NATO Secretary General Mark Rutte in Warsaw."))
    }
    assert (mentions["Andrzej Duda"].type, mentions["Andrzej Duda"].affiliation) == ("leader", "poland")
    assert (mentions["Mark Rutte"].type, mentions["Mark Rutte"].affiliation) == ("leader", "nato")
    assert mentions["Mark Rutte"].heads_office


def test_actors_person_without_office_is_not_a_leader(nlp):
    mentions = [
        m for m in find_mentions(nlp("Reporter Jane Smith wrote that Poland met Canada.")) if m.role == "person"
    ]
    assert all(m.type != "leader" for m in mentions)


def test_actors_agency_descriptions_share_one_id(nlp):
    text = (
        "Poland's spy agency said on Monday that Russia moved troops. Poland's intelligence agency later added details."
    )
    keys = {m.key for m in find_mentions(nlp(text)) if m.type == "agency"}
    assert keys == {"poland-intelligence"}


def test_actors_hyphenated_name_is_kept_whole(nlp):
    texts = {m.text for m in find_mentions(nlp("South Korean president Yoon Suk-yeol said talks went well."))}
    assert "Yoon Suk-yeol" in texts


def test_actors_organisation_is_named_without_its_article(nlp):
    orgs = [
        m
        for m in find_mentions(nlp("Officials met at an emergency session of the Arctic Fisheries Council on Tuesday."))
        if m.role == "org"
    ]
    assert [(m.text, m.key, m.type) for m in orgs] == [
        ("Arctic Fisheries Council", "org:arctic-fisheries-council", "agency")
    ]


def test_actors_coalition_named_by_its_leader_and_taken_up_again(nlp):
    mentions = find_mentions(
        nlp(
            "A Turkish-led coalition shelled the border. Later the coalition withdrew, "
            "and the ruling coalition in Ankara met."
        )
    )
    coalitions = [(m.text, m.key, m.type) for m in mentions if "coalition" in m.text.lower()]
    assert coalitions == [
        ("Turkish-led coalition", "org:turkey-led coalition", "alliance"),
        ("coalition", "org:turkey-led coalition", "alliance"),
    ]


def test_actors_coalition_never_named_is_no_actor(nlp):
    assert not [m for m in find_mentions(nlp("Coalition forces shelled the border.")) if m.type == "alliance"]


def test_actors_curly_apostrophe_names_match(nlp):
    keys = {m.key for m in find_mentions(nlp("Korean People’s Army units and Da’esh fighters clashed."))}
    assert {"north-korea-military", "islamic-state"} <= keys


def test_actors_community_word_inside_a_name_is_no_actor(nlp):
    keys = {m.key for m in find_mentions(nlp("Deputy Minister Ali Sunni Hashemi visited Baghdad."))}
    assert "sunni-muslims" not in keys


def test_actors_former_office_holder_holds_no_office(nlp):
    mentions = find_mentions(nlp("The former Polish president criticised Russia."))
    assert not [m for m in mentions if m.role == "office"]


def test_actors_party_or_owned_coalition_is_not_the_military_one(nlp):
    mentions = find_mentions(
        nlp("A Saudi-led coalition bombed the port. Later Yemen's coalition government and the coalition partners met.")
    )
    assert [m.text for m in mentions if m.type == "alliance"] == ["Saudi-led coalition"]


@pytest.mark.parametrize(
    "text, triple",
    [
        ("Nigerian Armed Forces recaptured the town from Boko Haram.", ("nigeria", "attacks", "boko-haram")),
        # "from" hung on the object; a capitalised plural ("Forces") is still a force noun
        ("Ukrainian Security Forces tried to seize a bridge from Russian troops.", ("ukraine", "attacks", "russia")),
    ],
)
def test_actors_forces_a_state_names_are_the_state_not_an_organisation(extract_sentences, text, triple):
    mentions, events = extract_sentences(text)
    assert not [m for m in mentions if m.key.startswith("org:") and "Forces" in m.text]
    assert triple in {(e.agent, e.relation, e.target) for e in events}


@pytest.mark.parametrize(
    "text, date, person, state",
    [
        ("President Chirac criticised the war in Iraq.", "2004-10-07", "jacques-chirac", "france"),
        ("Blair said the talks would go on.", "2004-10-07", "tony-blair", "united-kingdom"),
        ("Bush spoke with Gorbachev by telephone.", "1990-06-01", "george-bush", "united-states"),
        ("Bush spoke with reporters in Texas.", "2004-08-01", "george-w-bush", "united-states"),
    ],
)
def test_actors_bare_surname_is_the_dictionary_person_of_that_date(nlp, text, date, person, state):
    from actorgraph.actors import find_mentions

    found = {m.key: m for m in find_mentions(nlp(text), date=date)}
    assert person_key_of(person) in found, found
    assert found[person_key_of(person)].affiliation == state


def person_key_of(person_id):
    from actorgraph.actors import leaders, person_key

    return person_key(leaders()[person_id]["label"])


def test_actors_surname_many_people_share_is_left_alone(nlp):
    from actorgraph.actors import find_mentions

    mentions = find_mentions(nlp("Kim said the talks would go on."), date="2004-10-07")
    assert not [m for m in mentions if m.type == "leader"], mentions


def test_actors_a_headline_verb_phrase_the_ner_takes_for_a_body_is_no_actor(nlp):
    """Title case makes the NER read a headline's verb phrase as an organisation."""
    doc = nlp("Kenya, Uganda Fail to Help Refugee Agency, Aid Group Says.")
    assert not [m for m in find_mentions(doc) if m.role == "org" and m.text.startswith("Help")]


@pytest.mark.parametrize(
    "text, name, absent",
    [
        # a demonym written onto "al-" after a name is the name's last part, not the state
        ("Abu Omar al-Kuwaiti was captured near Mosul.", "Abu Omar al-Kuwaiti", "kuwait"),
        ("Iraqi police arrested Abu Hamza al-Masri.", "Abu Hamza al-Masri", "egypt"),  # al-Masri: "the Egyptian"
    ],
)
def test_actors_a_nisba_ends_the_name(extract_sentences, text, name, absent):
    mentions, _ = extract_sentences(text)
    assert name in {m.text for m in mentions if m.role == "person"}, mentions
    assert absent not in {m.key for m in mentions}


def test_actors_a_listed_name_after_al_stays_the_dictionary_person(extract_sentences):
    # "al-" + a gazetteer name is not widened into a new person
    mentions, _ = extract_sentences("Abu Musab al-Zarqawi claimed the bombing.")
    assert ("Zarqawi", "person:abu muzab al zarqawi") in {(m.text, m.key) for m in mentions}, mentions


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Southern Front Coalition shelled the town.", "Southern Front Coalition"),
        ("Fighters of the Kurdish Arab Coalition entered the village.", "Kurdish Arab Coalition"),
    ],
)
def test_actors_a_coalition_named_by_its_own_words_is_an_organisation(extract_sentences, text, name):
    mentions, _ = extract_sentences(text)
    assert (name, "other") in {(m.text, m.type) for m in mentions}, mentions


@pytest.mark.parametrize("text", ["A Western coalition struck the port.", "The ruling coalition met on Monday."])
def test_actors_a_coalition_described_by_one_word_is_no_name(extract_sentences, text):
    mentions, _ = extract_sentences(text)
    assert not {m for m in mentions if m.text.endswith(("Coalition", "coalition"))}, mentions


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Paul Novak met Chinese officials on Tuesday.",
        "Trade must come first, said Finance Minister Greta Holm in Oslo.",
        "US Secretary of State Condoleezza Rice flew to Cairo.",
        "The Minister of Defence Ann Berg met Chinese officials.",
    ],
)
def test_actors_portfolio_before_a_title_is_no_organisation(nlp, text):
    """The model tags the portfolio of "Defence Minister X" as an ORG; it is the office, not an actor."""
    orgs = [m.text for m in find_mentions(nlp(text)) if m.role == "org"]
    assert orgs == []


def test_actors_an_organisation_named_in_capitals_before_a_title_is_kept(nlp):
    keys = {m.key for m in find_mentions(nlp("NATO Secretary General Mark Rutte met Polish officials."))}
    assert "nato" in keys


def test_actors_a_body_before_secretary_general_is_kept(nlp):
    text = "Commonwealth Secretary-General Patricia Scotland met Kenyan officials."
    assert any(m.text == "Commonwealth" for m in find_mentions(nlp(text)))
