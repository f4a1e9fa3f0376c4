"""Affiliations the extractor reads: titles in apposition ("X, commander of Y", "a spokesman for Y, X"),
members of a named body ("X, an al-Qaeda fighter"), leadership verbs ("Y is led by X") and what a
body is made of ("Y includes A and B"). Sentences written for each construction, with negative cases."""

import pytest
from eventsets import edges

AFFILIATIONS = {"leads", "part_of", "member_of"}


def affiliations(events):
    """Return the affiliation edges of `events`."""
    return {e for e in edges(events) if e[1] in AFFILIATIONS}


def person(mentions, surname):
    """Return the key of the person mention whose text ends with `surname`."""
    return next(m.key for m in mentions if m.role == "person" and m.text.endswith(surname))


@pytest.mark.parametrize(
    "text, surname, relation, body",
    [
        # the title hangs on the name, its body in an "of"/"for" phrase
        ("Gen. David Petraeus, commander of U.S. Central Command, visited Pakistan.", "Petraeus", "leads",
         "us-central-command"),
        ("Kenneth Roth, the executive director of Human Rights Watch, criticised Egypt.", "Roth", "leads",
         "human-rights-watch"),
        ("Tarik Jasarevic, a spokesman for the World Health Organization, praised China.", "Jasarevic", "part_of",
         "who"),
        ("Jens Stoltenberg, the secretary general of NATO, visited Kiev.", "Stoltenberg", "leads", "nato"),
        # the name hangs on the title (or on its object, as the small model has it)
        ("A spokesman for the World Health Organization, Tarik Jasarevic, said the outbreak was spreading.",
         "Jasarevic", "part_of", "who"),
        ("The chief of Amnesty International, Irene Khan, condemned Israel.", "Khan", "leads",
         "amnesty-international"),
        # a deputy belongs to the body the head leads; so does the head of one of its parts
        ("Tom Porteous, the deputy director of Human Rights Watch, criticised Egypt.", "Porteous", "part_of",
         "human-rights-watch"),
        ("Sarah Whitson, Human Rights Watch's deputy director, criticised Egypt.", "Whitson", "part_of",
         "human-rights-watch"),
        ("Joe Stork, Human Rights Watch's deputy regional director, criticised Egypt.", "Stork", "part_of",
         "human-rights-watch"),
        ("Mohammed Deif, the head of Hamas's military wing, threatened Israel.", "Deif", "part_of", "hamas"),
        # the possessor owns the office: an envoy to an alliance is his state's
        ("Germany's NATO ambassador, Hans-Dieter Lucas, met Turkish officials.", "Lucas", "part_of", "germany"),
        # a word of membership: belonging without an office
        ("Abu Omar, an al-Qaeda fighter, was captured in Iraq.", "Omar", "part_of", "al-qaeda"),
        ("Ahmed Salim, a member of Hamas, was arrested in Hebron.", "Salim", "part_of", "hamas"),
        ("Abdul Rahman, a Taliban militant, was killed in Kandahar.", "Rahman", "part_of", "taliban"),
    ],
)  # fmt: skip
def test_titles_in_apposition_give_the_office(extract_sentences, text, surname, relation, body):
    mentions, events = extract_sentences(text)
    assert (person(mentions, surname), relation, body) in affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text, surname",
    [
        # no longer held
        ("Ahmed Ali, the former head of Hezbollah, was arrested.", "Ali"),
        ("Ahmed Salim, a former member of Hamas, was arrested in Hebron.", "Salim"),
        # a nationality is no body: a Pakistani militant is not an organ of Pakistan
        ("Ahmed Yusuf, a Pakistani militant, was captured.", "Yusuf"),
        # a word that is neither a title nor a membership
        ("Ahmed Yusuf, a friend of Hamas, was captured.", "Yusuf"),
    ],
)
def test_no_affiliation_without_a_current_title(extract_sentences, text, surname):
    mentions, events = extract_sentences(text)
    key = person(mentions, surname)
    assert not {e for e in affiliations(events) if e[0] == key}, affiliations(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hamas is led by Ismail Haniyeh.", ("person:ismail haniyeh", "leads", "hamas")),
        ("Mullah Omar leads the Taliban.", ("person:mullah omar", "leads", "taliban")),
        ("Human Rights Watch, led by Kenneth Roth, criticised Egypt.",
         ("person:kenneth roth", "leads", "human-rights-watch")),
        ("Vladimir Putin commands the Russian army.", ("person:vladimir putin", "leads", "russia-military")),
        ("Saddam Hussein led Iraq into war.", ("person:saddam hussein", "leads", "iraq")),
    ],
)  # fmt: skip
def test_leadership_verbs(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        "General Ali commanded Iraqi troops in Mosul.",  # a state's troops are not the state
        "Iraqi troops, led by General Ali, entered Mosul.",
        "Germany leads France in exports.",  # two states: a ranking, not leadership
        "Hamas will be led by Ismail Haniyeh.",  # not yet
        "Ismail Haniyeh does not lead Hamas.",
    ],
)
def test_no_leadership(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not {e for e in affiliations(events) if e[1] == "leads"}, affiliations(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The African Union includes Nigeria, Kenya and Ghana.",
         {("nigeria", "member_of", "african-union"), ("kenya", "member_of", "african-union"),
          ("ghana", "member_of", "african-union")}),
        ("ASEAN, which includes Vietnam and Thailand, met in Jakarta.",
         {("vietnam", "member_of", "asean"), ("thailand", "member_of", "asean")}),
        ("NATO members include Turkey and Greece.", {("turkey", "member_of", "nato"), ("greece", "member_of", "nato")}),
        ("Members of the European Union include Malta and Cyprus.",
         {("malta", "member_of", "eu"), ("cyprus", "member_of", "eu")}),
        ("The Arab League is made up of Egypt, Jordan and Libya.",
         {("egypt", "member_of", "arab-league"), ("jordan", "member_of", "arab-league"),
          ("libya", "member_of", "arab-league")}),
    ],
)  # fmt: skip
def test_what_a_body_is_made_of(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected <= affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        "The talks included Iran and Russia.",  # an event, not a body
        "Iraq includes the Kurdistan region.",  # territory, not membership
        "Iran's allies include Syria and Hezbollah.",  # a state has allies, not members
        "The African Union does not include Morocco.",
        "The Hamas delegation included members of Hezbollah.",  # the body's people, not the body
    ],
)
def test_no_membership_from_include(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not {e for e in affiliations(events) if e[1] in ("member_of", "part_of")}, affiliations(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Belgium, as part of NATO, patrolled the Baltic skies.", ("belgium", "member_of", "nato")),
        ("Portugal works as part of NATO to protect Romania.", ("portugal", "member_of", "nato")),
        ("As part of the African Union, Kenya sent troops to Somalia.", ("kenya", "member_of", "african-union")),
    ],
)  # fmt: skip
def test_acting_as_part_of_an_alliance(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        "Russia, as part of the deal with NATO, withdrew troops.",  # part of an act, not of the body
        "Turkey acted as part of NATO's mission in Libya.",
        "Ukraine hopes to fight as part of NATO.",  # not yet
    ],
)
def test_no_membership_from_as_part_of(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not {e for e in affiliations(events) if e[1] == "member_of"}, affiliations(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # military units and task forces the NER names become nodes of their own, led by their commanders
        ("Lt. Gen. John Smith, commander of the 3rd Infantry Division, spoke to reporters.",
         ("person:john smith", "leads", "org:3rd-infantry-division")),
        ("The 3rd Battalion is commanded by Lt. Col. John Smith.", ("person:john smith", "leads", "org:3rd-battalion")),
        ("Maj. Gen. John Smith, commander of Multinational Special Operations Task Force North, spoke to reporters.",
         ("person:john smith", "leads", "org:multinational-special-operations-task-force-north")),
    ],
)  # fmt: skip
def test_named_units_are_led(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in affiliations(events), affiliations(events)


def _graph(nlp, text):
    from actorgraph.assemble import assemble
    from actorgraph.extract import extract
    from actorgraph.ingest import Article

    article = Article(id="t1", text=text, date="2015-06-01")
    return assemble([extract(nlp(text), article)])


@pytest.mark.parametrize(
    "text, surname, body",
    [
        ("Abu Omar, an al-Qaeda commander, was killed in Yemen.", "Omar", "al-qaeda"),
        ("Zabiullah Gul, a Taliban militant, was killed in Kandahar.", "Gul", "taliban"),
        ("Tom Porteous, the deputy director of Human Rights Watch, criticised Egypt.", "Porteous",
         "human-rights-watch"),
        # an organisation the gazetteer does not know is filed by its node's id
        ("Lt. Gen. John Smith, commander of the 3rd Infantry Division, spoke to reporters.", "Smith",
         "3rd-infantry-division"),
    ],
)  # fmt: skip
def test_a_group_member_is_filed_under_the_group(nlp, text, surname, body):
    G = _graph(nlp, text)
    node = next(n for n, d in G.nodes(data=True) if d["label"].endswith(surname))
    assert G.nodes[node]["affiliation"] == body
    assert G.has_edge(node, body)


def test_an_officer_of_an_agency_is_still_filed_under_its_state(nlp):
    G = _graph(nlp, "Lt. Gen. John Smith, commander of U.S. Central Command, visited Pakistan.")
    assert G.nodes["john-smith"]["affiliation"] == "united-states", dict(G.nodes["john-smith"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EU member states France and Germany opposed the plan.",
         {("france", "member_of", "eu"), ("germany", "member_of", "eu")}),
        ("NATO member states Poland and Romania asked for more troops.",
         {("poland", "member_of", "nato"), ("romania", "member_of", "nato")}),
        ("The Muslim Brotherhood joined Hamas.", {("muslim-brotherhood", "part_of", "hamas")}),
        ("Al-Nusra Front joined al-Qaeda in 2013.", {("al-nusra-front", "part_of", "al-qaeda")}),
    ],
)  # fmt: skip
def test_member_lists_and_groups_joining_groups(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected <= affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        "NATO members and Russia met in Brussels.",  # a second party, not a member
        "Hamas joined Fatah in a unity government.",  # acting together, not belonging
        "Hezbollah joined Iran in condemning the strike.",
        "Ahrar al-Sham joined the talks in Geneva.",  # an event, not a body
    ],
)
def test_no_membership_from_lists_or_joining(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not {e for e in affiliations(events) if e[1] in ("member_of", "part_of")}, affiliations(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenneth Roth became the head of Human Rights Watch in 1993.",
         ("person:kenneth roth", "leads", "human-rights-watch")),
        ("Ismail Haniyeh was elected leader of Hamas in 2017.", ("person:ismail haniyeh", "leads", "hamas")),
        ("Hamas named Yahya Sinwar as its new leader.", ("person:yahya sinwar", "leads", "hamas")),
        ("Mark Rutte was appointed secretary general of NATO.", ("person:mark rutte", "leads", "nato")),
        ("Ahmed Salim is a member of Hamas.", ("person:ahmed salim", "part_of", "hamas")),
        # one of its commanders: a member, not its head
        ("Abdul Rahman was an al-Qaeda commander.", ("person:abdul rahman", "part_of", "al-qaeda")),
        ("Abdul Rahman was the al-Qaeda commander in Yemen.", ("person:abdul rahman", "leads", "al-qaeda")),
    ],
)  # fmt: skip
def test_titles_said_of_a_person(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Salim was a former member of Hamas.",
        "Yahya Sinwar will become the leader of Hamas.",
        "Ahmed Yusuf is a Pakistani militant.",
        "Tony Blair met the leader of Hamas.",  # a title that is not said of the person
    ],
)
def test_no_title_said_of_a_person(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not {e for e in affiliations(events) if e[2] in ("hamas", "pakistan")}, affiliations(events)


def test_a_coalition_read_back_is_no_member(extract_sentences):
    # "coalition troops" read back as the US-led coalition's must not make the coalition a member
    mentions, events = extract_sentences(
        "Backed by the US-led coalition, the Syrian Democratic Forces, which include coalition troops, captured Tabqa."
    )
    read_back = {m.key for m in mentions if m.role == "anaphor"}
    assert read_back, mentions  # the hazard is there: "coalition" is read back
    assert not {e for e in affiliations(events) if e[0] in read_back and e[2] == "sdf"}, affiliations(events)


def test_a_coalition_with_a_name_of_its_own_is_its_own_actor(extract_sentences):
    # "Coalition" ending a name is that coalition, not the US-led one read back
    mentions, events = extract_sentences(
        "Backed by the US-led coalition, the Syrian Democratic Forces, which include the Kurdish Arab Coalition, "
        "captured Tabqa."
    )
    assert ("Kurdish Arab Coalition", "org:kurdish-arab-coalition") in {(m.text, m.key) for m in mentions}
    assert ("org:kurdish-arab-coalition", "part_of", "sdf") in affiliations(events), affiliations(events)
    assert not {e for e in affiliations(events) if e[0] == "org:united-states-led coalition"}, affiliations(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Abu Omar, an al-Qaeda commander, was killed in Yemen.", ("person:abu omar", "part_of", "al-qaeda")),
        ("Abu Omar, a Hamas leader, was arrested.", ("person:abu omar", "part_of", "hamas")),
        ("Ismail Haniyeh, the leader of Hamas, spoke in Doha.", ("person:ismail haniyeh", "leads", "hamas")),
    ],
)
def test_an_indefinite_title_makes_a_member_not_the_head(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in {(e.agent, e.relation, e.target) for e in events}


def _alliances(events):
    """Return the ``allies`` edges of `events` as unordered pairs (the relation is symmetric)."""
    return {frozenset((e.agent, e.target)) for e in events if e.relation == "allies"}


@pytest.mark.parametrize(
    "text, pair",
    [
        # the allies hang on the first side as its conjunct, "its"/"their" standing for it
        ("The Taliban and its al-Qaeda allies fled into the mountains.", {"taliban", "al-qaeda"}),
        ("Russia and its ally Syria rejected the plan.", {"russia", "syria"}),
        # the ally is the name the noun is in apposition to, or the subject it is said of
        ("Syria, a close ally of Iran, rejected the plan.", {"syria", "iran"}),
        ("Britain is a key ally of the United States.", {"united-kingdom", "united-states"}),
        ("Pakistan is one of China's oldest allies.", {"pakistan", "china"}),
        # "allied" groups are allies of the side they are coordinated with
        ("The Lebanese army and allied Hezbollah militias shelled the village.", {"lebanon-military", "hezbollah"}),
    ],
)
def test_affiliations_ally_nouns_make_allies(extract_sentences, text, pair):
    _, events = extract_sentences(text)
    assert frozenset(pair) in _alliances(events), _alliances(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington and its NATO allies imposed sanctions on Russia.", ("united-states", "member_of", "nato")),
        ("Turkey's allies in NATO criticised the purchase.", ("turkey", "member_of", "nato")),
    ],
)
def test_affiliations_allies_named_by_their_alliance_make_a_member(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events)
    assert not _alliances(events), _alliances(events)  # the alliance is no ally of its own member


