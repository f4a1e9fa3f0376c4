"""The CAMEO verb patterns: most specific pattern wins, event nouns, intent and refusal, the generated data."""

import json

import pytest
from eventsets import edges

from actorgraph.patterns import cameo_code, cameo_codes, code_trigger, match_noun, match_verb, mode_of
from actorgraph.resources import data_file, read_jsonl
from actorgraph.vocab import relation_types


def _token(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def _coded(nlp, text, word):
    m = code_trigger(_token(nlp, text, word))
    return m and (m.cameo, m.relation)


# The object and the particle tell the verb apart --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "cameo", "relation"),
    [
        ("The European Union imposed sanctions on Belarus.", "imposed", "163", "sanctions"),
        ("The European Union lifted sanctions on Belarus.", "lifted", "085", "eases"),
        ("Venezuela broke off relations with Colombia.", "broke", "161", "cuts_ties"),
        ("Venezuela restored relations with Colombia.", "restored", "050", "supports"),
        ("Police arrested three opposition leaders in Minsk.", "arrested", "173", "arrests"),
        ("Moscow expelled two British diplomats on Friday.", "expelled", "174", "expels"),
        ("Israel withdrew its troops from the border area.", "withdrew", "0874", "withdraws"),
        ("The two governments held talks in Geneva.", "held", "046", "meets"),
        ("Thousands of students staged a protest outside the embassy.", "staged", "141", "protests"),
    ],
)
def test_patterns_verb_with_its_object(nlp, text, word, cameo, relation):
    assert _coded(nlp, text, word) == (cameo, relation)


def test_patterns_more_specific_pattern_wins(nlp):
    """The verb alone and the verb with its object give different codes, the longer pattern first."""
    alone = match_verb(_token(nlp, "Hungary imposed new rules.", "imposed"))
    specific = match_verb(_token(nlp, "Hungary imposed sanctions on Serbia.", "imposed"))
    assert (alone.cameo, specific.cameo) == ("170", "163")
    assert specific.specificity > alone.specificity == 0
    assert specific.pattern.startswith("IMPOSE/") and "SANCTION" in specific.text


def test_patterns_grant_and_warning_are_told_apart(nlp):
    """A warning is a threat whatever verb gives it; giving alone stays the verb's own code."""
    assert _coded(nlp, "Japan gave a stern warning to Cambodia.", "warning") == ("130", "threatens")
    assert _coded(nlp, "Japan issued a warning to Cambodia.", "issued") == ("130", "threatens")
    assert _coded(nlp, "Japan gave food to Cambodia.", "gave")[1] != "threatens"


def test_patterns_null_pattern_stops_the_code(nlp):
    """ "hold a session" matches a null pattern: no event, although the verb has patterns."""
    m = match_verb(_token(nlp, "The parliament will hold a session on Monday.", "hold"))
    assert m is not None and m.cameo is None and m.relation is None


def test_patterns_unknown_verb_has_no_pattern(nlp):
    assert match_verb(_token(nlp, "The minister sneezed twice.", "sneezed")) is None


def test_patterns_noun_class_matches_its_members(nlp):
    """``&MILITARY`` stands for troops, soldiers, forces… ("withdrew soldiers" as "withdrew troops")."""
    assert _coded(nlp, "Ethiopia withdrew its soldiers from the town.", "withdrew") == ("0874", "withdraws")


# Event nouns ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The talks between Sudan and the rebels collapsed.", "talks", "046"),
        ("An embargo on arms sales to China remains.", "embargo", "163"),
        ("The ultimatum expires on Sunday.", "ultimatum", "139"),
        ("The expulsion of the ambassador angered Paris.", "expulsion", "166"),
        ("The offensive against the rebels began at dawn.", "offensive", "190"),
    ],
)
def test_patterns_event_noun_alone(nlp, text, word, cameo):
    m = match_noun(_token(nlp, text, word))
    assert m is not None and m.cameo == cameo and m.pattern.startswith("noun:")


def test_patterns_noun_that_codes_only_under_its_verb(nlp):
    """ "fire" is a ceasefire when held and no event alone."""
    assert match_noun(_token(nlp, "The fire spread quickly.", "fire")) is None
    assert _coded(nlp, "The rebels agreed to hold fire.", "hold")[0] == "0871"


