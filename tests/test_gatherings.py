"""Gatherings whose sides the parse names in roundabout ways (graph/gatherings.py and the index's lists)."""

import pytest
from eventsets import edges

from actorgraph.actors import find_mentions
from actorgraph.relations import find_events

AFFILIATIONS = {"leads", "part_of", "member_of"}


@pytest.fixture(scope="module")
def meetings(nlp):
    """Return ``meetings(text) -> {(agent, relation, target)}`` of a text, affiliations left out."""

    def read(text):
        doc = nlp(text)
        return {e for e in edges(find_events(doc, find_mentions(doc))) if e[1] not in AFFILIATIONS}

    return read


def _pairs(relation, *sides):
    """Return the edges joining every two of `sides` in text order."""
    return {(a, relation, t) for i, a in enumerate(sides) for t in sides[i + 1 :]}


# --- a group named with its members in brackets or dashes --------------------------------------


@pytest.mark.parametrize(
    "text, sides",
    [
        ("The troika (Russia, China and India) met in Moscow on Friday.", ("russia", "china", "india")),
        ("Talks between the two sides - Armenia and Azerbaijan - resumed in Vienna.", ("armenia", "azerbaijan")),
        (
            "The mediators (Norway, the United Nations and the European Union) met in Oslo.",
            ("norway", "un", "eu"),
        ),
        # the members' ministers meet: "ministers of the group (…)"
        (
            "Defence ministers of the Visegrad group (Poland, Hungary and Slovakia) met in Prague.",
            ("poland", "hungary", "slovakia"),
        ),
    ],
)
def test_bracketed_members_of_a_gathering_pair_up(meetings, text, sides):
    assert _pairs("meets", *sides) <= meetings(text)


def test_a_gathering_noun_hung_on_the_group_after_its_list_is_theirs(meetings):
    # the small model attaches "meeting" to the group as an apposition after the closing bracket
    text = "The Nordic group (Norway, Sweden, Finland and Denmark) defence ministers meeting ended in Oslo."
    assert _pairs("meets", "norway", "sweden", "finland", "denmark") <= meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The alliance (NATO) met in Brussels on Monday.",  # one member is no pair
        "The panel (Russia, China and two experts) met in Geneva.",  # not every item is an actor
        "The bloc, including Russia and China, met in Geneva.",  # no brackets: not a members list
        "The troika (Russia, China and India met in Moscow.",  # a bracket never closed
    ],
)
def test_no_members_list_no_pairs(meetings, text):
    assert {e for e in meetings(text) if e[1] == "meets"} == set()


# --- "at a news conference with X, Y said" ------------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "At a press conference with Chancellor Helmut Kohl, President Francois Mitterrand said Paris would agree.",
            ("person:francois mitterrand", "meets", "person:helmut kohl"),
        ),
        # the small model takes the subject for an apposition of the phrase's last name
        (
            "At a meeting with German Chancellor Angela Merkel, Obama said the talks went well.",
            ("person:barack obama", "meets", "person:angela merkel"),
        ),
        # a participle before the subject: "Speaking at …, X urged"
        (
            "Speaking at a press conference with Russia's foreign minister, Rice urged Iran to stop.",
            ("person:rice", "meets", "office:russia-foreign"),
        ),
    ],
)
def test_a_joint_appearance_is_a_meeting(meetings, text, edge):
    assert edge in meetings(text)


def test_a_news_conference_alone_is_no_meeting(meetings):
    assert {
        e for e in meetings("At a news conference in Cairo, Mubarak said Israel must withdraw.") if e[1] == "meets"
    } == set()


# --- talks an official reports for their side ---------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "The dispute was raised in talks with India's prime minister, a Pakistani foreign ministry official said.",
            ("pakistan", "meets", "india"),
        ),
        ("Russia said the question was discussed at talks with Iran.", ("russia", "meets", "iran")),
        # the partner named in apposition to the noun of their office
        (
            "A Turkish defence official said the dispute featured in talks with Greece's army chief, "
            "General Konstantinos Floros.",
            ("turkey", "meets", "person:konstantinos floros"),
        ),
    ],
)
def test_talks_an_official_reports_are_their_sides(meetings, text, edge):
    assert edge in meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The issue was raised during talks with Iran, Xinhua said.",  # a news agency is no side
        "A British official said the bombing happened during talks with Iran.",  # an event set in time
    ],
)
def test_talks_reported_by_no_side_have_none(meetings, text):
    assert {e for e in meetings(text) if e[1] == "meets"} == set()