@pytest.mark.parametrize(
    "text",
    [
        "Iran's allies attacked the base.",  # no ally named
        "Iran's allies in Iraq attacked the base.",  # a place where the allies are, not an ally
        "Turkey, a former ally of Israel, condemned the raid.",
        "Pakistan could become China's ally.",
    ],
)
def test_affiliations_no_alliance_without_a_named_present_ally(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not _alliances(events) and not affiliations(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # examples of an alliance's members are members
        ("EU members such as Austria and Ireland opposed the plan.",
         {("austria", "member_of", "eu"), ("ireland", "member_of", "eu")}),
        ("NATO states like Latvia and Estonia asked for more troops.",
         {("latvia", "member_of", "nato"), ("estonia", "member_of", "nato")}),
        ("The Arab League, including Egypt and Jordan, condemned the attack.",
         {("egypt", "member_of", "arab-league"), ("jordan", "member_of", "arab-league")}),
        ("Several NATO countries, including Hungary and Slovakia, sent troops.",
         {("hungary", "member_of", "nato"), ("slovakia", "member_of", "nato")}),
        # who acts within an alliance is in it: the subject, its partners, the noun the phrase is on
        ("Britain works closely with Norway within NATO.",
         {("united-kingdom", "member_of", "nato"), ("norway", "member_of", "nato")}),
        ("We are committed to cooperating with Greece within the EU.", {("greece", "member_of", "eu")}),
        ("Polish officers within NATO planned the exercise.", {("poland", "member_of", "nato")}),
    ],
)  # fmt: skip
def test_affiliations_examples_and_acts_within_an_alliance_make_members(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected <= affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        "NATO, like the EU, condemned the attack.",  # a comparison of two bodies
        "Ukraine hopes to work within NATO.",  # not yet in it
        "Russian troops within Ukraine clashed with the army.",  # a state is no alliance
        "Tensions within NATO grew after Turkey bought Russian missiles.",
    ],
)
def test_affiliations_no_member_from_a_comparison_or_a_hope(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not {e for e in affiliations(events) if e[1] == "member_of"}, affiliations(events)


@pytest.mark.parametrize(
    "text, surname, body",
    [
        # an indefinite title with the place it is held in: a member of the body
        ("Omar Haddad, a senior Hamas official in Gaza, condemned Israel.", "Haddad", "hamas"),
        # a demonym written onto "al-" ends the name: a man from Iraq, not Iraq
        ("Abu Hamza al-Iraqi, a Taliban commander in Kandahar, was killed.", "al-Iraqi", "taliban"),
    ],
)
def test_affiliations_a_title_held_in_a_place(extract_sentences, text, surname, body):
    mentions, events = extract_sentences(text)
    assert (person(mentions, surname), "part_of", body) in affiliations(events), affiliations(events)
    assert "iraq" not in {m.key for m in mentions}


def test_affiliations_an_official_belongs_to_the_body_he_represents(extract_sentences):
    mentions, events = extract_sentences(
        "The Palestinian Authority, represented by Prime Minister Rami Hamdallah, signed the accord."
    )
    assert (person(mentions, "Hamdallah"), "part_of", "palestine-government") in affiliations(events)


def test_affiliations_an_untitled_representative_belongs_to_nothing(extract_sentences):
    _, events = extract_sentences("Hamas, represented by lawyer John Smith, appealed the ruling.")
    assert not affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # military style names a unit, then the larger one it is in
        ("Troops of the 1st Battalion, 8th Marine Regiment patrolled the border with Mali.",
         {("org:1st-battalion", "part_of", "org:8th-marine-regiment")}),
        ("Bravo Company of the 2nd Battalion, 6th Infantry Regiment searched villages near Gao.",
         {("org:bravo-company", "part_of", "org:2nd-battalion"),
          ("org:2nd-battalion", "part_of", "org:6th-infantry-regiment")}),
        # a person posted to a numbered unit serves in it
        ("Sergeant Maria Lopez was assigned to the 82nd Airborne Division, the army said.",
         {("person:maria lopez", "part_of", "org:82nd-airborne-division")}),
        # a unit that acts as part of a larger one is in it
        ("The 27th Fighter Squadron flew missions over Libya as part of the 48th Fighter Wing.",
         {("org:27th-fighter-squadron", "part_of", "org:48th-fighter-wing")}),
    ],
)  # fmt: skip
def test_units_inside_units(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected <= affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        # units of one echelon listed, a larger unit before a smaller, firms without a number
        "The 1st Battalion, 2nd Battalion and 3rd Battalion left Kabul.",
        "The 4th Infantry Division, 2nd Battalion and Afghan police left Kabul.",
        "The Carlyle Group, the Blackstone Group and the 2nd Battalion met in Kabul.",
        # a unit that is no numbered unit is not a body of "as part of"
        "The 27th Fighter Squadron flew over Libya as part of the Odyssey Dawn Group.",
    ],
)
def test_no_unit_chain_without_a_smaller_unit_before_a_numbered_larger_one(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not {e for e in affiliations(events) if e[0].startswith("org:")}, affiliations(events)


@pytest.mark.parametrize(
    "text, surname, body",
    [
        # a body named right after the title and a comma, with no "of"
        ("Adm. John Aquilino, commander, U.S. Indo-Pacific Command, visited Manila on Monday.", "Aquilino",
         "us-indo-pacific-command"),
        # an office in apposition says more than a rank before the name
        ("U.S. Army General Michael Kurilla, the commander of U.S. Central Command, arrived in Cairo.", "Kurilla",
         "us-central-command"),
    ],
)  # fmt: skip
def test_an_office_in_apposition_after_a_comma_or_a_rank(extract_sentences, text, surname, body):
    mentions, events = extract_sentences(text)
    assert (person(mentions, surname), "leads", body) in affiliations(events), affiliations(events)


def test_a_rank_before_the_name_keeps_its_office_when_the_apposition_names_none(extract_sentences):
    mentions, events = extract_sentences("U.S. Ambassador Jane Doe, a senior official, visited Amman.")
    assert (person(mentions, "Doe"), "part_of", "united-states") in affiliations(events), affiliations(events)


def test_no_office_from_a_listed_body_of_two_names(extract_sentences):
    mentions, events = extract_sentences(
        "Adm. Ann Berg, commander, U.S. Indo-Pacific Command - NATO Task Force, spoke in Doha."
    )
    key = person(mentions, "Berg")
    assert not {e for e in affiliations(events) if e[0] == key}, affiliations(events)


@pytest.mark.parametrize(
    "text, pairs",
    [
        # the coordinated doers of one hostile act against a third party are on one side
        ("Chadian and Nigerien soldiers attacked Boko Haram camps near Lake Chad.", [{"chad", "niger"}]),
        ("Kenyan troops and Somali government forces launched an offensive against al-Shabaab in Jubaland.",
         [{"kenya", "somalia"}]),
        # a foe the gazetteer does not know
        ("Chadian and Nigerien soldiers attacked the Union of Forces for Democracy near the lake.", [{"chad", "niger"}]),
        ("Mali, Niger and Burkina Faso are fighting the Islamic State in the Sahel.",
         [{"mali", "niger"}, {"mali", "burkina-faso"}, {"niger", "burkina-faso"}]),
    ],
)  # fmt: skip
def test_the_doers_of_one_hostile_act_are_allies(extract_sentences, text, pairs):
    _, events = extract_sentences(text)
    assert {frozenset(p) for p in pairs} <= _alliances(events), _alliances(events)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan attacked each other on Sunday.",  # a fight between them
        "Israel and Hezbollah fought a war in 2006.",
        "Ethiopia and Eritrea fought over the border town of Badme.",  # no third party
        "Russia and China plan to counter NATO in Asia.",  # only intended
        "Russia and Belarus did not attack Poland.",
        "Sudan and Chad launched offensives against each other's rebels.",
        "France and Germany sharply attacked Washington over its trade policy.",  # a quarrel, no fight
        "Both Israeli troops and Hamas gunmen attacked civilians, the report said.",  # no foe named: each may have
        "Syrian troops and Hezbollah fighters attacked Syrian civilians in Qusayr.",  # unarmed people are no foe
    ],
)
def test_no_common_side_without_a_third_party_foe(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not _alliances(events), _alliances(events)


@pytest.mark.parametrize(
    "text, unit, owner, code",
    [
        # a state's unit is coded as its military
        ("The Ukrainian 47th Mechanized Brigade attacked Russian positions near Avdiivka.", "47th-mechanized-brigade",
         "ukraine", "UKRMIL"),
        ("The 27th Fighter Squadron flew missions over Libya as part of the 48th Fighter Wing.",
         "27th-fighter-squadron", None, None),
    ],
)  # fmt: skip
def test_a_numbered_unit_is_filed_under_the_state_named_before_it(nlp, text, unit, owner, code):
    G = _graph(nlp, text)
    assert (G.nodes[unit]["affiliation"], G.nodes[unit]["cameo"]) == (owner, code), dict(G.nodes[unit])


@pytest.mark.parametrize(
    "text, expected",
    [
        # the members of a coalition the article has named are members of it
        ("The coalition has bombed Islamic State for a year. Coalition countries that fly sorties over Syria now "
         "include Canada, Jordan and Bahrain.",
         {(s, "member_of", "global-coalition-against-daesh") for s in ("canada", "jordan", "bahrain")}),
        ("The US-led coalition bombed Islamic State positions. Coalition countries such as Denmark and Australia "
         "sent jets.",
         {(s, "member_of", "global-coalition-against-daesh") for s in ("denmark", "australia")}),
    ],
)  # fmt: skip
def test_members_of_a_named_coalition(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected <= affiliations(events), affiliations(events)


@pytest.mark.parametrize(
    "text",
    [
        "The ruling coalition partners quarrelled over the budget in Rome.",
        "Italy's coalition partners met in Rome. Coalition members include the League.",
    ],
)
def test_no_members_of_a_party_coalition(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not affiliations(events), affiliations(events)
