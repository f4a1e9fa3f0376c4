"""Fighting events the extractor reads: a state's hardware as the state, the means of an attack as its doer,
clashes between two sides, and the theme nouns of military operations. Sentences written for each construction."""

import pytest
from eventsets import edges


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's tanks, gunships and helicopters act for it, as its troops do
        ("A Russian tank shelled a Ukrainian checkpoint on Tuesday.", ("russia", "attacks", "ukraine")),
        ("Syrian helicopter gunships attacked Turkish troops.", ("syria", "attacks", "turkey")),
        ("Turkish helicopters fired on Kurdish rebels.", ("turkey", "attacks", "kurds-rebels")),
        ("Indian artillery shelled Pakistani positions.", ("india", "attacks", "pakistan")),
        # and a state's hardware hit is the state attacked
        ("Ukraine destroyed several Russian tanks.", ("ukraine", "attacks", "russia")),
    ],
)
def test_fighting_hardware_stands_for_its_state(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenian artillery fire killed three Azerbaijani soldiers.", ("armenia", "attacks", "azerbaijan")),
        ("Five Georgian soldiers were wounded by Russian artillery fire.", ("russia", "attacks", "georgia")),
        ("Two Pakistani soldiers were killed in an Indian airstrike.", ("india", "attacks", "pakistan")),
        (
            "Five Afghan policemen were wounded when Pakistani artillery hit their checkpoint.",
            ("pakistan", "attacks", "afghanistan"),
        ),
        ("Russian air strikes hit Syrian rebels near Aleppo.", ("russia", "attacks", "syria-rebels")),
        ("Three Kenyan soldiers were killed in an attack claimed by al-Shabaab.", ("al-shabaab", "attacks", "kenya")),
    ],
)
def test_fighting_the_means_names_the_attacker(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # a town named on the attack is where it was, not who made it
        "Three Dutch soldiers were wounded in a Kabul mortar attack.",
        # where the victims died is no attacker
        "Two Afghan soldiers were killed in Kabul.",
        # arms named after their maker are not the maker's acts
        "Five Yemeni soldiers were killed by American-made missiles.",
        # missiles and drones are named after their maker as often as after their user
        "Five Ukrainian soldiers were killed by an Iranian drone.",
        # the victims of no actor: no edge
        "Four farmers died in a Turkish airstrike.",
    ],
)
def test_fighting_means_do_not_overreach(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not [e for e in events if e.relation == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Heavy clashes between Indian troops and Pakistani soldiers broke out on Sunday.", ("india", "pakistan")),
        # the "between" phrase on the verb the clashes are the subject of
        ("Clashes broke out between Ethiopian and Eritrean troops.", ("ethiopia", "eritrea")),
        ("A battle between Hezbollah and Israeli forces raged.", ("hezbollah", "israel")),
        ("Fierce fighting between Sudanese forces and Chadian rebels continued.", ("sudan", "chad-rebels")),
        # a gerund the parser takes for a verb with no subject
        ("Fighting between Sudanese forces and Chadian rebels killed 20.", ("sudan", "chad-rebels")),
        # co-agents of a two-way conflict verb
        ("Indian and Pakistani troops clashed along the border.", ("india", "pakistan")),
        ("Armenia and Azerbaijan battled for the town.", ("armenia", "azerbaijan")),
    ],
)
def test_fighting_clashes_between_two_sides_go_both_ways(extract_sentences, text, sides):
    _, events = extract_sentences(text)
    a, b = sides
    assert {(a, "attacks", b), (b, "attacks", a)} <= edges(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # allies may fight a third side together: "fight" is no two-way verb
        "The US and Britain fought in Iraq.",
        # sides of no actor
        "Clashes between police and protesters erupted in Tehran.",
    ],
)
def test_fighting_co_agents_fight_each_other_only_when_the_verb_says_so(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not [e for e in events if e.relation == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # operations against someone are an attack (CAMEO's OPERATION (AGAINST) [190]), the light verb's subject its agent
        ("French troops stepped up operations against Malian rebels.", ("france", "attacks", "mali-rebels")),
        ("Turkey's operations against Kurdish rebels continued.", ("turkey", "attacks", "kurds-rebels")),
        ("Russian operations against Chechen rebels resumed.", ("russia", "attacks", "chechen-rebels")),
        ("Kurdish forces continued their offensive against ISIL.", ("kurds", "attacks", "islamic-state")),
        ("Nigeria continues battle against Boko Haram.", ("nigeria", "attacks", "boko-haram")),
    ],
)
def test_fighting_operations_against_someone(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_operations_without_against_are_no_attack(extract_sentences):
    _, events = extract_sentences("Kenya sent police to help with rescue operations in Uganda.")
    assert not [e for e in events if e.relation == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        # "their" is the helped side's, not the helper's
        (
            "Norway restated its support for the Kurds in their struggle against ISIL.",
            ("kurds", "attacks", "islamic-state"),
            ("norway", "attacks", "islamic-state"),
        ),
        (
            "Canada assisted the Kurds in their battle against ISIL.",
            ("kurds", "attacks", "islamic-state"),
            ("canada", "attacks", "islamic-state"),
        ),
    ],
)
def test_fighting_the_helped_fight_their_own_fight(extract_sentences, text, expected, wrong):
    _, events = extract_sentences(text)
    assert expected in edges(events) and wrong not in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Four Indian soldiers were killed in an ambush blamed on Maoist rebels.",
            ("maoist-rebels", "attacks", "india"),
        ),
        (
            "A bombing attributed to ETA killed two Spanish policemen.",
            ("basque-fatherland-and-freedom", "attacks", "spain"),
        ),
    ],
)
def test_fighting_an_attack_blamed_on_someone_is_theirs(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # whose control, hands or grip a place is freed from is the one attacked
        ("Kenyan forces liberated the town from al-Shabaab control.", ("kenya", "attacks", "al-shabaab")),
        ("Ethiopia captured the town from Eritrea's army.", ("ethiopia", "attacks", "eritrea")),
        # the owner of an effort acts in its purpose
        ("Nigeria's efforts to defeat Boko Haram have stalled.", ("nigeria", "attacks", "boko-haram")),
        ("Iraq's campaign to retake Mosul from ISIL began.", ("iraq", "attacks", "islamic-state")),
    ],
)
def test_fighting_freed_from_control_and_efforts_to_defeat(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_a_plan_backed_by_others_is_not_theirs(extract_sentences):
    _, events = extract_sentences("The UN backed a plan to attack ISIL.")
    assert not [e for e in events if e.relation == "attacks"], edges(events)


def test_fighting_a_planned_attack_is_hypothetical(extract_sentences):
    _, events = extract_sentences("Iran's plan to attack Israel was revealed.")
    assert ("iran", "attacks", "israel", "hypothetical") in {
        (e.agent, e.relation, e.target, e.modality) for e in events
    }


def test_fighting_killed_during_a_raid(extract_sentences):
    _, events = extract_sentences("Six Armenian soldiers were wounded during a drone raid by Azerbaijani forces.")
    assert ("azerbaijan", "attacks", "armenia") in edges(events), edges(events)


def test_fighting_killed_during_a_visit_is_no_attack_by_the_visitors(extract_sentences):
    _, events = extract_sentences("Two Malian soldiers were killed during a visit by French officials.")
    assert not [e for e in events if e.relation == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops exchanged fire across the border.",
        "Indian troops exchanged fire with Pakistani soldiers.",
    ],
)
def test_fighting_an_exchange_of_fire_goes_both_ways(extract_sentences, text):
    _, events = extract_sentences(text)
    assert {("india", "attacks", "pakistan"), ("pakistan", "attacks", "india")} <= edges(events), edges(events)


