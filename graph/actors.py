"""Find actor mentions in a parsed article: gazetteer names, titled persons, agencies."""

import collections
import dataclasses
import functools
import re
import unicodedata

from .lexicon import load_lexicon, noun_lemmas
from .pipeline import ACTOR_LABELS
from .resources import read_jsonl
from .tokens import children_of, parse_of, tokens_with

__all__ = [
    "Mention",
    "find_mentions",
    "registry",
    "leaders",
    "person_key",
    "slug",
    "agency_id",
    "agency_kind",
    "sector_actor",
    "agent_sector",
    "title_of",
    "no_longer_held",
    "one_of_many",
    "STATE_LIKE",
    "ORGAN_SECTORS",
]

#: Ruler labels whose entity stands for a state.
STATE_LIKE = frozenset({"STATE", "CAPITAL", "DEMONYM"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
#: Dependencies of a noun that is an argument itself, not a modifier ("Armenians accused Azerbaijan").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative"})
#: Dependencies of the words between a modifier and its noun within one noun phrase ("Peru's new cabinet").
_NOUN_PHRASE_DEPS = frozenset({"case", "amod", "compound", "nummod", "det", "advmod", "punct"})
#: Dashes that end a dateline ("ANKARA (Reuters) -").
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_SKIP_ORG_HEADS = frozenset({"news", "newspaper", "agency news"})


@dataclasses.dataclass(frozen=True)
class Mention:
    """One mention of an actor in a Doc.

    ``key`` is the actor's id for gazetteer actors and agencies found by
    description (``south-korea-intelligence``), or a provisional ``person:``/
    ``org:`` key that `actorgraph.resolve` turns into an id across the corpus.
    """

    key: str
    text: str
    type: str  # state, leader, agency, alliance, other
    start: int  # token span in the Doc
    end: int
    role: str  # name, capital, demonym, description, person, org
    affiliation: str | None = None
    title: str | None = None  # office words of a titled person ("President")
    heads_office: bool = False  # True for heads (president, chief), False for members (spokesman)
    cameo: str | None = None  # CAMEO actor code of this mention ("PRKMIL", "USAGOV"), when known
    sector: str | None = None  # its CAMEO sector ("MIL", "GOV", "REB"), when the text or a role gives one


@functools.cache
def registry():
    """Return ``{id: record}`` of the gazetteer's known actors (``data/actors.jsonl``)."""
    return {r["id"]: r for r in read_jsonl("actors.jsonl")}


@functools.cache
def leaders():
    """Return ``{id: record}`` of the dictionaries' people with dated roles (``data/leaders.jsonl.gz``).

    Each role is ``[cameo, start, end, affiliation]`` with ISO dates or None where open.
    """
    return {r["id"]: r for r in read_jsonl("leaders.jsonl.gz")}


@functools.cache
def _agents():
    """Return ``{agent noun: CAMEO sector}`` of ``data/agents.jsonl`` ("soldier" -> "MIL")."""
    return {r["agent"]: r["sector"] for r in read_jsonl("agents.jsonl")}


#: The armed non-state sectors of ``data/agents.jsonl``: rebels and insurgents (REB), unaffiliated
#: armed groups (UAF), radicals (RAD) and criminals (CRM). A bare plural or definite noun of one is an
#: actor even when the text names no state ("Insurgents attacked", "the kidnappers said"); one of the
#: other non-state sectors (opposition, civilians, refugees) is an actor only when its people are named.
ARMED_SECTORS = frozenset({"REB", "UAF", "RAD", "CRM"})


@functools.cache
def _sector_actors():
    """Return ``{(state, sector): id}`` of the sector actors (``syria-rebels`` for Syria's REB;
    ``(None, "REB")`` is ``rebels``, the rebels of no known state)."""
    return {(r["affiliation"], r["sector"]): r["id"] for r in registry().values() if r["kind"] == "sector"}


@functools.cache
def _sectors_of_their_own():
    """Return the sectors that are actors of their own: those the gazetteer has sector actors of."""
    return frozenset(sector for _, sector in _sector_actors())


def sector_actor(state, sector):
    """Return the id of a state's sector actor ("syria", "REB" -> ``syria-rebels``), or None.

    Only the sectors that are actors of their own have one: rebels, opposition, civilians,
    refugees, unaffiliated armed groups, radicals and criminals; a state's government, military
    or police is the state. `state` None gives the sector's actor of no known state (``rebels``).

    Examples
    --------
    >>> sector_actor("syria", "REB"), sector_actor("syria", "MIL"), sector_actor(None, "UAF")
    ('syria-rebels', None, 'militants')
    """
    return _sector_actors().get((state, sector))


def cameo_of(key):
    """Return the CAMEO actor code of a known actor id, or None."""
    return registry().get(key, {}).get("cameo")


def pick_role(ids, date):
    """Return ``(person id, role)`` of a dictionary name for an article's ISO `date` (or None: undated).

    The roles that cover the date are the candidates, else those begun by then; an undated
    article takes them all. Of the candidates an office wins over mere standing (CAMEO's
    ``ELI``, elite: a former leader, a party figure), then the role that ends last (open ends
    last of all). Names that several people share ("President Bush") are decided the same way
    over all their roles.

    Examples
    --------
    >>> pick_role("george-bush|george-w-bush", "2004-08-01")[1][:3]
    ['USAGOV', '2001-01-20', '2009-01-20']
    >>> pick_role("george-bush|george-w-bush", "1990-06-01")[0]
    'george-bush'
    """
    roles = [(p, r) for p in ids.split("|") if p in leaders() for r in leaders()[p]["roles"]]
    roles = [(p, r) for p, r in roles if r[1] or r[2]] or roles
    if not roles:
        return None
    if date:
        covering = [(p, r) for p, r in roles if _covers(r, date)]
        roles = covering or [(p, r) for p, r in roles if (r[1] or "") <= date] or roles
    return max(roles, key=lambda pr: (pr[1][0][3:6] != "ELI", pr[1][2] or "9999", pr[1][1] or ""))


def _covers(role, date: str) -> bool:
    """True when a dictionary role ``[cameo, start, end, affiliation]`` holds on ISO `date` (open ends hold)."""
    return (role[1] or "") <= date < (role[2] or "9999")


def slug(text):
    """Return a stable lower-case ASCII slug of `text`, used for node ids.

    Examples
    --------
    >>> slug("Yoon Suk-yeol"), slug("Volodymyr Zelenskyy"), slug("Kim Jong-Un")
    ('yoon-suk-yeol', 'volodymyr-zelenskyy', 'kim-jong-un')
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


def person_key(text):
    """Return the provisional key of a person's name: honorifics dropped, hyphens as spaces.

    Examples
    --------
    >>> person_key("Mr Yoon"), person_key("Yoon Suk-yeol")
    ('person:yoon', 'person:yoon suk yeol')
    """
    words = [w for w in re.split(r"[\s\-‐]+", text.replace("’s", "").replace("'s", "")) if w]
    honorifics = load_lexicon().honorifics
    while len(words) > 1 and words[0].lower() in honorifics:
        words = words[1:]
    return "person:" + " ".join(slug(w) for w in words)


def _ruler_mention(ent):
    """Return the Mention of a gazetteer entity."""
    record = registry().get(ent.ent_id_, {})
    role = {"CAPITAL": "capital", "DEMONYM": "demonym"}.get(ent.label_, "name")
    if record.get("affiliation") and any(t.tag_ == "POS" for t in ent):
        role = "description"  # "South Korea's presidential office" states whose office it is
    if role == "demonym" and _plural_demonym_argument(ent):
        role = "name"  # "Armenians accused Azerbaijan": the people stand for their state
    kind = record.get("type") or ("state" if ent.label_ in STATE_LIKE else "other")
    return Mention(
        key=ent.ent_id_,
        text=ent.text,
        type=kind,
        start=ent.start,
        end=ent.end,
        role=role,
        affiliation=record.get("affiliation"),
        cameo=record.get("cameo"),
        sector=record.get("sector"),
    )


def _plural_demonym_argument(ent):
    """True for a plural demonym that is a noun phrase of its own ("the Russians said"), not a modifier."""
    root = ent.root
    return root.tag_ in ("NNS", "NNPS") and root.dep_ in ARGUMENT_DEPS | {"ROOT"} and ent.text.endswith("s")


def _after_dateline_city(ent):
    """True when `ent` follows "CITY," at the start of its sentence, the city in capitals ("BAGHDAD, Iraq")."""
    p = parse_of(ent.doc)
    if ent.start < 2 or p.lowers[ent.start - 1] != ",":
        return False
    start = p.sent_starts[ent.start]
    if ent.start < start + 2:
        return False
    city = ent.doc[start : ent.start - 1]
    return city.text.isupper() and len(city) <= 3


def _is_dateline(ent):
    """True for a place that opens a story's dateline ("ANKARA (Reuters) -", "UNITED NATIONS -").

    A dateline says where the story was filed, never who acted: the name starts its line and is
    followed by a news agency in brackets, or is written in capitals, and then a dash.
    """
    p = parse_of(ent.doc)
    tokens, n = p.doc, len(p.doc)
    if _after_dateline_city(ent):  # "BAGHDAD, Iraq --": the country of the city
        return ent.end < n and tokens[ent.end].text in DATELINE_DASHES
    if ent.start > 0 and "\n" not in tokens[ent.start - 1].text_with_ws and not tokens[ent.start].is_sent_start:
        return False
    i = ent.end
    if i < n and p.lowers[i] == "(":
        close = next((j for j in range(i + 1, min(i + 6, n)) if p.lowers[j] == ")"), None)
        i = close + 1 if close is not None else i
    elif not ent.text.isupper():
        return False
    return i < n and tokens[i].text in DATELINE_DASHES


def _word_in_capitals(ent):
    """True for an abbreviation that spells a word (``abbreviation_norms``: "IS") beside a word in
    capitals ("WHAT IS NEXT"): in a passage written in capitals it is the word, not the name."""
    if ent.text not in load_lexicon().abbreviation_norms:
        return False
    p = parse_of(ent.doc)
    start, end = p.sent_starts[ent.start], p.sent_ends[ent.start]
    near = [p.doc[i] for i in (ent.start - 1, ent.end) if start <= i < end]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in near)


def _inside_a_name(ent):
    """True for a community's name within a person's ("Mohammed Shia al-Sudani", "Mahrang Baloch"),
    or a demonym that ends an Arabic name as its "al-" part ("Abu Hamza al-Iraqi", `_nisba`).

    The gazetteer runs before the NER, so such a word would split the name; a proper noun
    beside it that is no other actor shows it is part of a name.
    """
    if _nisba(ent):
        return True
    if registry().get(ent.ent_id_, {}).get("kind") != "community":
        return False
    return _beside_a_name(ent)


#: The article an Arabic name's origin part takes ("al-Masri", "el-Shami").
NISBA_ARTICLES = frozenset({"al", "el"})


def _nisba(ent):
    """True for a demonym written onto "al-" after a proper noun: "Abu Omar al-Kuwaiti" names a man
    from Kuwait, not Kuwait."""
    doc, i = ent.doc, ent.start
    return (
        ent.label_ == "DEMONYM"
        and i >= 3
        and doc[i - 1].text in "-‐"
        and doc[i - 2].lower_ in NISBA_ARTICLES
        and doc[i - 2].whitespace_ == doc[i - 1].whitespace_ == ""
        and doc[i - 3].pos_ == "PROPN"
    )


def _beside_a_name(ent):
    """True for a gazetteer entity with a proper noun beside it that is no other actor ("Omar
    Farah": the place Farah inside a person's name)."""
    p = parse_of(ent.doc)
    beside = ([ent.start - 1] if ent.start > p.sent_starts[ent.start] else []) + (
        [ent.end] if ent.end < p.sent_ends[ent.start] else []
    )
    return any(p.doc[i].pos_ == "PROPN" and p.ent_types[i] in ("", "PERSON") for i in beside)


def _title_prefix(ent):
    """Return the tokens left of a PERSON entity that modify it ("South Korean President")."""
    p, tokens = parse_of(ent.doc), []
    subtree = {t.i for t in ent.root.subtree}
    i, start = ent.start - 1, p.sent_starts[ent.start]
    while (
        i >= start
        and i in subtree
        and p.deps[i] not in ("det", "cc", "conj")
        and (p.deps[i] != "punct" or p.doc[i].text in "-‐")
    ):
        tokens.append(p.doc[i])
        i -= 1
    return tokens[::-1]


#: Prepositions that join a title to the body it is held in: "commander of", "a spokesman for".
OWNER_PREPS = frozenset({"of", "for"})


def _title_noun(ent):
    """Return the noun of the title a PERSON entity stands in apposition with, or None.

    "X, the head of Y" (the title hangs on the name) and "the head of Y, X" (the name hangs on
    the title or, as the small model often has it, on the title's object).
    """
    for child in children_of(ent.root):
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            return child
    head = ent.root.head
    if ent.root.dep_ != "appos" or head.ent_type_ == "PERSON":
        return None
    if head.dep_ == "pobj" and head.head.lower_ in OWNER_PREPS and head.head.head.pos_ == "NOUN":
        return head.head.head  # "a spokesman for the WHO, X": X parsed as an apposition of "WHO"
    return head if head.pos_ == "NOUN" else None


def _appositive_title(ent):
    """Return the title tokens of an appositive and the object of its "of"/"for" phrase, or None.

    "Kim Jong Un, North Korea's leader" gives the words up to the title noun; "X, commander of
    U.S. Central Command" and "a spokesman for the WHO, X" also give the body the title is held
    in ("Command", "WHO"), whose mention `_titled_person` takes for the office.
    """
    noun = _title_noun(ent)
    if noun is None:
        return [], None
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct")]
    owner = next((o for _, o in _owner_objects(noun) if o.ent_type_ != "PERSON"), None)
    return words, owner if owner is not None else _listed_owner(noun, ent)


def _listed_owner(noun, ent):
    """Return the body named right after a title and a comma, with no "of", or None.

    "Gen. X, commander, U.S. Central Command" (military style): the model hangs the body on the
    title or on the name, as a second apposition beginning right after the comma. Only one name:
    in "commander, Land Component Command - Operation Shield" which of the two he leads is unsaid.
    """
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    for other in (*children_of(noun), *children_of(ent.root)):
        if other.dep_ == "appos" and other.left_edge.i == noun.i + 2 and other.ent_type_ != "PERSON":
            return other if _one_name(other) else None
    return None


def _one_name(token) -> bool:
    """True when the words of `token`'s subtree are one entity (one name, nothing else)."""
    words = list(token.subtree)
    first = words[0]
    return all(t.ent_type_ == first.ent_type_ != "" and (t is first or t.ent_iob_ == "I") for t in words)


def _owner_objects(noun):
    """Yield ``(prep, object)`` of a title noun's "of"/"for" phrases."""
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS:
            for obj in children_of(prep):
                if obj.dep_ == "pobj":
                    yield prep.lower_, obj


def _subordinate(words, title):
    """True when a word before a head's title makes its holder a subordinate ("deputy director",
    "deputy regional director").

    >>> _subordinate(["deputy", "regional", "director"], "director"), _subordinate(["director"], "director")
    (True, False)
    """
    before = words[: len(words) - len(title.split())]
    return any(w.lower().rstrip("-") in load_lexicon().subordinate_words for w in before)


def _match_title(words):
    """Return ``(title, heads_office)`` for the longest known title ending `words`, or None."""
    lex = load_lexicon()
    lowered = [w.lower() for w in words]
    for n in range(min(4, len(lowered)), 0, -1):
        phrase = " ".join(lowered[-n:])
        if phrase in lex.head_titles:
            return " ".join(words[-n:]), True
        if phrase in lex.member_titles:
            return " ".join(words[-n:]), False
    return None


def title_of(tokens, by_token) -> tuple[str, bool] | None:
    """Return ``(title, heads_office)`` of a title phrase's tokens outside any mention, or None.

    None when the words hold no known title or say it is no longer held ("the former head");
    a deputy's title does not head its office ("deputy director").
    """
    plain = _title_words(tokens, by_token)
    found = _match_title(plain) if plain and not no_longer_held(tokens) else None
    return found and (found[0], found[1] and not _subordinate(plain, found[0]))


def agency_id(state, kind):
    """Return the id of a state's agency of one kind, e.g. ``south-korea-intelligence``."""
    return f"{state}-{kind.replace('_', '-')}"


def agency_kind(words):
    """Return the agency kind named by `words` ("spy", "presidential" …), or None.

    Examples
    --------
    >>> agency_kind(["spy", "agency"]), agency_kind(["presidential", "office"]), agency_kind(["tank"])
    ('intelligence', 'presidential_office', None)
    """
    text = " ".join(w.lower() for w in words)
    for kind, pattern in _agency_patterns():
        if pattern.search(text):
            return kind
    return None


@functools.cache
def _agency_patterns():
    """Return ``[(kind, regex)]``: one whole-word alternation of each agency kind's words, compiled once."""
    return [
        (kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in spec["words"]) + r")\b"))
        for kind, spec in load_lexicon().agency_kinds.items()
    ]


@functools.cache
def _by_surname() -> dict[str, tuple[str, ...]]:
    """Return ``{lower-case surname: person ids}`` of the dictionaries' people (last word of the name,
    when no name of theirs has it first or inside)."""
    found: dict[str, list[str]] = {}
    inner = set()  # words that open or sit inside other names ("Kim Jong-un", "Sharon Stone"): no surname alone
    for person, record in leaders().items():
        words = record["label"].split()
        inner.update(w.lower() for w in words[:-1])
        if len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
            found.setdefault(words[-1].lower(), []).append(person)
    return {k: tuple(v) for k, v in found.items() if k not in inner}


def surname_ids(text: str, date: str | None) -> str | None:
    """Return the dictionary person a bare surname names ("President Chirac", "Blair said"), or None.

    Only a surname that one person of the dictionaries holds an office under at the article's
    date (undated: one person at all) is taken: "Bush" in 2004 is George W. Bush, but "Kim" or
    a surname two people of that date share stays unresolved, and so does any name of more than one word.

    Examples
    --------
    >>> surname_ids("Chirac", "2004-10-07")
    'jacques-chirac'
    >>> surname_ids("Bush", "2004-10-07"), surname_ids("Bush", "1990-06-01")
    ('george-w-bush', 'george-bush')
    >>> surname_ids("Jacques Chirac", "2004-10-07") is None, surname_ids("Kim", "2004-10-07") is None
    (True, True)
    """
    if " " in text.strip() or not text[:1].isupper():
        return None
    people = _by_surname().get(text.strip().lower(), ())
    if date:
        people = tuple(p for p in people if any(r[0][3:6] != "ELI" and _covers(r, date) for r in leaders()[p]["roles"]))
    return people[0] if len(people) == 1 else None


def _dictionary_person(ent, ids, date):
    """Return the Mention of a dictionary person whose role the article's date picks, or None."""
    picked = pick_role(ids, date)
    if picked is None:
        return None
    person, (code, _, _, affiliation) = picked
    sector = code[3:6] or None
    return Mention(
        key=person_key(leaders()[person]["label"]),
        text=ent.text,
        type="leader",
        start=ent.start,
        end=ent.end,
        role="person",
        affiliation=sector_actor(affiliation, sector) or affiliation,
        cameo=code[:6],
        sector=sector,
    )


def _person_mention(ent, by_token, known=None, date=None):
    """Return the Mention of a PERSON entity, typed leader when the text or the dictionaries give an office.

    A title in the text decides the office ("NATO Secretary General Mark Rutte"); a person the
    dictionaries know (`known`, the ids of the name) takes the role the article's `date`
    picks where the text gives no title, or gives one without naming whose office it is.
    """
    known = known or surname_ids(ent.text, date)
    listed = _dictionary_person(ent, known, date) if known else None
    titled = _titled_person(ent, by_token)
    if titled is None or titled.type != "leader":
        return listed or titled
    if listed is None:
        return titled
    return dataclasses.replace(
        titled,
        key=listed.key,
        affiliation=titled.affiliation or listed.affiliation,
        cameo=None if titled.affiliation else listed.cameo,  # the office the text names decides the code
        sector=None if titled.affiliation else listed.sector,
    )


def _titled_person(ent, by_token):
    """Return the Mention of a PERSON entity, typed leader when the text gives an office.

    The title is read before the name ("Iraqi Prime Minister X") or, when none is there, in
    apposition ("X, commander of Y", "a spokesman for Y, X"); a name in apposition with a
    word of membership ("X, an ISIL fighter") belongs to that body without holding an office.
    """
    key = person_key(ent.text)
    before = _title_prefix(ent)
    plain_before = _title_words(before, by_token)
    rank = _match_title(plain_before) if plain_before else None
    if rank and rank[1]:
        return _office_holder(ent, key, before, plain_before, rank, None, by_token)
    words, body = _appositive_title(ent)
    plain = _title_words(words, by_token)
    current = not no_longer_held(words)  # "X, the former head of Y" holds nothing
    found = _match_title(plain) if plain and current else None
    # an office in apposition says more than a rank before the name ("Army General X, commander of Y")
    if found and (rank is None or _owners(words, body, by_token)):
        return _office_holder(ent, key, words, plain, found, body, by_token)
    if rank:
        return _office_holder(ent, key, before, plain_before, rank, None, by_token)
    group = _owners(words, body, by_token)
    if plain and plain[-1].lower() in load_lexicon().affiliate_nouns and group and current:
        if group[-1].type in ("agency", "alliance", "other", "group"):  # "a Pakistani militant" is no organ
            return Mention(key=key, text=ent.text, type="other", start=ent.start, end=ent.end, role="person",
                           affiliation=group[-1].key)  # fmt: skip
    return Mention(key=key, text=ent.text, type="other", start=ent.start, end=ent.end, role="person")


def _title_words(prefix, by_token):
    """Return the words of a title phrase outside any mention, without honorifics at its end ("Gen.")."""
    lex = load_lexicon()
    plain = "".join(t.text_with_ws for t in prefix if t.i not in by_token and t.dep_ != "case").split()
    while plain and plain[-1].lower() in lex.honorifics and plain[-1].lower() not in lex.head_titles:
        plain.pop()
    return plain


def no_longer_held(tokens) -> bool:
    """Return True when a title's words say it is no longer held ("the former head of", "ex-leader").

    Both the titles of `actorgraph.actors` and the predicative titles of `actorgraph.affiliations` read it:
    a former holder holds nothing now.
    """
    return any(t.lower_.rstrip("-") in load_lexicon().former_words for t in tokens)


def one_of_many(noun) -> bool:
    """True when a title noun has an indefinite article: "Abu Omar, an al-Qaeda commander", "a Hamas
    leader" is one of its commanders or leaders, a member of it, not its head.

    Both the titles of `actorgraph.actors` and the predicative titles of `actorgraph.affiliations` read it.
    """
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(noun))