def test_talks_between_two_others_stay_theirs(meetings):
    found = meetings("A Pakistani spokesman said the bombing happened during talks between India and China.")
    assert {e for e in found if e[1] == "meets"} == {("india", "meets", "china")}


# --- what worked before, kept ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        ("Talks between Peru and Chile ended on Friday.", ("peru", "meets", "chile")),
        ("Vietnam held talks with Laos on Monday.", ("vietnam", "meets", "laos")),
        ("Ghana's talks with Togo ended.", ("ghana", "meets", "togo")),
    ],
)
def test_plain_talks_still_meet(meetings, text, edge):
    assert edge in {e for e in meetings(text) if e[1] == "meets"}


def test_talks_of_a_coordinated_subject_are_one_meeting(meetings):
    found = {
        e
        for e in meetings("Nepal's government and the Maoist rebels are expected to resume talks on Monday.")
        if e[1] == "meets"
    }
    assert len(found) == 1 and next(iter(found))[0] == "nepal", found


# --- briefings and messages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Prime Minister Gordon Brown briefed President Nicolas Sarkozy on the plan.",
            ("person:gordon brown", "meets", "person:nicolas sarkozy"),
        ),
        (
            "The Kenyan president was briefed by Ugandan officials on the attack.",
            ("uganda", "meets", "office:kenya-presidential-office"),
        ),
        # a message sent is a consultation (040), not a threat; a warning message is one
        ("Erdogan sent a message to Aliyev on Monday.", ("person:recep tayyip erdogan", "meets", "person:aliyev")),
        ("Iran sent a warning message to Israel.", ("iran", "threatens", "israel")),
        # "him" in the purpose of what was sent to someone is that someone
        (
            "Erdogan sent a message to Aliyev to congratulate him.",
            ("person:recep tayyip erdogan", "supports", "person:aliyev"),
        ),
    ],
)
def test_briefings_and_messages(meetings, text, edge):
    assert edge in meetings(text)


def test_a_message_sent_is_no_threat(meetings):
    assert not {e for e in meetings("Erdogan sent a message to Aliyev to congratulate him.") if e[1] == "threatens"}


def test_briefing_no_actor_is_no_event(meetings):
    assert meetings("The minister briefed reporters on the talks.") == set()


def test_him_without_an_addressee_stands_for_no_one(meetings):
    assert meetings("Putin sent troops to Chechnya to protect him.") == set()


# --- an act set in a call or meeting with another --------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Merkel raised the issue in a phone call with Putin on Friday.",
            ("person:angela merkel", "meets", "person:vladimir putin"),
        ),
        (
            "The Pakistani prime minister pressed the point in a meeting with Hamid Karzai.",
            ("pakistan", "meets", "person:hamid karzai"),
        ),
    ],
)
def test_an_act_in_a_call_with_another_is_a_consultation(meetings, text, edge):
    assert edge in meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was shown in a meeting with Iran.",  # no actor in the clause
        "Three Indian soldiers died in clashes with Maoist rebels.",  # a fight is no gathering
    ],
)
def test_no_consultation_without_a_clause_actor(meetings, text):
    assert {e for e in meetings(text) if e[1] == "meets"} == set()


# --- an invitation to act is a request; an invitation to a gathering a meeting ---------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        ("Ethiopia invited Eritrea to send delegates to Addis Ababa.", ("ethiopia", "requests", "eritrea")),
        ("India invited Pakistan to resume the dialogue.", ("india", "requests", "pakistan")),
        ("Egypt invited Israel for talks in Cairo.", ("egypt", "meets", "israel")),
        ("Kenya invited Uganda to the summit.", ("kenya", "meets", "uganda")),
    ],
)
def test_invitations(meetings, text, edge):
    assert edge in meetings(text)


def test_an_invitation_to_act_goes_one_way(meetings):
    found = meetings("Ethiopia invited Eritrea to send delegates to Addis Ababa.")
    assert ("eritrea", "requests", "ethiopia") not in found and not {e for e in found if e[1] == "meets"}


