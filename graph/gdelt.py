"""Read GDELT event files (2.0 exports, 1.0 daily files) into an actorgraph graph, streaming them.

GDELT is CAMEO coded like actorgraph, so its events map onto the same graph: actors from
``Actor1Code``/``Actor2Code`` (states onto the ids the extractor gives them, ``PRK`` →
``north-korea``), relations from ``EventCode`` through the relation registry, and one evidence
record per event (its URL, dates, counts, Goldstein score, tone, root flag and place). The graph
of GDELT and the graph built from articles of the same days can then be compared with ``diff``.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import gzip
import hashlib
import io
import operator
import re
import sys
import urllib.parse
import zipfile
from collections.abc import Callable, Iterable, Iterator

from .actors import registry, sector_actor, slug
from .assemble import _contested as mark_contested
from .counts import count_evidence
from .errors import InputError, UnknownNameError
from .fileformat import new_graph
from .resources import data_file, read_jsonl
from .vocab import relation_types

__all__ = [
    "COLUMNS_V1",
    "COLUMNS_V2",
    "GdeltEvent",
    "Filters",
    "check_countries",
    "GdeltStats",
    "BadRow",
    "columns_for",
    "country_codes",
    "event_relation",
    "parse_row",
    "read_lines",
    "read_events",
    "gdelt_graph",
]

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale")
_COUNTS = ("NumMentions", "NumSources", "NumArticles", "AvgTone")
_HEAD = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")


def _columns(geo):
    return (
        _HEAD
        + tuple(f"Actor1{c}" for c in _ACTOR)
        + tuple(f"Actor2{c}" for c in _ACTOR)
        + _EVENT
        + _COUNTS
        + tuple(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in geo)
        + ("DATEADDED", "SOURCEURL")
    )


#: The 61 columns of a GDELT 2.0 event export (the codebook's order; no header line in the files).
COLUMNS_V2 = _columns(_GEO)
#: The 58 columns of a GDELT 1.0 daily file: no ADM2 codes; files before April 2013 lack SOURCEURL (57).
COLUMNS_V1 = _columns(tuple(c for c in _GEO if c != "ADM2Code"))
_CAMEO_EVENT = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
_DATE = re.compile(r"^[0-9]{8}$")


def columns_for(n: int) -> tuple[str, ...] | None:
    """Return the column names of a row of `n` fields (2.0: 61; 1.0: 58, or 57 without SOURCEURL), or None.

    Examples
    --------
    >>> len(columns_for(61)), columns_for(57)[-1], columns_for(60)
    (61, 'DATEADDED', None)
    """
    if n == len(COLUMNS_V2):
        return COLUMNS_V2
    if n == len(COLUMNS_V1):
        return COLUMNS_V1
    if n == len(COLUMNS_V1) - 1:
        return COLUMNS_V1[:-1]
    return None


class BadRow(ValueError):
    """A GDELT row that cannot become an event (wrong column count, a bad code or date, an empty actor)."""


@dataclasses.dataclass(frozen=True, slots=True)
class GdeltActor:
    """One side of an event: its CAMEO actor code, name, country code and first type code."""

    code: str
    name: str
    country: str
    group: str
    type1: str


@dataclasses.dataclass(frozen=True, slots=True)
class GdeltEvent:
    """One GDELT event row, parsed: the two actors, the CAMEO code and the evidence fields."""

    event_id: str
    date: str
    actor1: GdeltActor
    actor2: GdeltActor
    code: str
    root: bool
    goldstein: float | None
    num_mentions: int
    num_sources: int
    num_articles: int
    tone: float | None
    geo: dict | None
    date_added: str | None
    url: str | None


@functools.lru_cache(maxsize=4096)
def _iso_date(value, column):
    """Return ``YYYYMMDD`` as ISO (cached: a file holds few dates), or raise `BadRow`."""
    if not _DATE.match(value):
        raise BadRow(f"{column} {value!r} is not a date like 20241018")
    try:
        return datetime.date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError:
        raise BadRow(f"{column} {value!r} is not a date like 20241018") from None


@functools.lru_cache(maxsize=4096)
def _date_added(value):
    """Return DATEADDED as ISO: 2.0 gives ``YYYYMMDDHHMMSS`` (UTC), 1.0 ``YYYYMMDD``."""
    if len(value) == 14 and value.isdigit():
        return f"{_iso_date(value[:8], 'DATEADDED')}T{value[8:10]}:{value[10:12]}:{value[12:]}Z"
    return _iso_date(value, "DATEADDED") if value else None


def _number(value, column, kind=float):
    if value == "":
        return None if kind is float else 0
    try:
        return kind(value)
    except ValueError:
        raise BadRow(f"{column} {value!r} is not a number") from None


def _actor(n, code, name, country, group, type1):
    if not code:
        raise BadRow(f"empty Actor{n}Code: an event needs two actors to make an edge")
    if not code.isalnum() or not code.isupper() or len(code) % 3:
        raise BadRow(f"Actor{n}Code {code!r} is not a CAMEO actor code (upper-case letters in threes)")
    return GdeltActor(code, name, country, group, type1)


def _geo(kind, name, country, adm1, lat, lon, feature):
    if not kind or kind == "0":
        return None
    return {
        "type": _number(kind, "ActionGeo_Type", int),
        "name": name or None,
        "country": country or None,
        "adm1": adm1 or None,
        "lat": _number(lat, "ActionGeo_Lat"),
        "lon": _number(lon, "ActionGeo_Long"),
        "feature_id": feature or None,
    }


#: The columns an event is made of, in the order `parse_row` unpacks them.
_USED = (
    ("GLOBALEVENTID", "SQLDATE", "IsRootEvent", "EventCode", "GoldsteinScale")
    + _COUNTS
    + tuple(f"Actor{n}{c}" for n in (1, 2) for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code"))
    + tuple(f"ActionGeo_{c}" for c in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"))
    + ("DATEADDED", "SOURCEURL")
)
#: One C-level getter per row width (57-column rows get an empty SOURCEURL appended first).
_GETTERS = {cols: operator.itemgetter(*(cols.index(c) for c in _USED)) for cols in (COLUMNS_V2, COLUMNS_V1)}


def parse_row(fields: list[str]) -> GdeltEvent:
    """Return the `GdeltEvent` of one tab-split row of either version, or raise `BadRow` saying why.

    Examples
    --------
    >>> row = [""] * 61
    >>> row[0], row[1], row[5], row[7], row[15], row[17], row[25], row[26] = (
    ...     "1", "20241018", "PRKMIL", "PRK", "RUS", "RUS", "1", "150")
    >>> e = parse_row(row)
    >>> e.date, e.actor1.country, e.code, e.root
    ('2024-10-18', 'PRK', '150', True)
    >>> parse_row(row[:40])
    Traceback (most recent call last):
    ...
    actorgraph.gdelt.BadRow: 40 columns: a GDELT 2.0 export has 61, a 1.0 daily file 57 or 58
    """
    columns = columns_for(len(fields))
    if columns is None:
        raise BadRow(f"{len(fields)} columns: a GDELT 2.0 export has 61, a 1.0 daily file 57 or 58")
    if len(columns) < len(COLUMNS_V1):
        fields, columns = [*fields, ""], COLUMNS_V1
    event_id, date, root, code, goldstein, mentions, sources, articles, tone, *rest = _GETTERS[columns](fields)
    actor1, actor2 = _actor(1, *rest[0:5]), _actor(2, *rest[5:10])
    if not _CAMEO_EVENT.match(code):
        raise BadRow(f"EventCode {code!r} is not a CAMEO event code (01 to 20, then up to two digits)")
    if not event_id.isdigit():
        raise BadRow(f"GLOBALEVENTID {event_id!r} is not a number")
    return GdeltEvent(
        event_id=event_id,
        date=_iso_date(date, "SQLDATE"),
        actor1=actor1,
        actor2=actor2,
        code=code,
        root=root == "1",
        goldstein=_number(goldstein, "GoldsteinScale"),
        num_mentions=_number(mentions, "NumMentions", int),
        num_sources=_number(sources, "NumSources", int),
        num_articles=_number(articles, "NumArticles", int),
        tone=_number(tone, "AvgTone"),
        geo=_geo(*rest[10:17]),
        date_added=_date_added(rest[17]),
        url=rest[18] or None,
    )


def read_lines(path: str) -> Iterator[str]:
    """Yield the text lines of a GDELT file, unpacked as it is read: plain, ``.zip`` (its one member), ``.gz``, or ``-``.

    Bytes that are not UTF-8 become U+FFFD (GDELT's URLs are sometimes Latin-1), so one bad byte
    never stops a file.
    """
    try:
        if path == "-":
            yield from io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="")
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    with archive.open(name) as member:
                        yield from io.TextIOWrapper(member, encoding="utf-8", errors="replace", newline="")
        else:
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8", errors="replace", newline="") as f:
                yield from f
    except (OSError, zipfile.BadZipFile, EOFError) as e:
        raise InputError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None


@dataclasses.dataclass
class GdeltStats:
    """What a GDELT read did: rows read, events kept, and rows left out by reason."""

    rows: int = 0
    events: int = 0
    bad: int = 0
    filtered: int = 0
    unmapped: int = 0
    same_actor: int = 0
    repeated: int = 0

    def __str__(self):
        return (
            f"read {self.rows:,} GDELT rows: {self.events:,} events kept; left out {self.bad:,} bad rows, "
            f"{self.filtered:,} filtered, {self.unmapped:,} with a code no relation stands for, "
            f"{self.same_actor:,} between one actor and itself, {self.repeated:,} repeated event ids"
        )


# Code tables ---------------------------------------------------------------------------------


@functools.cache
def _code_table() -> dict[str, dict]:
    """Return ``{CAMEO event code: record}`` of ``data/cameo_codes.jsonl``, or ``{}`` while it does not exist."""
    if not data_file("cameo_codes.jsonl").is_file():
        return {}
    return {r["code"]: r for r in read_jsonl("cameo_codes.jsonl")}


@functools.cache
def _root_relations() -> dict[str, str]:
    """Return ``{CAMEO root: relation}`` for the roots exactly one action relation of the registry stands for.

    A root that two relations share (01: denies and confirms; 13: warns and threatens) is left out:
    only the full codes of ``cameo_codes.jsonl`` can tell them apart.
    """
    by_root = {}
    for rel in relation_types().values():
        if rel.cameo and not rel.affiliation:
            by_root.setdefault(rel.cameo, []).append(rel.name)
    return {root: names[0] for root, names in by_root.items() if len(names) == 1}


def event_relation(code: str) -> tuple[str | None, str | None]:
    """Return ``(relation, plover)`` of a CAMEO event code, or ``(None, None)`` when no relation stands for it.

    Reads ``data/cameo_codes.jsonl`` (one record per CAMEO code) when it is there: the code, else
    its three-digit base, else its root. Without it, the root's relation of the registry (see
    `_root_relations`).

    Examples
    --------
    >>> event_relation("190")[0], event_relation("0874"), event_relation("010")
    ('attacks', ('withdraws', 'RETREAT'), (None, None))
    """
    table = _code_table()
    if table:
        record = next((table[key] for key in (code, code[:3], code[:2]) if key in table), None)
        if record is None or record["relation"] not in relation_types():  # null, or not in this registry yet
            return None, None
        return record["relation"], record["plover"]
    relation = _root_relations().get(code[:2])
    return (relation, relation_types()[relation].plover) if relation else (None, None)


@functools.cache
def country_codes() -> dict[str, str]:
    """Return ``{CAMEO country code: state id}`` (``PRK`` → ``north-korea``), from ``data/cameo_countries.jsonl``.

    Examples
    --------
    >>> country_codes()["PRK"], country_codes()["KSV"]
    ('north-korea', 'kosovo')
    """
    return {r["cameo"]: r["id"] for r in read_jsonl("cameo_countries.jsonl")}


@functools.cache
def _actor_codes() -> dict[str, str]:
    """Return ``{full CAMEO actor code: id}`` of the gazetteer actors a code names alone (``IGOWSTNAT`` → ``nato``).

    A code shared by several actors that belong to nobody (``IMG``, any militant group) names a
    kind, not an actor, and is left out; among the UN and its bodies (``IGOUNO``) the UN, which
    belongs to nobody, wins. Codes of a state and a role (``CHNGOV``) are left to `_resolve`'s
    state rule: they name a sector, and many agencies and leaders carry the same one.
    """
    by_code = {}
    for record in registry().values():
        code = record.get("cameo")
        if code and code[:3] not in country_codes():
            by_code.setdefault(code, []).append(record)
    found = {}
    for code, records in by_code.items():
        top = [r for r in records if r.get("affiliation") is None] or records
        if len(top) == 1:
            found[code] = top[0]["id"]
    return found


#: Actor roles that are the state itself in actorgraph ("North Korean troops" are North Korea).
STATE_ROLES = frozenset({"", "GOV", "MIL"})


@functools.lru_cache(maxsize=65536)
def _resolve(actor: GdeltActor) -> tuple[str, str, str | None]:
    """Return ``(id, type, affiliation)`` of a GDELT actor, on the extractor's ids where it has them (cached)."""
    state = country_codes().get(actor.country) or country_codes().get(actor.code[:3])
    if state and actor.code[3:6] in STATE_ROLES:  # before the registry: its PRKMIL is an agency of the state
        return state, "state", None
    if actor.code in _actor_codes():
        record = registry()[_actor_codes()[actor.code]]
        return record["id"], record["type"], record["affiliation"]
    if state and sector_actor(state, actor.code[3:6]):  # UKRCVL: the extractor's "Ukrainian civilians"
        return sector_actor(state, actor.code[3:6]), "group", state
    if state:
        return f"{state}-{slug(actor.code[3:])}", "other", state
    return f"cameo-{slug(actor.code)}", "other", None