def _owners(prefix, owner, by_token):
    """Return the mentions a title names its office by: in its words, then in its "of"/"for" object,
    that object's own mention last ("commander of U.S. Central Command", "head of Hamas's military wing")."""
    found = [by_token[t.i] for t in prefix if t.i in by_token]
    owning = {by_token[t.i].key for t in prefix if t.i in by_token and t.dep_ == "poss"}
    found.sort(key=lambda m: m.key in owning)  # the possessor owns: "France's UN ambassador" is France's
    if owner is not None:
        inner = [by_token[t.i] for t in owner.subtree if t.i in by_token and by_token[t.i].role != "person"]
        found += sorted(inner, key=lambda m: by_token.get(owner.i) is m)
    return found


def _office_holder(ent, key, prefix, plain, found, owner, by_token):
    """Return the leader Mention of a titled person: the office its title and owners name."""
    title, heads = found
    actors = _owners(prefix, owner, by_token)
    # a deputy does not head; nor does the head of a part of a body ("the head of Hamas's military wing")
    heads = heads and not _subordinate(plain, title) and (owner is None or owner.i in by_token)
    heads = heads and not (prefix and one_of_many(prefix[-1]))  # "an al-Qaeda commander": a member
    state = next((m.key for m in actors if m.type == "state"), None)
    kind = agency_kind(plain[: len(plain) - len(title.split())])
    office = agency_id(state, kind) if kind and state else actors[-1].key if actors else None
    return Mention(
        key=key,
        text=ent.text,
        type="leader",
        start=ent.start,
        end=ent.end,
        role="person",
        affiliation=office,
        title=title,
        heads_office=heads,
    )