# Intent and refusal ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "cameo", "mode"),
    [
        ("Norway offered to mediate between the government and the rebels.", "mediate", "039", "intent"),
        ("France plans to meet German officials next week.", "meet", "036", "intent"),
        ("Egypt pledged to provide food aid to Sudan.", "provide", "033", "intent"),
        ("Syria refused to withdraw its troops.", "withdraw", "1246", "refusal"),
        ("Iran would not release the sailors.", "release", "1243", "refusal"),
    ],
)
def test_patterns_intent_and_refusal_are_coded_as_cameo_does(nlp, text, word, cameo, mode):
    token = _token(nlp, text, word)
    m = code_trigger(token)
    assert (m.cameo, m.mode, mode_of(token)) == (cameo, mode, mode)
    assert m.modality == ("hypothetical" if mode == "intent" else "asserted")
    assert m.plover == ("AGREE" if mode == "intent" else "REJECT")


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        # a restriction promised not to be imposed is the easing CAMEO mirrors it with (08x)
        ("Turkey will not bar the Iraqi president from visiting Ankara.", "bar", "081"),
        ("Egypt would not impose sanctions on Sudan.", "impose", "085"),
        ("The junta will not impose a curfew on the capital.", "impose", "0813"),
    ],
)
def test_patterns_a_restriction_promised_away_eases(nlp, text, word, cameo):
    m = code_trigger(_token(nlp, text, word))
    assert (m.cameo, m.mode, m.modality) == (cameo, "forgo", "hypothetical")
    assert m.plover == cameo_code(cameo).plover and m.act in ("restricts", "sanctions")


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Egypt did not impose sanctions on Sudan.", "impose", "163"),  # a negated act, not a promise
        ("Egypt refused to impose sanctions on Sudan.", "impose", "163"),  # refusing to act eases nothing
        ("Jordan would not provide weapons to Syria.", "provide", "121"),  # no easing to mirror: refused
    ],
)
def test_patterns_only_a_promised_restriction_eases(nlp, text, word, cameo):
    m = code_trigger(_token(nlp, text, word))
    assert m.cameo == cameo and m.mode != "forgo"


def test_patterns_future_act_keeps_its_code(nlp):
    """ "will meet" is a meeting to come (hypothetical), not an intent: the dictionary took WILL out of 03."""
    m = code_trigger(_token(nlp, "France will meet German officials next week.", "meet"))
    assert (m.cameo, m.relation, m.mode, m.modality) == ("040", "meets", "future", "hypothetical")


def test_patterns_negated_act_is_no_refusal(nlp):
    """ "did not meet" is a negated meeting (the modality rules say so), not a rejection."""
    token = _token(nlp, "The leaders did not meet in Rome.", "meet")
    assert mode_of(token) is None and code_trigger(token).cameo == "040"


def test_patterns_announced_attack_keeps_its_code(nlp):
    m = code_trigger(_token(nlp, "The rebels will invade the capital.", "invade"))
    assert m.cameo.startswith("19") and m.modality == "hypothetical"


# The generated data ------------------------------------------------------------------------------


def test_patterns_codes_cover_every_root_and_plover_category():
    codes = cameo_codes()
    roots = {f"{n:02d}" for n in range(1, 21)}
    assert roots <= set(codes)
    relations = relation_types()
    for code in codes.values():
        assert code.relation is None or code.relation in relations, code
    for root in roots - {"01"}:
        assert codes[root].relation, root
    plover = {r.plover for r in relations.values() if r.plover}
    assert plover == {c.plover for c in codes.values() if c.plover}
    assert len(plover) == 16


def test_patterns_relation_colours_distinct_and_families_coloured():
    colours = [r.color for r in relation_types().values()]
    assert len(colours) == len(set(colours))


def test_patterns_every_pattern_points_at_known_codes_and_classes():
    classes = {r["class"] for r in read_jsonl("cameo_classes.jsonl")}
    ids = set()
    for p in read_jsonl("cameo_verbs.jsonl"):
        assert p["id"] not in ids
        ids.add(p["id"])
        assert p["cameo"] is None or cameo_code(p["cameo"]).relation == p["relation"]
        nouns = [p["object"], p["subject"], *(q["object"] for q in p["preps"])]
        for word in [w for n in nouns if n for w in [n["head"], *n["mods"]]]:
            assert not word.startswith("&") or word[1:] in classes, (p["id"], word)
    for noun in read_jsonl("cameo_nouns.jsonl"):
        assert set(noun["patterns"]) <= ids


