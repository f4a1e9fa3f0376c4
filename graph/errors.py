"""Exception classes raised by actorgraph's library code.

Only ``actorgraph.cli`` turns these into ``click.ClickException``; library code never
prints or exits.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "ActorgraphError",
    "GraphFileError",
    "InputError",
    "ModelError",
    "UnknownNameError",
    "CentralityError",
    "ClusterError",
    "DiffError",
    "OutputError",
    "ActorgraphWarning",
]


class ActorgraphError(Exception):
    """Base class of every error actorgraph raises on purpose."""


class GraphFileError(ActorgraphError):
    """A file is not a readable actorgraph graph (bad JSON, wrong shape, newer format)."""


class InputError(ActorgraphError):
    """An input article or path cannot be read (raised in ``--strict`` mode)."""


class ModelError(ActorgraphError):
    """The spaCy model cannot be loaded."""


class UnknownNameError(ActorgraphError, ValueError):
    """A name given as an option (a measure, relation, actor type, ...) is not one of the valid names.

    `kind` is the option's name (``"relation"`` for ``--relation``), `valid` the names accepted;
    the message names them all, on one line.
    """

    def __init__(self, kind: str, name: str, valid: Iterable[str]) -> None:
        self.kind, self.name, self.valid = kind, name, tuple(valid)
        super().__init__(f"unknown {kind} {name!r}; choose from {', '.join(self.valid)}")


class CentralityError(ActorgraphError):
    """A centrality measure cannot be computed on this graph."""


class OutputError(ActorgraphError):
    """An output file or folder cannot be written (a missing or read-only folder, a file in the way)."""


class DiffError(ActorgraphError):
    """A diff is not a valid actorgraph diff, or does not apply to the graph it is applied to."""


class ClusterError(ActorgraphError):
    """Parallel parsing cannot run: Dask missing, a bad or unreachable scheduler, a worker process died."""


class ActorgraphWarning(UserWarning):
    """Something the user should know about a result (an estimate, a fallback); the CLI prints it to stderr."""