def _state_of(token, by_token):
    """Return the key of a state named by a modifier of `token` (possessor, demonym, compound, "of X")."""
    for child in children_of(token):
        if child.dep_ in MODIFIER_DEPS and child.i in by_token and by_token[child.i].type == "state":
            return by_token[child.i].key
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in children_of(child):
                if pobj.i in by_token and by_token[pobj.i].type == "state":
                    return by_token[pobj.i].key
    return None


def _unnamed_office_holder(token, lex):
    """True for a title that names no person ("the Iraqi foreign minister", "Russia's president").

    Such an official stands for the office (the foreign ministry, the presidential office); a
    former, late or outgoing one does not;
    a title before or beside a name ("President Vladimir Putin", "the minister, Sergei
    Lavrov", "Amr Moussa, Egypt's foreign minister") is the person's, left to `_person_mention`.
    """
    if token.lower_ not in lex.head_titles or token.ent_type_ == "PERSON" or token.dep_ == "compound":
        return False
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        return False  # reverse apposition: the name comes first
    if any(c.lower_.rstrip("-") in lex.former_words for c in token.subtree if c.i < token.i):
        return False  # "the former French president" holds no office now
    return not any(
        t.ent_type_ == "PERSON" for c in children_of(token) if c.dep_ in ("appos", "compound") for t in c.subtree
    )


