"""The ``rapport`` command: a thin shell over ``rapport.api`` and ``rapport.output``.

    rapport extract PATH... [--published D] [--format json|jsonl|text]
    rapport ingest PATH... [--db FILE] [--processes N] [--engine dask [--scheduler ADDR]]
    rapport quotes | events | show ID | actors | summary | failures   [--db FILE] [--format F]
    rapport actors lookup PHRASE... [--date D] | --file PHRASES.jsonl   [--format F]
    rapport export --format jsonl|csv|parquet --out PATH
    rapport relations A B [--by month] [--plot F] | --top N;  rapport network [--out F]
    rapport clusters [--actor A] [--recipient B]                  [--db FILE] [--format F]
    rapport serve [--db FILE] [--host 127.0.0.1] [--port 8000]
"""
from __future__ import annotations

import sys
import threading
from contextlib import ExitStack, contextmanager
from enum import Enum
from itertools import chain, islice
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import (Progress, ProgressColumn, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)
from rich.text import Text

from . import api, output
from .nlp import MAX_CHARS
from .schema import Failure
from .store import DEFAULT_DB, Rows, StoreError

app = typer.Typer(name="rapport", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False,
                  help="News reports in; sourced actors, quotations and political events out.")
actors_app = typer.Typer(invoke_without_command=True, add_completion=False,
                         help="Actors across the database, most mentioned first.")
app.add_typer(actors_app, name="actors")

err = Console(stderr=True, highlight=False)


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


Db = Annotated[Path, typer.Option("--db", help="DuckDB database file.", show_default=True)]
Fmt = Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")]
Limit = Annotated[Optional[int], typer.Option("--limit", "-n", min=1,
                                              help="At most this many rows.")]
Paths = Annotated[list[str], typer.Argument(
    help="Files (.txt, .html, .jsonl, .jsonl.gz, RSS/Atom), directories, or - for stdin.")]
Published = Annotated[Optional[str], typer.Option(
    help="Publication date (YYYY-MM-DD) for documents that carry none.")]
Processes = Annotated[int, typer.Option(
    min=1, help="Worker processes, each running the whole pipeline (one model each).")]
