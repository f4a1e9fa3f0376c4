"""The ``actorgraph`` command line: parse options, call one library function, write output."""

import functools
import os

import click

from . import __version__
from .centrality import MEASURES
from .errors import ActorgraphError
from .fileformat import read_graph

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


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", default="graph.html", show_default=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write the page ('-' for standard output).")
@click.option("--size-by", type=click.Choice(MEASURES), default="pagerank", show_default=True,
              help="Centrality measure that sizes the actors.")
@click.option("--max-nodes", type=click.IntRange(min=1), help="Keep only the N most central actors.")
@click.option("--title", help="Page title (default: the graph's snapshot label).")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
@library_errors
def html(graph_file, output, size_by, max_nodes, title, open_page):
    """Write a self-contained HTML page of a graph file's network.

    Example:

        actorgraph html graph.json -o graph.html --open
    """
    if open_page and output == "-":
        raise click.UsageError("--open needs a file: give -o PATH instead of '-'")
    from viz.page import write_page  # pyvis and jinja load only for this command

    path = write_page(read_graph(graph_file), output, size_by=size_by, max_nodes=max_nodes, title=title)
    if output != "-":
        click.echo(path)
    if open_page:
        click.launch(os.path.abspath(path))