def _description_mentions(doc, by_token, remembered):
    """Yield agency Mentions for descriptions like "South Korea's spy agency".

    A description needs an agency head noun and a kind word; its state comes from
    a modifier, or from an earlier description of the same kind in the article
    (`remembered`, updated in place) — never from guessing.
    """
    lex = load_lexicon()
    for token in tokens_with(doc, lemmas=lex.agency_heads, lowers=lex.head_titles):  # the only ones that can pass
        if token.i in by_token or token.pos_ not in ("NOUN", "PROPN"):
            continue
        holder = token.lemma_.lower() not in lex.agency_heads
        if holder and not _unnamed_office_holder(token, lex):
            continue
        modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ in MODIFIER_DEPS | {"det"}]
        kind = agency_kind([t.text for t in modifiers] + [token.text])
        if not kind:
            continue
        anaphoric = any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))
        state = _state_of(token, by_token) or (remembered.get(kind) if anaphoric else None)
        if not state:
            continue
        remembered[kind] = state
        start = min([t.i for t in modifiers if t.dep_ != "det"] + [token.i])
        if holder:  # the resolver makes it the person who holds the office, when the article names one
            yield Mention(
                key=f"office:{agency_id(state, kind)}",
                text=doc[start : token.i + 1].text,
                type="agency",
                start=start,
                end=token.i + 1,
                role="office",
                affiliation=state,
                title=token.lower_,
            )
        else:
            yield Mention(
                key=agency_id(state, kind),
                text=doc[start : token.i + 1].text,
                type="agency",
                start=start,
                end=token.i + 1,
                role="description",
                affiliation=state,
            )


@functools.cache
def _agent_heads():
    """Return ``{noun: sector}`` for the last words of the agent phrases: the nouns `_sector_mentions`
    looks at, each with the commonest sector of the phrases it ends ("official": GOV)."""
    sectors = collections.defaultdict(collections.Counter)
    for phrase, sector in _agents().items():
        sectors[phrase.rsplit(" ", 1)[-1]][sector] += 1
    return {noun: counts.most_common(1)[0][0] for noun, counts in sorted(sectors.items())}


#: The agent sectors of a state's own organs and officers: government, military, police, intelligence,
#: legislature, judiciary. On an intergovernmental body's name their nouns are the body's people
#: ("NATO commanders", "EU lawmakers"); the other sectors' are not ("EU citizens", "UN refugees").
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def agent_sector(token):
    """Return the CAMEO sector of an agent noun ("soldiers" -> MIL, "rebel leader" -> REB, "tank" -> MIL), or None.

    A collective noun takes the sector of an armed agent noun just before it ("a militant group",
    "an armed group", "the rebel faction"; see `_armed_collective_sector`). Rules that ask what a
    noun is without a mention of it use it too: "tank fire" is fire from a military agent
    (``data/agents.jsonl``, the Phoenix agents dictionary and its overlay).
    """
    agents = _agents()
    compound = next((c for c in children_of(token) if c.dep_ == "compound" and c.i == token.i - 1), None)
    if compound is not None and f"{compound.lower_} {token.lemma_.lower()}" in agents:
        return agents[f"{compound.lower_} {token.lemma_.lower()}"]
    collective = _armed_collective_sector(token)
    if collective is not None:
        return collective
    lemmas = noun_lemmas(token) | ({token.lower_[:-1]} if _capitalised_plural(token) else set())  # "gunmen" is listed
    found = next((agents[w] for w in lemmas if w in agents), None)
    if found is None and not lemmas.isdisjoint(load_lexicon().group_nouns):  # "officials": GOV
        found = next((_agent_heads()[w] for w in lemmas if w in _agent_heads()), None)
        found = None if found in _sectors_of_their_own() else found
    return found


def _armed_phrase(token) -> bool:
    """True when the word just before a force noun makes an armed agent phrase of another sector than a
    state's forces: "opposition forces" (REB), "rebel fighters"; the dictionary's two-word agents."""
    compound = next((c for c in children_of(token) if c.dep_ in ("compound", "amod") and c.i == token.i - 1), None)
    if compound is None:
        return False
    sector = _agents().get(f"{compound.lower_} {token.lemma_.lower()}") or _agents().get(compound.lemma_.lower())
    return sector in ARMED_SECTORS


def _armed_collective_sector(token):
    """Return the armed sector of a collective noun an armed agent word modifies, else None.

    "an armed group" is the dictionary's phrase (UAF); "a militant group", "the rebel faction" take
    the sector of their modifier ("militant": UAF, "rebel": REB), as a band of militants is.
    """
    lemma = token.lemma_.lower()
    if lemma not in load_lexicon().collective_nouns:
        return None
    mod = next((c for c in children_of(token) if c.dep_ in ("compound", "amod") and c.i == token.i - 1), None)
    if mod is None:
        return None
    sector = _agents().get(f"{mod.lower_} {lemma}") or _agents().get(mod.lemma_.lower())
    return sector if sector in ARMED_SECTORS else None


def _capitalised_plural(token):
    """True for a plural the tagger took for a singular name as it opens a sentence ("Kidnappers
    threatened …" tagged NNP, its lemma left as written)."""
    plural = token.lower_.endswith(("s", "men"))  # "Kidnappers", "Gunmen"
    return token.tag_ == "NNP" and token.is_title and plural and token.lemma_ == token.text


def _sector_owner(token, by_token):
    """Return the state Mention that owns an agent noun: a demonym, possessor or compound before
    it ("Syrian rebels", "Peru's cabinet"), or the object of its "of" ("officials of Peru"), else None.

    Of coordinated owners the last, next to the noun, owns the mention ("Iraqi and Syrian rebels":
    Syria's; `actorgraph.arguments` adds Iraq's from the conjunct)."""
    for child in children_of(token):
        m = by_token.get(child.i)
        if child.dep_ in MODIFIER_DEPS and child.i < token.i and m is not None and m.type == "state":
            conjuncts = [by_token.get(c.i) for c in child.conjuncts if child.i < c.i < token.i]
            m = max([o for o in conjuncts if o is not None and o.type == "state"] + [m], key=lambda o: o.start)
            between = token.doc[m.end : token.i]
            return m if all(t.dep_ in _NOUN_PHRASE_DEPS for t in between) else None
        if child.dep_ == "prep" and child.lower_ == "of":
            owners = [by_token.get(o.i) for o in children_of(child) if o.dep_ == "pobj"]
            return next((o for o in owners if o is not None and o.type == "state" and o.role != "demonym"), None)
    return None


def _titles_a_person(token):
    """True for a noun in apposition with a person's name, either way round ("X, the minister")."""
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(token))


