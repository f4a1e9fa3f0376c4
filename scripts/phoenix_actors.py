"""Turn the Phoenix actor dictionaries into actorgraph's records: state names, bodies, groups, dated leaders.

Used by ``scripts/build_gazetteer.py``. The dictionaries are upper case and code actors as CAMEO
codes (``USAGOV``, ``IGOUNO``, ``SYRREB``); this module maps the codes to actorgraph's ids and
returns candidates the build script filters by its usual rules (one id per string, one label per
string, exclusions), so a Phoenix name never takes a string the country packages or the overlay
already give to an actor.
"""

import collections
import re

import pycountry

__all__ = [
    "AGENCY_SECTORS",
    "SECTOR_ACTORS",
    "state_codes",
    "state_candidates",
    "institution_candidates",
    "organisation_candidates",
    "first_names",
    "is_person_name",
    "group_people",
    "organisation_record",
    "organisation_records",
    "name_key",
    "leader_records",
    "sector_records",
    "territory_records",
    "proper_case",
    "stems",
]

#: Sectors whose people are actors of their own, affiliated to their state (id suffix, label noun):
#: Phoenix.agents.txt's non-state sectors (rebels and insurgents, unaffiliated armed groups,
#: radicals, criminals, opposition, civilians, refugees).
SECTOR_ACTORS = {
    "REB": ("rebels", "rebels"),
    "OPP": ("opposition", "opposition"),
    "CVL": ("civilians", "civilians"),
    "REF": ("refugees", "refugees"),
    "UAF": ("militants", "militants"),
    "RAD": ("radicals", "radicals"),
    "CRM": ("criminals", "criminals"),
}

#: The CAMEO sector of each agency kind (an agency's code is its state's code and this).
AGENCY_SECTORS = {
    "presidential_office": "GOV",
    "government": "GOV",
    "foreign": "GOV",
    "defence": "MIL",
    "military": "MIL",
    "intelligence": "SPY",
    "security": "SPY",
    "law_enforcement": "COP",
    "legislature": "LEG",
    "state_media": "MED",
}
#: Institutions of the Countries dictionary ("AFGHAN NATIONAL ARMY" [AFGMIL]) by sector -> agency kind.
INSTITUTION_KINDS = {"MIL": "military", "GOV": "government", "SPY": "intelligence", "COP": "law_enforcement"}
#: Lower-case words of names that stay so inside a name ("Bank of England", "Bashar al-Assad").
PARTICLES = frozenset("of the and for in on at to de du des la le el al bin ibn van von der den y e da".split())
#: Words that make a dictionary synonym of a person a government, not the person ("Bush administration").
NOT_A_PERSON = frozenset({"ADMINISTRATION", "GOVERNMENT", "REGIME", "CABINET", "ERA", "FAMILY"})
#: Code prefixes of the International file's bodies (intergovernmental and non-governmental).
BODY_CODES = ("IGO", "NGO")
#: Extra CAMEO codes the dictionaries use for states without an ISO alpha-3 code.
EXTRA_CODES = {"XK": "KSV"}
_VOWELS = set("AEIOUY")


def state_codes(states):
    """Return ``{CAMEO state code: state id}``: ISO 3166-1 alpha-3 codes, as Phoenix uses them."""
    codes = {}
    for s in states:
        country = pycountry.countries.get(alpha_2=s["iso2"])
        code = EXTRA_CODES.get(s["iso2"]) or (country.alpha_3 if country else None)
        if code:
            codes[code] = s["id"]
    return codes


def is_acronym(word):
    """True for a word written in capitals in English copy: with full stops, or without vowels ("DPRK")."""
    letters = word.replace(".", "").replace("-", "")
    return "." in word or (letters.isalpha() and not _VOWELS & set(letters))


def proper_case(name):
    """Return a dictionary name as English copy writes it.

    >>> proper_case("BOSNIA AND HERZEGOVINA"), proper_case("U.N. SECURITY COUNCIL"), proper_case("DPRK")
    ('Bosnia and Herzegovina', 'U.N. Security Council', 'DPRK')
    >>> proper_case("BASHAR AL-ASSAD"), proper_case("AL-QAIDA"), proper_case("AL ANBAR")
    ('Bashar al-Assad', 'Al-Qaida', 'Al Anbar')
    """
    words = []
    for i, word in enumerate(name.split()):
        if is_acronym(word):
            words.append(word)
        elif i and word.lower() in PARTICLES:
            words.append(word.lower())
        else:
            parts = word.split("-")
            words.append("-".join(_part_case(p, i and j == 0 and len(parts) > 1) for j, p in enumerate(parts)))
    return " ".join(words)


