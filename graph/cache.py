"""A parse cache: each article's extraction stored in SQLite, keyed by its text and the pipeline that read it."""

import functools
import hashlib
import json
import os
import sqlite3
import stat
import time
import warnings
import zlib
from pathlib import Path

from . import __version__
from .errors import ActorgraphWarning
from .resources import data_file

__all__ = ["ExtractionCache", "fingerprint", "default_cache_path", "well_formed", "FINGERPRINT_FILES"]

#: Data files whose contents decide what an article yields (read by the pipeline, actors, relations).
FINGERPRINT_FILES = (
    "gazetteer.jsonl",
    "names.jsonl",
    "leaders.jsonl.gz",
    "agents.jsonl",
    "actors.jsonl",
    "lexicon.jsonl",
    "relations.jsonl",
    "words.json",
    "actor_types.jsonl",
    "modalities.jsonl",
    "cameo_verbs.jsonl",
    "cameo_classes.jsonl",
    "cameo_nouns.jsonl",
    "cameo_codes.jsonl",
    "cameo_modes.json",
)
#: Modules whose code decides what an article yields: a rule changed without a version bump still invalidates.
#: These are what `actorgraph.extract`, `actorgraph.pipeline` and `actorgraph.ingest` import, and the piece cutting
#: (`budget`, `schedule`): a test checks that none is missing.
FINGERPRINT_MODULES = (
    "actors",
    "affiliations",
    "arguments",
    "budget",
    "campaigns",
    "constructions",
    "cooperation",
    "extract",
    "gatherings",
    "ingest",
    "inputs",
    "lexicon",
    "modality",
    "patterns",
    "pipeline",
    "records",
    "relations",
    "repairs",
    "schedule",
    "speech",
    "tokens",
    "travel",
    "vocab",
)
#: ``PRAGMA application_id`` of an actorgraph cache ("AGRC"), so that another SQLite file is never taken for one.
APPLICATION_ID = 0x41475243
#: Version of the table layout; a cache of another layout is emptied, not read.
SCHEMA_VERSION = 1
#: Seconds a build waits for another build holding the cache's write lock.
BUSY_TIMEOUT = 60
#: Tries to open a cache that another build holds locked (switching to WAL does not wait for a lock).
OPEN_ATTEMPTS = 6
#: The first 16 bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"


def default_cache_path():
    """Return the default cache file: ``extractions.sqlite`` in the user cache folder (``~/.cache/actorgraph`` on Linux).

    One cache for every corpus and every output: entries are keyed by article text
    and pipeline, so weekly snapshots of overlapping folders share their parses.
    """
    import platformdirs

    return platformdirs.user_cache_path("actorgraph") / "extractions.sqlite"