def _describes_a_name(token):
    """True for a collective noun that describes an actor named beside it: in apposition either way
    round ("the militant group Hamas", "Al-Shabaab, a militant group"), just before the name, or as a
    predicate (`_predicative`: "Hamas is a militant group")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        _predicative(token)
        or any(c.dep_ == "appos" and c.ent_type_ for c in children_of(token))
        or (after is not None and bool(after.ent_type_) and after.ent_iob_ == "B")
    )


def _sector_mentions(doc, by_token, places):
    """Yield Mentions of agent nouns a state owns ("North Korean soldiers", "Syrian rebels"), and of
    non-state groups named by their people, region or sector alone ("Kurdish rebels", "Insurgents").

    Each carries its sector from ``data/agents.jsonl`` (the Phoenix agents dictionary) and its
    CAMEO code (``PRKMIL``). A state's organs and people stand for the state; rebels,
    opposition, civilians, refugees, unaffiliated militants, radicals and criminals are the
    state's sector actor (``syria-rebels``), unless the noun is one of the state's own forces
    ("Afghan fighters" are Afghanistan's). A demonym the mention takes in is replaced by it.
    `places` (a function returning the Doc's `Places`, called only when needed) gives the home
    state of a group the text names no state of: see
    `_people_sector_mention` and `_bare_sector_mention`.
    """
    heads, plurals = _sector_heads()
    for token in tokens_with(doc, lemmas=heads, lowers=plurals):
        if token.i in by_token or token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
            continue
        if _titles_a_person(token):
            continue  # "Amr Moussa, Egypt's foreign minister": the person's title, read by `_person_mention`
        if token.lemma_.lower() in load_lexicon().collective_nouns and _describes_a_name(token):
            continue  # "the militant group Hamas", "Al-Shabaab, a militant group": the name is the actor
        sector = agent_sector(token)
        if sector is None:
            continue
        owner = _sector_owner(token, by_token)
        if owner is not None:
            yield _state_sector_mention(token, sector, owner)
            continue
        found = (
            _people_sector_mention(token, sector, by_token, places())
            or _bare_sector_mention(token, sector, by_token, places())
            or _government_forces_mention(token, sector, by_token, places)
        )
        if found is not None:
            yield found


#: Nouns of a place that its holders name ("the insurgent stronghold", "militant hideouts").
HELD_PLACE_NOUNS = frozenset({"stronghold", "bastion", "hideout", "enclave", "redoubt"})
#: Participles that name a place by its holders ("rebel-held towns", "Taliban-controlled districts").
HOLDING_WORDS = frozenset({"held", "controlled", "dominated", "run", "occupied"})
#: Nouns of the places of armed men that an armed agent word names by them: "rebel positions",
#: "insurgent targets", "a militant camp" (a state's are its own: "Afghan positions").
POSITION_NOUNS = frozenset({"position", "target", "camp", "base"})


def _held_place_mentions(doc, by_token, places):
    """Yield the Mentions of the holders of places named by them: "rebel-held towns", "the insurgent
    stronghold of Falluja", "militant hideouts", "rebel positions" (an armed sector's actor, at home where `places`
    says), "Taliban-held districts", "Ukrainian-held villages" (the named actor). The holders
    are the place's noun as an argument: "pounded rebel-held towns" attacks the rebels."""
    for word in tokens_with(doc, lemmas=HELD_PLACE_NOUNS | POSITION_NOUNS, lowers=HOLDING_WORDS):
        place = word if word.lemma_.lower() in HELD_PLACE_NOUNS | POSITION_NOUNS else word.head
        deps = ("compound", "amod") if place is word else ("npadvmod", "compound", "nmod")
        if place.i in by_token or place.pos_ != "NOUN" or (place is not word and word.dep_ != "amod"):
            continue
        # the word just before a stronghold ("a Gaza militant stronghold"), any before a participle
        holder = next(
            (
                c
                for c in children_of(word)
                if c.dep_ in deps and c.i < word.i and (place is not word or c.i == word.i - 1)
            ),
            None,
        )
        if holder is None:
            continue
        named = by_token.get(holder.i)
        if word.lemma_.lower() in POSITION_NOUNS:
            named = None  # only an armed agent word names positions by their holders here
        if named is not None and named.role != "person":
            # the holders' own words: "Russian-occupied territories" is no name of Russia
            yield dataclasses.replace(named, start=place.i, end=place.i + 1, role="sector")
        elif named is None and agent_sector(holder) in ARMED_SECTORS:
            yield dataclasses.replace(_holders_mention(holder, place, places), text=holder.text)


def _holders_mention(token, place, places):
    """Return the Mention of the armed group that holds `place`: the sector actor of the agent word
    `token` in the state `places` (a function returning the Doc's `Places`) gives (``syria-rebels``),
    else of no state (``rebels``)."""
    sector = agent_sector(token)
    key = sector_actor(places().home(token), sector) or sector_actor(None, sector)
    record = registry()[key]
    return _group_mention(place, token.i, key, record["affiliation"], record["cameo"], sector)


@functools.cache
def _sector_heads():
    """Return ``(nouns, written forms)`` `_sector_mentions` looks for: the agent and group nouns, and
    those with their plurals, which a capitalised plural keeps as its lemma ("Militants fired")."""
    heads = frozenset(_agents().keys() | load_lexicon().group_nouns | load_lexicon().collective_nouns)
    return heads, heads | {w + "s" for w in heads}


def _state_sector_mention(token, sector, owner):
    """Return the Mention of an agent noun a state's name owns: the state, or its sector actor."""
    lex = load_lexicon()
    own_forces = token.lemma_.lower() in lex.force_nouns and token.lemma_.lower() not in lex.irregular_nouns
    if own_forces and sector in ARMED_SECTORS and _armed_phrase(token):
        own_forces = False  # "Syrian opposition forces", "Afghan rebel fighters": not the state's own
    group = None if own_forces else sector_actor(owner.key, sector)
    start = owner.start if owner.start < token.i else token.i
    return Mention(  # a state's organs add no alias to it: "North Korean troops" is not a name
        key=group or owner.key,
        text=token.doc[start : token.i + 1].text if group else owner.text,
        type="group" if group else owner.type,
        start=start,
        end=token.i + 1,
        role="sector",
        affiliation=owner.key if group else None,
        cameo=f"{cameo_of(owner.key)}{sector}" if cameo_of(owner.key) else None,
        sector=sector,
    )


#: Prepositions that place a group or an event in a state ("in Iraq", "near Kandahar"); not "at" or
#: "from", which as often name a target or a source ("fired at Israel", "rockets from Gaza").
PLACE_PREPS = frozenset({"in", "inside", "near", "outside", "across", "throughout", "around"})
#: Named-entity labels of the model that name a people, a movement or a region ("Chechen", "Maoist").
_PEOPLE_LABELS = frozenset({"NORP", "GPE", "LOC"})


@dataclasses.dataclass(frozen=True)
class Places:
    """Where an article's events happen: the states its place names point to.

    ``names`` maps each token of a state's, capital's, demonym's or region's name (datelines
    included) to its entity; ``located`` holds, per sentence start, the ``(token, state)`` pairs
    of names used as a location ("in Iraq", "the Iraqi town of Baquba", "Baghdad-based");
    ``datelines`` the tokens of datelines in capitals, which the parser may hang on the next
    noun ("NAIROBI - Gunmen robbed …"); ``article`` is the state the dateline, those locations and the names of towns and regions
    anywhere ("the rebel-held town of Kunduz") point to most (the first on a tie); a state's
    own name or demonym outside a location does not count ("attacked US troops").
    """

    names: dict
    located: dict
    article: str | None
    datelines: frozenset = frozenset()

    @classmethod
    def of(cls, doc, ents):
        """Return the Places of a Doc from all its entities (`ents`, datelines included)."""
        names, located, counts, first = {}, collections.defaultdict(list), collections.Counter(), {}
        datelines, sent_starts = set(), parse_of(doc).sent_starts
        for i, dash, state in _capital_datelines(doc):  # "KABUL (Reuters) -": the gazetteer's are title case
            located[sent_starts[i]].append((i, state))
            counts[state] += 1
            first.setdefault(state, i)
            datelines.update(range(i, dash + 1))
        for ent in ents:
            state = ent.ent_id_ if ent.label_ in STATE_LIKE | {"PLACE"} else None
            if not state or registry().get(state, {}).get("type") != "state":
                continue
            if ent.label_ == "PLACE" and _beside_a_name(ent):
                continue  # "warlord Omar Farah" names a person, not the province of Farah
            names.update((i, ent) for i in range(ent.start, ent.end))
            root = ent.root
            where = _is_dateline(ent) or _is_location(root)
            if where:
                located[sent_starts[ent.start]].append((root.i, state))
            if where or ent.label_ == "PLACE":
                counts[state] += 1
                first.setdefault(state, ent.start)
        article = max(counts, key=lambda s: (counts[s], -first[s])) if counts else None
        return cls(names, dict(located), article, frozenset(datelines))

    def home(self, token):
        """Return the state a group named at `token` is at home in: the location its sentence
        names nearest to it, else the article's, else None."""
        here = self.located.get(parse_of(token.doc).sent_starts[token.i])
        if here:
            return min(here, key=lambda pair: abs(pair[0] - token.i))[1]
        return self.article


@functools.cache
def _place_names():
    """Return ``{lower-case name: state id}`` of the gazetteer's state, capital and place names that
    name one state only, for datelines written in capitals."""
    found = collections.defaultdict(set)
    for row in read_jsonl("gazetteer.jsonl"):
        if row["label"] not in ("STATE", "CAPITAL", "PLACE") or registry().get(row["id"], {}).get("type") != "state":
            continue
        pattern = row["pattern"]
        words = [pattern] if isinstance(pattern, str) else pattern[0].get("ORTH", {}).get("IN", [])
        for word in words:
            found[word.lower()].add(row["id"])
    return {name: ids.pop() for name, ids in found.items() if len(ids) == 1}


def _capital_datelines(doc):
    """Yield ``(first token, dash token, state)`` of datelines in capitals that open a line or
    sentence ("BAGHDAD (Reuters) -", "KABUL, Afghanistan -"): the gazetteer matches names as written."""
    import numpy
    from spacy.attrs import IS_ALPHA, IS_UPPER

    capitals = doc.to_array([IS_UPPER, IS_ALPHA])  # no Token object for the other words
    for i in numpy.flatnonzero(capitals[:, 0] & capitals[:, 1]):
        t = doc[int(i)]
        if not (t.i == 0 or t.is_sent_start or "\n" in doc[t.i - 1].text_with_ws):
            continue
        end = t.i
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        state = _place_names().get(doc[t.i : end].text.lower())
        dash = next(  # a spaced dash: the hyphen of "insurgent-held" ends no dateline
            (
                j
                for j in range(end, min(end + 6, len(doc)))
                if doc[j].text in DATELINE_DASHES and doc[j - 1].whitespace_
            ),
            None,
        )
        if state and dash is not None and all(doc[j].text != "." for j in range(end, dash)):
            yield t.i, dash, state


def _is_location(token):
    """True for a place name used as where something is: the object of "in", "near" … (`PLACE_PREPS`),
    or the modifier or "of" object of a noun that is ("in the Iraqi town of Baquba", "in Iraq's
    Anbar province"), or the place of "-based" ("a Baghdad-based group")."""
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj" and head.lower_ in PLACE_PREPS or head.lower_ == "based":
            return True
        if token.dep_ in MODIFIER_DEPS | {"appos"}:
            token = head
        elif token.dep_ == "pobj" and head.lower_ == "of":
            token = head.head
        else:
            return False
    return False


def _group_text(doc, start, token):
    """Return the words of a group's mention from `start` to its noun: "Kurdish rebels"."""
    return doc[start : token.i + 1].text


def _people_sector_mention(token, sector, by_token, places):
    """Return the Mention of a non-state group named by its people, region or movement, or None.

    "Kurdish rebels" are the Kurds' rebels (``kurds-rebels``, affiliated to the community's
    node), "Darfur rebels" the rebels of a region of Sudan (``sudan-darfur-rebels``,
    affiliated to Sudan), "Chechen separatists" those of a people the gazetteer does not
    list, at home in the state `places` gives (``russia-chechen-rebels``; ``chechen-rebels``
    where none). The label is the text's ("Kurdish rebels"), never the people's node "Kurds".
    """
    if sector not in _sectors_of_their_own():
        return None
    suffix = sector_actor(None, sector)
    for child in children_of(token):
        if child.dep_ not in MODIFIER_DEPS or child.i > token.i or child.i in places.datelines:
            continue
        m = by_token.get(child.i)
        if m is not None:
            if registry().get(m.key, {}).get("kind") != "community":
                return None  # another actor owns it ("Hamas militants"): see `actorgraph.arguments`
            key, home, start = f"{m.key}-{suffix}", m.key, m.start
        elif child.i in places.names:
            ent = places.names[child.i]
            key, home, start = f"{ent.ent_id_}-{slug(ent.text)}-{suffix}", ent.ent_id_, ent.start
        elif _named_people(child, token, sector):
            home, start = places.home(token), child.i
            key = "-".join(p for p in (home, slug(child.text), suffix) if p)
        else:
            continue
        if not all(t.dep_ in _NOUN_PHRASE_DEPS for t in token.doc[child.i + 1 : token.i]):
            return None
        code = cameo_of(home) if registry().get(home or "", {}).get("type") == "state" else None
        return _group_mention(token, start, key, home, f"{code or ''}{sector}", sector)  # "REB": no country
    return None


def _group_mention(token, start, key, affiliation, cameo, sector):
    """Return the Mention of a non-state group whose words run from `start` to its noun `token`."""
    return Mention(
        key=key,
        text=_group_text(token.doc, start, token),
        type="group",
        start=start,
        end=token.i + 1,
        role="sector",
        affiliation=affiliation,
        cameo=cameo,
        sector=sector,
    )


def _named_people(child, token, sector):
    """True for a one-word people or movement the model names just before an armed group's plural
    or definite noun ("Chechen separatists", "Maoist rebels"); a name the gazetteer does not know
    is weak evidence, so a single person ("an Islamist militant") or a place ("Jewish
    settlements") is not taken."""
    if child.ent_type_ not in _PEOPLE_LABELS or child.i != token.i - 1 or child.ent_iob_ != "B":
        return False
    return sector in ARMED_SECTORS and _plural_or_definite(token)


def _plural_or_definite(token):
    """True for a plural noun or one with a definite article or demonstrative ("the gunmen"), or an
    armed collective, one group of many people even when singular ("an armed group")."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in children_of(token))
    plural = token.tag_ in ("NNS", "NNPS") or definite or _capitalised_plural(token)
    return plural or (_armed_collective_sector(token) is not None and not _predicative(token))


def _predicative(token):
    """True for a noun that says what something is, not who acts: "called North Korea a criminal group"
    (attribute), "described it as an armed group"."""
    return token.dep_ in ("attr", "oprd", "appos") or (token.dep_ == "pobj" and token.head.lower_ in ("as", "like"))


def _bare_sector_mention(token, sector, by_token, places):
    """Return the Mention of an armed group named by its sector alone ("Insurgents attacked US troops",
    "the kidnappers said", "Suicide bombers struck"), or None.

    Only a plural or definite noun of an armed sector (`ARMED_SECTORS`) that heads an argument
    and has no owner of its own counts: it is the sector actor of the state `places` gives
    (``iraq-rebels``), else the sector's actor of no state (``rebels``, CAMEO ``REB``).
    """
    if sector not in ARMED_SECTORS or not _stands_alone(token, by_token, places.datelines):
        return None
    home = places.home(token)
    key = sector_actor(home, sector) or sector_actor(None, sector)
    start = token.i
    while start > token.left_edge.i and token.doc[start - 1].dep_ in ("compound", "amod"):
        start -= 1
    return _group_mention(token, start, key, registry()[key]["affiliation"], registry()[key]["cameo"], sector)


#: Words that make forces a government's own when no state is named on them: "government troops".
GOVERNMENT_WORDS = frozenset({"government"})


def _government_forces_mention(token, sector, by_token, places):
    """Return the Mention of a government's forces named by no state ("government troops", "Government
    jets struck a rebel stronghold near Kidal, in Mali"), or None: the forces of the state `places` (a
    function returning the Doc's `Places`) says the sentence is set in, else the article. A government
    fights on its own soil; forces named after no government ("troops") are no one's."""
    if sector != "MIL":
        return None
    word = next(
        (
            c
            for c in children_of(token)
            if c.dep_ in ("compound", "amod") and c.i < token.i and c.lower_ in GOVERNMENT_WORDS
        ),
        None,
    )
    if word is None or any(c.dep_ in MODIFIER_DEPS and c.i in by_token for c in children_of(token)):
        return None
    home = places().home(token)
    if registry().get(home or "", {}).get("type") != "state":
        return None
    owner = Mention(key=home, text=word.text, type="state", start=word.i, end=word.i + 1, role="sector")
    return _state_sector_mention(token, sector, owner)


def _stands_alone(token, by_token, datelines=frozenset()):
    """True for a group noun that names actors by itself: plural or definite, an argument, not a
    state's own forces, not part of a longer name, with no common-noun compound but one that makes
    an agent phrase ("suicide bombers", "drug traffickers"; not "the oil cartel"), and with no possessor, name or pronoun of its
    own (a dateline's words the parser hung on it, `datelines`, aside)."""
    lex = load_lexicon()
    if token.dep_ not in ARGUMENT_DEPS | {"ROOT"} or token.ent_iob_ == "I":
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        return False
    if token.lemma_.lower() in lex.force_nouns and token.lemma_.lower() not in lex.irregular_nouns:
        return False  # "fighters", "mercenaries" may be a state's own
    if not _plural_or_definite(token):
        return False
    lemma = token.lemma_.lower()
    compounds = [c for c in children_of(token) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in datelines]
    if any(f"{c.lower_} {lemma}" not in _agents() for c in compounds):
        return False  # "the oil cartel": a common noun that makes no agent phrase names something else
    return not any(
        c.dep_ in MODIFIER_DEPS and (c.i in by_token or c.ent_type_ or c.pos_ == "PRON" or c.dep_ == "poss")
        for c in children_of(token)
        if c.i not in datelines
    )


def _collective_mentions(doc, by_token):
    """Yield Mentions of collective nouns of a state's people ("a group of Kenyan lawyers",
    "members of Peru's cabinet"): the people the "of" phrase names stand for the group.

    Only states and their sector actors pass on; members of an alliance are its member
    states, which `actorgraph.relations` reads as memberships.
    """
    lex = load_lexicon()
    plurals = {w + "s" for w in lex.collective_nouns}
    for token in tokens_with(doc, lemmas=lex.collective_nouns, lowers=plurals):  # "Members" keeps its lemma
        if token.i in by_token or token.pos_ not in ("NOUN", "PROPN"):
            continue
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = [by_token.get(o.i) for o in children_of(of) if o.dep_ == "pobj"] if of is not None else []
        m = next((m for m in named if m is not None and m.type in ("state", "group")), None)
        if m is not None:
            yield dataclasses.replace(m, start=token.i, end=token.i + 1, role="sector")


#: Parts of speech of the words of a unit's name: "the 134th Expeditionary Fighter Squadron".
_UNIT_NAME_POS = frozenset({"PROPN", "NUM", "ADJ", "NOUN"})


def _unit_mentions(doc, by_token):
    """Yield Mentions of numbered military units: "the 48th Fighter Wing", "2nd Battalion", "Unit Two".

    A capitalised echelon noun (``unit_echelons`` of ``data/words.json``) with the capitalised words and
    numbers before it, and numbers after it; the name must hold a number, which tells a unit from a
    firm ("the Carlyle Group"). The small model tags such names in pieces ("48th" an ordinal, "Fighter
    Wing" nothing), so they are read here, before its organisations. A unit is filed under the state or
    force named right before it (`_unit_owner`).
    """
    p = parse_of(doc)
    for token in tokens_with(doc, lemmas=load_lexicon().unit_echelons):
        if token.i in by_token or not token.text[:1].isupper():
            continue
        start, end, first = token.i, token.i + 1, p.sent_starts[token.i]
        while start > first and start - 1 not in by_token and _unit_name_word(doc[start - 1]):
            start -= 1
        while (
            end < len(doc)
            and end not in by_token
            and doc[end].like_num
            and (doc[end].text[:1].isupper() or doc[end].is_digit)
        ):
            end += 1
        if start == token.i and end == token.i + 1 or not any(t.like_num for t in doc[start:end]):
            continue
        name, owner = doc[start:end].text, _unit_owner(doc, start, by_token)
        code = cameo_of(owner) if owner else None
        code = code + "MIL" if code and len(code) == 3 else code  # a state's unit is its military's ("UKRMIL")
        yield Mention(
            key="org:" + slug(name), text=name, type="other", start=start, end=end, role="org", affiliation=owner,
            cameo=code, sector=code[3:6] or None if code else None,
        )  # fmt: skip


def _unit_owner(doc, start, by_token) -> str | None:
    """Return the key of the state or force named right before a unit ("the Ukrainian 47th Brigade", "the
    U.S. Army's 1st Armored Division"): the unit is filed under it. None when no owner is named."""
    i = start - 1
    if i > 0 and doc[i].tag_ == "POS":
        i -= 1
    m = by_token.get(i)
    if m is None or m.end != i + 1 or m.role == "person" or m.type not in ("state", "agency", "alliance"):
        return None
    return m.key


def _unit_name_word(token) -> bool:
    """True for a word of a unit's name before its echelon noun: capitalised or a number ("82nd Airborne")."""
    return token.pos_ in _UNIT_NAME_POS and (token.like_num or token.text[:1].isupper()) and token.text[:1] != "("


#: Nouns of the states in a coalition ("coalition nations include …"); "coalition partners" and "coalition
#: members" are as often a governing coalition's parties.
COALITION_STATE_NOUNS = frozenset({"nation", "country", "state", "member-state"})


def _coalition_mentions(doc, by_token):
    """Yield alliance Mentions for coalitions named by who leads them, and for "the coalition".

    "the US-led coalition" is the coalition its leader's name makes distinct (one node per
    leader, key ``org:<leader>-led-coalition``). A later "the coalition" or "coalition forces"
    is the coalition the article last named, gazetteer coalitions included; a party coalition
    ("the ruling coalition") or a coalition the article never named is no actor, unless the
    article names whom a coalition of the gazetteer was formed against (`_coalition_against`).
    """
    lex = load_lexicon()
    last = None
    named = {i for i, m in by_token.items() if m.type == "alliance" and "coalition" in m.text.lower()}
    for token in (doc[i] for i in sorted(named | {t.i for t in tokens_with(doc, lemmas={"coalition"})})):
        m = by_token.get(token.i)
        if m is not None and m.type == "alliance" and "coalition" in m.text.lower():
            last = m
            continue
        if m is not None or token.lemma_.lower() != "coalition" or token.pos_ not in ("NOUN", "PROPN"):
            continue
        modifiers = [c for c in children_of(token) if c.dep_ in MODIFIER_DEPS]
        if any(c.lower_ in lex.party_coalition_words for c in modifiers) or any(c.dep_ == "poss" for c in modifiers):
            continue  # "the ruling coalition", "Netanyahu's coalition"
        if (
            token.dep_ == "compound"
            and token.head.lemma_.lower() not in lex.force_nouns | COALITION_STATE_NOUNS
            and (token.head.lemma_.lower(), "NOUN") not in lex.triggers
        ):
            continue  # "coalition government", "coalition partners"; but "coalition forces", "coalition nations"
        leader = next(
            (
                by_token[t.i]
                for c in modifiers
                if c.lemma_.lower() == "lead"
                for t in c.subtree
                if t.i in by_token and by_token[t.i].type in ("state", "alliance")
            ),
            None,
        )
        named_by = _coalition_name(token, modifiers)
        if leader is not None:
            last = _led_coalition(token, modifiers, leader, by_token)
            yield last
        elif named_by is not None:  # "the Kurdish Arab Coalition": a coalition of its own name
            yield Mention(key="org:" + slug(named_by.text), text=named_by.text, type="other",
                          start=named_by.start, end=named_by.end, role="org")  # fmt: skip
        elif last is not None:
            yield dataclasses.replace(last, text=token.text, start=token.i, end=token.i + 1, role="anaphor")
        elif not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") or c.lemma_.lower() == "lead" for c in children_of(token)
        ):
            named = {by_token[t.i].key for c in modifiers for t in c.subtree if t.i in by_token}
            known = _coalition_against(None, by_token, named)
            if known:  # "the Coalition", "coalition air strikes" where the article names whom it fights
                last = Mention(
                    key=known, text=token.text, type="alliance", start=token.i, end=token.i + 1, role="anaphor"
                )
                yield last