def _part_case(part, particle_place):
    """Return one hyphen-separated part of a word cased: "AL" in "BASHAR AL-ASSAD" stays a particle
    (`particle_place`: the part opens a hyphenated word inside a name)."""
    if not particle_place or part.lower() not in PARTICLES:
        return part[:1].upper() + part[1:].lower()
    return part.lower()


def stems(state):
    """Return the four-letter stems of a state's names: a synonym sharing one names the state."""
    words = {w for n in state["names"] | state["demonyms"] for w in re.split(r"[\s-]+", n.upper()) if len(w) >= 4}
    return {w[:4] for w in words}


def _synonym_label(name, state, stems):
    """Return STATE, DEMONYM or PLACE for one synonym of a state's entry (see `state_candidates`)."""
    words = name.split()
    if all(is_acronym(w) for w in words):
        return "STATE"
    if len(words) == 1 and re.search(r"(AN|IAN|EAN|ESE|ISH|I|IC|ER|MAN|WOMAN)S?$", name) and not name.endswith("STAN"):
        return "DEMONYM" if name[:4] in stems else "PLACE"
    return "STATE" if any(w[:4] in stems for w in words) else "PLACE"


def state_candidates(entries, codes, states):
    """Yield (label, string, id) from the states' own entries of ``Phoenix.Countries.actors.txt``.

    An entry coded with a bare state code (``[AFG]``, perhaps after dated codes of a state it
    was part of) lists the state's names, demonyms and
    places together; a synonym is a STATE name if it is an acronym or shares a four-letter stem
    with the state's known names ("BOSNIA"), a DEMONYM if it also has a demonym's ending
    ("BOSNIANS"), and otherwise a PLACE of the state (cities and provinces: "HELMAND").
    """
    by_id = {s["id"]: s for s in states}
    for entry in entries:
        bare = {r.code for r in entry.roles if r.code in codes}  # "[MKD >920115]" after "[YUGMKD <910908]"
        if len(bare) != 1:
            continue
        state = by_id[codes[bare.pop()]]
        known = stems(state)
        for name in entry.names:
            yield _synonym_label(name, state, known), proper_case(name), state["id"]


#: The last word of a territory's synonym that makes it its people's name ("GREENLANDER", "NIUEAN").
_PEOPLE = re.compile(r"(AN|ESE|ISH|ER|AIS|IEN)S?$")


def territory_records(entries, codes, states):
    """Return the dependent territories the Countries file codes as part of a state.

    An entry with one undated code of a state's code and an ISO alpha-3 code out of scope
    (``GREENLAND [DNKGRL]``, ``PUERTO RICO [USAPRI]``) is a territory of that state:
    ``{"code", "sovereign", "names"}`` with alpha-2 codes, its names as copy writes them without
    its people's names ("GREENLANDER"), inverted forms ("VIRGIN ISLANDS, U.S.") and names with
    abbreviations or short fragments ("ST. HELENA", "US GU"); a name two territories share
    ("VIRGIN ISLANDS") is left out.

    >>> from openeventdata import Entry, Role
    >>> entry = Entry(["GREENLAND", "GREENLANDER", "KALAALLIT NUNAAT"], [Role("DNKGRL", None, None)])
    >>> territory_records([entry], {"DNK": "denmark"}, [{"id": "denmark", "iso2": "DK"}])
    [{'code': 'GL', 'sovereign': 'DK', 'names': ['Greenland', 'Kalaallit Nunaat']}]
    """
    iso2 = {s["id"]: s["iso2"] for s in states}
    found = []
    for entry in entries:
        role = entry.roles[0] if len(entry.roles) == 1 else None
        if not role or role.start or role.end or len(role.code) != 6 or role.code[:3] not in codes:
            continue
        country = pycountry.countries.get(alpha_3=role.code[3:])
        if country and country.alpha_2 not in iso2.values():
            names = [n for n in entry.names if "," not in n and not _PEOPLE.search(n)]
            names = [n for n in names if all(len(w) > 2 and re.fullmatch(r"[A-Z][A-Z'-]*", w) for w in n.split())]
            found.append((country.alpha_2, iso2[codes[role.code[:3]]], [proper_case(n) for n in names]))
    shared = collections.Counter(n for _, _, names in found for n in set(names))
    return [
        {"code": code, "sovereign": sovereign, "names": [n for n in dict.fromkeys(names) if shared[n] == 1]}
        for code, sovereign, names in found
    ]


