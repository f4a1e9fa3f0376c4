"""Hostile campaigns named by nouns (`actorgraph.campaigns`): whose campaign, effort or fight it is and
whom it is waged on. Sentences written for each construction."""

import pytest
from eventsets import edges


def attacks(events):
    return {(e.agent, e.target) for e in events if e.relation == "attacks"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive owner and a hostile infinitive
        ("Chad's campaign to crush Boko Haram has entered its third year.", ("chad", "boko-haram")),
        ("Mali's efforts to root out the jihadists have stalled.", ("mali", "militants")),
        ("The African Union's strategy to eliminate al-Shabaab is working.", ("african-union", "al-shabaab")),
        ("France's mission to destroy al Qaeda in the Sahel ended in 2022.", ("france", "al-qaeda")),
        # the verb that carries the noun: its subject owns "its" campaign
        ("Jordan continues its efforts to counter al Qaeda.", ("jordan", "al-qaeda")),
        ("Kenya launched an offensive to drive out al-Shabaab.", ("kenya", "al-shabaab")),
        ("The Kurds launched a push to drive ISIL out of Raqqa.", ("kurds", "islamic-state")),
        (
            "Uganda is leading the drive to crush the Lord's Resistance Army.",
            ("uganda", "lords-resistance-army"),
        ),
        # the supported side owns the campaign it is supported in, not the supporter
        ("Britain supports Somalia's campaign to defeat al-Shabaab.", ("somalia", "al-shabaab")),
        ("Italy took part in the war against ISIL.", ("italy", "islamic-state")),
        ("Niger had a central part in the campaign against Boko Haram.", ("niger", "boko-haram")),
        ("Chadian troops advanced on the second day of the offensive against Boko Haram.", ("chad", "boko-haram")),
        (
            "Elsewhere in the war against the Taliban, Afghan forces have retaken two districts.",
            ("afghanistan", "taliban"),
        ),
    ],
)
def test_campaigns_a_hostile_purpose_is_an_attack_of_its_owner(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in attacks(events), edges(events)


def test_campaigns_a_countering_campaign_is_no_criticism(extract_sentences):
    _, events = extract_sentences("Somalia's efforts to counter al-Shabaab have been praised.")
    assert ("somalia", "attacks", "al-shabaab") in edges(events), edges(events)
    assert not [e for e in events if e.relation == "condemns"], edges(events)


def test_campaigns_the_supporter_is_no_attacker(extract_sentences):
    _, events = extract_sentences("Britain supports Somalia's campaign to defeat al-Shabaab.")
    assert ("united-kingdom", "al-shabaab") not in attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya stepped up its campaign against al-Shabaab.", ("kenya", "al-shabaab")),
        ("Nigeria leads the struggle against Boko Haram.", ("nigeria", "boko-haram")),
        ("Israel's campaign against Hezbollah resumed on Sunday.", ("israel", "hezbollah")),
        # an armed group named by its sector: "Baluch rebels"; a verb of pace carries the operations
        ("Pakistan intensified its campaign against Baluch rebels.", ("pakistan", "baloch-rebels")),
        ("French troops accelerated operations against Malian insurgents.", ("france", "mali-rebels")),
        # a campaign made military by its modifier reaches any actor
        ("Russia's military campaign against Ukraine continues.", ("russia", "ukraine")),
        ("NATO's air campaign against Serbia lasted 78 days.", ("nato", "serbia")),
    ],
)
def test_campaigns_against_someone(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in attacks(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # a campaign with no owner is no one's attack
        "The campaign to crush al-Shabaab has stalled.",
        # an "anti-" name is whom the campaign is against, not its owner
        "The anti-Taliban campaign to destroy al Qaeda continued.",
        "Britain supports the campaign against Boko Haram.",
        "Sweden has no role in the campaign against ISIL.",
        # the victims of a day of the offensive are not said to wage it; a welcome is no part in it
        "Five Chadian soldiers were killed on the second day of the offensive against Boko Haram.",
        "Nigeria welcomed the start of the campaign against Boko Haram.",
        # a campaign to free a place names no one attacked
        "Iraq's campaign to liberate Mosul began in October.",
        # a campaign that is not a fight: against a state, by words
        "Amnesty's campaign against China continues.",
        "Russia's campaign against Ukraine's membership of NATO continues.",
        # the purpose is no hostile act
        "Kenya's efforts to help Somalia have been praised.",
        "Egypt's campaign to win the support of Sudan failed.",
    ],
)
def test_campaigns_no_owner_or_no_fight_gives_no_attack(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser hangs the infinitive's object on the next verb as its subject
        ("Jordan's campaign to defeat Islamic State is gaining ground.", ("jordan", "islamic-state")),
        ("The Malian army's strategy to defeat the jihadists has changed.", ("mali", "militants")),
    ],
)
def test_campaigns_an_object_taken_for_the_next_subject(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in attacks(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # the infinitive has its own object: the speaker of the sentence is not fought
        "Egypt's campaign to defeat them is failing, Islamic State says.",
        # a subject set off by a comma does not start right after the infinitive
        "Egypt's campaign to attack now, Islamic State says, is failing.",
    ],
)
def test_campaigns_no_object_taken_from_a_subject_that_is_not_next(extract_sentences, text):
    _, events = extract_sentences(text)
    assert ("egypt", "islamic-state") not in attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, sides",
    [
        # a coordinated subject with an armed side: whichever of them is named first
        ("Insurgents and British troops clashed briefly near the town.", ("rebels", "united-kingdom")),
        ("Somali forces and militants clashed outside Mogadishu.", ("somalia", "somalia-militants")),
        ("Taliban fighters and Afghan police clashed overnight.", ("taliban", "afghanistan")),
    ],
)
def test_campaigns_armed_sides_that_clashed_attack_each_other(extract_sentences, text, sides):
    _, events = extract_sentences(text)
    a, b = sides
    assert {(a, b), (b, a)} <= attacks(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # a clash of words: no side is named as bearing arms
        "Britain and France clashed over the budget.",
        "Hamas and Fatah clashed over the election results.",
    ],
)
def test_campaigns_a_quarrel_is_no_armed_clash(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rebels took up arms against the Syrian government.", ("rebels", "syria")),
        ("Kurdish villagers took up arms against ISIL.", ("kurds-civilians", "islamic-state")),
        # an armed group confronted or united against is fought
        ("Nigeria confronts Boko Haram in the northeast.", ("nigeria", "boko-haram")),
        ("Chadian troops confronted Boko Haram fighters near the lake.", ("chad", "boko-haram")),
        ("Kenyans unite against al-Shabaab.", ("kenya", "al-shabaab")),
    ],
)
def test_campaigns_a_fighting_stance(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in attacks(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # confronting or uniting against a state is no fight by itself
        "The US confronted China over trade.",
        "Poland and the Baltic states unite against Russia.",
        # taking up something else against someone
        "Britain took up the case against Iran.",
    ],
)
def test_campaigns_a_stance_that_is_no_fight(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # forces fired on: the shooter attacks them
        ("Kenyan troops came under fire from al-Shabaab militants.", ("al-shabaab", "kenya")),
        ("Nigerian soldiers received heavy fire from Boko Haram.", ("boko-haram", "nigeria")),
        ("Afghan police took rocket fire from the Taliban.", ("taliban", "afghanistan")),
        ("Somali troops continued to receive mortar fire from al-Shabaab.", ("al-shabaab", "somalia")),
    ],
)
def test_campaigns_forces_fired_on(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in attacks(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # fire from critics, on a minister or a state: criticism
        "The French minister came under fire from Italy.",
        "Hungary drew fire from the European Union over the law.",
    ],
)
def test_campaigns_criticism_is_no_fire(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one committed to an act does it
        ("Kenya remains committed to fighting al-Shabaab.", ("kenya", "al-shabaab")),
        ("Chad and Niger are committed to destroying Boko Haram.", ("niger", "boko-haram")),
    ],
)
def test_campaigns_committed_to_fighting(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in attacks(events), edges(events)


def test_campaigns_wary_of_fighting_is_no_fight(extract_sentences):
    _, events = extract_sentences("Kenya is wary of fighting al-Shabaab.")
    assert not attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, fought, wrong",
    [
        # CAMEO's "LAUNCH * CAMPAIGN (AGAINST)" is a verbal campaign (111): against an armed group it is a fight
        ("Turkey launched a campaign against the PKK.", ("turkey", "attacks", "pkk"), ("turkey", "condemns", "pkk")),
        # joining a fight against someone is no cooperation with them
        (
            "Kenya joined the fight against al-Shabaab.",
            ("kenya", "attacks", "al-shabaab"),
            ("kenya", "cooperates", "al-shabaab"),
        ),
    ],
)
def test_campaigns_a_fight_replaces_the_carrying_verbs_reading(extract_sentences, text, fought, wrong):
    _, events = extract_sentences(text)
    assert fought in edges(events) and wrong not in edges(events), edges(events)


def test_campaigns_a_verbal_campaign_against_a_state_keeps_its_code(extract_sentences):
    _, events = extract_sentences("Russia launched a campaign against the United States.")
    assert ("russia", "condemns", "united-states") in edges(events), edges(events)
    assert not attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        # "they" in an "as"/"while" clause are the ones stood with, not the one standing with them
        (
            "Canada stands with the Somali people as they battle al-Shabaab.",
            ("somalia", "al-shabaab"),
            ("canada", "al-shabaab"),
        ),
        (
            "Japan stands firmly with Chad as they fight Boko Haram.",
            ("chad", "boko-haram"),
            ("japan", "boko-haram"),
        ),
    ],
)
def test_campaigns_they_who_are_stood_with(extract_sentences, text, expected, wrong):
    _, events = extract_sentences(text)
    assert expected in attacks(events) and wrong not in attacks(events), edges(events)