MaxChars = Annotated[int, typer.Option(min=1, help="Refuse documents longer than this.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/bold red] {message}", markup=True, highlight=False)
    return typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    """Known problems (missing database, bad date, locked file) as one line, no traceback."""
    try:
        yield
    except (StoreError, ValueError, FileNotFoundError) as exc:
        raise fail(str(exc)) from None


def _echo_failure(f: Failure) -> None:
    sys.stderr.write(f"FAILED {f.id}: {f.reason}\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- extract


@app.command()
def extract(paths: Paths,
            published: Published = None,
            format: Annotated[ExtractFormat, typer.Option(
                "--format", "-f", help="json: an array (one object for one document); "
                "jsonl: one record a line; text: a readable summary.")] = ExtractFormat.json,
            processes: Processes = 1,
            max_chars: MaxChars = MAX_CHARS) -> None:
    """Analyse documents and print one record per document, in input order.

    Documents that cannot be read or analysed are reported on stderr as
    FAILED <id>: <reason>; the exit code is 1 only when no document could be processed.
    """
    single = False
    ok = total = 0
    out = sys.stdout
    with errors():
        items = iter(api.extract(paths, published, processes, max_chars=max_chars))
        head = list(islice(items, 2))
        single = len(head) == 1
        for item in chain(head, items):
            total += 1
            if isinstance(item, Failure):
                _echo_failure(item)
                continue
            ok += 1
            rec = item.to_dict()
            if format == ExtractFormat.jsonl:
                out.write(output.dumps(rec) + "\n")
            elif format == ExtractFormat.text:
                out.write(("\n" if ok > 1 else "") + output.text_summary(rec) + "\n")
            elif single:
                out.write(output.dumps(rec, indent=2) + "\n")
            else:
                body = output.dumps(rec, indent=2).replace("\n", "\n  ")
                out.write(("[\n  " if ok == 1 else ",\n  ") + body)
            out.flush()
    if format == ExtractFormat.json and not single and ok:
        out.write("\n]\n")
        out.flush()
    if total == 0:
        raise fail("no documents found in " + ", ".join(paths))
    if ok == 0:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- ingest


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        return Text(f"{rate:.1f} docs/s")


class _Eta(ProgressColumn):
    """Time left at the average rate so far, when the number of documents is known."""

    def render(self, task) -> Text:
        if task.total is None or not task.elapsed or not task.completed:
            return Text("")
        left = max(0.0, (task.total - task.completed) * task.elapsed / task.completed)
        h, rest = divmod(int(left), 3600)
        return Text(f"ETA {h}:{rest // 60:02d}:{rest % 60:02d}")


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def ingest(paths: Paths,
           db: Db = Path(DEFAULT_DB),
           published: Published = None,
           processes: Annotated[int, typer.Option(
               min=1, help="Worker processes (local engine), each loading the model "
                           "once.")] = 1,
           max_chars: MaxChars = MAX_CHARS,
           replace: Annotated[bool, typer.Option(
               help="When an id is already stored with another text, replace that article "
                    "(default: keep both, the new one as ID~2).")] = False,
           engine: Annotated[Engine, typer.Option(
               help="local: this machine; dask: partitions on a Dask cluster, Parquet in "
                    "between.")] = Engine.local,
           scheduler: Annotated[Optional[str], typer.Option(
               help="Dask scheduler address (tcp://HOST:8786); default: a LocalCluster.")
           ] = None,
           workers: Annotated[Optional[int], typer.Option(
               min=1, help="Workers of the LocalCluster (dask without --scheduler); "
                           "default: the CPU count.")] = None,
           out: Annotated[Optional[Path], typer.Option(
               help="Dask: directory for the Parquet partitions (shared storage on a "
                    "cluster), kept; default: a temporary one, removed.")] = None,
           partition_size: Annotated[int, typer.Option(
               min=1, help="Dask: documents per partition (one task).")] = 50) -> None:
    """Analyse documents and store them in the database (created when missing).

    Documents already stored (same content hash) are skipped, so ingesting again is cheap,
    and an interrupted ingest (Ctrl-C, kill) resumes where it stopped when run again.
    Event clusters are recomputed at the end.
    """
    from .engines import count_documents
    from .engines.local import EngineError
    if engine == Engine.local and (scheduler or out or workers or partition_size != 50):
        raise fail("--scheduler, --workers and --out go with --engine dask")
    done = [0]
    try:
        with errors(), Progress(SpinnerColumn(), TextColumn("ingesting"),
                                TextColumn("{task.completed}{task.fields[of]} docs"),
                                _Rate(), TextColumn("{task.fields[failed]} failed"),
                                TimeElapsedColumn(), _Eta(), console=err,
                                transient=False) as progress:
            task = progress.add_task("ingest", total=None, failed=0, of="")

            def count() -> None:      # in the background: a big input takes a while
                try:
                    total = count_documents(paths)
                except Exception:     # only for the display
                    total = None
                if total:
                    progress.update(task, total=total, of=f"/{total}")

            threading.Thread(target=count, daemon=True).start()

            def on_progress(n: int, failed: int) -> None:
                done[0] = n
                progress.update(task, completed=n, failed=failed)

            report = api.ingest(paths, db=db, processes=processes, published=published,
                                max_chars=max_chars, replace=replace,
                                engine=engine.value, scheduler=scheduler, out=out,
                                workers=workers, partition_size=partition_size,
                                on_progress=on_progress)
    except KeyboardInterrupt:
        err.print(f"interrupted after {done[0]} documents: what was committed is kept; "
                  f"run the same command again to resume")
        raise typer.Exit(130) from None
    except EngineError as exc:
        raise fail(str(exc)) from None
    print(f"added {report.added}, skipped {report.skipped} (already stored), "
          f"failed {len(report.failed)}  -> {db}")
    for old, new in report.renamed:
        print(f"RENAMED {old} -> {new} (id already stored with another text)")
    for aid in report.replaced:
        print(f"REPLACED {aid}")
    for f in report.failed:
        print(f"FAILED {f.id}: {f.reason}")
    if report.added + report.skipped == 0:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- queries


@app.command()
def quotes(speaker: Annotated[Optional[str], typer.Option(
               help="Speaker name contains this (any case).")] = None,
           limit: Limit = None, db: Db = Path(DEFAULT_DB),
           format: Fmt = QueryFormat.table) -> None:
    """Quotations with their speakers, in publication order."""
    with errors():
        rows = api.open_db(db).quotes(speaker=speaker, limit=limit)
        output.print_rows(rows, format.value, columns=[
            "published", "speaker", "kind", "text", "article_id"],
            wide=["text"], empty="no quotes found")


@app.command()
def events(actor: Annotated[Optional[str], typer.Option(
               help="Actor name or country contains this (any case).")] = None,
           recipient: Annotated[Optional[str], typer.Option(
               help="Recipient name or country contains this (any case).")] = None,
           type: Annotated[Optional[str], typer.Option(
               "--type", "-t", help="PLOVER type (e.g. ACCUSE) or CAMEO code prefix.")] = None,
           since: Annotated[Optional[str], typer.Option(
               help="Events on or after this date (YYYY-MM-DD).")] = None,
           explain: Annotated[bool, typer.Option(
               "--explain", help="Show the lexicon entry or rule and the parse path behind "
                                 "each event.")] = False,
           limit: Limit = None, db: Db = Path(DEFAULT_DB),
           format: Fmt = QueryFormat.table) -> None:
    """Political events (PLOVER/CAMEO) in date order."""
    with errors():
        rows = api.open_db(db).events(actor=actor, type=type, since=since, limit=limit,
                                      recipient=recipient)
        if format == QueryFormat.table:
            view = output.events_view(rows, explain=explain)
            output.print_rows([{k: v for k, v in r.items() if k != "explain"} for r in view],
                              format.value, wide=["actor", "recipient"], empty="no events found")
            if explain:                  # a reason is too long for a table cell: one a line
                for n, r in enumerate(view, 1):
                    Console(soft_wrap=True).print(Text(f"{n}. {r['event']}: {r['explain']}"))
            return
        if not explain:             # the same rows (which know their columns) minus one
            rows = Rows(({k: v for k, v in r.items() if k != "explain"} for r in rows),
                        [c for c in getattr(rows, "columns", None) or [] if c != "explain"])
        output.print_rows(rows, format.value, wide=["actor", "recipient", "explain"],
                          empty="no events found")


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="Article id.")],
         db: Db = Path(DEFAULT_DB), format: Fmt = QueryFormat.table) -> None:
    """One stored article: its actors, quotes, events and warnings (table = readable text)."""
    with errors():
        record = api.open_db(db).article(article_id)
        if record is None:
            raise fail(f"no article {article_id!r} in {db}")
        output.print_article(record, format.value)