# Reading -------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Filters:
    """Which events to keep: root events only, events with one of `countries`, and a date range."""

    root_only: bool = False
    countries: frozenset[str] = frozenset()
    since: str | None = None
    until: str | None = None

    def keep(self, e: GdeltEvent) -> bool:
        """True when event `e` passes every filter."""
        if self.root_only and not e.root:
            return False
        if self.countries and not ({e.actor1.country, e.actor2.country} & self.countries):
            return False
        return not ((self.since and e.date < self.since) or (self.until and e.date > self.until))


def check_countries(codes: Iterable[str]) -> frozenset[str]:
    """Return the CAMEO country codes of `codes` (codes in any case, or state ids), or raise `UnknownNameError`.

    Examples
    --------
    >>> sorted(check_countries(["prk", "RUS", "south-korea"]))
    ['KOR', 'PRK', 'RUS']
    """
    by_id = {state: code for code, state in country_codes().items()}
    found = set()
    for given in (c.strip() for c in codes):
        code = by_id.get(given.lower(), given.upper())
        if code not in country_codes():
            raise UnknownNameError("country", given, ["a CAMEO country code such as PRK, RUS, UKR, USA, or a state id"])
        found.add(code)
    return frozenset(found)


#: Bad rows warned about one by one; the rest are counted in one warning.
MAX_WARNINGS = 50


