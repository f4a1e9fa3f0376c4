"""Visits told without a verb of visiting (graph/travel.py): awaited, stopping in, leaving after talks."""

import pytest

from actorgraph.actors import find_mentions
from actorgraph.relations import find_events


def _told(nlp, relation, text):
    """Return the events of `relation` a text tells, as ``{(agent, target, modality, cameo)}``."""
    doc = nlp(text)
    return {
        (e.agent, e.target, e.modality, e.cameo) for e in find_events(doc, find_mentions(doc)) if e.relation == relation
    }


@pytest.fixture(scope="module")
def visits(nlp):
    """Return ``visits(text) -> {(agent, target, modality, cameo)}`` of the visits a text tells."""
    return lambda text: _told(nlp, "visits", text)


# --- a traveller expected or due in a place: a visit to come --------------------------------------


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("The Italian prime minister is due in Cairo next week.", "italy", "egypt"),
        ("A Chinese delegation is expected in Seoul on Monday.", "china", "south-korea"),
        ("Chirac is expected in Algiers, officials said.", "person:jacques chirac", "algeria"),
        ("Chirac expected in Algiers on Monday.", "person:jacques chirac", "algeria"),  # a headline
        ("Talks resume as Putin due in Tokyo (Reuters).", "person:vladimir putin", "japan"),
    ],
)
def test_awaited_traveller_visits_to_come(visits, text, agent, target):
    assert visits(text) == {(agent, target, "hypothetical", "042")}


def test_awaited_travellers_each_visit(visits):
    found = visits("Russian President Vladimir Putin and French President Jacques Chirac expected in Berlin.")
    assert {(a, t) for a, t, _, _ in found} == {
        ("person:vladimir putin", "germany"),
        ("person:jacques chirac", "germany"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "US troops are due in Kandahar next week.",  # forces: a deployment if anything
        "Russia expects progress in Iraq.",  # an object: what is expected
        "Results are expected in Iraq on Monday.",  # a thing
        "The ruling is due in Kenya on Friday.",
        "Russia is expected in Geneva.",  # a state, no traveller
    ],
)
def test_awaited_non_travellers_visit_nobody(visits, text):
    assert visits(text) == set()


# --- a stop in places: a visit to each ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, agent, targets",
    [
        ("Powell stopped in Colombia during his Latin American tour.", "person:colin powell", {"colombia"}),
        ("Rice stopped in Peru and Chile on her tour.", "person:rice", {"peru", "chile"}),
        ("Blair stopped over in Cairo on his way to Baghdad.", "person:blair", {"egypt"}),
    ],
)
def test_stop_in_places_visits_each(visits, text, agent, targets):
    assert {t for a, t, _, cameo in visits(text) if a == agent and cameo == "042"} == targets


@pytest.mark.parametrize(
    "text",
    ["The convoy stopped in Kabul.", "Fighting stopped in Gaza.", "Blair stopped in his tracks."],
)
def test_stops_of_no_traveller_visit_nobody(visits, text):
    assert visits(text) == set()


# --- leaving a place after talks or a visit: was there -------------------------------------------


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("Chirac left Algeria after talks on Sunday.", "person:jacques chirac", "algeria"),
        ("Blair left Kabul on Monday after a two-day visit.", "person:blair", "afghanistan"),
        ("Putin left Beijing after holding talks with Hu.", "person:vladimir putin", "china"),
    ],
)
def test_left_after_stay_visited(visits, text, agent, target):
    assert (agent, target, "asserted", "042") in visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chirac left Moscow for Beijing.",  # leaving alone says no stay
        "British troops left Iraq after talks.",  # forces: a withdrawal, not a visit
    ],
)
def test_leaving_without_stay_or_traveller_is_no_visit(visits, text):
    assert visits(text) == set()


# --- a visit noun hung on the clause ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("Putin, on his visit to India, congratulated Singh.", "person:vladimir putin", "india"),
        ("During his visit to Japan, Bush praised Koizumi.", "person:bush", "japan"),
    ],
)
def test_his_visit_to_place(visits, text, agent, target):
    assert {(a, t) for a, t, _, _ in visits(text)} == {(agent, target)}


# --- forces leaving for a place: a deployment ------------------------------------------------------


@pytest.fixture(scope="module")
def deployments(nlp):
    """Return ``deployments(text) -> {(agent, target, cameo)}`` of the deployments a text tells."""
    return lambda text: {(a, t, cameo) for a, t, _, cameo in _told(nlp, "deploys", text)}


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("A battalion of 400 Kenyan soldiers left Kenya on Monday for Somalia.", "kenya", "somalia"),
        ("Polish troops left for Iraq on Monday.", "poland", "iraq"),
        ("Some 400 Spanish marines left their barracks for Lebanon.", "spain", "lebanon"),
    ],
)
def test_forces_leaving_for_a_place_deploy_there(deployments, text, agent, target):
    assert deployments(text) == {(agent, target, "15")}


@pytest.mark.parametrize(
    "text",
    [
        "Polish troops left Kabul on Monday.",  # no destination
        "The Kenyan president left Nairobi for Kampala.",  # not forces
    ],
)
def test_leaving_without_forces_or_destination_deploys_nothing(deployments, text):
    assert deployments(text) == set()