@actors_app.callback()
def actors(ctx: typer.Context,
           name: Annotated[Optional[str], typer.Option(
               help="Name contains this (any case).")] = None,
           limit: Limit = None, db: Db = Path(DEFAULT_DB),
           format: Fmt = QueryFormat.table) -> None:
    """Actors across the database with article and mention counts, most mentioned first."""
    if ctx.invoked_subcommand is not None:
        return
    with errors():
        rows = api.open_db(db).actors(limit=limit, name=name)
        output.print_rows(rows, format.value, empty="no actors found", columns=[
            "name", "kind", "country", "articles", "mentions"])


@actors_app.command("lookup")
def actors_lookup(
        phrases: Annotated[Optional[list[str]], typer.Argument(
            help="Actor phrases, e.g. \"the Chinese foreign minister\".")] = None,
        date: Annotated[Optional[str], typer.Option(
            help="The day the phrases were written (YYYY-MM-DD): picks who held a role; "
                 "with --file, the date of lines that carry none.")] = None,
        file: Annotated[Optional[str], typer.Option(
            "--file", help="JSON lines {\"text\": ..., \"date\"?: ...}, or - for stdin.")] = None,
        format: Fmt = QueryFormat.table) -> None:
    """Name, kind, country, sector and role of short actor phrases, from the knowledge
    base (no database needed). One answer per phrase, in input order; with --file, a line
    that cannot be read gives an error record and its reason on stderr."""
    from .actors.lookup import FIELDS, lookup_lines, lookup_many
    if bool(phrases) == bool(file):
        raise fail("give actor phrases or --file PHRASES.jsonl (one of the two)")
    with errors(), ExitStack() as stack:
        if phrases:
            answers = lookup_many({"text": p, "date": date} for p in phrases)
        else:
            stream = sys.stdin if file == "-" else stack.enter_context(
                open(file, encoding="utf-8"))
            answers = lookup_lines(stream, date)
        rows, ok, bad = [], 0, 0
        for r in answers:
            if "error" in r:
                bad += 1
                sys.stderr.write(f"ERROR {r['error']}\n")
            else:
                ok += 1
            if format == QueryFormat.jsonl:     # streamed, one line per answer
                sys.stdout.write(output.dumps(r) + "\n")
                sys.stdout.flush()
            else:
                rows.append(r)
        if format != QueryFormat.jsonl:
            cols = list(FIELDS) + (["error"] if bad else [])
            output.print_rows(rows, format.value, columns=cols, empty="no phrases")
    if ok == 0:
        raise fail("no phrase could be looked up" if bad else f"no phrases in {file}")