def read_events(
    paths: Iterable[str],
    *,
    filters: Filters = Filters(),
    strict: bool = False,
    warn: Callable[[str], None] | None = None,
    stats: GdeltStats | None = None,
    max_warnings: int | None = MAX_WARNINGS,
) -> Iterator[GdeltEvent]:
    """Yield the events of GDELT files one at a time, each file read as it is unpacked.

    A bad row is passed to `warn` as ``path:line: why`` and left out, or with `strict` raises
    `InputError`; past `max_warnings` bad rows, one last warning counts the rest. Events are kept
    once per ``GLOBALEVENTID`` across files. `stats` counts what was read and why rows were left out.
    """
    stats = stats if stats is not None else GdeltStats()
    seen = set()
    for path in paths:
        for number, line in enumerate(read_lines(str(path)), 1):
            line = line.rstrip("\r\n")
            if not line:
                continue
            stats.rows += 1
            try:
                event = parse_row(line.split("\t"))
            except BadRow as e:
                stats.bad += 1
                if strict:
                    raise InputError(f"{path}:{number}: {e}") from None
                if warn and (max_warnings is None or stats.bad <= max_warnings):
                    warn(f"{path}:{number}: {e}")
                continue
            if event.event_id in seen:
                stats.repeated += 1
                continue
            seen.add(event.event_id)
            if not filters.keep(event):
                stats.filtered += 1
                continue
            yield event
    if warn and max_warnings is not None and stats.bad > max_warnings:
        warn(f"{stats.bad - max_warnings:,} more bad rows left out (not shown; --strict stops at the first)")