# --- a "visiting" guest visits whoever receives them ------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        ("Putin met the visiting Japanese prime minister on Monday.", ("japan", "visits", "person:vladimir putin")),
        ("Iran gave a visiting EU envoy a written reply.", ("eu", "visits", "iran")),
        ("The visiting Chinese premier was welcomed by Mubarak.", ("china", "visits", "person:hosni mubarak")),
        (
            "Mubarak held talks with the visiting Israeli foreign minister.",
            ("office:israel-foreign", "visits", "person:hosni mubarak"),
        ),
    ],
)
def test_a_visiting_guest_visits_the_host(meetings, text, edge):
    assert edge in meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visiting Chinese officials said the talks went well.",  # the guest is the subject: no host named
        "Iran condemned the visiting rights of Kuwaiti ships.",  # no guest
    ],
)
def test_no_host_no_visit(meetings, text):
    assert {e for e in meetings(text) if e[1] == "visits"} == set()


# --- "their meeting": the two its clause names --------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Merkel shook hands with Indian Prime Minister Manmohan Singh before their talks in Berlin.",
            ("person:angela merkel", "meets", "person:manmohan singh"),
        ),
        ("Blair greeted Bush at the start of their talks.", ("person:blair", "meets", "person:bush")),
        (
            "Putin welcomed Erdogan to their summit in Sochi.",
            ("person:vladimir putin", "meets", "person:recep tayyip erdogan"),
        ),
    ],
)
def test_their_gathering_is_the_two_its_clause_names(meetings, text, edge):
    assert edge in meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin condemned their meeting.",  # one actor named: whose meeting is not said
        "Merkel praised Obama and Putin for their meeting.",  # three: which two met is not said
    ],
)
def test_their_gathering_with_no_two_named_is_nobodys(meetings, text):
    assert not {e for e in meetings(text) if e[1] == "meets"}


# --- "Meeting in X, A and B said": a clause-opening participle the tagger reads as a noun -------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Trade fell. Meeting in Brussels, Dutch Prime Minister Mark Rutte and Belgian Prime Minister"
            " Alexander De Croo said they would cut taxes.",
            ("person:mark rutte", "meets", "person:alexander de croo"),
        ),
        (
            "Prices rose. Meeting in Hanoi on Sunday, Vietnam and Laos pledged to widen their railway link.",
            ("vietnam", "meets", "laos"),
        ),
    ],
)
def test_a_meeting_opening_its_clause_is_its_subjects(meetings, text, edge):
    assert edge in meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting with a determiner is a noun: "the meeting" is no one's here
        "Prices rose. The meeting in Oslo ended, and Norway and Iceland said nothing.",
        # one subject: no pair
        "Prices rose. Meeting in Ankara, the Swedish prime minister said Turkey was right.",
    ],
)
def test_no_meeting_from_a_clause_opening_noun_without_two_sides(meetings, text):
    assert not {e for e in meetings(text) if e[1] == "meets"}


# --- a tour of several places; a clause set "on" a journey ------------------------------------------


@pytest.mark.parametrize(
    "text, places",
    [
        ("Vladimir Putin began a tour of Egypt, Jordan and Israel.", ("egypt", "jordan", "israel")),
        ("Vladimir Putin made a tour of Vietnam and Laos.", ("vietnam", "laos")),
    ],
)
def test_the_places_a_tour_takes_in_are_visited(meetings, text, places):
    assert {("person:vladimir putin", "visits", p) for p in places} <= meetings(text)


def test_a_tour_of_no_place_visits_no_one(meetings):
    assert not {e for e in meetings("Vladimir Putin began a tour of the factory.") if e[1] == "visits"}


@pytest.mark.parametrize(
    "text, edges",
    [
        (
            "Vladimir Putin, on a trip to Egypt and Jordan, said peace was near.",
            {("person:vladimir putin", "visits", "egypt"), ("person:vladimir putin", "visits", "jordan")},
        ),
        ("Putin said on a visit to Vietnam that trade would grow.", {("person:vladimir putin", "visits", "vietnam")}),
    ],
)
def test_the_subject_makes_the_journey_its_clause_is_set_on(meetings, text, edges):
    assert edges <= meetings(text)