def test_fighting_clashes_that_broke_out_between_two_sides(extract_sentences):
    _, events = extract_sentences(
        "Three Somalis died in the clashes that broke out between Kenyan troops and al-Shabaab fighters."
    )
    sides = {("kenya", "attacks", "al-shabaab"), ("al-shabaab", "attacks", "kenya")}
    assert sides <= edges(events), edges(events)
    assert not {e for e in edges(events) if e[2] == "somalia"}, edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chad supports Niger in the fight against Boko Haram.", ("niger", "attacks", "boko-haram")),
        ("Japan pledged support for Nigeria in the war against Boko Haram.", ("nigeria", "attacks", "boko-haram")),
    ],
)
def test_fighting_the_side_supported_in_the_fight_fights(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_a_victim_of_the_attack_is_not_helped_in_it(extract_sentences):
    _, events = extract_sentences("Hezbollah killed three Israeli soldiers in the attack on Lebanon's army.")
    assert ("israel", "attacks", "lebanon") not in edges(events), edges(events)


def test_fighting_one_drawn_into_a_war_is_not_helped_in_it(extract_sentences):
    _, events = extract_sentences("Moscow plans to involve Pyongyang in the war against Ukraine.")
    assert ("north-korea", "attacks", "ukraine") not in edges(events), edges(events)


def test_fighting_the_people_supported_fight_their_fight(extract_sentences):
    _, events = extract_sentences(
        "Australia will keep up its backing of the Government of Nigeria and the Nigerian people in their struggle"
        " against Boko Haram."
    )
    assert ("nigeria", "attacks", "boko-haram") in edges(events), edges(events)
    assert ("australia", "attacks", "boko-haram") not in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two Israeli soldiers were wounded by Palestinian gunfire.", ("palestine", "attacks", "israel")),
        ("Syrian gunfire killed a Turkish soldier.", ("syria", "attacks", "turkey")),
    ],
)
def test_fighting_gunfire_is_an_attack_of_whoever_it_is_named_after(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # who leads a force acts through it, a demonym leading as a name does
        ("Saudi-led forces bombed Houthi positions in Yemen.", ("saudi-arabia", "attacks", "houthis")),
        ("French-led troops attacked jihadists in Mali.", ("france", "attacks", "mali-militants")),
        (
            "Three soldiers of a French-led force were wounded in an al-Shabaab attack.",
            ("al-shabaab", "attacks", "france"),
        ),
    ],
)
def test_fighting_a_led_force_is_its_leader(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iraqi troops came under attack from ISIL fighters.", ("islamic-state", "attacks", "iraq")),
        ("Nigerian soldiers came under attack by Boko Haram.", ("boko-haram", "attacks", "nigeria")),
        ("Kenyan forces came under heavy attack from al-Shabaab near the border.", ("al-shabaab", "attacks", "kenya")),
    ],
)
def test_fighting_forces_under_attack_are_its_target(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_a_minister_under_attack_is_criticised_not_attacked(extract_sentences):
    _, events = extract_sentences("The French minister came under attack from Italy over migrants.")
    assert not [e for e in events if e.relation == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Armenia and Azerbaijan have been at war since September.", ("armenia", "azerbaijan")),
        ("Ethiopia remains at war with Eritrea.", ("ethiopia", "eritrea")),
    ],
)
def test_fighting_at_war_both_ways(extract_sentences, text, sides):
    _, events = extract_sentences(text)
    a, b = sides
    assert {(a, "attacks", b), (b, "attacks", a)} <= edges(events), edges(events)


