"""The ``actorgraph`` command line: parse options, call one library function, write output."""

import functools

import click

from . import __version__
from .errors import ActorgraphError

__all__ = ["cli"]


def library_errors(fn):
    """Decorator turning the library's own errors into one-line ``ClickException`` (exit 1)."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ActorgraphError as e:
            raise click.ClickException(str(e)) from None
    return wrapper


def output_format(*choices, default="table"):
    """Decorator adding the shared ``--format`` option with the given choices."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actorgraph")
def cli():
    """Turn news articles into a typed graph of who does what to whom."""
