"""The ``actorgraph`` command line: parse options, call one library function, write output."""

import functools
import warnings

import click

from . import __version__
from .centrality import MEASURES, WEIGHTS, centrality, ranking_columns
from .communities import COMMUNITY_COLUMNS, communities
from .errors import ActorgraphError, ActorgraphWarning, UnknownNameError
from .fileformat import read_graph
from .filters import TYPES
from .output import print_rows

__all__ = ["cli"]


def library_errors(fn):
    """Decorator turning the library's errors into one-line click errors and its warnings into stderr lines.

    An `UnknownNameError` (a bad option value only the library can check, such as a relation
    the graph does not hold) is a ``BadParameter`` on the option of that name (exit 2); any other
    `ActorgraphError` is a ``ClickException`` (exit 1). Each `ActorgraphWarning` is printed to
    stderr as ``Warning: ...``.
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", ActorgraphWarning)
                return fn(*args, **kwargs)
        except UnknownNameError as e:
            ctx = click.get_current_context()
            param = next((p for p in ctx.command.params if f"--{e.kind}" in p.opts), None)
            raise click.BadParameter(str(e), ctx=ctx, param=param) from None
        except ActorgraphError as e:
            raise click.ClickException(str(e)) from None
        finally:
            for w in caught:
                if issubclass(w.category, ActorgraphWarning):
                    click.echo(f"Warning: {w.message}", err=True)
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return wrapper


def output_format(*choices, default="table"):
    """Decorator adding the shared ``--format`` option with the given choices."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actorgraph")
def cli():
    """Turn news articles into a typed graph of who does what to whom."""


def comma_list(ctx, param, value):
    """Click callback: ``--opt a,b --opt c`` gives ``("a", "b", "c")``; None when the option is absent."""
    names = tuple(name.strip() for v in value for name in v.split(",") if name.strip())
    return names or None


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--measure", type=click.Choice(MEASURES + ("all",)), default="pagerank", show_default=True,
              help="Centrality measure; 'all' gives one column each, ranked by pagerank; 'hits' ranks by "
                   "authority and shows the hub score.")
@click.option("--relation", "relations", multiple=True, callback=comma_list, metavar="R,...",
              help="Keep only these relations (repeatable).")
@click.option("--type", "types", multiple=True, callback=comma_list, metavar="T,...",
              help=f"Keep only actors of these types ({', '.join(TYPES)}); applied after --collapse.")
@click.option("--collapse", is_flag=True,
              help="Merge leaders and agencies into the state or alliance they belong to.")
@click.option("--no-affiliations", "affiliations", is_flag=True, flag_value=False, default=True,
              help="Drop the org-chart relations (leads, part_of, member_of).")
@click.option("--weight", type=click.Choice(WEIGHTS), default="evidence", show_default=True,
              help="Weight of two actors' aggregated relations: their evidence count, or 1. Betweenness "
                   "and closeness use distance = 1/weight.")
@click.option("--communities", "by_community", is_flag=True,
              help="List Louvain communities (seeded), members ordered by --measure, with their brokers.")
@click.option("--top", type=click.IntRange(min=0), default=20, show_default=True,
              help="Show the first N rows; 0 shows all.")
@output_format("table", "csv", "json")
@library_errors
def central(graph_file, measure, by_community, top, fmt, **selection):
    """Rank actors by centrality: who is central to what is reported.

    The graph holds one edge per relation between two actors; the measures run on a simple
    graph where all the relations from one actor to another are one edge, weighing their
    evidence count (--weight). Betweenness above 1,000 actors is estimated by sampling
    (said on stderr). The table shows each actor's three heaviest relations.

    Example:

    \b
        actorgraph central graph.json --measure betweenness --collapse --no-affiliations
    """
    G = read_graph(graph_file)
    if by_community:
        rows = communities(G, measure=measure, top=top or None, **selection)
        print_rows(rows, fmt, COMMUNITY_COLUMNS, max_width=100)
    else:
        rows = centrality(G, measure=measure, top=top or None, **selection)
        columns, table = ranking_columns(measure)
        print_rows(rows, fmt, columns, table=table, max_width=100)