def test_patterns_licence_notice_ships_with_the_data():
    text = data_file("LICENSE-openeventdata").read_text(encoding="utf-8")
    assert "The MIT License" in text and "Open Event Data" in text and "Attribution-ShareAlike 4.0" in text
    modes = json.loads(data_file("cameo_modes.json").read_text(encoding="utf-8"))
    assert {"offer", "pledge", "promise"} <= set(modes["intent_verbs"])
    assert {"refuse", "reject", "decline"} <= set(modes["refusal_verbs"]) and "fail" not in modes["refusal_verbs"]


# Wired into the relation finder -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union lifted sanctions on Belarus.", ("eu", "eases", "belarus", "085", "RETREAT")),
        ("The European Union imposed sanctions on Belarus.", ("eu", "sanctions", "belarus", "163", "COERCE")),
        ("Venezuela broke off relations with Colombia.", ("venezuela", "cuts_ties", "colombia", "161", "SANCTION")),
        ("Israel withdrew its troops from Lebanon.", ("israel", "withdraws", "lebanon", "0874", "RETREAT")),
        ("Russia expelled two British diplomats.", ("russia", "expels", "united-kingdom", "174", "COERCE")),
        ("Chile visited Peru last week.", ("chile", "visits", "peru", "042", "CONSULT")),
    ],
)
def test_patterns_code_the_events_found(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    found = {(e.agent, e.relation, e.target, e.cameo, e.plover) for e in events}
    assert expected in found, found
    assert all(e.pattern for e in events if e.relation == expected[1])


def test_patterns_intent_and_refusal_in_events(extract_sentences):
    _, events = extract_sentences("Norway offered to mediate between Israel and Syria.")
    assert {(e.agent, e.relation, e.target, e.cameo, e.modality) for e in events} >= {
        ("norway", "pledges", "israel", "039", "hypothetical"),
        ("norway", "pledges", "syria", "039", "hypothetical"),
    }
    _, events = extract_sentences("Iran refused to release the British sailors.")
    assert ("iran", "rejects", "united-kingdom", "1243", "asserted") in {
        (e.agent, e.relation, e.target, e.cameo, e.modality) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran expressed willingness to resume talks with Britain.", ("iran", "pledges", "united-kingdom", "030")),
        ("Chile voiced readiness to help Bolivia.", ("chile", "pledges", "bolivia", "033")),
    ],
)
def test_patterns_a_noun_of_intent_targets_whom_its_infinitive_acts_on(extract_sentences, text, expected):
    """The ``intent`` frame reads a noun of intent by the act its infinitive names."""
    _, events = extract_sentences(text)
    assert expected in {(e.agent, e.relation, e.target, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain plans to withdraw its troops from Afghanistan.", ("spain", "pledges", "afghanistan", "0356")),
        ("Greece intends to reduce its troops in Kosovo.", ("greece", "pledges", "kosovo", "0356")),
        ("Canada refused to withdraw its forces from Afghanistan.", ("canada", "rejects", "afghanistan", "1246")),
    ],
)
def test_patterns_intent_or_refusal_of_a_withdrawal_leaves_the_place(extract_sentences, text, expected):
    """An intent or refusal is read with its act's frame when its own finds no target: the place left."""
    _, events = extract_sentences(text)
    assert expected in {(e.agent, e.relation, e.target, e.cameo) for e in events}


def test_patterns_lexicon_keeps_its_relation_with_a_curated_object(extract_sentences):
    """ "sent troops to" stays a deployment (the lexicon's object class), whatever the verb alone codes."""
    _, events = extract_sentences("North Korea sent troops to Russia.")
    assert ("north-korea", "deploys", "russia") in edges(events)


