"""The vocabularies' registries (`actorgraph.vocab`) and what reads them: schema, filters, CLI, diff."""

import re

import pytest

from actorgraph import vocab
from actorgraph.cli import cli
from actorgraph.diff import MODALITY_ORDER, diff_schema, modality
from actorgraph.fileformat import schema
from actorgraph.filters import MERGED_TYPES, RELATIONS, TYPES
from actorgraph.modality import MODALITIES
from actorgraph.resources import read_jsonl


def _property_schemas(node, name):
    """Yield every sub-schema of `node` that describes a property called `name`, wherever it is nested."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict) and isinstance(node["properties"].get(name), dict):
            yield node["properties"][name]
        for value in node.values():
            yield from _property_schemas(value, name)
    elif isinstance(node, list):
        for value in node:
            yield from _property_schemas(value, name)


def _enums(name):
    return [set(s["enum"]) for s in _property_schemas(schema(), name) if "enum" in s]


def test_vocab_schema_actor_type_enum_is_the_registry():
    enums = _enums("type")
    assert enums, "the graph schema enumerates no actor type"
    assert all(e == set(vocab.actor_types()) for e in enums), enums


def test_vocab_schema_modality_enum_is_the_registry():
    enums = _enums("modality")
    assert enums, "the graph schema enumerates no modality"
    assert all(e == set(vocab.modalities()) for e in enums), enums


def test_vocab_diff_schema_modality_enum_is_the_registry():
    enum = diff_schema()["$defs"]["modality"]["enum"]
    assert [m for m in enum if m is not None] == list(vocab.modalities())


def test_vocab_schema_admits_every_registered_relation():
    relation_schemas = list(_property_schemas(schema(), "relation"))
    assert relation_schemas
    for s in relation_schemas:
        if "enum" in s:
            assert set(s["enum"]) == set(vocab.relation_types())
        else:
            assert all(re.fullmatch(s["pattern"], name) for name in vocab.relation_types()), s


def test_vocab_filters_cli_and_diff_read_the_registries():
    assert RELATIONS == tuple(vocab.relation_types())
    assert TYPES == tuple(vocab.actor_types())
    assert MERGED_TYPES == {"leader", "agency", "group"}
    assert MODALITIES == MODALITY_ORDER == vocab.modalities()
    type_option = next(p for p in cli.commands["actors"].params if p.name == "types")
    assert tuple(type_option.type.choices) == TYPES


def test_vocab_modalities_are_firmest_first_as_in_the_data_file():
    assert vocab.modalities() == ("asserted", "reported", "alleged", "hypothetical", "denied", "negated")
    assert vocab.modalities() == tuple(r["modality"] for r in read_jsonl("modalities.jsonl"))
    assert [m.value for m in vocab.Modality] == list(vocab.modalities())
    assert vocab.Modality.DENIED == "denied"
    assert vocab.weak_modalities() == {"alleged", "hypothetical", "denied", "negated"}


def test_vocab_diff_firmness_follows_the_registry_order():
    assert modality([{"modality": "negated"}, {"modality": "denied"}]) == "denied"
    assert modality([{"modality": "denied"}, {"modality": "hypothetical"}]) == "hypothetical"
    assert modality([{"modality": "alleged"}, {"modality": "asserted"}]) == "asserted"


def test_vocab_relation_records_carry_codes_frames_and_colours():
    relations = vocab.relation_types()
    assert len(relations) == len(read_jsonl("relations.jsonl")) == 42
    deploys = vocab.relation_type("deploys")
    assert (deploys.cameo, deploys.plover, deploys.symmetric, deploys.frame) == ("15", "MOBILIZE", False, "movement")
    assert {n for n, r in relations.items() if r.affiliation} == {"leads", "part_of", "member_of", "allies"}
    assert all(r.frame in vocab.FRAMES for r in relations.values())
    assert len({r.color for r in relations.values()}) == len(relations), "two relations share a page colour"
    with pytest.raises(KeyError):
        vocab.relation_type("invades")


def test_vocab_actor_types_carry_shape_colour_and_folding():
    leader = vocab.actor_type("leader")
    assert (leader.shape, leader.color, leader.folds_into_affiliation) == ("diamond", "#e15759", True)
    assert not vocab.actor_type("state").folds_into_affiliation
    with pytest.raises(KeyError):
        vocab.actor_type("country")


def _relation_record(**changes):
    record = dict(read_jsonl("relations.jsonl")[0])
    record.update(changes)
    return record


def _load_with(monkeypatch, loader, records):
    """Run the uncached `loader` of `actorgraph.vocab` on `records` instead of the bundled file."""
    monkeypatch.setattr(vocab, "read_jsonl", lambda name: tuple(records))
    return loader.__wrapped__()


def test_vocab_rejects_an_unknown_frame(monkeypatch):
    with pytest.raises(ValueError, match="'supplies' has frame 'teleport'"):
        _load_with(monkeypatch, vocab.relation_types, [_relation_record(frame="teleport")])


def test_vocab_rejects_an_unknown_pairing(monkeypatch):
    with pytest.raises(ValueError, match="pairing 'sometimes'"):
        _load_with(monkeypatch, vocab.relation_types, [_relation_record(pairing="sometimes")])


@pytest.mark.parametrize("colour", ["red", "#12345", "#GGGGGG", "#1F77B4"])
def test_vocab_rejects_a_bad_colour(monkeypatch, colour):
    with pytest.raises(ValueError, match="use #rrggbb"):
        _load_with(monkeypatch, vocab.relation_types, [_relation_record(color=colour)])
    actor = dict(read_jsonl("actor_types.jsonl")[0], color=colour)
    with pytest.raises(ValueError, match="'state' has colour"):
        _load_with(monkeypatch, vocab.actor_types, [actor])


def test_vocab_rejects_a_record_missing_a_field(monkeypatch):
    record = _relation_record()
    del record["frame"]
    with pytest.raises(ValueError, match="'supplies' lacks frame"):
        _load_with(monkeypatch, vocab.relation_types, [record])


def test_vocab_reads_a_new_relation_from_data_alone(monkeypatch):
    new = _relation_record(relation="quarantines", cameo="17", plover="COERCE", color="#123456")
    found = _load_with(monkeypatch, vocab.relation_types, [*read_jsonl("relations.jsonl"), new])
    assert list(found)[-1] == "quarantines"
    assert found["quarantines"].plover == "COERCE" and found["quarantines"].frame == "transfer"