# Assembly ------------------------------------------------------------------------------------


def _article(e: GdeltEvent) -> dict:
    """Return the article record of an event's source: its URL's hash names it (GDELT has no text)."""
    key = e.url or f"gdelt-event-{e.event_id}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return {
        "id": f"gdelt-{digest[:16]}",
        "title": None,
        "date": (e.date_added or e.date)[:10],
        "source": urllib.parse.urlsplit(e.url).hostname if e.url else None,
        "url": e.url,
        "sha256": digest,
    }


def _sentence(e: GdeltEvent) -> str:
    """Return the line that stands for an event's sentence: GDELT keeps codes and names, not text."""
    name = _code_table().get(e.code, {}).get("name")
    action = f"{e.code} {name}" if name else e.code
    return f"GDELT event {e.event_id}: {e.actor1.name or e.actor1.code} [{action}] {e.actor2.name or e.actor2.code}"


def _label(node_id, actor, affiliation):
    """Return the label of a new node: the gazetteer's, else the state and role code, else the name and code."""
    if node_id in registry():
        return registry()[node_id]["label"]
    if affiliation in registry():
        return f"{registry()[affiliation]['label']} {actor.code[3:]}"
    return f"{actor.name.title()} ({actor.code})" if actor.name and actor.name != actor.code else actor.code


