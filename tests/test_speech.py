"""Speech acts told without a verb of accusing or demanding (`actorgraph.speech`), blame laid
"on" someone, and messages that speak for their sender."""

import pytest


def _edges(extract_sentences, text):
    """Return ``{(agent, relation, target, modality)}`` of a text."""
    return {(e.agent, e.relation, e.target, e.modality) for e in extract_sentences(text)[1]}


def _pairs(extract_sentences, text):
    return {(a, r, t) for a, r, t, _ in _edges(extract_sentences, text)}


# A speaker who says another did wrong accuses it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan says Syria is behind the bombing.", ("jordan", "accuses", "syria")),
        (
            "Venezuela said the United States was behind the bombing of its embassy.",
            ("venezuela", "accuses", "united-states"),
        ),
        ("Russia said Chechen rebels were responsible for the school siege.", ("russia", "accuses", "chechen-rebels")),
        (
            "Zagreb has failed to hand over the wanted colonel, Louise Arbour told the Security Council.",
            ("person:louise arbour", "accuses", "croatia"),
        ),
        (
            "Chechen rebels plotted to blow up the Georgian parliament, according to Georgia's interior minister.",
            ("georgia", "accuses", "chechen-rebels"),
        ),
    ],
)
def test_reported_wrong_is_the_speakers_accusation(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_accusation_is_stated_by_its_speaker(extract_sentences):
    edges = _edges(extract_sentences, "Jordan says Syria is behind the bombing.")
    assert ("jordan", "accuses", "syria", "asserted") in edges


@pytest.mark.parametrize(
    "text",
    [
        "Iran said Syria was not behind the bombing.",  # a wrong denied
        "Britain said France was responsible for security in the region.",  # a duty, no wrong
        "Egypt said Libya was behind the agreement.",  # no hostile act
    ],
)
def test_no_wrong_no_accusation(extract_sentences, text):
    assert not any(r == "accuses" for _, r, _ in _pairs(extract_sentences, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan held India responsible for the attack on its embassy.", ("pakistan", "accuses", "india")),
        ("Kenya holds Somalia responsible for the raids.", ("kenya", "accuses", "somalia")),
    ],
)
def test_holding_responsible_accuses(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


# Blame laid on someone ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanon blamed the explosion on Israel.", ("lebanon", "accuses", "israel")),
        ("Sudan blamed the latest violence on Chad.", ("sudan", "accuses", "chad")),
    ],
)
def test_blame_on_names_the_accused(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


# A headline's speaker after a colon ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran must halt enrichment: Britain.", {("united-kingdom", "requests", "iran")}),
        ("Pakistan should do more against militants: Karzai", {("person:hamid karzai", "requests", "pakistan")}),
        (
            "Japan, China should resume talks on the gas field: Rice.",
            {("person:rice", "requests", "japan"), ("person:rice", "requests", "china")},
        ),
    ],
)
def test_headline_speaker_demands(extract_sentences, text, expected):
    assert expected <= _pairs(extract_sentences, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran will halt enrichment: Britain.",  # no demand
        "Iran must halt enrichment: the talks in Geneva between Britain and Iran ended on Monday.",  # a clause
    ],
)
def test_headline_without_demand_or_speaker(extract_sentences, text):
    assert not any(r == "requests" for _, r, _ in _pairs(extract_sentences, text))


