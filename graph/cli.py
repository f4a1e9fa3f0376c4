"""The ``actorgraph`` command line: parse options, call one library function, write output."""

from __future__ import annotations

import functools
import glob
import os
import warnings
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

import click
import networkx as nx

from . import __version__
from .atomic import check_outputs
from .centrality import MEASURES, WEIGHTS, centrality, ranking_columns
from .communities import COMMUNITY_COLUMNS, communities
from .errors import ActorgraphError, ActorgraphWarning, UnknownNameError
from .fileformat import EXPORT_FORMATS, read_graph
from .filters import RELATIONS, TYPES
from .lexicon import AFFILIATION_RELATIONS
from .output import echo, escape_json, print_rows, terminal_text

__all__ = ["cli"]

F = TypeVar("F", bound=Callable[..., Any])


def library_errors(fn: F) -> F:
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
            raise click.ClickException(terminal_text(str(e))) from None
        except RecursionError:
            raise click.ClickException("input nested too deeply to read") from None
        finally:
            for w in caught:
                if issubclass(w.category, ActorgraphWarning):
                    echo(f"Warning: {w.message}", err=True, one_line=True)
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)

    return wrapper


def _modalities(ctx, param, value):
    """Click callback: ``--modality a,b --modality c`` gives the checked names, or None for the default."""
    from .vocab import modalities

    names = comma_list(ctx, param, value)
    for name in names or ():
        if name not in modalities():
            raise click.BadParameter(f"unknown modality {name!r}; choose from {', '.join(modalities())}")
    return names


def modality_option(fn):
    """Decorator adding the shared ``--modality`` option: which evidence counts towards weights and centrality."""
    from .counts import factual

    return click.option(
        "--modality",
        "modalities",
        multiple=True,
        callback=_modalities,
        metavar="M,...",
        help="Count only evidence of these modalities in weights, sources and centrality (repeatable). "
        f"Default: {', '.join(factual())}, the evidence that says the event happened.",
    )(fn)


def output_option(help: str, **kw: Any) -> Callable[[F], F]:
    """Decorator adding ``-o/--output FILE`` (``-`` for standard output) with `help` and a default or ``required``."""
    if "default" in kw:
        kw["show_default"] = True
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help=help, **kw)


def output_dir_option(help: str, *, default: str) -> Callable[[F], F]:
    """Decorator adding ``-o/--output-dir DIR``: a folder the command writes several files into."""
    return click.option(
        "-o", "--output-dir", default=default, show_default=True, type=click.Path(file_okay=False), help=help
    )


def output_format(*choices: str, default: str = "table") -> Callable[[F], F]:
    """Decorator adding the shared ``--format`` option with the given choices."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True, help="Output format."
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actorgraph")
def cli():
    """Turn news articles into a typed graph of who does what to whom."""


def _warn(message: str) -> None:
    echo(f"warning: {message}", err=True, one_line=True)


def _utf8_text(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: text stored in a file must be UTF-8 (a shell passes other bytes as lone surrogates)."""
    try:
        value is None or value.encode("utf-8")
    except UnicodeEncodeError:
        raise click.BadParameter("not UTF-8 text") from None
    return value


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: accept YYYY-MM-DD only."""
    import datetime

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-10-18") from None


class _Progress:
    """A click progress bar on a terminal, silence otherwise; used as build's ``progress`` callback."""

    def __init__(self) -> None:
        self.bar = None

    def __call__(self, total: int) -> Callable[[object], None]:
        import sys

        if sys.stderr.isatty() and total:
            self.bar = click.progressbar(length=total, label="Parsing articles", file=sys.stderr)
            self.bar.__enter__()
        return self.advance

    def advance(self, article: object) -> None:
        if self.bar:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar:
            self.bar.__exit__(None, None, None)