def _sha256_file(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(model_meta):
    """Return the pipeline fingerprint: a hex digest of everything an article's extraction depends on.

    That is the spaCy version, the model's name and version (`model_meta`, its
    ``meta.json``), the sha256 of each data file in `FINGERPRINT_FILES`, the
    actorgraph version and the source of its extraction modules.

    Examples
    --------
    >>> a = fingerprint({"lang": "en", "name": "core_web_sm", "version": "3.8.0"})
    >>> a == fingerprint({"lang": "en", "name": "core_web_sm", "version": "3.8.1"}), len(a)
    (False, 64)
    """
    import importlib
    import importlib.metadata

    code = hashlib.sha256()
    for name in FINGERPRINT_MODULES:
        source = Path(importlib.import_module(f"actorgraph.{name}").__file__)
        code.update(source.read_bytes() if source.suffix == ".py" else name.encode())
    parts = {
        "actorgraph": __version__,
        "code": code.hexdigest(),
        "spacy": importlib.metadata.version("spacy"),
        "model": [model_meta.get("lang"), model_meta.get("name"), model_meta.get("version")],
        "data": {name: _sha256_file(data_file(name)) for name in FINGERPRINT_FILES},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


def _text_sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ExtractionCache:
    """Extractions of articles in an SQLite file (WAL mode), keyed by (article sha256, pipeline fingerprint).

    `get` returns what an article yielded the last time the same pipeline read the
    same text; `put` stores the results of a batch in one transaction, so that a build
    killed halfway keeps every batch it finished. A damaged file (truncated,
    overwritten) is moved aside to ``PATH.corrupt`` (or ``PATH.corrupt-2``, ...: an
    earlier one is never overwritten) and a new cache started, but only when its
    header says it is an actorgraph cache (an SQLite file with `APPLICATION_ID`).
    Any other file (not SQLite, another application's database, a device or FIFO) is
    left alone and the build goes on without a cache, with an `ActorgraphWarning`.
    An entry of the wrong shape is a miss, parsed again and replaced.
    Several builds may share one file: writers wait for each other (busy timeout).

    Use as a context manager, or call `close`.

    Examples
    --------
    >>> import tempfile, os
    >>> cache = ExtractionCache(os.path.join(tempfile.mkdtemp(), "c.sqlite"), "f1")
    >>> cache.put([("a" * 64, "Seoul warned Moscow.", {"mentions": [], "events": []})])
    >>> cache.get("a" * 64, "Seoul warned Moscow."), cache.get("a" * 64, "Other text.")
    ({'mentions': [], 'events': []}, None)
    >>> cache.close()
    """

    def __init__(self, path, fingerprint):
        self.path = Path(path)
        self.fingerprint = fingerprint
        self.db = None
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self.db = self._open()
            except sqlite3.OperationalError as e:  # locked: another build is opening it too, not damage
                if attempt + 1 < OPEN_ATTEMPTS:
                    time.sleep(0.05 * 2**attempt)
                    continue
                self._disable(e)
            except sqlite3.DatabaseError as e:
                self._recover(e)
            except (OSError, _NotACache) as e:
                self._disable(e)
            break

    # -- opening --------------------------------------------------------------------------------------------
    def _open(self):
        _preflight(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            self._check(db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: durable enough for a cache, never corrupt
            db.execute("BEGIN IMMEDIATE")
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS extractions")
            db.execute(
                "CREATE TABLE IF NOT EXISTS extractions (sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL, "
                "text_sha256 TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (sha256, fingerprint)) "
                "WITHOUT ROWID"
            )
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.close()
            raise
        return db

    def _check(self, db):
        """Raise DatabaseError for a damaged file, `_NotACache` for another application's SQLite file.

        Cheap checks only (``PRAGMA quick_check`` reads the whole file: 0.3 s for 1,000
        articles, and the cache holds every corpus): a file that is not SQLite fails its
        first query; a truncated one is shorter than its header says; damage elsewhere
        shows when a page is read, and `get` and `put` handle it the same way.
        """
        # One read transaction: another build may be creating the tables and the id, or writing, right
        # now; while it lasts neither the file nor its WAL can change under these reads.
        db.execute("BEGIN")
        try:
            app = db.execute("PRAGMA application_id").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app != APPLICATION_ID and tables:
                raise _NotACache(f"{self.path} is an SQLite file but not an actorgraph cache; not touching it")
            if not Path(f"{self.path}-wal").exists():  # else the WAL may hold the pages the file lacks
                pages = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
                if self.path.stat().st_size < pages:
                    raise sqlite3.DatabaseError("the file is shorter than its header says: truncated")
        finally:
            db.execute("COMMIT")

    def _recover(self, error):
        """Move a damaged cache file aside (to a free name) and start a new one; only a file that is ours."""
        if _header_id(self.path) != APPLICATION_ID:
            return self._disable(f"{error}; it does not carry actorgraph's application id, so it is left alone")
        try:
            aside = _move_aside(self.path)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self.db = self._open()
        except (OSError, sqlite3.Error, _NotACache) as e:
            return self._disable(e)
        warnings.warn(
            f"cache {self.path} was damaged ({error}); moved it to {aside.name} and started a new one",
            ActorgraphWarning,
            stacklevel=3,
        )

    def _disable(self, error):
        if self.db is not None:
            self.db.close()
        self.db = None
        warnings.warn(f"cache {self.path} not used: {error}", ActorgraphWarning, stacklevel=3)

    def _failed(self, error):
        """A query failed: a damaged file is replaced; anything else (locked too long, disk full) turns the cache off."""
        if isinstance(error, sqlite3.OperationalError) or not isinstance(error, sqlite3.DatabaseError):
            return self._disable(error)
        self.db.close()
        self.db = None
        self._recover(error)

    # -- use ------------------------------------------------------------------------------------------------
    def get(self, sha256, text):
        """Return the cached ``{"mentions", "events"}`` of an article (its sha256 and raw text), or None.

        The raw text is checked too: two texts that normalise alike (and so share a
        sha256) differ in character offsets.
        """
        if self.db is None:
            return None
        try:
            row = self.db.execute(
                "SELECT text_sha256, data FROM extractions WHERE sha256 = ? AND fingerprint = ?",
                (sha256, self.fingerprint),
            ).fetchone()
        except sqlite3.Error as e:
            return self._failed(e)
        if row is None or row[0] != _text_sha256(text):
            return None
        try:
            value = json.loads(zlib.decompress(row[1]))
        except (zlib.error, ValueError, TypeError, RecursionError):  # damaged: parse the article again, replace it
            return None
        return value if well_formed(value) else None

    def put(self, records):
        """Store ``(sha256, text, {"mentions", "events"})`` records in one transaction."""
        if self.db is None or not records:
            return
        rows = [
            (
                sha,
                self.fingerprint,
                _text_sha256(text),
                zlib.compress(json.dumps(value, separators=(",", ":")).encode("utf-8")),
            )
            for sha, text, value in records
        ]
        for _ in range(2):  # once more into a new file if this one turns out damaged
            try:
                with self.db:
                    self.db.execute("BEGIN IMMEDIATE")
                    self.db.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?)", rows)
                return
            except sqlite3.Error as e:
                self._failed(e)
                if self.db is None:
                    return

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _NotACache(Exception):
    pass


def _preflight(path):
    """Raise `_NotACache` for a file at `path` that must not be opened as a cache: not regular, or not SQLite.

    Opening a device or FIFO with SQLite would write a journal beside it; a file that
    is not SQLite would be taken for a damaged cache and moved aside. A new path or an
    empty file is fine.
    """
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = os.stat(name).st_mode
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(mode):
            raise _NotACache(f"{name} is not a regular file; not touching it")
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    if head and head != SQLITE_MAGIC:
        raise _NotACache(f"{path} is not an SQLite file; not touching it")


def _header_id(path):
    """Return the application id in an SQLite file's header (bytes 68-71), or None when it cannot be read."""
    try:
        with open(path, "rb") as f:
            head = f.read(72)
    except OSError:
        return None
    if len(head) < 72 or not head.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(head[68:72], "big")


def _move_aside(path):
    """Rename `path` to the first free ``PATH.corrupt``, ``PATH.corrupt-2``, ...; returns the new path.

    A hard link then an unlink: unlike ``os.replace``, a link never replaces a file that exists.
    """
    for n in range(1, 1000):
        aside = path.with_name(f"{path.name}.corrupt" + (f"-{n}" if n > 1 else ""))
        try:
            os.link(path, aside)
        except FileExistsError:
            continue
        os.unlink(path)
        return aside
    raise OSError(f"too many {path.name}.corrupt files; delete some")


@functools.cache
def _shapes():
    """Return ``(event field types, mention field types)``: what a well-formed entry holds."""
    import typing

    from .records import Event, MentionRecord

    return typing.get_type_hints(Event), typing.get_type_hints(MentionRecord)


def well_formed(value):
    """Return True when a cache entry has the shape of an extraction: mentions and events with their fields.

    An entry that decompresses but holds something else (written by hand, by a bug, or
    damaged inside a valid compressed stream) must be a miss, not a crash of every build.

    Examples
    --------
    >>> well_formed({"mentions": [], "events": []}), well_formed({"mentions": [], "events": [{"agent": 1}]})
    (True, False)
    """
    if not isinstance(value, dict) or value.keys() != {"mentions", "events"}:
        return False
    events, mentions = _shapes()
    return all(
        isinstance(items, list)
        and all(isinstance(x, dict) and all(isinstance(x.get(k), t) for k, t in fields.items()) for x in items)
        for items, fields in ((value["events"], events), (value["mentions"], mentions))
    )
