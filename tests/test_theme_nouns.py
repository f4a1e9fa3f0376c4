"""Reactions to someone's proposal, demand, decision or accusation: the one who made it is the other side."""

import pytest

from actorgraph import constructions
from actorgraph.patterns import bare_codes, code_trigger, rebuffing_verbs


def _edges(extract_sentences, text):
    """Return ``{(agent, relation, target, plover, modality)}`` of a sentence."""
    return {(e.agent, e.relation, e.target, e.plover, e.modality) for e in extract_sentences(text)[1]}


def _pairs(extract_sentences, text):
    return {(a, r, t) for a, r, t, _, _ in _edges(extract_sentences, text)}


@pytest.fixture(scope="module")
def read(reading):
    """Return ``read(text, trigger, construction, **entry) -> sorted keys or None`` (conftest's `reading`)."""

    def run(text, trigger, construction, **entry):
        found = reading(text, trigger, construction, **entry)
        return None if found is None else sorted(found[0])

    return run


# A demonym of two words names the owner ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan rejected a South Korean offer to hold talks.", ("japan", "rejects", "south-korea")),
        ("Washington rejected a North Korean offer of talks.", ("united-states", "rejects", "north-korea")),
        ("The United States praised the South African proposal.", ("united-states", "supports", "south-africa")),
    ],
)
def test_theme_nouns_two_word_demonym_owns_the_proposal(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


# A relative clause names the proposer -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria rejected any plan which Washington is proposing.", ("syria", "rejects", "united-states")),
        ("Peru rejected the terms Chile demanded.", ("peru", "rejects", "chile")),
        (
            "Syria will reject every plan to close the border, a step the French government has suggested.",
            ("syria", "rejects", "france"),
        ),
        ("Egypt welcomed the truce, a measure Qatar had proposed.", ("egypt", "supports", "qatar")),
        # an act noun is whoever's took or made it
        ("The EU welcomed the decision, which Iran announced on Monday.", ("eu", "supports", "iran")),
        ("Egypt welcomed the step that Israel took.", ("egypt", "supports", "israel")),
        ("Chile rejected the decision Argentina made last week.", ("chile", "rejects", "argentina")),
    ],
)
def test_theme_nouns_relative_clause_names_the_proposer(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the gap is in the infinitive: Haiti is to be rebuilt, nothing is proposed
        ("Cuba rejected the plan to aid Haiti, a country Washington wants to rebuild.", ("cuba", "united-states")),
        # signing is no proposing
        ("Egypt rejected the terms which Israel has signed.", ("egypt", "israel")),
        # a reaction to the act is not making it
        ("Chile criticized the decision which Peru criticized.", ("chile", "peru")),
    ],
)
def test_theme_nouns_relative_clause_of_another_act_names_no_proposer(extract_sentences, text, wrong):
    assert wrong not in {(a, t) for a, _, t in _pairs(extract_sentences, text)}


def test_theme_nouns_proposers_reads_the_clause_verb_by_itself(read):
    """ "proposed measures" codes a threat (130), but "proposed" by itself is a proposal (020)."""
    assert "020" in bare_codes("propose")
    text = "Egypt welcomed the truce, a measure Qatar had proposed."
    assert read(text, "welcomed", constructions.theme_makers) == ["qatar"]
    assert read("Egypt welcomed the truce.", "welcomed", constructions.theme_makers) is None


# Rebuffing a proposal is rejecting it -----------------------------------------------------------


def test_theme_nouns_rebuffing_verbs_come_from_the_dictionary():
    verbs = rebuffing_verbs()
    assert {"rebuff", "snub"} <= verbs, verbs
    assert not verbs & {"reject", "condemn", "criticize", "praise"}, verbs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China rebuffed suggestions by India that it open the border.", ("china", "rejects", "india")),
        ("Japan snubbed Moscow's proposal to return two islands.", ("japan", "rejects", "russia")),
        ("Pakistan spurned the Indian proposal.", ("pakistan", "rejects", "india")),
    ],
)
def test_theme_nouns_rebuffing_a_proposal_is_a_rejection(extract_sentences, text, expected):
    found = _edges(extract_sentences, text)
    assert any((a, r, t) == expected and p == "REJECT" for a, r, t, p, _ in found), found


def test_theme_nouns_rebuffing_a_person_stays_disapproval(nlp):
    doc = nlp("Japan snubbed the Russian president.")
    coded = code_trigger(doc[1])
    assert coded.cameo[:2] == "11" and coded.plover == "ACCUSE", coded


def test_theme_nouns_rebuffing_what_reject_does_not_code_keeps_its_code(nlp):
    doc = nlp("The Philippines snubbed an invitation from Beijing.")
    assert code_trigger(doc[2]).cameo[:2] == "11"


# Not opposing is no rejection -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Athens said it would not oppose Macedonian membership talks.",
        "Greece will not oppose the Turkish bid.",
    ],
)
def test_theme_nouns_refused_opposition_is_no_asserted_rejection(extract_sentences, text):
    found = _edges(extract_sentences, text)
    hostile = [f for f in found if f[0] == "greece" and f[3] in ("REJECT", "ACCUSE")]
    assert hostile and all(f[4] == "negated" for f in hostile), found


