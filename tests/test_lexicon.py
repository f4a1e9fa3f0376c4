"""The trigger lexicon: every entry is one the rules understand."""

import pytest

from actorgraph.lexicon import load_lexicon
from actorgraph.resources import read_jsonl

#: What each optional key of a lexicon.jsonl entry may hold (see docs/lexicon.md).
OPTIONAL = {
    "object": {"forces", "materiel", "agreement", "captives"},
    "unless_object": {"forces", "materiel", "agreement", "captives"},
    "motion": {True},
    "from": {True, "only"},
    "particle": None,
    "unless_coded": {True},
    "clause": {True},
}


@pytest.mark.parametrize("entry", list(read_jsonl("lexicon.jsonl")), ids=lambda e: f"{e['lemma']}/{e['pos']}")
def test_lexicon_entry_keys_and_values_are_known(entry):
    lex = load_lexicon()
    assert entry["pos"] in ("VERB", "NOUN")
    assert entry["relation"] in lex.relations
    assert entry["lemma"] == entry["lemma"].lower().strip()
    for key, value in entry.items():
        if key in ("lemma", "pos", "relation"):
            continue
        assert key in OPTIONAL, f"unknown key {key!r}"
        assert OPTIONAL[key] is None or value in OPTIONAL[key], f"{key}: {value!r}"


def test_lexicon_particle_is_required(extract_sentences):
    _, events = extract_sentences("Moldova called the Russian statement a provocation.")
    assert not [e for e in events if e.relation == "requests"]
    _, events = extract_sentences("Moldova called on Russia to withdraw its troops.")
    assert ("moldova", "russia") in {(e.agent, e.target) for e in events if e.relation == "requests"}


def test_lexicon_lemma_fixes_reach_the_triggers(extract_sentences):
    # the model lemmatises "retook" as itself; words.json's lemma_fixes makes it "retake"
    _, events = extract_sentences("Azerbaijani troops retook the villages from Armenia.")
    assert ("azerbaijan", "attacks", "armenia") in {(e.agent, e.relation, e.target) for e in events}
