"""The converter from the PETRARCH2 verb dictionary (scripts/build_cameo.py).

The dictionary lines here are written for the test in the dictionary's format.
"""

import collections
import importlib

import pytest


@pytest.fixture(scope="module")
def conv():
    """The converter module (tests/conftest.py puts scripts/ on the path)."""
    return importlib.import_module("build_cameo")


@pytest.fixture(scope="module")
def lemma(conv):
    return conv.Lemmas()


CODES = {c: {"relation": r} for c, r in [("046", "meets"), ("111", "condemns"), ("190", "attacks"), ("193", "attacks")]}
CODES.update({"061": {"relation": "cooperates"}, "173": {"relation": "arrests"}, "120": {"relation": "rejects"}})

BLOCK = """\
---  QUARREL   [190]  ---
QUARREL
SPAR [111]
- * (IN &NEGOTIATION)          [046]    # QUARREL
- * (IN TRADE)                 [061]    # QUARREL
- * (IN FIREFIGHT)             [193]    # QUARREL
- WILL NOT *                   [120]    # QUARREL
- * + $                        [111]    # QUARREL
- * (WITH &UNDEFINED)          [111]    # QUARREL
- * {NO CONCESSION}            [999]    # QUARREL
"""


def _block(conv, lemma):
    return conv.read_blocks(BLOCK.splitlines(), lemma)[0]


def test_converter_counts_the_patterns_it_cannot_use(conv, lemma):
    """Every pattern line is kept or counted under its reason; none is dropped silently."""
    report = collections.Counter()
    synsets = {"NEGOTIATION": ["negotiation", "talk"]}
    kept = conv.block_patterns(_block(conv, lemma), synsets, CODES, lemma, report)
    assert len(kept) == 3
    unusable = {k: n for k, n in report.items() if k.startswith("unusable")}
    assert unusable == {
        "unusable: auxiliary or negation before the verb": 1,
        "unusable: source after the verb": 1,
        "unusable: undefined synonym set": 1,
        "unusable: code not in the CAMEO table": 1,
    }
    assert sum(report.values()) == len(BLOCK.splitlines()) - 3  # the header and the two verb lines


def test_converter_report_prints_every_reason_and_the_total(conv, capsys):
    report = collections.Counter({"unusable: no code": 2, "unusable: source after the verb": 1, "kept": 5})
    conv.print_report(report, {"cameo_verbs.jsonl": 5})
    out = capsys.readouterr().out
    assert "unusable: no code" in out and "unusable: source after the verb" in out
    assert out.strip().splitlines()[-1].split() == ["unusable,", "total", "3"]


def test_converter_bare_verb_keeps_only_a_code_the_dictionary_means(conv, lemma):
    """A verb's own code stays; a block's code stays off a verb whose own patterns mostly code
    something else (talks, trade): "quarrel" alone is no attack here, "spar" keeps its [111]."""
    block = _block(conv, lemma)
    report = collections.Counter()
    kept = conv.block_patterns(block, {"NEGOTIATION": ["negotiation"]}, CODES, lemma, report)
    bare = {p["verbs"][0]: p["cameo"] for p in conv.verb_patterns(block, kept, CODES, report)}
    assert bare == {"quarrel": None, "spar": "111"}
    assert report["bare verbs left without their block's code"] == 1


def test_converter_block_code_stays_when_the_patterns_agree(conv, lemma):
    lines = ["---  DETAIN   [173]  ---", "DETAIN", "- * &SUSPECT  [173]  # DETAIN", "- POLICE *  [173]  # DETAIN"]
    block = conv.read_blocks(lines, lemma)[0]
    kept = conv.block_patterns(block, {"SUSPECT": ["suspect"]}, CODES, lemma, collections.Counter())
    assert [p["cameo"] for p in conv.verb_patterns(block, kept, CODES, collections.Counter())] == ["173"]