def test_fighting_allies_at_war_with_a_third_do_not_fight_each_other(extract_sentences):
    _, events = extract_sentences("Britain and France were at war with Germany.")
    triples = edges(events)
    assert ("united-kingdom", "attacks", "germany") in triples, triples
    assert not {("united-kingdom", "attacks", "france"), ("france", "attacks", "united-kingdom")} & triples, triples


def test_fighting_overlay_agents_reach_the_generated_agents():
    """Each hardware noun of ``data/overlay/agents.jsonl`` is in ``data/agents.jsonl`` (rebuilt) with its sector."""
    import json
    import pathlib

    data = pathlib.Path(__file__).resolve().parents[1] / "data"
    generated = {r["agent"]: r["sector"] for r in map(json.loads, (data / "agents.jsonl").read_text().splitlines())}
    overlay = [json.loads(line) for line in (data / "overlay" / "agents.jsonl").read_text().splitlines() if line]
    assert overlay and all(generated.get(r["agent"]) == r["sector"] for r in overlay), overlay


@pytest.mark.parametrize(
    "text, expected",
    [
        # nominal attacks: the "of" phrase is the target, the possessor or "by" phrase the agent
        ("Jordan protested the killing of two Jordanian soldiers by Syrian troops.", ("syria", "attacks", "jordan")),
        (
            "The shooting of two Israeli soldiers by Palestinian gunmen drew condemnation.",
            ("palestine-militants", "attacks", "israel"),
        ),
        ("Russia's downing of a Turkish jet angered Ankara.", ("russia", "attacks", "turkey")),
        ("Iran condemned the assassination of its scientist by Israel.", ("israel", "attacks", "iran")),
    ],
)
def test_fighting_nominal_killings(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_a_condemned_attack_stays_the_attackers(extract_sentences):
    _, events = extract_sentences("Pakistan condemned India's attack on two Pakistani soldiers.")
    triples = edges(events)
    assert {("pakistan", "condemns", "india"), ("india", "attacks", "pakistan")} <= triples, triples
    assert ("india", "condemns", "pakistan") not in triples, triples


def test_fighting_a_lifted_sanction_is_still_eased(extract_sentences):
    _, events = extract_sentences("The EU lifted sanctions on Iran.")
    assert ("eu", "eases", "iran") in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        # the object of a condemnation is the attacker, not the attacked
        (
            "Egypt criticised the Israeli invasion of Lebanon.",
            ("egypt", "condemns", "israel"),
            ("egypt", "condemns", "lebanon"),
        ),
        (
            "Egypt condemned Russia's invasion of Ukraine.",
            ("egypt", "condemns", "russia"),
            ("egypt", "condemns", "ukraine"),
        ),
    ],
)
def test_fighting_a_condemned_attack_targets_its_attacker(extract_sentences, text, expected, wrong):
    _, events = extract_sentences(text)
    assert expected in edges(events) and wrong not in edges(events), edges(events)


def test_fighting_condemning_an_invasion_of_someone_condemns_no_one_named(extract_sentences):
    _, events = extract_sentences("Iran condemned the invasion of Iraq.")
    assert ("iran", "condemns", "iraq") not in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, place",
    [
        ("In Lebanon, Israeli forces carried out raids.", "lebanon"),
        ("Also in Syria, Israeli jets conducted four strikes.", "syria"),
    ],
)
def test_fighting_a_place_fronted_before_the_light_verb_is_no_target(extract_sentences, text, place):
    """The phrase before the verb sets the scene; a target of the strikes would follow the verb."""
    _, events = extract_sentences(text)
    assert place not in {e.target for e in events if e.relation == "attacks"}


def test_fighting_a_place_after_the_light_verb_stays_the_target(extract_sentences):
    _, events = extract_sentences("Israeli forces carried out raids in Lebanon.")
    assert ("israel", "attacks", "lebanon") in edges(events)