@app.command()
def summary(db: Db = Path(DEFAULT_DB), format: Fmt = QueryFormat.table) -> None:
    """Counts of articles, actors, quotes, events by type, top dyads and failures."""
    with errors():
        output.print_summary(api.open_db(db).summary(), format.value)


@app.command()
def failures(limit: Limit = None, db: Db = Path(DEFAULT_DB),
             format: Fmt = QueryFormat.table) -> None:
    """Documents that could not be read or analysed, with the reason."""
    with errors():
        output.print_rows(api.open_db(db).failures(limit=limit), format.value,
                          wide=["reason"], empty="no failures")


@app.command()
def export(format: Annotated[ExportFormat, typer.Option(
               "--format", "-f", help="jsonl: one record per article in one file; "
               "csv/parquet: one file per table in a directory.")],
           out: Annotated[Path, typer.Option(
               help="Output file (jsonl; - for stdout) or directory (csv, parquet).")],
           db: Db = Path(DEFAULT_DB)) -> None:
    """Write the whole database out as JSON lines, CSV or Parquet."""
    with errors():
        written = api.open_db(db).export(format.value, out)
    for path in written:
        err.print(f"wrote {path}")


@app.command()
def serve(db: Db = Path(DEFAULT_DB),
          host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=0, max=65535, help="Port.")] = 8000) -> None:
    """The web view: read articles the way rapport read them, browse actors and relations,
    and a JSON API under /api (docs at /api/docs). Read-only; an ingest may keep writing
    to the same database meanwhile."""
    with errors():
        import uvicorn

        from .web import create_app
        web_app = create_app(db)
    err.print(f"serving {db} at http://{host}:{port}/  (API docs: /api/docs; Ctrl-C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


# --------------------------------------------------------------------------- analyses


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


Since = Annotated[Optional[str], typer.Option(help="From this day on (YYYY-MM-DD).")]
Until = Annotated[Optional[str], typer.Option(help="Up to this day (YYYY-MM-DD), inclusive.")]
Mentions = Annotated[bool, typer.Option(
    "--mentions", help="Count every report of an event (default: each event cluster "
                       "once).")]


def _warn_stale(db: Path) -> None:
    from .analyse.relations import stale
    why = stale(api.open_db(db))
    if why:
        err.print(f"[yellow]warning:[/yellow] {why}; `rapport ingest` brings them up to "
                  f"date", markup=True, highlight=False)


@app.command()
def relations(actor_a: Annotated[Optional[str], typer.Argument(
                  help="An actor: ISO country code (USA), country name, or actor name.")
              ] = None,
              actor_b: Annotated[Optional[str], typer.Argument(help="The other actor.")
                                 ] = None,
              by: Annotated[Period, typer.Option(help="Period length.")] = Period.month,
              since: Since = None, until: Until = None, mentions: Mentions = False,
              top: Annotated[Optional[int], typer.Option(
                  min=1, help="List the N busiest dyads instead.")] = None,
              plot: Annotated[Optional[Path], typer.Option(
                  help="Also draw the series: FILE.png, FILE.svg or FILE.html "
                       "(self-contained).")] = None,
              db: Db = Path(DEFAULT_DB), format: Fmt = QueryFormat.table) -> None:
    """Events between two actors per period, both directions and combined: counts by
    quad class and PLOVER type, mean and summed Goldstein score and PLOVER scale.
    Events that happened only; each event cluster once unless --mentions."""
    from .analyse import relations as rel
    with errors():
        store = api.open_db(db)
        if top is not None:
            if actor_a or actor_b or plot:
                raise fail("--top lists dyads: give no actors and no --plot with it")
            rows = rel.top_dyads(store, top, since=since, until=until, mentions=mentions)
            _warn_stale(db)
            output.print_rows(rows, format.value, empty="no events between two sides")
            return
        if not (actor_a and actor_b):
            raise fail("give two actors (rapport relations USA CHN) or --top N")
        rows = rel.relations(store, actor_a, actor_b, by=by.value, since=since,
                             until=until, mentions=mentions)
        _warn_stale(db)
        output.print_rows(rel.table_view(rows) if format == QueryFormat.table else rows,
                          format.value, empty="no events between them")
        if plot is not None:
            from .analyse import plots
            a, b = rel.label(store, actor_a), rel.label(store, actor_b)
            what = "event mentions" if mentions else "events"
            path = plots.save(plots.relations_chart(rows, f"{a} - {b}: {what} per {by.value}"),
                              plot)
            err.print(f"wrote {path}")


@app.command()
def network(since: Since = None, until: Until = None, mentions: Mentions = False,
            min_events: Annotated[int, typer.Option(
                min=1, help="Leave out edges with fewer events.")] = 1,
            out: Annotated[Optional[Path], typer.Option(
                help="Write the graph: FILE.graphml, FILE.gexf or FILE.html (a drawing); "
                     "without it the edges are printed.")] = None,
            limit: Limit = None,
            db: Db = Path(DEFAULT_DB), format: Fmt = QueryFormat.table) -> None:
    """The actor network: actors (country, else name) as nodes, directed edges weighted by
    event count, with mean Goldstein score and PLOVER scale."""
    from .analyse import network as net
    with errors():
        rows = net.edges(api.open_db(db), since=since, until=until, mentions=mentions,
                         min_events=min_events)
        _warn_stale(db)
        if out is not None:
            path = net.write(rows, out)
            nodes = len({r["source"] for r in rows} | {r["target"] for r in rows})
            err.print(f"wrote {path}: {nodes} actors, {len(rows)} edges")
            return
        output.print_rows(rows[:limit] if limit else rows, format.value,
                          empty="no events between two sides")


@app.command()
def clusters(actor: Annotated[Optional[str], typer.Option(
                 help="An actor on the source side (code or name).")] = None,
             recipient: Annotated[Optional[str], typer.Option(
                 help="An actor on the target side (code or name).")] = None,
             type: Annotated[Optional[str], typer.Option(
                 "--type", "-t", help="PLOVER type or CAMEO code prefix.")] = None,
             since: Since = None, until: Until = None,
             all_events: Annotated[bool, typer.Option(
                 "--all", help="Also events that did not happen (future, negated...).")
             ] = False,
             limit: Limit = None, db: Db = Path(DEFAULT_DB),
             format: Fmt = QueryFormat.table) -> None:
    """Event clusters (the same event across articles), most reported first, with
    num_mentions, num_articles, num_sources, first and last seen; json/jsonl list every
    mention (article_id, event_id)."""
    from .analyse.clusters import list_clusters
    with errors():
        rows = list_clusters(api.open_db(db), actor=actor, recipient=recipient, type=type,
                             since=since, until=until, happened=None if all_events else True,
                             limit=limit, mentions=format in (QueryFormat.json,
                                                              QueryFormat.jsonl))
        _warn_stale(db)
        output.print_rows(rows, format.value, empty="no event clusters", columns=[
            "day", "type", "actors", "recipients", "num_mentions", "num_articles",
            "num_sources", "first_seen", "last_seen", "goldstein"] if format ==
            QueryFormat.table else None)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