def _coalition_name(token, modifiers):
    """Return the span of a coalition's own name, else None: "Coalition" after capitalised words of its
    name ("the Kurdish Arab Coalition"), none of them a leader's
    ("the US-led Coalition"), not one alone ("the Global Coalition" is the gazetteer's, "Arab coalition" a
    description), and not a name the NER has read (an organisation or person of its own)."""
    words = [c for c in modifiers if c.dep_ in ("compound", "amod") and c.i < token.i]
    if (
        token.ent_type_
        or not token.text[:1].isupper()
        or len(words) < 2
        or any(c.lemma_.lower() == "lead" for c in modifiers)
    ):
        return None
    start = min(c.left_edge.i for c in words)
    span = token.doc[start : token.i + 1]
    return span if all(t.text[:1].isupper() for t in span) else None


def _led_coalition(token, modifiers, leader, by_token):
    """Return the Mention of a coalition named by its `leader` ("the US-led coalition"): the
    gazetteer's coalition that leader leads against an actor the article names, else one of its own."""
    start = min(t.i for c in modifiers if c.lemma_.lower() == "lead" for t in c.subtree)
    known = _coalition_against(leader.key, by_token)
    return Mention(
        key=known or f"org:{leader.key}-led coalition",
        text=token.doc[start : token.i + 1].text,
        type="alliance",
        start=start,
        end=token.i + 1,
        role="name" if known else "org",
    )


