"""Read articles from text files, folders, JSONL files and standard input."""

import dataclasses
import datetime
import functools
import hashlib
import os
import re
import sys
import unicodedata
from pathlib import Path

from .errors import InputError
from .inputs import MAX_ARTICLE_BYTES, capped_lines, open_input, read_capped, shown, stdin_reader, walk

__all__ = [
    "Article",
    "read_articles",
    "count_inputs",
    "parse_text",
    "normalise",
    "boilerplate_spans",
    "TEXT_SUFFIXES",
    "INPUT_FORMATS",
]

TEXT_SUFFIXES = (".txt", ".md")
HEADER_KEYS = ("title", "date", "source", "url")
_HEADER = re.compile(r"^(title|date|source|url|id)\s*:\s*(.*?)\s*$", re.I)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
# Site furniture that carries no reporting. Matched against a whole line.
_BOILERPLATE = re.compile(
    r"^\s*(follow us( on)?|share( this( article)?)?( on)?|read more|related( articles?| stories)?|"
    r"sign up|subscribe|advertisement|click here|all rights reserved|copyright|©|"
    r"\(?(reporting|writing|editing) by)\b.*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\"”’…:)]\s*$")


@dataclasses.dataclass(frozen=True)
class Article:
    """One input article: its text and the metadata the graph file records."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""

    @functools.cached_property
    def sha256(self):
        """Hex sha256 of the normalised text: the identity used to drop duplicates (computed once)."""
        return hashlib.sha256(normalise(self.text).encode("utf-8")).hexdigest()

    def meta(self):
        """Return the article record stored in the graph file's ``articles`` list."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "url": self.url,
            "sha256": self.sha256,
        }


def normalise(text):
    """Return `text` NFKC-normalised with straight quotes and single spaces, for duplicate detection.

    Examples
    --------
    >>> normalise("Seoul \\u2018vows\\u2019  response\\n")
    "Seoul 'vows' response"
    """
    text = unicodedata.normalize("NFKC", text)
    # str.replace, not str.translate: the same result, ten times faster on long texts
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def _valid_date(value):
    """Return `value` if it is an ISO date (YYYY-MM-DD), else None."""
    try:
        return datetime.date.fromisoformat(value.strip()[:10]).isoformat()
    except (ValueError, AttributeError):
        return None


def parse_text(raw, *, id, origin="", default_date=None, path_date=None):
    """Return an `Article` from a text file's contents, reading optional header lines.

    Header lines (``title:``, ``date:``, ``source:``, ``url:``) at the top, ended by a
    blank line, give metadata; without them the date comes from the file name
    (`path_date`) or `default_date`, and the title falls back to the first line.

    Examples
    --------
    >>> a = parse_text("title: Talks\\ndate: 2024-10-21\\n\\nNATO met Seoul.", id="x")
    >>> a.title, a.date, a.text
    ('Talks', '2024-10-21', 'NATO met Seoul.')
    >>> parse_text("Seoul warns Moscow\\nMore text.", id="y", default_date="2024-10-01").title
    'Seoul warns Moscow'
    """
    meta, text = _split_header(raw)
    date = _valid_date(meta.get("date")) or path_date or default_date
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), None)
    return Article(
        id=meta.get("id") or id,
        text=text,
        title=meta.get("title") or first,
        date=date,
        source=meta.get("source"),
        url=meta.get("url"),
        origin=origin,
    )


def _split_header(raw):
    """Return ``(header fields, text)`` of a text file: the header lines count only when a blank line ends them."""
    lines = raw.split("\n")
    meta = {}
    i = 0
    while i < len(lines) and (m := _HEADER.match(lines[i])):
        meta[m.group(1).lower()] = m.group(2) or None
        i += 1
    if meta and i < len(lines) and not lines[i].strip():
        return meta, "\n".join(lines[i + 1 :])
    return {}, raw