def institution_candidates(entries, codes, states, titles=frozenset()):
    """Yield (kind, string, state id) for undated state institutions ("AFGHAN NATIONAL ARMY" [AFGMIL]).

    Only names that name their state are kept ("Afghan National Army", not "National Security
    Council", which many states have). Names with a title word in them ("AMERICAN PRESIDENT",
    "WHITE HOUSE OFFICIAL") are people's titles, not institutions, and are skipped (`titles`
    holds the lower-case title words).
    """
    known = {s["id"]: stems(s) for s in states}
    for entry in entries:
        if len(entry.roles) != 1 or entry.roles[0].start or entry.roles[0].end:
            continue
        code = entry.roles[0].code
        kind = INSTITUTION_KINDS.get(code[3:])
        if len(code) == 6 and code[:3] in codes and kind:
            state = codes[code[:3]]
            for name in entry.names:
                words = name.removeprefix("THE ").split()
                if len(words) > 1 and not titles & {w.lower() for w in words}:
                    if any(w[:4] in known[state] for w in words):
                        yield kind, proper_case(" ".join(words)), state


def _bodies(entries, prefixes):
    """Return ``[(code, names)]`` of organisation entries with one undated code under `prefixes`."""
    found = []
    for entry in entries:
        role = entry.roles[0] if len(entry.roles) == 1 else None
        if role and role.code.startswith(prefixes) and not (role.start or role.end):
            if _looks_like_organisation(entry.names[0]):
                found.append((role.code, entry.names))
    return found


#: Words that show an International entry names a body, not a person.
ORG_WORDS = frozenset(
    "UNITED NATIONS ORGANIZATION ORGANISATION COUNCIL COMMISSION AGENCY FUND BANK COURT TRIBUNAL UNION "
    "ASSOCIATION COMMITTEE PROGRAM PROGRAMME OFFICE INSTITUTE FOUNDATION CROSS CRESCENT LEAGUE FORUM "
    "FEDERATION MOVEMENT COMMUNITY ASSEMBLY PARLIAMENT SECRETARIAT MISSION WATCH INTERNATIONAL CENTRE CENTER "
    "FRONT ARMY BRIGADE BRIGADES PARTY GROUP NETWORK ALLIANCE CONFERENCE PACT TREATY AUTHORITY BOARD".split()
)


def _looks_like_organisation(name):
    words = name.split()
    return bool(ORG_WORDS & set(words)) or (len(words) == 1 and len(words[0]) <= 6)


def organisation_candidates(international, milnonstate, person=None):
    """Return ``[(code, names)]``: the bodies of the International file and every armed group.

    `person` (`is_person_name` with its first names bound) keeps people out of the groups: the
    armed-group dictionary files leaders under their group ("HASSAN NASRALLAH" under Hezbollah)
    or as entries of their own coded as it (``OSAMA_BIN_LADEN [IMGMUSALQ]``); `group_people`
    makes them people of that group.
    """
    groups, persons = [], person_entries(milnonstate, person) if person else set()
    for entry in milnonstate:
        if entry.roles and id(entry) not in persons:
            own = person and is_person_entry_name(entry, person)
            forms = {f for p in _people_of(entry, person) for f in p} if person and not own else set()
            groups.append((entry.roles[0].code, [n for n in entry.names if n not in forms]))
    return _bodies(international, BODY_CODES) + groups


def person_entries(entries, person):
    """Return the ``id()`` of the armed-group entries that are a person coded as a group
    (``OSAMA_BIN_LADEN [IMGMUSALQ]``): the entry's own name is a person's and exactly one entry
    that is no person's has its code. A group named after a person ("ABU SAYYAF" [IMGSEAMUS],
    a code many groups share) stays a group."""
    groups = collections.defaultdict(set)
    for e in entries:
        if e.roles and not is_person_entry_name(e, person):
            groups[e.roles[0].code].add(e.names[0])
    return {
        id(e)
        for e in entries
        if e.roles and is_person_entry_name(e, person) and len(groups.get(e.roles[0].code, ())) == 1
    }


