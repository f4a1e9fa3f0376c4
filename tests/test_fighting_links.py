"""Fighting events linked the way the sentence links them: fights fought by both sides, arms used
against someone, the purpose of a campaign, a force's pressure and hostile acts, responsibility
claimed, coordinated owners of a force, demonyms on whom an attack is aimed at, and a series of
attacks. Sentences written for each construction."""

import pytest
from eventsets import edges, triples


def _attacks(events):
    """Return the attack edges of `events`."""
    return {e for e in edges(events) if e[1] == "attacks"}


@pytest.mark.parametrize(
    "text, sides",
    [
        # a fight or battle with a side that bears arms is each side's attack on the other
        (
            "Colombian soldiers battled FARC guerrillas in the jungle.",
            ("colombia", "revolutionary-armed-forces-of-colombia"),
        ),
        ("Filipino marines fought Abu Sayyaf militants on Jolo.", ("philippines", "abu-sayyaf")),
        ("Kurdish fighters fought against Islamic State near Kobani.", ("kurds-militants", "islamic-state")),
        # co-subjects fight one another when the object says so, whatever the verb
        ("Ethiopian and Eritrean troops fought each other along the border.", ("ethiopia", "eritrea")),
        ("Armenian and Azerbaijani troops shelled each other overnight.", ("armenia", "azerbaijan")),
    ],
)
def test_links_a_fight_goes_both_ways(extract_sentences, text, sides):
    _, events = extract_sentences(text)
    a, b = sides
    assert {(a, "attacks", b), (b, "attacks", a)} <= edges(events), edges(events)


@pytest.mark.parametrize(
    "text, one_way",
    [
        # a quarrel between states: no side bears arms
        ("Norway fought the European Commission over fishing quotas.", ("norway", "attacks", "european-commission")),
        # one-sided verbs keep their direction
        ("Turkish jets bombed PKK camps in northern Iraq.", ("turkey", "attacks", "pkk")),
    ],
)
def test_links_one_sided_fights_keep_their_direction(extract_sentences, text, one_way):
    _, events = extract_sentences(text)
    a, relation, b = one_way
    assert one_way in edges(events) and (b, relation, a) not in edges(events), edges(events)


def test_links_allies_fighting_together_do_not_fight_each_other(extract_sentences):
    _, events = extract_sentences("Ethiopian and Somali troops fought along the border.")
    assert not _attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia continued to use drones against Ukrainian troops.", ("russia", "attacks", "ukraine")),
        # the "using" clause of an attack: its "against" phrase hangs on the arms
        (
            "French warplanes carried out four strikes using drones and fighter jets against al-Shabaab camps.",
            ("france", "attacks", "al-shabaab"),
        ),
        (
            "Over Yemen, Saudi aircraft mounted nine raids, timed with Emirati ground units, "
            "employing drones, helicopters and artillery against Houthi camps.",
            ("saudi-arabia", "attacks", "houthis"),
        ),
    ],
)
def test_links_arms_used_against_someone_attack_them(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)
    # using aircraft against someone is no surveillance of them
    assert not [e for e in events if e.relation == "investigates"], edges(events)