def test_patterns_lexicon_event_without_pattern_keeps_registry_codes(extract_sentences):
    _, events = extract_sentences("Turkey condemned Israel on Monday.")
    e = next(e for e in events if e.relation == "condemns")
    assert (e.plover, e.cameo[:2]) == ("ACCUSE", "11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan released four Syrian students on Monday.", ("jordan", "releases", "syria")),
        ("Pakistan arrested two Saudi nationals in Lahore.", ("pakistan", "arrests", "saudi-arabia")),
    ],
)
def test_patterns_acts_on_people_target_their_state(extract_sentences, text, expected):
    """Arrests, releases and expulsions of a state's people are acts on that state (frame ``custody``)."""
    _, events = extract_sentences(text)
    assert expected in edges(events)


def test_patterns_bare_forces_are_military_to_the_patterns(extract_sentences):
    """ "forces" joins the dictionary's &MILITARY class (data/overlay/cameo_classes.jsonl)."""
    _, events = extract_sentences("Australia withdrew its forces from East Timor.")
    assert ("australia", "withdraws", "east-timor", "0874") in {
        (e.agent, e.relation, e.target, e.cameo) for e in events
    }


def test_patterns_event_noun_carries_the_event_of_its_verb(extract_sentences):
    """ "imposed an embargo on": the embargo is the event (163); "impose" alone (170) adds nothing."""
    _, events = extract_sentences("The European Union imposed an arms embargo on Myanmar.")
    assert {(e.relation, e.cameo) for e in events} == {("sanctions", "163")}


# Bare verbs: a block's code only where the dictionary means it -----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brazil plans to engage Argentine engineers in the project.", "engage"),
        ("Chile will take three Peruvian officials to the conference.", "take"),
        ("Two Kenyan soldiers died in Nairobi on Monday.", "died"),
    ],
)
def test_patterns_loose_block_member_alone_codes_nothing(nlp, text, word):
    """ "engage", "take" and "die" alone are no attack or seizure: their own patterns say the object
    (or the victim as subject) makes the event, so the block's code (190, 171) is not theirs alone."""
    m = match_verb(_token(nlp, text, word))
    assert m is None or m.cameo is None


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Police arrested the opposition leader.", "arrested", "173"),  # ARREST [173]: its own line
        ("The army detained the mayor.", "detained", "173"),  # the CONFINE block, which its patterns keep
        ("The court will prosecute the general.", "prosecute", "173"),  # its own block, no patterns
    ],
)
def test_patterns_verbs_that_mean_their_block_keep_its_code(nlp, text, word, cameo):
    assert match_verb(_token(nlp, text, word)).cameo == cameo


def test_patterns_engaging_specialists_is_no_attack(extract_sentences):
    """Regression: the sample's wrong edge russia -attacks-> north-korea came from ENGAGE's block code
    (190) on "engage ... North Korean specialists"; a sentence of the same shape gives no attack."""
    _, events = extract_sentences("Russia is planning to train and engage North Korean specialists in its army.")
    assert not any(e.relation == "attacks" for e in events), events


# Threats: threatened and announced hostile acts are CAMEO 13x -------------------------------------


def _events(extract_sentences, text):
    _, events = extract_sentences(text)
    return {(e.agent, e.relation, e.target, e.cameo, e.plover, e.modality) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela threatened to attack Colombia.", ("venezuela", "threatens", "colombia", "138")),
        ("Moscow threatened to impose sanctions on Georgia.", ("russia", "threatens", "georgia", "1312")),
        ("Venezuela threatened to break off relations with Colombia.", ("venezuela", "threatens", "colombia", "1313")),
        ("Russia threatened to cut gas supplies to Ukraine.", ("russia", "threatens", "ukraine", "1311")),
        ("Syria threatened to expel Turkish diplomats.", ("syria", "threatens", "turkey", "132")),
        ("Ethiopia vowed to invade Eritrea.", ("ethiopia", "threatens", "eritrea", "1382")),
        ("The Taliban threatened attacks on Britain.", ("taliban", "threatens", "united-kingdom", "138")),
    ],
)
def test_patterns_threatened_act_is_a_threat(extract_sentences, text, expected):
    """The threat was made (asserted), whatever its act: the event is THREATEN, not a hypothetical act."""
    found = _events(extract_sentences, text)
    assert (*expected, "THREATEN", "asserted") in found, found
    assert not any(f[1] in ("attacks", "sanctions", "cuts_ties", "expels") for f in found), found


def test_patterns_reported_threat_keeps_the_report(extract_sentences):
    found = _events(extract_sentences, "Officials said Syria had threatened to expel Turkish diplomats.")
    assert ("syria", "threatens", "turkey", "132", "THREATEN", "reported") in found, found