def boilerplate_spans(text):
    """Return ``[(start, end)]`` character ranges of `text` that are bylines or site furniture.

    A line is boilerplate when it matches a known phrase ("Follow us on:", "Reporting
    by …"), or when it is a short line after the last real sentence that does not end
    like a sentence (a byline such as a reporter's name). Extraction skips these ranges;
    the text itself is kept so that character offsets stay those of the article.

    Examples
    --------
    >>> t = "Seoul warned Moscow.\\nJane Doe\\nFollow us on:"
    >>> [t[s:e] for s, e in boilerplate_spans(t)]
    ['Jane Doe', 'Follow us on:']
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    spans, trailing = [], True
    for start, line in reversed(lines):
        stripped = line.strip()
        if not stripped:
            continue
        short_tail = trailing and len(stripped.split()) <= 5 and not _SENTENCE_END.search(stripped)
        if _BOILERPLATE.match(stripped) or short_tail:
            spans.append((start, start + len(line)))
        else:
            trailing = False
    return sorted(spans)


def _decode(data, origin):
    """Return `data` decoded as UTF-8 text, or raise InputError saying why it is not."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary file, skipped")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{origin}: not UTF-8 text (byte {e.start}), skipped") from None
    if not text.strip():
        raise InputError(f"{origin}: empty, skipped")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _path_date(path):
    """Return the last ISO date in a path's file or folder names, or None."""
    found = [_valid_date(m) for m in _ISO_DATE.findall(shown(path))]
    found = [d for d in found if d]
    return found[-1] if found else None


class Notice(str):
    """A warning about an article that is read all the same (a bad header date): warned, even under ``--strict``."""


def _bad_date(value, where):
    """Return a `Notice` when `value` is given but is not an ISO date, else None."""
    if value and not _valid_date(value):
        return Notice(f"{where}: date {str(value)[:40]!r} is not a date like 2024-10-18; ignored")
    return None


def _text_article(f, origin, *, id, default_date, path_date=None):
    """Yield the Article of one text input (and a Notice for a bad header date)."""
    raw = _decode(read_capped(f, origin), origin)
    yield from filter(None, [_bad_date(_split_header(raw)[0].get("date"), origin)])
    yield parse_text(raw, id=id, origin=origin, default_date=default_date, path_date=path_date)


def _jsonl_lines(f, origin):
    """Yield ``(number, line or InputError)`` of a JSONL stream, one line at a time (`capped_lines`).

    Numbered as in the decoded text with ``\\r`` and ``\\r\\n`` read as line breaks;
    a line that is not UTF-8, or is over the cap, is an InputError for that line.
    """
    number, blank = 0, True
    for raw in capped_lines(f, origin):
        if raw is None:
            number += 1
            yield number, InputError(f"{origin}:{number}: longer than the {MAX_ARTICLE_BYTES >> 20} MiB cap, skipped")
            continue
        try:
            text = raw.decode("utf-8-sig" if number == 0 else "utf-8")
        except UnicodeDecodeError as e:
            number += 1
            yield number, InputError(f"{origin}:{number}: not UTF-8 text (byte {e.start}), skipped")
            continue
        for line in text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n"):
            number += 1
            blank = blank and not line.strip()
            yield number, line
    if blank:
        raise InputError(f"{origin}: empty, skipped")


def _record(line, where):
    """Return the JSON object of one JSONL line, or an InputError naming the line.

    orjson refuses what would break later: lone surrogates (``"\\ud800"``), nesting
    deeper than 1,024, numbers beyond 64 bits.
    """
    import orjson

    try:
        return orjson.loads(line)
    except (orjson.JSONDecodeError, RecursionError) as e:
        return InputError(f"{where}: not JSON ({str(e).split(':')[0][:80]}), skipped")