def test_links_influence_used_against_someone_is_no_attack(extract_sentences):
    _, events = extract_sentences("Kenya used its influence against Somalia.")
    assert not _attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # whoever wages the campaign takes the place from whom it names
        (
            "Ukrainian troops launched an assault to recapture Kherson from Russian forces.",
            ("ukraine", "attacks", "russia"),
        ),
        (
            "Kenyan troops made gains on the third day of an offensive to retake the port from al-Shabaab.",
            ("kenya", "attacks", "al-shabaab"),
        ),
        # the day of the campaign on a verb with no subject of its own: the sentence's subject acts
        (
            "Afghan commandos reached the valley on Friday, clearing mines and freeing prisoners on the third day "
            "of a big assault to retake Kunduz from the Taliban.",
            ("afghanistan", "attacks", "taliban"),
        ),
    ],
)
def test_links_the_campaign_to_take_a_place_from_someone(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_links_a_passive_purpose_is_not_the_owners_act(extract_sentences):
    _, events = extract_sentences("Poland backed a Lithuanian request for Polish soldiers to be sent into Belarus.")
    assert not _attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Afghan commandos drove Taliban militants out of the valley.",
            ("afghanistan", "attacks", "taliban", "asserted"),
        ),
        # the purpose of a force's move is an intent
        (
            "Nigerian troops moved into the forest to drive out Boko Haram fighters.",
            ("nigeria", "attacks", "boko-haram", "hypothetical"),
        ),
    ],
)
def test_links_a_forces_hostile_act(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in triples(events), triples(events)


@pytest.mark.parametrize(
    "text",
    [
        # no side bears arms
        "Voters in Ghana ousted the ruling party.",
        "Kenya wants to drive Somali traders out of the market.",
    ],
)
def test_links_hostile_acts_of_the_unarmed_are_no_attack(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not _attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pakistani soldiers stepped up their pressure on Taliban militants.", ("pakistan", "attacks", "taliban")),
        (
            "Chadian and Nigerien soldiers intensified their pressure on Boko Haram fighters before the rains.",
            ("chad", "attacks", "boko-haram"),
        ),
    ],
)
def test_links_a_forces_pressure_on_an_armed_side_is_a_fight(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)
    # and no demand made of the side fought
    assert not [e for e in events if e.relation == "requests"], edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # a state's pressure is a demand
        "The United States stepped up its pressure on Hamas.",
        # a force's pressure on a state named by itself is no fight with it
        "Indian troops intensified pressure on Pakistan.",
    ],
)
def test_links_pressure_that_is_no_fight(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not _attacks(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted date is no one asked to act ("called on Iran to halt" is)
        (
            "On Monday, Kenyan troops tried to seize the bridge from al-Shabaab fighters.",
            ("kenya", "attacks", "al-shabaab"),
        ),
        # the "against" phrase of the verb an attack is the subject of
        ("Saudi airstrikes delivered 30 munitions against Houthi positions.", ("saudi-arabia", "attacks", "houthis")),
    ],
)
def test_links_arguments_the_parser_hangs_elsewhere(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_links_called_on_still_names_who_is_to_act(extract_sentences):
    _, events = extract_sentences("The UN called on Ethiopia to withdraw.")
    assert ("un", "requests", "ethiopia") in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # whoever claims responsibility for an act did it: the act a noun or a gerund
        ("Al-Shabaab claimed responsibility for the attack on Kenyan soldiers.", ("al-shabaab", "attacks", "kenya")),
        (
            "Al-Shabaab claimed responsibility on Sunday for killing members of the Somali security forces.",
            ("al-shabaab", "attacks", "somalia"),
        ),
        (
            "Boko Haram claimed responsibility for kidnapping two Nigerian officers.",
            ("boko-haram", "abducts", "nigeria"),
        ),
    ],
)
def test_links_who_claims_responsibility_did_it(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_links_who_denies_responsibility_is_no_attacker(extract_sentences):
    _, events = extract_sentences("Al-Shabaab denied responsibility for the attack on Kenyan soldiers.")
    assert not [e for e in events if e.agent == "al-shabaab" and e.relation == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text, agents, target",
    [
        # each coordinated owner of the force acts, an alliance beside a state too
        ("US and NATO forces attacked Taliban positions.", {"united-states", "nato"}, "taliban"),
        ("Afghan and NATO troops killed 20 Taliban fighters.", {"afghanistan", "nato"}, "taliban"),
        ("Turkish and Azerbaijani troops shelled Armenian positions.", {"turkey", "azerbaijan"}, "armenia"),
    ],
)
def test_links_coordinated_owners_of_a_force_each_attack(extract_sentences, text, agents, target):
    _, events = extract_sentences(text)
    assert {(a, "attacks", target) for a in agents} <= edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demonym on whom the attack is aimed at names the state, as on a direct object
        ("Al-Shabaab fighters kept striking against Kenyan targets.", ("al-shabaab", "attacks", "kenya")),
        ("Taliban gunmen opened fire on an Afghan checkpoint.", ("taliban", "attacks", "afghanistan")),
        ("Hamas fired rockets at Israeli towns.", ("hamas", "attacks", "israel")),
    ],
)
def test_links_a_demonym_on_the_aimed_at_names_the_state(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a particle makes the bare verb hostile: no demand
        ("The Afghan army pushed back the Taliban.", ("afghanistan", "attacks", "taliban")),
        ("Iraqi troops pushed Islamic State fighters back from the town.", ("iraq", "attacks", "islamic-state")),
        # whose cells or assault it is
        ("Kenyan forces rooted out al-Shabaab cells.", ("kenya", "attacks", "al-shabaab")),
        ("Kurdish forces beat back an Islamic State assault.", ("kurds", "attacks", "islamic-state")),
    ],
)
def test_links_a_forces_hostile_phrasal_verb(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)
    assert not [e for e in events if e.relation == "requests"], edges(events)


def test_links_pushing_a_state_to_act_is_still_a_demand(extract_sentences):
    _, events = extract_sentences("Britain pushed Iran to accept the deal.")
    assert ("united-kingdom", "requests", "iran") in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the attacks a partitive subject is made of name the attacker
        ("A wave of Israeli airstrikes killed ten Hamas fighters.", ("israel", "attacks", "hamas")),
        ("A series of Turkish raids killed 20 PKK militants.", ("turkey", "attacks", "pkk")),
    ],
)
def test_links_a_series_of_attacks_names_the_attacker(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_links_a_swarm_of_weapons_names_their_maker_not_their_user(extract_sentences):
    _, events = extract_sentences("Five Ukrainian soldiers were killed by a swarm of Iranian drones.")
    assert not _attacks(events), edges(events)