#: Words of a dictionary name, besides `ORG_WORDS` and the agent nouns, that make it a group's
#: ("BADR FORCES", "ZIAD AL JARRAH BATTALION", "CHARLES MARTEL CLUB").
GROUP_WORDS = frozenset("FORCES FORCE BATTALION BATTALIONS COMMANDO COMMANDOS COMMAND CLUB CELL MILITIA".split())
#: The fewest people of the Countries dictionary a first word must open the names of to mark a person.
FIRST_NAME_PEOPLE = 3


def first_names(leaders, states):
    """Return the upper-case words that open the names of at least `FIRST_NAME_PEOPLE` of the
    dictionaries' people ("HASSAN", "JOSEPH"), without particles and words of states' names ("SYRIAN")."""
    counts = collections.Counter(p["label"].split()[0].upper() for p in leaders if " " in p["label"])
    state_words = {w.upper() for s in states for n in s["names"] | s["demonyms"] for w in re.split(r"[\s-]+", n)}
    return (
        frozenset(w for w, n in counts.items() if n >= FIRST_NAME_PEOPLE and w.lower() not in PARTICLES) - state_words
    )


def is_person_name(name, first, group_words=frozenset()):
    """True for a dictionary name that is a person's: two words or more, the first a first name of
    the dictionaries' people (`first`), none a word of a group's name (`ORG_WORDS`, `GROUP_WORDS`,
    `group_words`: the agent nouns).

    >>> first = frozenset({"HASSAN", "JOSEPH"})
    >>> is_person_name("HASSAN NASRALLAH", first), is_person_name("JOSEPH KONY", first)
    (True, True)
    >>> is_person_name("HEZBOLLAH", first), is_person_name("HASSAN BRIGADES", first)
    (False, False)
    """
    words = set(name.replace("-", " ").split())
    return len(words) >= 2 and name.split()[0] in first and not words & (ORG_WORDS | GROUP_WORDS | group_words)


def is_person_entry_name(entry, person):
    """True when an entry's own name is a person's: a person name, or one with the surname of a
    person name of the entry ("OSAMA BIN LADEN" beside "USAMA BIN LADEN")."""
    own = entry.names[0]
    return person(own) or (not _groupish(own) and any(_surname(n) == _surname(own) for n in entry.names if person(n)))


def _surname(name):
    """Return a person name's last word without its Arabic article ("AL-ZARQAWI" -> "ZARQAWI")."""
    return re.sub(r"^(AL|EL)-", "", name.split()[-1])


#: Honorifics that open a person's name in the dictionaries ("SHEIKH HASSAN NASRALLAH").
HONORIFICS = frozenset("SHEIKH SHEIK SHAYKH SAYYED SAYYID SEYYED MULLAH IMAM EMIR".split())


def _name_words(name):
    """Return the words that tell one person from another: no honorific, particle or Arabic article, and
    doubled letters single ("SHEIKH HASSAN NASRALLAH" -> {"HASAN", "NASRALAH"})."""
    words = re.split(r"[\s-]+", name)
    return frozenset(
        re.sub(r"(.)\1", r"\1", w) for w in words if w not in HONORIFICS and w.lower() not in PARTICLES and w
    )


def _people_of(entry, person):
    """Return the people an armed-group entry lists, each a list of its name forms, the first its label.

    An entry whose own name is a person's is that person ("OSAMA BIN LADEN", "BIN LADEN"). In a
    group's entry, a person is a person name (`person`) or a name with the surname of one
    ("SAYYED NASRALLAH", "ZARQAWI"); names whose words (`_name_words`) are the same or fewer than
    one fullest name's are its forms ("HASAN NASRALLAH", "SHEIKH HASSAN NASRALLAH"), and a name that
    fits two ("AL-BAGHDADI": Abu Bakr or Abu Omar) is left out.
    """
    if is_person_entry_name(entry, person):
        return [[n for n in entry.names if person(n) or not ORG_WORDS & set(n.split())]]
    surnames = {_surname(n) for n in entry.names if person(n)}
    names = [n for n in dict.fromkeys(entry.names) if person(n) or (_surname(n) in surnames and not _groupish(n))]
    words = {n: _name_words(n) for n in names}
    fullest = [n for n in names if not any(words[n] < words[o] for o in names)]
    people = {}
    for n in fullest:
        people.setdefault(words[n], []).append(n)
    for n in names:
        found = [w for w in people if words[n] < w]
        if len(found) == 1:
            people[found[0]].append(n)
    return list(people.values())