# --- a journey to a state: a visit, or for forces a deployment -------------------------------------


@pytest.mark.parametrize(
    "text, agent, target, modality",
    [
        ("Chinese President Xi Jinping flew to Brasilia on Monday.", "person:xi jinping", "brazil", "asserted"),
        (
            "The Kenyan foreign minister will travel to Moscow next week.",
            "office:kenya-foreign",
            "russia",
            "hypothetical",
        ),
    ],
)
def test_journey_of_a_traveller_to_a_state_is_a_visit(visits, text, agent, target, modality):
    assert visits(text) == {(agent, target, modality, "042")}


def test_forces_flying_to_a_place_deploy_there(deployments):
    assert deployments("Dutch marines flew to Kabul on Friday.") == {("netherlands", "afghanistan", "15")}


@pytest.mark.parametrize("text", ["Iran went to war with Iraq in 1980.", "The Italian premier went to the polls."])
def test_journey_to_no_state_is_no_visit(visits, text):
    assert visits(text) == set()


@pytest.mark.parametrize(
    "text, agent, target",
    [
        (
            "Italian Prime Minister Mario Monti left Libya's eastern city of Benghazi after talks.",
            "person:mario monti",
            "libya",
        ),
        ("Putin flew to Syria's coastal province of Latakia.", "person:vladimir putin", "syria"),
    ],
)
def test_a_place_a_state_owns_is_the_states(visits, text, agent, target):
    assert {(a, t) for a, t, _, _ in visits(text)} == {(agent, target)}


# --- a region of a state as a destination: the state's -------------------------------------------


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("Turkey sent troops to the northern region of Iraq.", "turkey", "iraq"),  # "of" a state
        ("Ethiopia deployed soldiers to the eastern Somali region.", "ethiopia", "somalia"),  # a demonym
        ("India moved warships into Pakistani waters.", "india", "pakistan"),
        ("Nigeria sent 200 peacekeepers to the Liberian capital.", "nigeria", "liberia"),
        ("Kenya will send troops to the Somali region of Ethiopia.", "kenya", "ethiopia"),  # "of" wins
        ("Indian troops entered the Pakistani town of Chaman.", "india", "pakistan"),
        ("A Russian submarine has intruded into Norwegian territorial waters.", "russia", "norway"),
        ("Russian jets violated Estonian airspace.", "russia", "estonia"),  # a region for object
    ],
)
def test_deployment_to_a_region_of_a_state_goes_to_the_state(deployments, text, agent, target):
    assert {(a, t) for a, t, _ in deployments(text)} == {(agent, target)}


def test_forces_misparsed_as_a_relative_still_move(deployments):
    # the parser hangs "intruded" on "warships" as a relative clause; a past tense is the main verb
    assert {
        (a, t) for a, t, _ in deployments("Two Chinese warships intruded into Japanese waters on Monday, Tokyo said.")
    } == {("china", "japan")}


@pytest.mark.parametrize(
    "text",
    [
        "Britain sent water to the Somali region.",  # not forces
        "Oman deployed troops to the region.",  # a region of no state
        "Chad moved troops to the Kurdish region.",  # a people's, not a state's
    ],
)
def test_region_of_no_state_or_no_forces_deploys_nothing(deployments, text):
    assert deployments(text) == set()


# --- aircraft flown or sent over a state: a show of force ----------------------------------------


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("Hezbollah flew a drone over northern Israel on Sunday.", "hezbollah", "israel"),
        ("Syria sent a spy plane over Turkish airspace.", "syria", "turkey"),
        ("Turkey said it had sent a reconnaissance plane over Armenia.", "turkey", "armenia"),
        ("Syrian warplanes flew over Lebanon on Friday.", "syria", "lebanon"),  # forces flying
        ("Russian warplanes flew into Finnish airspace.", "russia", "finland"),
    ],
)
def test_aircraft_over_a_state_deploy_there(deployments, text, agent, target):
    assert {(a, t) for a, t, _ in deployments(text)} == {(agent, target)}


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani president flew over the flooded region of Sindh.",  # a person's flight
        "Brazilian President Lula flew into Caracas on Monday.",  # a visit, not a deployment
        "Syria sent a letter to Turkey.",  # nothing flies over
    ],
)
def test_flights_of_persons_or_things_sent_deploy_nothing(deployments, text):
    assert deployments(text) == set()


def test_a_travellers_flight_into_a_capital_is_a_visit(visits):
    assert visits("Brazilian President Lula flew into Caracas on Monday.") == {
        ("person:lula", "venezuela", "asserted", "042")
    }


# --- a force handing its mission over to another: the one withdraws, the other deploys ------------