def _dask_address(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: ``tcp://HOST:PORT`` or ``local:N``."""
    from .errors import ClusterError
    from .parallel import dask_address

    try:
        return None if value is None else dask_address(value)
    except ClusterError as e:
        raise click.BadParameter(str(e)) from None


def build_options(fn: F) -> F:
    """Decorator adding the options shared by ``build`` and ``demo``: model, strictness, cache, parallelism."""
    from .parallel import usable_cpus
    from .pipeline import DEFAULT_MODEL

    options = [
        click.option(
            "--model",
            default=DEFAULT_MODEL,
            show_default=True,
            help="spaCy pipeline to parse with (installed package name).",
        ),
        click.option("--strict", is_flag=True, help="Stop at the first unreadable input instead of warning."),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=usable_cpus,
            show_default="the number of usable cores",
            help="Processes that parse articles (at most the usable cores, and the tasks of 32 articles).",
        ),
        click.option(
            "--cache",
            "cache_path",
            type=click.Path(dir_okay=False),
            envvar="ACTORGRAPH_CACHE",
            show_envvar=True,
            help="Parse cache file (default: extractions.sqlite in the user cache "
            "folder, ~/.cache/actorgraph on Linux).",
        ),
        click.option("--no-cache", is_flag=True, help="Parse every article; read and write no cache."),
        click.option(
            "--dask",
            metavar="ADDRESS",
            callback=_dask_address,
            help="Parse on a Dask cluster: tcp://HOST:PORT of its scheduler, or local:N for N local "
            "workers (needs the 'dask' extra).",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def input_options(fn: Callable) -> Callable:
    """Decorator adding the options that say how inputs are read: their format and CSV/TSV columns."""
    from .ingest import INPUT_FORMATS

    fn = click.option(
        "--input-format",
        type=click.Choice(INPUT_FORMATS),
        default="auto",
        show_default=True,
        help="Format of standard input and of the files named: auto goes by suffix (.txt/.md text, .jsonl, "
        ".csv, .tsv; standard input is JSONL when it starts with '{'). Files in folders always go by suffix.",
    )(fn)
    for field in ("text", "date", "title", "id"):
        fn = click.option(
            f"--{field}-column",
            metavar="NAME",
            help=f"CSV/TSV column holding the article's {field} (default: {field}).",
        )(fn)
    return fn


def _reading(options: dict) -> dict:
    """Pop the `input_options` out of `options`; return them as ``read_articles`` keyword arguments."""
    columns = {field: options.pop(f"{field}_column", None) for field in ("text", "date", "title", "id")}
    return {"input_format": options.pop("input_format", "auto"), "columns": {k: v for k, v in columns.items() if v}}


def _given(name: str) -> bool:
    """True when option `name` was given on the command line (not a default or an environment variable)."""
    return click.get_current_context().get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE


def _parse_options(
    *, model: str, strict: bool, jobs: int, cache_path: str | None, no_cache: bool, dask: str | None
) -> dict[str, Any]:
    """Return the keyword arguments of ``actorgraph.build.build`` that the shared options give, once checked:
    ``strict`` and the `actorgraph.records.ParseOptions`."""
    from .cache import default_cache_path
    from .records import ParseOptions

    if no_cache and _given("cache_path"):
        raise click.UsageError("--cache and --no-cache contradict each other; give one")
    if dask and _given("jobs"):
        raise click.UsageError("--jobs and --dask: give one (a Dask cluster has its own workers)")
    cache = None if no_cache else cache_path or default_cache_path()
    return {"strict": strict, "options": ParseOptions(model=model, jobs=jobs, dask=dask, cache=cache)}


def _parsing(run: Callable[..., Any], **kwargs: Any) -> Any:
    """Return ``run(..., progress=, stats=, warn=)`` with the progress bar, then say on stderr what was parsed."""
    from .records import ParseStats

    progress, stats = _Progress(), ParseStats()
    try:
        result = run(progress=progress, stats=stats, warn=_warn, **kwargs)
    finally:
        progress.close()
    click.echo(str(stats), err=True)
    return result


def _build(
    paths: Sequence[str],
    *,
    date: str | None = None,
    snapshot: str | None = None,
    outputs: dict | None = None,
    **options: Any,
) -> nx.MultiDiGraph:
    """Run ``actorgraph.build.build`` with the shared options (see `build_options`), once `outputs` are checked."""
    from .build import build

    reading = _reading(options)
    options = _parse_options(**options)
    check_outputs(outputs or {}, inputs=paths, cache=options["options"].cache)
    return _parsing(build, paths=paths, default_date=date, snapshot=snapshot, reading=reading, **options)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@output_option("Graph file to write ('-' for standard output).", default="graph.json")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="json",
    show_default=True,
    help="json is actorgraph's own format; graphml and gexf (1.3) are for Gephi and yEd.",
)
@click.option("--date", callback=_iso_date, help="Date (YYYY-MM-DD) for articles that give none.")
@click.option("--snapshot", callback=_utf8_text, help="Label stored in the graph's metadata, e.g. '2024-W43'.")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Also write the network page (as 'actorgraph html' does) to this file.",
)
@click.option(
    "--size-by",
    type=click.Choice(MEASURES),
    default="pagerank",
    show_default=True,
    help="Centrality measure that sizes the actors in a GEXF file and on the --html page.",
)
@modality_option
@input_options
@build_options
@library_errors
def build(paths, output, fmt, date, snapshot, html_path, size_by, modalities, **options):
    """Build a graph file from articles (.txt/.md files, folders, .jsonl, or - for stdin).

    Example:

        actorgraph build data/articles -o graph.json --html graph.html
    """
    from .counts import recount
    from .explore import summary
    from .fileformat import write_graph

    if html_path == "-" and output == "-":
        raise click.UsageError("the graph and the page cannot both go to standard output")
    G = _build(paths, date=date, snapshot=snapshot, outputs={"-o": output, "--html": html_path}, **options)
    G = recount(G, modalities)
    write_graph(G, output, format=fmt, size_by=size_by)
    click.echo(summary(G), err=True)
    if output != "-":
        click.echo(f"wrote {output}", err=True)
    if html_path:
        _write_html(G, html_path, size_by=size_by)
        if html_path != "-":
            click.echo(f"wrote {html_path}", err=True)


