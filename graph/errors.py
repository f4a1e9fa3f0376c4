"""Exception classes raised by actorgraph's library code.

Only ``graph.cli`` turns these into ``click.ClickException``; library code never
prints or exits.
"""

__all__ = ["ActorgraphError", "GraphFileError", "InputError", "ModelError"]


class ActorgraphError(Exception):
    """Base class of every error actorgraph raises on purpose."""


class GraphFileError(ActorgraphError):
    """A file is not a readable actorgraph graph (bad JSON, wrong shape, newer format)."""


class InputError(ActorgraphError):
    """An input article or path cannot be read (raised in ``--strict`` mode)."""


class ModelError(ActorgraphError):
    """The spaCy model cannot be loaded."""