def _groupish(name):
    """True for a name with a word of a group's name ("ZIAD AL JARRAH BATTALION")."""
    return bool(set(name.replace("-", " ").split()) & (ORG_WORDS | GROUP_WORDS))


def group_people(milnonstate, person, group_of, taken=frozenset()):
    """Return ``(leaders, names)`` of the people the armed-group dictionaries file under a group.

    `group_of(entry)` gives the actor id of the group an entry is, or of the one its code
    names for an entry of a person; each person's role is ``[code, start, end, group]`` from the
    entry's roles, so that the person is typed leader, affiliated to the group. `names` is
    ``{lower-case form: [person ids]}``, as `leader_records` gives; an id in `taken` (the
    other people's) or given already gets a number ("-2"), as there.
    """
    from build_gazetteer import slug

    leaders, names, ids = [], collections.defaultdict(list), set()
    persons = person_entries(milnonstate, person)
    for entry in milnonstate:
        own = is_person_entry_name(entry, person)
        people = _people_of(entry, person) if entry.roles and (id(entry) in persons or not own) else []
        group = group_of(entry) if people else None
        if group is None:
            continue
        roles = [[r.code, r.start, r.end, group] for r in entry.roles]
        for forms in people:
            person_id, n = slug(forms[0]), 1
            while person_id in taken or person_id in ids:
                n += 1
                person_id = f"{slug(forms[0])}-{n}"
            ids.add(person_id)
            leaders.append({"id": person_id, "label": proper_case(forms[0]), "roles": roles})
            for form in dict.fromkeys(forms):
                names[form.lower()].append(leaders[-1]["id"])
    return leaders, names


def name_key(name):
    """Return the form the spellings of one name share: lower case, without a leading "the".

    >>> name_key("The United Nations") == name_key("UNITED NATIONS")
    True
    """
    return name.lower().removeprefix("the ")


def _name_keys(names):
    """Return the `name_key` of every spelling of `names` ("Organisation"/"Organization", "U.N."/"UN")."""
    from build_gazetteer import organisation_spellings

    return [name_key(v) for n in names for v in sorted(organisation_spellings(proper_case(n)))]


def organisation_records(international, milnonstate, codes, known, person=None, lent=None):
    """Return new actor records for bodies and armed groups, and cameo codes for known actors.

    Parameters
    ----------
    international, milnonstate : list of Entry
    codes : dict
        ``{state code: state id}``.
    known : dict
        ``{name key: actor id}`` of the overlay's actors (`name_key` of every spelling); an entry
        sharing a name in any spelling or case joins that actor.
    person : callable, optional
        `is_person_name` with its first names bound: people are no group (`organisation_candidates`).
    lent : dict, optional
        Filled with ``{actor id: names}``: the names of the armed-group entries that join a known
        actor ("AL SHABAAB", "HARAKAT AL-SHABAAB AL-MUJAHIDEEN" for the overlay's al-Shabaab), which
        the build makes its patterns as it does a new group's. Bodies lend none: their synonyms
        include their officers' titles ("WORLD BANK PRESIDENT").

    Returns
    -------
    records : list of dict
        ``{"id", "label", "type", "affiliation", "kind", "names", "cameo", "sector"}``. A body
        (IGO, NGO) sharing a name with an earlier one ("ORGANISATION OF EASTERN CARIBBEAN STATES"
        and "ORGANIZATION OF …") adds its names to that record: one body is one node. Armed
        groups are not joined so: their synonyms include places and generic names ("COLOMBIA",
        "ISLAMIC GROUP") that distinct groups share.
    codes_of_known : dict
        ``{actor id: cameo}`` for overlay actors the dictionaries code.
    """
    records, codes_of_known, taken, made = [], {}, set(known.values()), {}
    for code, names in organisation_candidates(international, milnonstate, person):
        names = list(dict.fromkeys(names))
        keys = _name_keys(names)
        match = next((known[k] for k in keys if k in known), None)
        if match:
            codes_of_known.setdefault(match, code)
            if lent is not None and not code.startswith(BODY_CODES):
                lent.setdefault(match, []).extend(n for n in names if n not in lent[match])
            continue
        earlier = next((made[k] for k in keys if k in made), None) if code.startswith(BODY_CODES) else None
        if earlier:
            earlier["names"] += [n for n in names if n not in earlier["names"]]
            continue
        record = organisation_record(code, names, codes)
        if record and record["id"] not in taken:
            taken.add(record["id"])
            records.append(record)
            made.update(dict.fromkeys(keys, record) if code.startswith(BODY_CODES) else {})
    return records, codes_of_known