def _write_html(G: nx.MultiDiGraph, path: str, **kwargs: Any) -> str:
    """Write the network page of `G`; returns its path. pyvis and jinja load only when a page is asked for."""
    from actorgraph.viz.page import write_page

    return write_page(G, path, **kwargs)


@cli.command()
@output_dir_option("Folder for the demo's graph file and page.", default="actorgraph-demo")
@click.option("--open", "open_page", is_flag=True, help="Open the network page in the default browser.")
@build_options
@library_errors
def demo(output_dir, open_page, **options):
    """Build the bundled sample articles: write their graph file and network page, print a summary.

    Example:

        actorgraph demo --open
    """
    import os

    from .explore import summary
    from .fileformat import write_graph
    from .resources import data_file

    outputs = {"graph": os.path.join(output_dir, "graph.json"), "page": os.path.join(output_dir, "graph.html")}
    with importlib_path(data_file("articles")) as articles:
        G = _build([articles], snapshot="sample", outputs=outputs, **options)
    path = write_graph(G, outputs["graph"])
    page = _write_html(G, outputs["page"])
    click.echo(summary(G))
    click.echo(f"graph file: {path}")
    click.echo(f"page: {page}")
    if open_page:
        click.launch(os.path.abspath(page))


def importlib_path(traversable: Traversable) -> AbstractContextManager[os.PathLike]:
    """Return a context manager giving a real filesystem path for a bundled folder."""
    import importlib.resources

    return importlib.resources.as_file(traversable)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(allow_dash=True))
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(TYPES),
    help="Only actors of this type (repeatable).",
)
@modality_option
@output_format("table", "csv", "json")
@library_errors
def actors(graph_file, types, modalities, fmt):
    """List the actors of a graph file, most mentioned first.

    Example:

        actorgraph actors graph.json --type leader
    """
    from .explore import actor_rows
    from .fileformat import read_graph

    rows = actor_rows(read_graph(graph_file, modalities=modalities), types=set(types))
    columns = ["id", "label", "type", "cameo", "sector", "mentions", "articles", "weight", "affiliation", "aliases"]
    print_rows(rows, fmt, columns)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(allow_dash=True))
