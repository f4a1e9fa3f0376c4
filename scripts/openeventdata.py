"""Read the PETRARCH2/Phoenix dictionaries: actor entries with dated roles, agent nouns, discards.

Used by ``scripts/build_gazetteer.py`` only; nothing here runs when actorgraph parses text.
The formats are PETRARCH2's (``docs/source/dictionaries.rst`` in openeventdata/petrarch2): an
entry is a line in column one, ``+`` lines are its synonyms, and ``[CODE dates]`` blocks (on the
entry's line or indented below it) are its roles. ``_`` joins words, a trailing ``_`` stops the
word (no suffix), ``#`` starts a comment. Dates are ``YYMMDD`` or ``YYYYMMDD``: ``A-B`` is a range,
``>A`` from A, ``<B`` until B.
"""

import dataclasses
import datetime
import pathlib
import re

__all__ = ["Role", "Entry", "read_actors", "read_agents", "read_discards", "SOURCE"]

#: The folder the dictionaries are read from (see its README for provenance and licences).
SOURCE = pathlib.Path("/work/shared/third-party/openeventdata")

_ROLE = re.compile(r"\[([^\]]*)\]")
#: Two-digit years up to this one are 20YY, later ones 19YY ("080225" is 2008, "320101" 1932).
_CENTURY_PIVOT = 30


@dataclasses.dataclass(frozen=True)
class Role:
    """One ``[CODE dates]`` block: the CAMEO actor code and ISO dates (None where open)."""

    code: str
    start: str | None
    end: str | None


@dataclasses.dataclass
class Entry:
    """One actor entry: its names (first the entry's own) and roles, in file order."""

    names: list
    roles: list


def parse_date(text):
    """Return the ISO date of a ``YYMMDD`` or ``YYYYMMDD`` string, or None if it is no date.

    >>> parse_date("080225"), parse_date("19180101"), parse_date("320101"), parse_date("2004017")
    ('2008-02-25', '1918-01-01', '1932-01-01', None)
    """
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        text = f"{20 if year <= _CENTURY_PIVOT else 19}{text}"
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return None


def parse_role(block):
    """Return the `Role` of one bracketed block's text, or None for an empty or ``---`` one.

    >>> parse_role("KORGOV 080225-130224")
    Role(code='KORGOV', start='2008-02-25', end='2013-02-24')
    >>> parse_role("USAGOV >090120"), parse_role("~MIL")
    (Role(code='USAGOV', start='2009-01-20', end=None), Role(code='MIL', start=None, end=None))
    """
    parts = block.replace("~", "").split()
    if not parts or not re.fullmatch(r"[A-Z]{3,15}", parts[0]):
        return None
    start = end = None
    when = "".join(parts[1:])
    if when.startswith(">"):
        start = parse_date(when[1:])
    elif when.startswith("<"):
        end = parse_date(when[1:])
    elif "-" in when:
        first, _, last = when.partition("-")
        start, end = parse_date(first), parse_date(last)
    return Role(parts[0], start, end)


def clean_name(raw):
    """Return the words of a dictionary phrase ("GEORGE_W._BUSH_" -> "GEORGE W. BUSH"), or None.

    Phrases with PETRARCH macros (``!PERSON!``, ``&SET``) are skipped; bracketed acronyms
    ("(AAIA)") and braced plurals ("{THIEVES}") are dropped.
    """
    raw = re.sub(r"\{[^}]*\}", " ", raw).strip()  # "POLICE {}", "THIEF {THIEVES}": irregular plurals
    if not raw or any(c in raw for c in "!&{}$%*=") or not raw.isascii():
        return None
    text = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ")
    words = text.split()
    return " ".join(words) if words else None


def acronyms(raw):
    """Return the acronyms of four letters or more a phrase gives in brackets (shorter ones name
    too many things: "CAR", "ANA"): "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_" -> ["LTTE"]."""
    return re.findall(r"\(([A-Z][A-Z0-9.\-]{3,9})\)", raw)


def _split_line(line):
    """Return (phrase, role blocks) of one line, its comment dropped."""
    line = line.split("#", 1)[0]
    blocks = _ROLE.findall(line)
    return _ROLE.sub(" ", line).strip(), blocks


def read_actors(path, *, bracketed=False):
    """Return the `Entry` records of one ``.actors.txt`` file, in file order.

    An entry line without roles takes those of the lines indented below it; entries whose
    roles are all unreadable keep an empty list (the caller decides). With `bracketed`, the
    acronyms a name gives in brackets are names too (organisations: "(LTTE)"; the states'
    brackets hold places: "KOREA_(PYONGYANG)").
    """
    found = acronyms if bracketed else (lambda raw: [])
    entries, current = [], None
    for line in pathlib.Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrase, blocks = _split_line(line)
        roles = [r for r in map(parse_role, blocks) if r]
        if line[0] in " \t":
            if current is not None:
                current.roles.extend(roles)
            continue
        if line.startswith("+"):
            if current is not None:
                current.names.extend(n for n in [clean_name(phrase[1:]), *found(phrase)] if n)
                current.roles.extend(roles)
            continue
        name = clean_name(phrase)
        current = Entry(names=[n for n in [name, *found(phrase)] if n], roles=roles)
        entries.append(current)
    return [e for e in entries if e.names]


def read_agents(path):
    """Return ``{agent phrase: sector code}`` of ``Phoenix.agents.txt`` ("SOLDIER" -> "MIL").

    The first sector of an entry wins ("GOVMED" is GOV); phrases with macros are skipped.
    """
    agents = {}
    for line in pathlib.Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        phrase, blocks = _split_line(line)
        roles = [r for r in map(parse_role, blocks) if r]
        name = clean_name(phrase)
        if name and roles and not line.startswith(("+", " ", "\t")):
            agents.setdefault(name, roles[0].code[:3])
    return agents


def read_discards(path):
    """Return the phrases of ``Phoenix.discards.txt``: things that look like actors and are not."""
    found = []
    for line in pathlib.Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        phrase, _ = _split_line(line.lstrip("+"))
        name = clean_name(phrase)
        if name and not name.isdigit() and re.search("[A-Za-z]", name):
            found.append(name)
    return found
