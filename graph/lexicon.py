"""The trigger lexicon and word classes (``data/lexicon.jsonl``, ``data/words.json``), over the relation registry."""

import dataclasses
import functools
import json

from .resources import data_file, read_jsonl
from .vocab import RelationType, relation_types

__all__ = ["Lexicon", "load_lexicon", "AFFILIATION_RELATIONS", "noun_lemmas"]

#: Relations that describe an org chart rather than an action (frame ``affiliation`` in the registry).
AFFILIATION_RELATIONS = frozenset(name for name, r in relation_types().items() if r.affiliation)


@dataclasses.dataclass(frozen=True)
class Lexicon:
    """Relation types, trigger lemmas and word classes, read once from ``data/``."""

    relations: dict  # relation name -> RelationType (`actorgraph.vocab`)
    triggers: dict  # (lemma, "VERB"|"NOUN") -> list of trigger records
    words: dict  # class name -> frozenset of lower-case words (or dict for agency_kinds)

    def __post_init__(self):
        # Each word class is also an attribute (``lex.force_nouns``): read as one, not through
        # `__getattr__`, which Python calls only after a failed lookup has built an AttributeError.
        for name, value in self.words.items():
            if not hasattr(type(self), name) and name not in self.__dict__:
                self.__dict__[name] = value

    def info(self, relation: str) -> RelationType:
        """Return the registry record of a relation type (CAMEO, PLOVER, symmetric, frame)."""
        return self.relations[relation]

    def __getattr__(self, name):
        try:
            return self.words[name]
        except KeyError:
            raise AttributeError(name) from None


@functools.cache
def load_lexicon():
    """Return the bundled `Lexicon` (cached: the files are read once per process).

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex.info("supplies").plover, "troop" in lex.force_nouns
    ('AID', True)
    """
    relations = relation_types()
    triggers = {}
    for t in read_jsonl("lexicon.jsonl"):
        if t["relation"] not in relations:
            raise ValueError(f"lexicon.jsonl: unknown relation {t['relation']!r}")
        triggers.setdefault((t["lemma"], t["pos"]), []).append(t)
    raw = json.loads(data_file("words.json").read_text(encoding="utf-8"))
    words = {k: (v if isinstance(v, dict) else frozenset(v)) for k, v in raw.items() if not k.startswith("_")}
    # Derived once here rather than on every call of graph.modality.said_by_of.
    words["speech_verbs"] = words["report_verbs"] | words["allege_verbs"] | words["confirm_verbs"] | words["deny_verbs"]
    words["trigger_lemmas"] = frozenset(lemma for lemma, _ in triggers)  # what graph.relations looks for
    return Lexicon(relations=relations, triggers=triggers, words=words)


def noun_lemmas(token):
    """Return the lower-case lemmas a noun may have, to look it up in a word class.

    spaCy keeps a proper noun's lemma as written ("Forces" in "Iraqi Security
    Forces", "Leaders" tagged NNP after a dateline), so a capitalised plural also gives
    its singular forms.

    Examples
    --------
    >>> class T: lemma_, lower_, tag_ = "Forces", "forces", "NNPS"
    >>> sorted(noun_lemmas(T))
    ['force', 'forces']
    >>> class T: lemma_, lower_, tag_ = "Leaders", "leaders", "NNP"
    >>> sorted(noun_lemmas(T))
    ['leader', 'leaders']
    """
    lemmas = {token.lemma_.lower()}
    lower = token.lower_
    if token.tag_ in ("NNPS", "NNP") and lower.endswith("s") and not lower.endswith("ss"):
        lemmas.add(lower[:-3] + "y" if lower.endswith("ies") else lower[:-1])  # "Authorities", "Forces"
    return lemmas
