"""Print records (dicts) as an aligned text table, CSV or JSON: the output of every ``--format`` option.

Values print as themselves, except: ``None`` is empty; floats are shortened in tables (4 decimals,
or 3 significant digits below 0.001) and exact in CSV; lists are joined (``", "`` in tables, ``"; "`` in CSV); other objects print
through ``str()``, and in JSON dataclasses become objects.

Article text reaches the terminal: control characters (escape sequences, ``\\r``, bells, C1 codes,
bidirectional overrides) are removed from tables, CSV and text lines (`terminal_text`), and escaped
as ``\\uXXXX`` in JSON, so that no article can move the cursor, retitle the window or hide a line.
"""

import csv
import dataclasses
import io
import json
import numbers
import re

import click

__all__ = ["FORMATS", "print_rows", "print_table", "print_csv", "print_json", "terminal_text", "escape_json", "echo"]

FORMATS = ("table", "csv", "json")
#: Characters a terminal acts on: C0 controls but tab and line feed, DEL, C1 controls, bidirectional controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Of those, what JSON's own escaping leaves raw.
_JSON_RAW = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text, *, one_line=False):
    """Return `text` without the characters a terminal would act on; `one_line` also turns tabs and line breaks into spaces.

    Examples
    --------
    >>> terminal_text("Seoul\\x1b[2J warned\\r Moscow\\x07")
    'Seoul[2J warned Moscow'
    >>> terminal_text("two\\nlines", one_line=True)
    'two lines'
    """
    text = _CONTROL.sub("", text)
    return text.replace("\t", " ").replace("\n", " ") if one_line else text


def escape_json(text):
    """Return JSON `text` with the control characters JSON leaves raw (C1, bidirectional) as ``\\uXXXX`` escapes.

    Examples
    --------
    >>> escape_json('"a\\x9bb"')
    '"a\\\\u009bb"'
    """
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo(text="", *, one_line=False, **kwargs):
    """``click.echo`` of `terminal_text` (`text`, `one_line`): for lines that hold article text."""
    click.echo(terminal_text(str(text), one_line=one_line), **kwargs)


def _text(value, *, sep, table):
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        if not table:
            return repr(value)
        return f"{value:.4f}" if value == 0 or abs(value) >= 0.001 else f"{value:.3g}"
    if isinstance(value, (list, tuple)):
        return sep.join(_text(v, sep=sep, table=table) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=_jsonable)
    return str(value)


def _is_number(value):
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _cut(text, width):
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def print_table(rows, columns, *, max_width=None, file=None):
    """Print `rows` as a text table with a header line and a rule; numbers are right-aligned.

    Parameters
    ----------
    rows : iterable of dict
    columns : sequence of str, or mapping of str to str
        The keys to show, in order; a mapping gives each key's header.
    max_width : int, optional
        Cut longer cells, ending them with ``…``.
    file : file object, optional
        Where to print; standard output by default.

    Examples
    --------
    >>> print_table([{"rank": 1, "actor": "Russia", "score": 0.33612}], ["rank", "actor", "score"])
    rank  actor    score
    ----  ------  ------
       1  Russia  0.3361
    >>> print_table([], {"rank": "rank", "label": "actor"})
    rank  actor
    ----  -----
    """
    headers = dict(columns) if hasattr(columns, "keys") else {c: c for c in columns}
    rows = list(rows)
    cells = [
        [_cut(terminal_text(_text(row.get(key), sep=", ", table=True), one_line=True), max_width) for key in headers]
        for row in rows
    ]
    numeric = [
        bool(rows) and all(_is_number(row.get(key)) for row in rows if row.get(key) is not None) for key in headers
    ]
    widths = [max([len(h), *(len(line[i]) for line in cells)]) for i, h in enumerate(headers.values())]

    def line(texts):
        return "  ".join(t.rjust(w) if right else t.ljust(w) for t, w, right in zip(texts, widths, numeric)).rstrip()

    click.echo(line(headers.values()), file=file)
    click.echo("  ".join("-" * w for w in widths), file=file)
    for texts in cells:
        click.echo(line(texts), file=file)


def print_csv(rows, columns, *, file=None):
    """Print `rows` as CSV with a header line of the `columns` keys.

    Examples
    --------
    >>> print_csv([{"id": "nato", "aliases": ["NATO", "the Alliance"], "score": 0.5}], ["id", "aliases", "score"])
    id,aliases,score
    nato,NATO; the Alliance,0.5
    """
    keys = list(columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(keys)
    writer.writerows([terminal_text(_text(row.get(key), sep="; ", table=False)) for key in keys] for row in rows)
    click.echo(buffer.getvalue(), nl=False, file=file)


def _jsonable(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def print_json(rows, *, file=None):
    """Print `rows` as a JSON list, indented, non-ASCII kept; dataclasses become objects.

    Examples
    --------
    >>> print_json([{"id": "türkiye", "rank": 1}])
    [
      {
        "id": "türkiye",
        "rank": 1
      }
    ]
    """
    text = json.dumps(list(rows), indent=2, ensure_ascii=False, default=_jsonable)
    click.echo(escape_json(text), file=file)


def print_rows(rows, fmt, columns, *, table=None, max_width=None, file=None):
    """Print `rows` in the format `fmt` (one of `FORMATS`).

    Parameters
    ----------
    rows : iterable of dict
    fmt : {"table", "csv", "json"}
    columns : sequence of str
        The keys written as CSV columns, in order (JSON writes every key of each row).
    table : mapping of str to str, optional
        The keys shown in the table and their headers; `columns` under their own names by default.
    max_width, file
        As in `print_table`.

    Examples
    --------
    >>> rows = [{"rank": 1, "id": "nato", "label": "NATO"}]
    >>> print_rows(rows, "table", ["rank", "id", "label"], table={"rank": "rank", "label": "actor"})
    rank  actor
    ----  -----
       1  NATO
    >>> print_rows(rows, "csv", ["rank", "id", "label"])
    rank,id,label
    1,nato,NATO
    """
    if fmt == "table":
        print_table(rows, table or columns, max_width=max_width, file=file)
    elif fmt == "csv":
        print_csv(rows, columns, file=file)
    elif fmt == "json":
        print_json(rows, file=file)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