@functools.cache
def _campaign_coalitions():
    """Return ``[(id, leader, adversaries)]`` of the gazetteer's coalitions formed against an actor
    (``led_by`` and ``opposes`` of their overlay record: the Global Coalition against Islamic State)."""
    return [(r["id"], r.get("led_by"), frozenset(r["opposes"])) for r in registry().values() if r.get("opposes")]


def _coalition_against(leader, by_token, modifiers=frozenset()):
    """Return the one coalition, led by `leader` when given, formed against an actor the article
    names (`by_token`'s mentions), else None: in an article on Islamic State "the Coalition" and
    "the US-led coalition" are the Global Coalition; elsewhere a coalition needs its name. A
    coalition whose `modifiers` name another actor ("the Sunni coalition") is not it."""
    if not _campaign_coalitions():
        return None
    named = {m.key for m in by_token.values()}
    found = [
        i
        for i, led, against in _campaign_coalitions()
        if against & named and leader in (None, led) and modifiers <= against
    ]
    return found[0] if len(found) == 1 else None


def _owned_forces(ent, by_token):
    """True for an organisation name that is a state's forces or officials in capitals ("Iraqi Security
    Forces", "Syrian Armed Forces"): its owner names it, and `actorgraph.relations` gives it to the owner."""
    lex = load_lexicon()
    if ent.label_ != "ORG" or ent.start == 0 or noun_lemmas(ent.root).isdisjoint(lex.group_nouns | lex.force_nouns):
        return False
    owner = by_token.get(ent.start - 1)
    return owner is not None and owner.type == "state" and owner.end == ent.start