@pytest.fixture(scope="module")
def moves(nlp):
    """Return ``moves(text) -> {(agent, relation, target, cameo)}`` of the deployments and withdrawals a text tells."""
    return lambda text: {
        (a, relation, t, cameo)
        for relation in ("deploys", "withdraws")
        for a, t, _, cameo in _told(nlp, relation, text)
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "NATO handed over command in Kosovo to the European Union.",
            {("nato", "withdraws", "eu", "087"), ("eu", "deploys", "kosovo", "15")},
        ),
        (
            "An African Union force took over from UN peacekeepers in Burundi.",
            {("un", "withdraws", "african-union", "087"), ("african-union", "deploys", "burundi", "15")},
        ),
        (
            "Ethiopian troops took over positions from Kenyan forces in Somalia.",
            {("kenya", "withdraws", "ethiopia", "087"), ("ethiopia", "deploys", "somalia", "15")},
        ),
        # the taker at home deploys nowhere; the giver withdraws in its favour, it is no attack
        (
            "Iraqi forces took over security in Basra from British troops.",
            {("united-kingdom", "withdraws", "iraq", "087")},
        ),
        ("Canadian troops handed over the base to Afghan forces.", {("canada", "withdraws", "afghanistan", "087")}),
    ],
)
def test_handover_of_a_mission(moves, extract_sentences, text, expected):
    assert moves(text) == expected
    assert not any(e.relation == "attacks" for e in extract_sentences(text)[1])


@pytest.mark.parametrize(
    "text",
    [
        "Germany handed over the suspect to Turkey.",  # an extradition, no mission
        "Rebels took over the town from Chadian troops.",  # an occupation
        "Hamas took over control of Gaza from Fatah.",  # no forces nor alliance: a seizure of power
        "Karzai's government took over from the Taliban.",  # a succession
    ],
)
def test_handing_over_people_or_taking_places_is_no_handover(moves, text):
    assert not any(r == "withdraws" for _, r, _, _ in moves(text))


# --- forces leaving or pulled out of a state: a withdrawal ----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The last Syrian troops left Lebanon on Tuesday.", {("syria", "withdraws", "lebanon", "0874")}),
        (
            "Italian troops will leave Iraq and Kuwait next year.",
            {("italy", "withdraws", "iraq", "0874"), ("italy", "withdraws", "kuwait", "0874")},
        ),
        ("Hungary pulled its soldiers out of Iraq.", {("hungary", "withdraws", "iraq", "0874")}),
        ("Ukrainian troops pulled out of Iraq.", {("ukraine", "withdraws", "iraq", "08")}),
        ("Syrian troops pulled back from the Lebanese capital.", {("syria", "withdraws", "lebanon", "08")}),
    ],
)
def test_forces_leaving_a_state_withdraw(moves, text, expected):
    assert moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polish troops left Kabul on Monday.",  # a city left: they may stay in the country
        "The Kenyan president left Nairobi.",  # not forces
        "Russia pulled out of the treaty.",  # no place
        "Iran pulled its ambassador out of Baku.",  # a diplomat, not forces
    ],
)
def test_leaving_a_city_or_pulling_out_of_no_place_is_no_withdrawal(moves, text):
    assert moves(text) == set()


# --- forces sent to do something in a place: a deployment there ----------------------------------


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("Rwanda will send 500 troops to protect civilians in Darfur.", "rwanda", "sudan"),
        ("Nigeria deployed soldiers to help keep the peace in the Liberian capital.", "nigeria", "liberia"),
        ("Chad sent troops to fight jihadists in Mali.", "chad", "mali"),
        ("Uganda deployed 1,500 soldiers to guard the airport in the Somali capital.", "uganda", "somalia"),
    ],
)
def test_forces_sent_to_act_in_a_place_deploy_there(deployments, text, agent, target):
    assert {(a, t) for a, t, _ in deployments(text)} == {(agent, target)}


@pytest.mark.parametrize(
    "text",
    [
        # the parser gives "sending" no subject: the concerned are no senders
        "Japan and Australia voiced concern over Iran sending fighters to help the rebels in Yemen.",
        "France sent warships to patrol the waters.",  # no state
    ],
)
def test_purpose_places_need_a_sender_and_a_state(deployments, text):
    assert not any(a in ("japan", "australia", "france") for a, _, _ in deployments(text))


def test_a_destination_named_wins_over_the_purposes_place(deployments):
    found = deployments("The US sent troops to Kuwait to prepare for war in Iraq.")
    assert {(a, t) for a, t, _ in found} == {("united-states", "kuwait")}


# --- forces made ready for an attack on someone: a mobilisation against them ----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ethiopian troops are preparing for an attack on al-Shabaab.", {("ethiopia", "al-shabaab")}),
        ("Israeli forces prepared for an offensive against Hamas.", {("israel", "hamas")}),
        (
            "The Pakistani army has massed 20,000 troops for an offensive against the Taliban.",
            {("pakistan-military", "taliban")},
        ),
    ],
)
def test_forces_readied_for_an_attack_mobilise_against_its_target(deployments, text, expected):
    assert {(a, t) for a, t, _ in deployments(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran is preparing for talks with the EU.",  # no attack
        "Syria prepared for an attack by Israel.",  # no forces, and the attack is another's
    ],
)
def test_readiness_for_no_attack_or_without_forces_mobilises_nothing(deployments, text):
    assert deployments(text) == set()