class _Assembly:
    """Nodes, edges and articles of the events seen so far, as the graph file will hold them."""

    def __init__(self):
        self.nodes, self.edges, self.articles, self.in_article, self.by_url = {}, {}, {}, {}, {}

    def node(self, actor, resolved, article):
        node_id, kind, affiliation = resolved
        record = self.nodes.get(node_id)
        if record is None:
            label = _label(node_id, actor, affiliation)
            record = self.nodes[node_id] = {
                "label": label,
                "type": kind,
                "aliases": {},
                "mentions": 0,
                "articles": {},
                "affiliation": affiliation,
            }
        if actor.name:
            record["aliases"][actor.name] = None
        record["mentions"] += 1
        record["articles"][article] = None

    def add(self, e: GdeltEvent, stats: GdeltStats) -> None:
        """Add event `e` as evidence of its edge, or count why it makes none."""
        relation, plover = event_relation(e.code)
        if relation is None:
            stats.unmapped += 1
            return
        (u, *_), (v, *_) = ends = _resolve(e.actor1), _resolve(e.actor2)
        if u == v:
            stats.same_actor += 1
            return
        key = (u, v, relation)
        if relation_types()[relation].symmetric and (v, u, relation) in self.edges:
            key = (v, u, relation)
        article = self.by_url.get(e.url) if e.url else None
        if article is None:
            record = _article(e)
            article = self.by_url[e.url or record["id"]] = record["id"]
            self.articles[article] = record
        for actor, resolved in zip((e.actor1, e.actor2), ends):
            self.node(actor, resolved, article)
        ordinal = self.in_article[article] = self.in_article.get(article, -1) + 1
        self.edges.setdefault(key, []).append(_evidence(e, article, ordinal, plover))
        stats.events += 1

    def graph(self, snapshot=None):
        """Return the MultiDiGraph of what was added."""
        G = new_graph(articles=sorted(self.articles.values(), key=lambda a: (a["date"], a["id"])), snapshot=snapshot)
        G.graph["model"] = "GDELT event data"
        for node_id, record in self.nodes.items():
            G.add_node(node_id, **{**record, "aliases": list(record["aliases"]), "articles": list(record["articles"])})
        edges = {key: _edge_attributes(key[2], evidence) for key, evidence in self.edges.items()}
        mark_contested(edges)  # the articles' rule: one of its actors denies the other in a report of it
        for (u, v, relation), attrs in edges.items():
            G.add_edge(u, v, key=relation, **attrs)
        return G