# A message speaks for its sender ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The embassy received a letter from Tehran rejecting the French proposal.", ("iran", "rejects", "france")),
        ("Hezbollah issued a statement warning Israel against new raids.", ("hezbollah", "warns", "israel")),
        ("Al-Jazeera aired a video from Hamas threatening attacks on Israel.", ("hamas", "threatens", "israel")),
        (
            "Britain issued a statement condemning the Russian bombing of Grozny.",
            ("united-kingdom", "condemns", "russia"),
        ),
    ],
)
def test_message_participle_is_its_senders_act(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


# A refusal to accept rejects whoever made or is party to the thing -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan will not accept an arrangement with India on Kashmir.", ("pakistan", "rejects", "india")),
        ("Serbia refused to accept a compromise with Kosovo.", ("serbia", "rejects", "kosovo")),
        ("Iran did not accept the Russian offer.", ("iran", "rejects", "russia")),
        ("North Korea did not heed the Chinese appeal.", ("north-korea", "rejects", "china")),
        ("Syria rejected any settlement with Israel.", ("syria", "rejects", "israel")),
    ],
)
def test_refused_acceptance_rejects_the_other_side(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_acceptance_is_no_rejection(extract_sentences):
    assert not any(r == "rejects" for _, r, _ in _pairs(extract_sentences, "Japan accepted a compromise with China."))


# A defence against a charge denies it ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Libya defended itself against criticism from the European Union.", ("libya", "denies", "eu")),
        ("Seoul defended its policy against Japanese accusations.", ("south-korea", "denies", "japan")),
    ],
)
def test_defence_against_a_charge_denies_it(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_defence_against_an_attack_denies_nothing(extract_sentences):
    pairs = _pairs(extract_sentences, "Israel defended the town against Syrian attacks.")
    assert not any(r == "denies" for _, r, _ in pairs)


# An invitation to act, its infinitive read late, is a request ------------------------------------


def test_late_infinitive_of_an_invitation_is_a_request(extract_sentences):
    text = "Sharon invited the Palestinian leadership in Ramallah and other factions in Gaza to renounce violence."
    pairs = _pairs(extract_sentences, text)
    assert ("person:sharon", "requests", "palestine") in pairs
    assert ("person:sharon", "meets", "palestine") not in pairs


def test_invitation_to_talks_stays_a_meeting(extract_sentences):
    pairs = _pairs(extract_sentences, "Egypt invited Sudan to Cairo to hold talks on the Nile.")
    assert ("egypt", "meets", "sudan") in pairs
    assert ("egypt", "requests", "sudan") not in pairs


# A threat noun's act, its infinitive hung on the verb ---------------------------------------------


def test_threat_noun_reads_the_infinitive_on_its_verb(extract_sentences):
    pairs = _pairs(extract_sentences, "Hezbollah repeated its threats to launch rocket attacks against Israelis.")
    assert ("hezbollah", "threatens", "israel") in pairs


# An appeal "for X to V" asks X; a refused thing rejects its maker --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU called for Iran to suspend enrichment.", ("eu", "requests", "iran")),
        ("Kenya appealed for Sudan to allow aid workers into Darfur.", ("kenya", "requests", "sudan")),
    ],
)
def test_appeal_for_another_to_act_requests(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_appeal_for_an_act_of_ones_own_asks_no_one(extract_sentences):
    pairs = _pairs(extract_sentences, "Kenya called for a ceasefire in Somalia.")
    assert not any(r == "requests" and t == "somalia" for _, r, t in pairs)


def test_refused_proposal_rejects_its_maker(extract_sentences):
    pairs = _pairs(extract_sentences, "Iran refused a Russian proposal to enrich uranium on its soil.")
    assert ("iran", "rejects", "russia") in pairs


# A complaint's clause without "that", after or before the verb -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel alleged Syria was smuggling weapons.", ("israel", "condemns", "syria")),
        ("Syria has been sending fighters to Iraq, Washington charged.", ("united-states", "accuses", "syria")),
        ("Britain complained Spain had closed the border.", ("united-kingdom", "accuses", "spain")),
    ],
)
def test_complaint_clause_without_that_names_the_accused(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


# A demand noun's clause names who is to act -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt's call for Israel to halt the raids was ignored.", ("egypt", "requests", "israel")),
        ("Beijing's demand that Tokyo apologise angered Japanese officials.", ("china", "requests", "japan")),
        ("Moscow renewed its demand that Kiev pay its gas debts.", ("russia", "requests", "ukraine")),
        ("The UN issued an appeal for Ethiopia to open its borders.", ("un", "requests", "ethiopia")),
        ("Washington set a deadline for Damascus to hand over the suspects.", ("united-states", "threatens", "syria")),
    ],
)
def test_demand_noun_clause_names_the_addressee(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_demand_noun_without_a_clause_addresses_no_one(extract_sentences):
    pairs = _pairs(extract_sentences, "Egypt's demand for a ceasefire in Gaza worried Israel.")
    assert ("egypt", "requests", "israel") not in pairs


# An attack urged on followers threatens its target; a speaker who tells of it accuses --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bin Laden urged Muslims to attack American targets.", ("osama-bin-laden", "threatens", "united-states")),
        (
            "Zarqawi called on his supporters to kill British soldiers.",
            ("person:abu muzab al zarqawi", "threatens", "united-kingdom"),
        ),
    ],
)
def test_urged_attack_threatens_its_target(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_urged_attack_told_by_a_speaker_is_an_accusation(extract_sentences):
    text = "The Taliban asked villagers to ambush Pakistani soldiers, Pervez Musharraf said."
    pairs = _pairs(extract_sentences, text)
    assert ("taliban", "threatens", "pakistan") in pairs
    assert ("person:pervez musharraf", "accuses", "taliban") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The imam urged worshippers to pray for Iraq.",  # no attack
        "Nasrallah urged Palestinians to kill Israeli soldiers.",  # an actor asked: a request to it
    ],
)
def test_no_incitement(extract_sentences, text):
    assert not any(r == "threatens" for _, r, _ in _pairs(extract_sentences, text))


# What a speaker tells another to do is a request ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin told Georgia to pull back its troops.", ("person:vladimir putin", "requests", "georgia")),
        ("Bush told Syria to stop meddling in Lebanon.", ("person:bush", "requests", "syria")),
    ],
)
def test_told_to_act_is_a_request(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_told_that_is_no_request(extract_sentences):
    pairs = _pairs(extract_sentences, "Putin told Georgia that Russian troops would stay.")
    assert ("person:vladimir putin", "requests", "georgia") not in pairs


# A refusal until another acts rejects that other --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan suspended the dialogue until India withdraws its troops.", ("pakistan", "rejects", "india")),
        ("Syria refused to return to the negotiations until Israel halts the raids.", ("syria", "rejects", "israel")),
    ],
)
def test_refusal_until_another_acts_rejects_it(extract_sentences, text, expected):
    assert expected in _pairs(extract_sentences, text)


def test_act_until_another_acts_rejects_no_one(extract_sentences):
    pairs = _pairs(extract_sentences, "Pakistan continued the dialogue until India withdrew its troops.")
    assert ("pakistan", "rejects", "india") not in pairs