def _org_mention(ent):
    """Return the Mention of an NER organisation that is not in the gazetteer, or None for news media."""
    lex = load_lexicon()
    if any(w in lex.media_words for w in (ent.text, ent.root.text)) or ent.root.lower_ in _SKIP_ORG_HEADS:
        return None
    if len(ent) > 1 and ent[0].lower_ == "the":  # "the National Security Council" is named without it
        ent = ent[1:]
    if ent[-1].pos_ in ("ADP", "DET", "CCONJ") or ent.root.pos_ == "VERB":
        return None  # "Government of" + a gazetteer state; a headline's verb phrase ("Vow to Back Border Deal")
    if _portfolio(ent):
        return None
    words = [t.text for t in ent]
    kind = "agency" if ent.root.lemma_.lower() in lex.agency_heads or agency_kind(words) else "other"
    return Mention(key="org:" + slug(ent.text), text=ent.text, type=kind, start=ent.start, end=ent.end, role="org")


#: Title nouns a portfolio word names the office of ("Defence Minister", "Interior Ministry", "Defense
#: Secretary"; not "Secretary-General", the head of a body).
PORTFOLIO_TITLES = frozenset({"minister", "ministry", "secretary"})


def _portfolio(ent) -> bool:
    """True for a one-word "organisation" that is the portfolio of the title around it: the model tags
    "Defence" in "Defence Minister Ann Berg" and "State" in "Secretary of State Rice" as ORG, but the
    office is the minister's state's."""
    doc = ent.doc
    if len(ent) > 1 or ent[0].is_upper:
        return False
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in PORTFOLIO_TITLES:
        return True  # "Secretary of State Rice", "the Minister of Defence"
    if ent.end >= len(doc) or doc[ent.end].lower_ not in PORTFOLIO_TITLES:
        return False
    after = doc[ent.end + 1 : ent.end + 3].text.lower()
    return not after.lstrip("- ").startswith("general")  # "Commonwealth Secretary-General" heads a body


def _whole_word(ent):
    """Return `ent` widened over hyphenated name parts the NER cut off ("Yoon Suk" + "-yeol"),
    without a possessive ending the NER took in ("Bashar al-Assad's")."""
    doc, end = ent.doc, ent.end
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        return doc[ent.start : ent.end - 1]
    if ent[-1].text in "-‐" and ent[-1].whitespace_ == "" and end < len(doc) and doc[end].is_alpha:
        if doc[end].ent_type_ in ("", "DEMONYM"):  # not a name of the gazetteer ("al-" + "Zarqawi")
            end += 1  # "Abu Omar al-" + "Kuwaiti": the NER stopped at the hyphen
    while (
        end + 1 < len(doc)
        and doc[end - 1].whitespace_ == ""
        and doc[end].text in "-‐"
        and doc[end].whitespace_ == ""
        and doc[end + 1].is_alpha
    ):
        end += 2
    return ent if end == ent.end else doc[ent.start : end]


def find_mentions(doc, skip=(), *, date=None):
    """Return the actor Mentions of a Doc, in text order.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed by `actorgraph.pipeline.load_pipeline` (gazetteer entities set).
    skip : sequence of (start, end)
        Character ranges to ignore (bylines, site boilerplate).
    date : str, optional
        The article's ISO date: it picks the role of a person the dictionaries know.

    Returns
    -------
    list of Mention
        Gazetteer actors (states, capitals, demonyms, alliances, agencies),
        persons (typed ``leader`` when the text gives their office), agencies
        named by description, and other organisations.
    """

    def skipped(span):
        return any(s <= span.start_char < e for s, e in skip)

    all_ents = doc.ents  # each access of doc.ents builds every Span
    ents = [e for e in all_ents if not _is_dateline(e)]
    by_token, mentions = {}, []
    for ent in ents:
        if ent.label_ in ACTOR_LABELS and not skipped(ent) and not _inside_a_name(ent) and not _word_in_capitals(ent):
            m = _ruler_mention(ent)
            mentions.append(m)
            by_token.update((i, m) for i in range(ent.start, ent.end))
    remembered = {}
    for m in _description_mentions(doc, by_token, remembered):
        mentions.append(m)
        # The state inside "South Korea's spy agency" keeps its own tokens.
        by_token.update((i, m) for i in range(m.start, m.end) if i not in by_token)
    for m in _coalition_mentions(doc, by_token):
        if not any(s <= doc[m.start].idx < e for s, e in skip):
            mentions.append(m)
            by_token.update((i, m) for i in range(m.start, m.end) if i not in by_token)
    places = functools.cache(lambda: Places.of(doc, all_ents))
    for m in _sector_mentions(doc, by_token, places):
        mentions = [o for o in mentions if not (o.role == "demonym" and m.start <= o.start < m.end)] + [m]
        by_token.update((i, m) for i in range(m.start, m.end))
    for m in _collective_mentions(doc, by_token):
        mentions.append(m)
        by_token[m.start] = m
    for m in _held_place_mentions(doc, by_token, places):
        mentions.append(m)
        by_token.update((i, m) for i in range(m.start, m.end))
    for m in _unit_mentions(doc, by_token):
        mentions.append(m)
        by_token.update((i, m) for i in range(m.start, m.end))
    # organisations first: a person's title may name one after the name ("X, a spokesman for Y")
    for ent in sorted(ents, key=lambda e: e.label_ == "PERSON"):
        if skipped(ent) or ent.start in by_token or _owned_forces(ent, by_token):
            continue
        m = (
            _person_mention(_whole_word(ent), by_token, ent.ent_id_, date)
            if ent.label_ == "PERSON"
            else _org_mention(ent)
            if ent.label_ == "ORG"
            else None
        )
        if m:
            mentions.append(m)
            by_token.update((i, m) for i in range(m.start, m.end))
    return sorted(_share_offices(mentions), key=lambda m: m.start)


def _share_offices(mentions):
    """Return `mentions` with a listed person's untitled mentions given the office a titled one names.

    "Russian President Vladimir Putin … Putin said": the article's title, not the dictionary's
    role, says what Putin heads, so every mention of him in the article does.
    """
    titled = {m.key: m for m in mentions if m.type == "leader" and m.title}
    return [
        dataclasses.replace(
            m,
            affiliation=titled[m.key].affiliation,
            heads_office=titled[m.key].heads_office,
            cameo=titled[m.key].cameo,
            sector=titled[m.key].sector,
        )
        if m.type == "leader" and not m.title and m.key in titled
        else m
        for m in mentions
    ]