@click.option("--actor", help="Only relations of this actor (id, name or alias).")
@click.option("--relation", help="Only relations of this type, e.g. deploys.")
@modality_option
@output_format("table", "csv", "json")
@library_errors
def relations(graph_file, actor, relation, modalities, fmt):
    """List the relations of a graph file with their evidence sentences.

    Example:

        actorgraph relations graph.json --actor "North Korea" --relation deploys
    """
    from .explore import evidence_line, find_actor, relation_line, relation_rows
    from .fileformat import read_graph

    G = read_graph(graph_file, modalities=modalities)
    node = find_actor(G, actor) if actor else None
    if actor and node is None:
        raise click.BadParameter(f"no actor called {actor!r} in {graph_file}", param_hint="--actor")
    known = sorted({k for _, _, k in G.edges(keys=True)})
    if relation and relation not in known:
        raise click.BadParameter(
            f"{relation!r} is not in this graph; it has: {', '.join(known)}", param_hint="--relation"
        )
    rows = relation_rows(G, actor=node, relation=relation)
    if fmt != "table":
        return print_rows(rows, fmt, [c for c in rows[0] if c != "evidence"] if rows else ["source"])
    for r in rows:
        echo(relation_line(r, G.graph["counted"]))
        for ev in r["evidence"]:
            echo("    " + evidence_line(G, ev))


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(allow_dash=True, dir_okay=False))
@output_option("File to write ('-' for standard output).", required=True)
@output_format("csv", "jsonl", "parquet", default="csv")
@modality_option
@library_errors
def events(graph_file, output, fmt, modalities):
    """Write the event table: one row per piece of evidence (date, actors, codes, modality, sentence, ...).

    The columns are listed in the README; Parquet needs the 'parquet' extra (pyarrow).

    Example:

        actorgraph events graph.json --format parquet -o events.parquet
    """
    from .events import write_events

    check_outputs({"-o": output}, inputs=[graph_file])
    n = write_events(read_graph(graph_file, modalities=modalities), output, format=fmt)
    if output != "-":
        click.echo(f"wrote {n} events to {output}", err=True)


def _page_only(max_nodes: int | None, html_path: str | None) -> None:
    """Refuse --max-nodes without --html: it only shapes the page."""
    if max_nodes is not None and not html_path:
        raise click.UsageError("--max-nodes applies to the --html page: give --html PATH too")


def _page_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a page path that is a file, since the command's report goes to standard output."""
    if value == "-":
        raise click.BadParameter("the page needs a file; standard output carries the report")
    return value


def comma_list(ctx: click.Context, param: click.Parameter, value: Sequence[str]) -> tuple[str, ...] | None:
    """Click callback: ``--opt a,b --opt c`` gives ``("a", "b", "c")``; None when the option is absent."""
    names = tuple(name.strip() for v in value for name in v.split(",") if name.strip())
    return names or None


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "--measure",
    type=click.Choice(MEASURES + ("all",)),
    default="pagerank",
    show_default=True,
    help="Centrality measure; 'all' gives one column each, ranked by pagerank; 'hits' ranks by "
    "authority and shows the hub score.",
)
@click.option(
    "--relation",
    "relations",
    multiple=True,
    callback=comma_list,
    metavar="R,...",
    help="Keep only these relations (repeatable).",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    callback=comma_list,
    metavar="T,...",
    help=f"Keep only actors of these types ({', '.join(TYPES)}); applied after --collapse.",
)
@click.option("--collapse", is_flag=True, help="Merge leaders and agencies into the state or alliance they belong to.")
@click.option(
    "--no-affiliations",
    "affiliations",
    is_flag=True,
    flag_value=False,
    default=True,
    help=f"Drop the org-chart relations ({', '.join(r for r in RELATIONS if r in AFFILIATION_RELATIONS)}).",
)
@click.option(
    "--weight",
    type=click.Choice(WEIGHTS),
    default="evidence",
    show_default=True,
    help="Weight of two actors' aggregated relations: their evidence count, or 1. Betweenness "
    "and closeness use distance = 1/weight.",
)
@click.option(
    "--communities",
    "by_community",
    is_flag=True,
    help="List Louvain communities (seeded), members ordered by --measure, with their brokers.",
)
@click.option(
    "--top", type=click.IntRange(min=0), default=20, show_default=True, help="Show the first N rows; 0 shows all."
)
@modality_option
@output_format("table", "csv", "json")
@library_errors
def central(graph_file, measure, by_community, top, fmt, modalities, **selection):
    """Rank actors by centrality: who is central to what is reported.

    The graph holds one edge per relation between two actors; the measures run on a simple
    graph where all the relations from one actor to another are one edge, weighing their
    evidence count (--weight). Betweenness above 1,000 actors and closeness above 2,000 are
    estimated by sampling (said on stderr). The table shows each actor's three heaviest relations.

    Example:

    \b
        actorgraph central graph.json --measure betweenness --collapse --no-affiliations
    """
    dropped = sorted(set(selection["relations"] or ()) & set(AFFILIATION_RELATIONS))
    if dropped and not selection["affiliations"]:
        raise click.UsageError(
            f"--relation {','.join(dropped)} contradicts --no-affiliations, which drops "
            f"{', '.join(sorted(AFFILIATION_RELATIONS))}"
        )
    G = read_graph(graph_file, modalities=modalities)
    if by_community:
        rows = communities(G, measure=measure, top=top or None, **selection)
        print_rows(rows, fmt, COMMUNITY_COLUMNS, max_width=100)
    else:
        rows = centrality(G, measure=measure, top=top or None, **selection)
        columns, table = ranking_columns(measure)
        print_rows(rows, fmt, columns, table=table, max_width=100)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(dir_okay=False, allow_dash=True))
