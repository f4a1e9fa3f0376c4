"""The project's vocabularies, one registry each, read from ``data/``: relation types, actor types, modalities.

Code, the graph file's JSON Schema, the filters, the CLI's choices and the pages all read these
registries, so that adding a relation or an actor kind is a change to ``data/`` (plus, for a new
argument frame, one construction in `actorgraph.relations`).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re

from .resources import read_jsonl

__all__ = [
    "ActorType",
    "FRAMES",
    "Modality",
    "RelationType",
    "actor_type",
    "actor_types",
    "modalities",
    "relation_type",
    "relation_types",
    "symmetric",
    "weak_modalities",
]

#: Argument frames a relation may have: how its trigger's arguments are read (see `actorgraph.relations`).
#: ``affiliation`` relations come from titles and memberships, not from triggers.
FRAMES = frozenset(
    {
        "action",
        "assault",
        "claim",
        "custody",
        "directive",
        "intent",
        "movement",
        "partner",
        "rejection",
        "threat",
        "transfer",
        "visit",
        "withdrawal",
        "affiliation",
    }
)
#: ``denial`` relations contest the other edges between the same two actors in the same article
#: (`actorgraph.assemble`); ``direct`` ones do not.
PAIRINGS = frozenset({"direct", "denial"})
_COLOR = re.compile(r"^#[0-9a-f]{6}$")


@dataclasses.dataclass(frozen=True)
class RelationType:
    """One relation type of ``data/relations.jsonl``.

    `cameo` and `plover` are the event codes the relation stands for (None for
    affiliations, which no event ontology codes); `color` is its fixed page colour.
    """

    name: str
    cameo: str | None
    plover: str | None
    symmetric: bool
    frame: str
    pairing: str
    color: str
    description: str

    @property
    def affiliation(self) -> bool:
        """True for org-chart relations and standing ties (``leads``, ``part_of``, ``member_of``, ``allies``) rather than actions."""
        return self.frame == "affiliation"


@dataclasses.dataclass(frozen=True)
class ActorType:
    """One actor type of ``data/actor_types.jsonl``, with its page shape (a vis-network shape name) and colour.

    `folds_into_affiliation` says whether ``central --collapse`` merges an actor of this type into
    the state or body it is affiliated to.
    """

    name: str
    description: str
    shape: str
    color: str
    folds_into_affiliation: bool


def _check(record: dict, fields: tuple[str, ...], where: str) -> None:
    missing = [f for f in fields if f not in record]
    if missing:
        raise ValueError(f"{where}: {record.get(fields[0])!r} lacks {', '.join(missing)}")
    if not _COLOR.match(record["color"]):
        raise ValueError(f"{where}: {record[fields[0]]!r} has colour {record['color']!r}; use #rrggbb")


@functools.cache
def relation_types() -> dict[str, RelationType]:
    """Return ``{name: RelationType}`` in the registry's order (read once per process).

    Examples
    --------
    >>> rel = relation_types()["meets"]
    >>> rel.plover, rel.symmetric, rel.frame
    ('CONSULT', True, 'partner')
    """
    fields = ("relation", "cameo", "plover", "symmetric", "frame", "pairing", "color", "description")
    found = {}
    for r in read_jsonl("relations.jsonl"):
        _check(r, fields, "relations.jsonl")
        if r["frame"] not in FRAMES or r["pairing"] not in PAIRINGS:
            raise ValueError(f"relations.jsonl: {r['relation']!r} has frame {r['frame']!r}, pairing {r['pairing']!r}")
        found[r["relation"]] = RelationType(name=r["relation"], **{f: r[f] for f in fields[1:]})
    return found


def relation_type(name: str) -> RelationType:
    """Return the `RelationType` called `name` (KeyError for an unknown one)."""
    return relation_types()[name]


def symmetric(name: str) -> bool:
    """Return True for a registered relation that goes both ways ("A meets B" is "B meets A").

    Such a relation is stored as one edge; what counts, compares or draws edges reads it both
    ways. A name the registry lacks (a graph file from elsewhere) is read as one-way.

    >>> symmetric("meets"), symmetric("attacks"), symmetric("no-such-relation")
    (True, False, False)
    """
    known = relation_types().get(name)
    return known is not None and known.symmetric


@functools.cache
def actor_types() -> dict[str, ActorType]:
    """Return ``{name: ActorType}`` in the registry's order (read once per process).

    Examples
    --------
    >>> list(actor_types())[:2], actor_types()["leader"].folds_into_affiliation
    (['state', 'leader'], True)
    """
    fields = ("type", "description", "shape", "color", "folds_into_affiliation")
    found = {}
    for r in read_jsonl("actor_types.jsonl"):
        _check(r, fields, "actor_types.jsonl")
        found[r["type"]] = ActorType(name=r["type"], **{f: r[f] for f in fields[1:]})
    return found


def actor_type(name: str) -> ActorType:
    """Return the `ActorType` called `name` (KeyError for an unknown one)."""
    return actor_types()[name]


@functools.cache
def _modality_enum() -> type[enum.StrEnum]:
    records = read_jsonl("modalities.jsonl")
    return enum.StrEnum("Modality", [(r["modality"].upper(), r["modality"]) for r in records])


@functools.cache
def modalities() -> tuple[str, ...]:
    """Return the modality names, firmest first (asserted … negated): the order diffs and pages rank by.

    Examples
    --------
    >>> modalities()[:3]
    ('asserted', 'reported', 'alleged')
    """
    return tuple(m.value for m in _modality_enum())


@functools.cache
def weak_modalities() -> frozenset[str]:
    """Return the modalities that do not say an event happened as told (an edge with only these is drawn dashed)."""
    return frozenset(r["modality"] for r in read_jsonl("modalities.jsonl") if r["weak"])


#: The modalities as a string enum, in registry order: ``Modality.ASSERTED == "asserted"``.
Modality = _modality_enum()