def _edge_attributes(relation: str, evidence: list[dict]) -> dict:
    """Return an edge's attributes from its evidence records, put in date order."""
    evidence.sort(key=lambda ev: (ev["date"], ev["article"], ev["start"]))
    info = relation_types()[relation]
    return {
        "relation": relation,
        **count_evidence(evidence),
        "first_seen": evidence[0]["date"],
        "last_seen": evidence[-1]["date"],
        "cameo": info.cameo,
        "plover": info.plover,
        "contested": False,
        "evidence": evidence,
    }


def _evidence(e: GdeltEvent, article: str, ordinal: int, plover: str | None) -> dict:
    """Return the evidence record of an event; `ordinal`, its number within its article, stands for an offset."""
    return {
        "article": article,
        "date": e.date,
        "sentence": _sentence(e),
        "start": ordinal,
        "end": ordinal,
        "said_by": None,
        "modality": "asserted",
        "quantity": None,
        "location": e.geo["name"] if e.geo else None,
        "trigger": e.code,
        "event_id": e.event_id,
        "url": e.url,
        "cameo": e.code,
        "plover": plover,
        "date_added": e.date_added,
        "goldstein": e.goldstein,
        "tone": e.tone,
        "num_mentions": e.num_mentions,
        "num_sources": e.num_sources,
        "num_articles": e.num_articles,
        "root_event": e.root,
        "geo": e.geo,
    }


def gdelt_graph(
    paths: Iterable[str],
    *,
    filters: Filters = Filters(),
    strict: bool = False,
    warn: Callable[[str], None] | None = None,
    stats: GdeltStats | None = None,
    snapshot: str | None = None,
    max_warnings: int | None = MAX_WARNINGS,
):
    """Return the actorgraph MultiDiGraph of the events of GDELT files (see `read_events`).

    Each event whose code a relation stands for (`event_relation`) is one evidence record of the
    edge between its two actors; events between one actor and itself (``USAGOV`` and ``USAMIL``
    are both the United States) make no edge, as in articles.

    Examples
    --------
    >>> import tempfile, os
    >>> row = [""] * 61
    >>> row[0], row[1], row[5], row[6], row[7], row[15], row[16], row[17] = (
    ...     "7", "20241018", "PRKMIL", "NORTH KOREA", "PRK", "RUS", "RUSSIA", "RUS")
    >>> row[25], row[26], row[59], row[60] = "1", "190", "20241018120000", "https://example.org/a"
    >>> path = os.path.join(tempfile.mkdtemp(), "events.csv")
    >>> _ = open(path, "w").write("\\t".join(row) + "\\n")
    >>> G = gdelt_graph([path])
    >>> list(G.edges(keys=True)), G.nodes["north-korea"]["label"]
    ([('north-korea', 'russia', 'attacks')], 'North Korea')
    """
    stats = stats if stats is not None else GdeltStats()
    assembly = _Assembly()
    for event in read_events(paths, filters=filters, strict=strict, warn=warn, stats=stats, max_warnings=max_warnings):
        assembly.add(event, stats)
    return assembly.graph(snapshot)