@output_option("Where to write the page ('-' for standard output).", default="graph.html")
@click.option(
    "--size-by",
    type=click.Choice(MEASURES),
    default="pagerank",
    show_default=True,
    help="Centrality measure that sizes the actors.",
)
@click.option("--max-nodes", type=click.IntRange(min=1), help="Keep only the N most central actors.")
@click.option("--title", callback=_utf8_text, help="Page title (default: the graph's snapshot label).")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
@modality_option
@library_errors
def html(graph_file, output, size_by, max_nodes, title, open_page, modalities):
    """Write a self-contained HTML page of a graph file's network.

    Example:

        actorgraph html graph.json -o graph.html --open
    """
    if open_page and output == "-":
        raise click.UsageError("--open needs a file: give -o PATH instead of '-'")
    check_outputs({"-o": output}, inputs=[graph_file])
    G = read_graph(graph_file, modalities=modalities)
    path = _write_html(G, output, size_by=size_by, max_nodes=max_nodes, title=title)
    if output != "-":
        click.echo(path)
    if open_page:
        click.launch(os.path.abspath(path))


def errors_exit(status: int) -> Callable[[F], F]:
    """Decorator making the command's one-line errors exit with `status` (``diff`` exits 2 on error, like diff(1))."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except click.ClickException as e:
                e.exit_code = status
                raise

        return wrapper

    return decorate


def _parse_periods(paths: Sequence[str], options: dict[str, Any], **kwargs: Any) -> list[tuple[str, nx.MultiDiGraph]]:
    """Return `actorgraph.snapshots.build_snapshots` of `paths` with the shared options (see `build_options`)."""
    from .snapshots import build_snapshots

    reading = _reading(options)
    options = _parse_options(**options)
    check_outputs({"--html": kwargs.pop("html_path", None)}, inputs=paths, cache=options["options"].cache)
    return _parsing(build_snapshots, paths=paths, reading=reading, **options, **kwargs)


def period_options(fn: F) -> F:
    """Decorator adding the options of the commands that cut a corpus into periods."""
    from .snapshots import PERIODS

    fn = click.option("--date", callback=_iso_date, help="Date (YYYY-MM-DD) for articles that give none.")(fn)
    fn = click.option(
        "--by",
        type=click.Choice(PERIODS),
        default="week",
        show_default=True,
        help="Length of a period; weeks are ISO weeks (2024-W43).",
    )(fn)
    return input_options(build_options(fn))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--cumulative",
    is_flag=True,
    help="Each snapshot holds every article up to the end of its period, not only the period's.",
)
@output_dir_option("Folder for the graph files (made if missing).", default="snapshots")
@period_options
@library_errors
def snapshots(paths, cumulative, output_dir, by, date, **options):
    """Build one graph file per day, week or month of the articles' dates, named by the period.

    Each article is parsed once. Articles without a date go into 'undated.json', with a warning.
    Graph files already in the folder that this run does not replace are named in a warning.

    Example:

    \b
        actorgraph snapshots data/articles --by week --cumulative -o snapshots
    """
    from .snapshots import write_snapshots

    graphs = _parse_periods(paths, options, by=by, cumulative=cumulative, default_date=date)
    written = write_snapshots(graphs, output_dir)
    stale = sorted(
        set(glob.glob(os.path.join(output_dir, "*.json")))
        - {os.path.join(output_dir, os.path.basename(p)) for p in written}
    )
    if stale:
        _warn(
            f"{output_dir} also holds {len(stale)} graph file{'s' * (len(stale) > 1)} this run did not write "
            f"({', '.join(os.path.basename(p) for p in stale[:3])}{', …' if len(stale) > 3 else ''})"
        )
    rows = [
        {
            "snapshot": label,
            "articles": len(G.graph["articles"]),
            "actors": len(G),
            "relations": G.number_of_edges(),
            "file": path,
        }
        for (label, G), path in zip(graphs, written)
    ]
    print_rows(rows, "table", ["snapshot", "articles", "actors", "relations", "file"])


@cli.command()
@click.argument("old", type=click.Path(allow_dash=True))
@click.argument("new", type=click.Path(allow_dash=True))
@click.option(
    "--articles",
    "from_articles",
    is_flag=True,
    help="OLD and NEW are articles (files or folders) to build, not graph files.",
)
@click.option(
    "--measure",
    type=click.Choice(MEASURES),
    default="pagerank",
    show_default=True,
    help="Centrality measure whose ranks are compared ('hits': authority).",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Show the N biggest movers in rank; 0 shows all.",
)
@output_format("text", "json", default="text")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False),
    callback=_page_file,
    help="Also write the diff as a network page: added green, removed red, changed amber.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    help="On the --html page, draw at most N actors: those a change touches first, then the most central.",
)
@modality_option
@input_options
@build_options
@errors_exit(2)
@library_errors
def diff(old, new, from_articles, measure, top, fmt, html_path, max_nodes, modalities, **options):
    """Show what changed from OLD to NEW: actors, relations, their evidence, and centrality.

    Exit status as diff(1): 0 when nothing changed, 1 when something did, 2 on error.
    --format json prints the diff in the format of data/diff.schema.json.

    Example:

    \b
        actorgraph diff snapshots/2024-W42.json snapshots/2024-W43.json --html diff.html
    """
    import json

    from .counts import recount
    from .diff import diff_graphs, has_changes
    from .diffreport import format_diff

    if old == "-" and new == "-":
        raise click.UsageError("OLD and NEW cannot both be standard input")
    _page_only(max_nodes, html_path)
    check_outputs({"--html": html_path}, inputs=[old, new])
    if from_articles:
        A, B = (_build([path], outputs={"--html": html_path}, **options) for path in (old, new))
    else:
        A, B = read_graph(old), read_graph(new)
    A, B = recount(A, modalities), recount(B, modalities)
    d = diff_graphs(A, B, measure=measure, top=top or None, names=(old, new), modalities=modalities)
    if html_path:
        from actorgraph.viz.changes import write_diff_page

        click.echo(f"wrote {write_diff_page(A, B, d, html_path, size_by=measure, max_nodes=max_nodes)}", err=True)
    echo(escape_json(json.dumps(d, ensure_ascii=False, indent=1)) if fmt == "json" else format_diff(d))
    click.get_current_context().exit(1 if has_changes(d) else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--measure",
    type=click.Choice(MEASURES),
    default="pagerank",
    show_default=True,
    help="Centrality measure of the 'most central' column.",
)
@output_format("table", "csv", "json")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False),
    callback=_page_file,
    help="Also write a network page with a slider over the snapshots.",
)
@click.option(
    "--max-nodes", type=click.IntRange(min=1), help="On the --html page, draw at most N actors, the most central."
)
@period_options
@library_errors
def timeline(paths, measure, fmt, html_path, max_nodes, by, date, **options):
    """Show how the network grew: per period, its articles, new actors and relations, and who is central.

    The snapshots are cumulative: each holds every article up to the end of its period.
    Articles without a date are left out, with a warning.

    Example:

    \b
        actorgraph timeline data/articles --by week --html timeline.html
    """
    from .timeline import TIMELINE_COLUMNS, TIMELINE_TABLE
    from .timeline import timeline as summarise

    _page_only(max_nodes, html_path)
    graphs = _parse_periods(
        paths, options, by=by, cumulative=True, keep_undated=False, default_date=date, html_path=html_path
    )
    rows = summarise(graphs, measure=measure)
    if html_path:
        from actorgraph.viz.changes import write_timeline_page

        click.echo(f"wrote {write_timeline_page(graphs, html_path, size_by=measure, max_nodes=max_nodes)}", err=True)
    print_rows(rows, fmt, TIMELINE_COLUMNS, table=TIMELINE_TABLE, max_width=70)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "--to",
    "to",
    type=click.Choice(["cypher", "neo4j-csv"]),
    required=True,
    help="cypher: one idempotent script for cypher-shell; neo4j-csv: a folder of neo4j-admin import files.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(allow_dash=True),
    help="The script ('-' for standard output), or the folder of CSV files (made if missing).",
)
@modality_option
@library_errors
def export(graph_file, to, output, modalities):
    """Export a graph file to a graph database: a Cypher script or neo4j-admin CSV files.

    Example:

    \b
        actorgraph export graph.json --to cypher -o graph.cypher
        cypher-shell -u neo4j -f graph.cypher
    """
    from .neo4j import export_graph

    if to == "neo4j-csv" and output == "-":
        raise click.BadParameter("neo4j-csv writes a folder of files; give a folder, not '-'", param_hint="-o")
    written = export_graph(read_graph(graph_file, modalities=modalities), output, to=to)
    if output != "-":
        for path in written:
            click.echo(f"wrote {path}", err=True)


@cli.command()
@click.argument("paths", metavar="EVENTS...", nargs=-1, required=True, type=click.Path(allow_dash=True, dir_okay=False))
@output_option("Graph file to write ('-' for standard output).", default="graph.json")
@click.option("--root-only", is_flag=True, help="Only root events (IsRootEvent: the event of an article's lead).")
@click.option(
    "--country",
    "countries",
    multiple=True,
    callback=comma_list,
    metavar="CODE,...",
    help="Only events with an actor of these countries: CAMEO codes or state ids, e.g. PRK,russia (repeatable).",
)
@click.option("--since", callback=_iso_date, help="Only events on or after this date (SQLDATE, YYYY-MM-DD).")
@click.option("--until", callback=_iso_date, help="Only events on or before this date.")
@click.option("--snapshot", help="Label stored in the graph's metadata, e.g. '2024-W43'.")
@click.option("--strict", is_flag=True, help="Stop at the first bad row instead of warning.")
@library_errors
def gdelt(paths, output, root_only, countries, since, until, snapshot, strict):
    """Build a graph file from GDELT event files (2.0 exports or 1.0 daily files, plain, .zip or .gz).

    Example:

    \b
        actorgraph gdelt 20241018*.export.CSV.zip --country PRK,RUS -o gdelt.json
    """
    from .explore import summary
    from .fileformat import write_graph
    from .gdelt import Filters, GdeltStats, check_countries, gdelt_graph

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    filters = Filters(root_only=root_only, countries=check_countries(countries or ()), since=since, until=until)
    stats = GdeltStats()
    G = gdelt_graph(paths, filters=filters, strict=strict, warn=_warn, stats=stats, snapshot=snapshot)
    write_graph(G, output)
    click.echo(str(stats), err=True)
    click.echo(summary(G), err=True)
    if output != "-":
        click.echo(f"wrote {output}", err=True)