# "the move", "the decision" take up an act named before ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia withdrew its soldiers from Somalia, and Kenya praised the move.", ("kenya", "supports", "ethiopia")),
        (
            "Opposition leaders attacked a NATO decision to send troops, but Serbia praised the move.",
            ("serbia", "supports", "nato"),
        ),
        ("China said it would raise tariffs, and Japan criticized the decision.", ("japan", "condemns", "china")),
        ("Russia expelled two diplomats, and Britain condemned the move.", ("united-kingdom", "condemns", "russia")),
    ],
)
def test_theme_nouns_the_move_takes_up_an_earlier_act(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


@pytest.mark.parametrize(
    "text",
    [
        # two acts before it: Chile's closing and the Peruvian decision
        "Chile closed its border after a Peruvian decision to expel miners, and Bolivia condemned the move.",
        # a reaction is no act to take up
        "Ecuador criticized Colombia and Venezuela praised the move.",
        # nothing before it
        "Venezuela praised the move.",
    ],
)
def test_theme_nouns_the_move_with_no_single_act_before_it_names_nobody(read, text):
    verb = "condemned" if "condemned" in text else "praised"
    assert read(text, verb, constructions.earlier_act_owners) is None


# An accusation's "that" clause names the accused ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya defended itself against accusations by Somalia that it had armed the militias.", "asserted"),
        ("Kenya rejected accusations by Somalia that it had armed the militias.", "denied"),
    ],
)
def test_theme_nouns_accusation_targets_the_subject_of_its_clause(extract_sentences, text, expected):
    found = _edges(extract_sentences, text)
    assert ("somalia", "accuses", "kenya", "ACCUSE", expected) in found, found


def test_theme_nouns_accusation_clause_never_targets_the_accuser(read):
    text = "Turkey voiced the accusation that it had been attacked by Armenia."
    assert read(text, "accusation", constructions.noun_clause_targets) is None


# A "by" phrase hung on the verb is its object's; whoever answers an accusation is accused ------


def test_theme_nouns_by_phrase_on_the_verb_names_the_objects_maker(extract_sentences):
    found = _pairs(extract_sentences, "Syria rejected charges by Turkey.")
    assert ("syria", "denies", "turkey") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria dismissed the accusations by Turkey.", ("turkey", "accuses", "syria", "ACCUSE", "denied")),
        (
            "Kenya defended itself against accusations by Somalia.",
            ("somalia", "accuses", "kenya", "ACCUSE", "asserted"),
        ),
    ],
)
def test_theme_nouns_whoever_answers_an_accusation_is_accused(extract_sentences, text, expected):
    found = _edges(extract_sentences, text)
    assert expected in found, found


def test_theme_nouns_defending_another_against_accusations_is_not_answering_them(read):
    text = "Syria defended Iran against accusations by Turkey."
    assert read(text, "accusations", constructions.answered_targets, relation="accuses") is None
    text = "Kenya defended itself against accusations by Somalia."
    assert read(text, "accusations", constructions.answered_targets, relation="accuses") == ["kenya"]


# A body named next to the noun is where a bid or draft goes, not whose it is ---------------------


@pytest.mark.parametrize(
    ("text", "owner", "body"),
    [
        ("Greece said it could support the Turkish EU bid.", "turkey", "eu"),
        ("Greece backs Turkey EU bid.", "turkey", "eu"),
        ("Spain backed the French EU proposal.", "france", "eu"),
        ("Iran rejected the French EU proposal.", "france", "eu"),
        ("Russia condemned the Georgian NATO bid.", "georgia", "nato"),
    ],
)
def test_theme_nouns_owner_before_a_bodys_name_owns_the_noun(extract_sentences, text, owner, body):
    targets = {t for _, _, t in _pairs(extract_sentences, text)}
    assert owner in targets and body not in targets, targets


def test_theme_nouns_a_bodys_name_alone_owns_the_noun(extract_sentences):
    assert ("spain", "supports", "eu") in _pairs(extract_sentences, "Spain backed the EU proposal.")


# A complaint's "that" clause names the accused, not the one told --------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "told"),
    [
        ("Iran complained to the UN that Iraq had violated the ceasefire.", ("iran", "accuses", "iraq"), "un"),
        ("Syria charged that Turkey was arming the rebels.", ("syria", "accuses", "turkey"), None),
        ("Kenya deplored that Somalia had closed the border.", ("kenya", "condemns", "somalia"), None),
    ],
)
def test_theme_nouns_complaint_accuses_whom_its_clause_names(extract_sentences, text, expected, told):
    found = _pairs(extract_sentences, text)
    assert expected in found, found
    assert told is None or (expected[0], expected[1], told) not in found, found


def test_theme_nouns_complaint_about_itself_accuses_nobody(extract_sentences):
    assert not _pairs(extract_sentences, "Cuba complained that it had been ignored.")


# A demonym owns the thing a reaction's phrase names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru complained about the Chilean decision.", ("peru", "accuses", "chile", "ACCUSE")),
        ("Iran objected to the French proposal.", ("iran", "rejects", "france", "REJECT")),
        ("Seoul protested against the Japanese plan.", ("south-korea", "protests", "japan", "PROTEST")),
        ("Egypt expressed support for the Palestinian proposal.", ("egypt", "supports", "palestine", "SUPPORT")),
    ],
)
def test_theme_nouns_demonym_in_a_reactions_phrase_owns_the_thing(extract_sentences, text, expected):
    found = {f[:4] for f in _edges(extract_sentences, text)}
    assert expected in found, found


def test_theme_nouns_demonym_on_a_named_group_is_no_owner(extract_sentences):
    """ "the Lebanese Shiite movement Hezbollah" is Hezbollah, no Lebanese or Shiite thing."""
    found = _pairs(extract_sentences, "Jordan complained about the Lebanese Shiite movement Hezbollah.")
    assert not {t for _, _, t in found} & {"lebanon", "shia-muslims"}, found