def _from_record(record, where, *, default_date, fallback_id):
    """Yield the Article of one JSONL record or CSV row (a dict of fields), or an InputError; a Notice for its date."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield InputError(f"{where}: no 'text' string, skipped")
        return
    fields = {k: (str(record[k]) if record.get(k) not in (None, "") else None) for k in HEADER_KEYS}
    yield from filter(None, [_bad_date(fields["date"], where)])
    fields["date"] = _valid_date(fields["date"]) or default_date
    if not fields["title"]:
        fields["title"] = next((ln.strip() for ln in text.split("\n") if ln.strip()), None)
    article_id = str(record["id"]) if record.get("id") not in (None, "") else fallback_id
    yield Article(id=article_id, text=text.replace("\r\n", "\n"), origin=where, **fields)


def _read_jsonl(lines, origin, default_date, stem):
    """Yield Articles, Notices or InputErrors (one per bad line) from ``(number, line)`` pairs of a JSONL file."""
    for number, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        record = _record(line, where)
        if isinstance(record, InputError):
            yield record
        elif not isinstance(record, dict):
            yield InputError(f"{where}: no 'text' string, skipped")
        else:
            yield from _from_record(record, where, default_date=default_date, fallback_id=f"{stem}-{number}")


def _csv_lines(f, origin):
    """Yield the decoded lines of a CSV file for `csv.reader`; a line over the cap or not UTF-8 ends the file."""
    for number, raw in enumerate(capped_lines(f, origin), 1):
        if raw is None:
            raise InputError(f"{origin}:{number}: line longer than the {MAX_ARTICLE_BYTES >> 20} MiB cap; rest skipped")
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{origin}:{number}: not UTF-8 text (byte {e.start}); rest of the file skipped") from None


def _read_csv(f, origin, default_date, stem, *, delimiter, columns):
    """Yield Articles, Notices or InputErrors of a CSV/TSV file whose header row names its columns.

    `columns` maps the fields (``text``, ``title``, ``date``, ``source``, ``url``, ``id``) to
    column names; a field not in it is read from the column of its own name, if any.
    """
    import csv

    csv.field_size_limit(MAX_ARTICLE_BYTES)
    reader = csv.reader(_csv_lines(f, origin), delimiter=delimiter)
    try:
        header = next(reader, None)
        names = {field: (columns or {}).get(field) or field for field in ("text", *HEADER_KEYS, "id")}
        if not header or names["text"] not in header:
            found = " ".join(", ".join(header or []).split())[:200] or "none"
            raise InputError(f"{origin}: no {names['text']!r} column (columns: {found}); name it with --text-column")
        index = {field: header.index(name) for field, name in names.items() if name in header}
        for row in reader:
            if any(cell.strip() for cell in row):
                record = {field: row[i] if i < len(row) else None for field, i in index.items()}
                where = f"{origin}:{reader.line_num}"
                yield from _from_record(
                    record, where, default_date=default_date, fallback_id=f"{stem}-{reader.line_num}"
                )
    except csv.Error as e:
        raise InputError(f"{origin}:{reader.line_num}: not CSV ({e}); rest of the file skipped") from None


#: Input formats: by suffix (``auto``), or one for standard input and the files named on the command line.
INPUT_FORMATS = ("auto", "text", "jsonl", "csv", "tsv")
_SUFFIX_FORMATS = {".txt": "text", ".md": "text", ".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv"}


def _format_of(path, input_format):
    """Return the format of an input file: `input_format`, unless ``auto``, else by its suffix (prose otherwise)."""
    if input_format not in (None, "auto"):
        return input_format
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")


def _expand(paths, input_format=None):
    """Yield ``(path, format, named)`` for each input (folders walked in sorted order), or an InputError per problem."""
    for p in paths:
        if str(p) == "-":
            yield "-", input_format or "auto", True
            continue
        p = Path(p)
        if p.is_dir():
            for child in walk(p, _SUFFIX_FORMATS):
                yield child if isinstance(child, InputError) else (child, _format_of(child, None), False)
        else:
            yield p, _format_of(p, input_format), True


def _parse_stream(f, fmt, origin, *, id, default_date, columns, path_date=None):
    """Yield the Articles, Notices and InputErrors of one open input in format `fmt`."""
    if fmt == "jsonl":
        yield from _read_jsonl(_jsonl_lines(f, origin), origin, default_date, id)
    elif fmt in ("csv", "tsv"):
        yield from _read_csv(f, origin, default_date, id, delimiter="," if fmt == "csv" else "\t", columns=columns)
    else:
        yield from _text_article(f, origin, id=id, default_date=default_date, path_date=path_date)


def _articles_of(path, fmt, named, *, default_date, columns=None):
    """Yield Articles, Notices and InputErrors of one input."""
    try:
        if path == "-":
            first, f = stdin_reader(sys.stdin)
            fmt = ("jsonl" if first == b"{" else "text") if fmt == "auto" else fmt
            yield from _parse_stream(f, fmt, "<stdin>", id="stdin", default_date=default_date, columns=columns)
            return
        with open_input(path, named=named) as f:
            origin = shown(path)
            stem = shown(Path(path).stem)
            yield from _parse_stream(
                f, fmt, origin, id=stem, default_date=default_date, columns=columns, path_date=_path_date(path)
            )
    except InputError as e:
        yield e
    except OSError as e:
        yield InputError(f"{shown(path)}: cannot read ({e.strerror or e}), skipped")


def count_inputs(paths):
    """Return how many articles `paths` may hold, for a progress bar: files, plus JSONL and CSV lines that are not blank.

    Reads regular files as bytes, a line at a time within the caps, without parsing them; never reads
    standard input or a file that is not regular; an upper bound when inputs are
    duplicates or unreadable.
    """
    total = 0
    for item in _expand(paths):
        if isinstance(item, InputError):
            continue
        path, fmt, _ = item
        if fmt == "text" or path == "-" or not os.path.isfile(path):
            total += 1
            continue
        try:
            with open(path, "rb") as f:
                total += sum(1 for line in capped_lines(f, "") if line is None or line.strip())
        except (OSError, InputError):
            pass
    return total


def read_articles(paths, *, default_date=None, strict=False, warn=None, input_format="auto", columns=None):
    """Yield the distinct `Article` objects found in `paths`, in input order.

    Parameters
    ----------
    paths : iterable of str or Path
        Text/Markdown files, folders (walked recursively), JSONL files (one
        article a line with ``text`` and optional ``title``, ``date``,
        ``source``, ``url``, ``id``), CSV and TSV files (a header row, one
        article a row, the same fields as columns) or ``"-"`` for standard
        input (JSONL when its first non-blank character is ``{``, else one
        text article). What is read, and the caps on sizes: `actorgraph.inputs`.
    default_date : str, optional
        ISO date for articles with no header date and no date in their path.
    strict : bool
        Raise `InputError` on the first unreadable input instead of warning.
    warn : callable, optional
        Called with a one-line message for each skipped input, duplicate or bad date.
    input_format : {"auto", "text", "jsonl", "csv", "tsv"}
        Format of standard input and of the files named in `paths`; ``auto``
        goes by suffix (files found in folders always do).
    columns : dict, optional
        Column name of each field in CSV/TSV files (``{"text": "body"}``).

    Returns
    -------
    iterator of Article
        Articles whose normalised text was not seen before; ids are made
        unique by suffixing ``-2``, ``-3`` … when two inputs share one.

    Raises
    ------
    InputError
        In strict mode, for the first bad input; always, for a path that does not exist.
    """
    warn = warn or (lambda message: None)
    seen_text, seen_ids = {}, set()
    for entry in _expand(paths, input_format):
        if isinstance(entry, InputError):
            items = [entry]
        else:
            path, fmt, named = entry
            if named and path != "-" and not os.path.lexists(path):
                raise InputError(f"{shown(path)}: no such file or folder")
            items = _articles_of(path, fmt, named, default_date=default_date, columns=columns)
        for item in items:
            if isinstance(item, (InputError, Notice)):
                if strict and isinstance(item, InputError):
                    raise item
                warn(str(item))
                continue
            digest = item.sha256
            if digest in seen_text:
                warn(f"{item.origin}: same text as {seen_text[digest]}, counted once")
                continue
            seen_text[digest] = item.origin
            if item.id in seen_ids:
                n = 2
                while f"{item.id}-{n}" in seen_ids:
                    n += 1
                item = dataclasses.replace(item, id=f"{item.id}-{n}")
            seen_ids.add(item.id)
            yield item