def organisation_record(code, names, codes):
    """Return the record of one dictionary organisation, or None when its code says nothing usable."""
    from build_gazetteer import slug

    label = proper_case(next((n for n in names if not is_acronym(n) and len(n) > 6), names[0]).removeprefix("THE "))
    if code.startswith("IGO"):
        kind, affiliation, sector = "alliance", None, None
    elif code.startswith("NGO"):
        kind, affiliation, sector = "other", None, "NGO"
    elif code[:3] in codes:
        kind, affiliation, sector = "group", codes[code[:3]], code[3:6] or "REB"
    else:  # international militant groups ("IMGMUSALQ"): no home state
        kind, affiliation, sector = "other", None, code[3:6] or None
    return {
        "id": slug(label),
        "label": label,
        "type": kind,
        "affiliation": affiliation,
        "kind": None,
        "names": names,
        "cameo": code[:9],
        "sector": sector,
    }


def _person_names(entry):
    """Return the lower-case name forms of a person entry worth matching (two words or more)."""
    names = []
    for name in entry.names:
        words = name.split()
        if NOT_A_PERSON & set(words) or not any(len(w) > 2 for w in words):
            continue
        names.append(name.lower())
    return list(dict.fromkeys(names))


def _affiliation(code, codes, igo_codes):
    """Return the actor id a role's code belongs to: its state, or the longest coded body."""
    if code[:3] in codes:
        return codes[code[:3]]
    return next((igo_codes[code[:n]] for n in range(len(code), 2, -1) if code[:n] in igo_codes), None)


def leader_records(entries, codes, igo_codes):
    """Return ``(leaders, names)``: people with dated roles, and ``{lower-case name: [person ids]}``.

    A person is an entry with at least one dated role whose code belongs to a known state or
    body. Each role is ``[code, start, end, affiliation]``; one-word names ("MERKEL") are kept
    only as the dictionary lists them, and a name two people share lists both (dates decide).
    """
    from build_gazetteer import slug

    leaders, names, ids = [], collections.defaultdict(list), collections.Counter()
    for entry in entries:
        if any(r.code in codes for r in entry.roles) or not any((r.start or r.end) for r in entry.roles):
            continue  # a person has a dated role; a bare state code (``[BIH]``) marks the state's own entry
        roles = [
            [r.code, r.start, r.end, _affiliation(r.code, codes, igo_codes)]
            for r in entry.roles
            if _affiliation(r.code, codes, igo_codes)
        ]
        forms = _person_names(entry)
        if not roles or not forms:
            continue
        base = slug(entry.names[0])
        ids[base] += 1
        person = base if ids[base] == 1 else f"{base}-{ids[base]}"
        leaders.append({"id": person, "label": proper_case(entry.names[0]), "roles": roles})
        for form in forms:
            names[form].append(person)
    return leaders, names


def sector_records(states, demonym_of, codes_by_id):
    """Return the sector actors of every state and of no known state.

    A state's is ``syria-rebels`` "Syrian rebels" (``SYRREB``); one whose home state the text
    does not give is the sector alone: ``rebels`` "rebels", CAMEO code the bare sector (``REB``,
    as PETRARCH codes an agent of no known country; the graph file's codes have no dashes).
    """
    rows = [
        {
            "id": suffix,
            "label": noun,
            "type": "group",
            "affiliation": None,
            "kind": "sector",
            "cameo": sector,
            "sector": sector,
        }
        for sector, (suffix, noun) in SECTOR_ACTORS.items()
    ]
    for s in states:
        for sector, (suffix, noun) in SECTOR_ACTORS.items():
            adjective = demonym_of.get(s["id"])
            label = f"{adjective} {noun}" if adjective else f"{noun.capitalize()} of {s['label']}"
            code = codes_by_id.get(s["id"])
            rows.append(
                {
                    "id": f"{s['id']}-{suffix}",
                    "label": label,
                    "type": "group",
                    "affiliation": s["id"],
                    "kind": "sector",
                    "cameo": f"{code}{sector}" if code else None,
                    "sector": sector,
                }
            )
    return rows
