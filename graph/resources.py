"""Paths to the files actorgraph ships under ``data/`` (installed as ``actorgraph.data``)."""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
from importlib.resources.abc import Traversable

__all__ = ["data_file", "read_jsonl"]


def data_file(*parts: str) -> Traversable:
    """Return a path-like ``Traversable`` for a bundled data file, e.g. ``data_file("lexicon.jsonl")``."""
    return importlib.resources.files("actorgraph.data").joinpath(*parts)


@functools.cache
def read_jsonl(name: str) -> tuple[dict, ...]:
    """Return the records of a bundled JSONL file (``.jsonl`` or gzipped ``.jsonl.gz``) as a tuple of dicts (cached: files are read once)."""
    raw = data_file(name).read_bytes()
    text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())