def test_patterns_threat_presses_whoever_its_condition_names(extract_sentences):
    """ "... unless/if Britain ...": the threat is addressed to Britain, whose act is only a condition."""
    found = _events(
        extract_sentences, "Al Qaeda threatened to execute the captive if Spain did not free its prisoners."
    )
    assert any(f[:3] == ("al-qaeda", "threatens", "spain") for f in found), found
    found = _events(
        extract_sentences,
        "The kidnappers threatened to kill the engineer unless South Korea withdrew its soldiers from Afghanistan.",
    )
    assert all(f[5] == "hypothetical" for f in found if f[1] == "withdraws"), found


def test_patterns_announced_deployment_or_aid_is_no_threat(extract_sentences):
    """Intent to send troops or aid stays what it is (troops go to allies too); only hostile acts threaten."""
    found = _events(extract_sentences, "NATO plans to send troops to Afghanistan.")
    assert found and not any(f[1] == "threatens" for f in found), found
    found = _events(extract_sentences, "Egypt pledged to provide food aid to Sudan.")
    assert ("egypt", "pledges", "sudan", "033", "AGREE", "hypothetical") in found, found


def test_patterns_mode_verbs_come_from_the_dictionary():
    modes = json.loads(data_file("cameo_modes.json").read_text(encoding="utf-8"))
    assert modes["threat_verbs"] == ["threaten"]
    assert "vow" in modes["intent_verbs"]  # VOW codes nothing alone, but its objects are intents and threats
    acts = {a["act"]: a for a in modes["acts"]}
    assert acts["19"]["threat"] == acts["19"]["intent"] == "138" and acts["15"]["intent"] is None


# Rejections: whoever made the rejected proposal is rejected --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey rejected the Greek proposal.", ("turkey", "rejects", "greece", "120")),
        ("Japan rejected a proposal by Russia.", ("japan", "rejects", "russia", "120")),
        ("Cuba rejected the American demand.", ("cuba", "rejects", "united-states", "124")),
        ("Peru's demand was rejected by Chile.", ("chile", "rejects", "peru", "124")),
        ("Kenya will not accept a peace deal with Somalia.", ("kenya", "rejects", "somalia", "120")),
    ],
)
def test_patterns_rejection_targets_the_proposer(extract_sentences, text, expected):
    found = _events(extract_sentences, text)
    assert any(f[:4] == expected and f[4] == "REJECT" for f in found), found


def test_patterns_rejecting_an_accusation_is_a_denial(nlp):
    """ "reject" codes what its object says (the dictionary's REFUSE block): claims are denied (016)."""
    assert _coded(nlp, "Russia rejected the accusations.", "rejected") == ("016", "denies")
    assert _coded(nlp, "Russia rejected the proposal.", "rejected") == ("120", "rejects")


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Finland agreed to an Estonian request for more aircraft.", ("finland", "agrees", "estonia"), None),
        ("Portugal agreed to a Spanish proposal on fishing.", ("portugal", "agrees", "spain"), None),
        ("Croatia invited Montenegro to European Union accession talks.", None, ("croatia", "meets", "eu")),
    ],
)
def test_patterns_agreeing_to_a_request_agrees_with_who_made_it(extract_sentences, text, expected, wrong):
    """The owner of an accepted proposal is the partner; an event noun after "to" (talks) is nobody's proposal."""
    found = {(e.agent, e.relation, e.target) for e in extract_sentences(text)[1]}
    assert expected is None or expected in found, found
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru rejected a central proposal of the United Nations.", ("peru", "rejects", "un", "REJECT")),
        ("Chile rejected an overture from Bolivia.", ("chile", "rejects", "bolivia", "REJECT")),
        ("Russia rejected Ukraine's claims.", ("russia", "denies", "ukraine", None)),
    ],
)
def test_patterns_reject_reads_what_the_dictionary_does_not_code(extract_sentences, text, expected):
    """The lexicon's "reject" (``unless_coded``) rejects what the REFUSE patterns do not name; what
    they name keeps their code: claims are denied (016)."""
    found = {(e.agent, e.relation, e.target, e.plover) for e in extract_sentences(text)[1]}
    assert expected in found, found
