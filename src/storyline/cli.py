"""The command line: parse arguments, call the public API, render. Errors become one line and an exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

if TYPE_CHECKING:
    from storyline.scale import Mapper
    from storyline.settings import Settings
    from storyline.store import Store

from storyline.errors import SettingsError, StorylineError

app = typer.Typer(
    help="storyline: turn news articles from many outlets into cited stories, storylines and briefings.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    str, typer.Option("--db", help="SQLite store file (created when missing) or a postgresql:// URL.")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or summaries.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
DEFAULT_DB = "storyline.db"
DaskOption = Annotated[
    str | None,
    typer.Option(
        "--dask", help="Run extract/analyze on Dask: a scheduler address (tcp://host:8786) or 'local'."
    ),
]
SettingOption = Annotated[
    list[str] | None,
    typer.Option(
        "--setting",
        "-s",
        metavar="NAME=VALUE",
        help="Override a setting, e.g. -s cluster.threshold=0.3 (repeatable; `storyline settings` lists them).",
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers", min=1, help="Worker processes for extract/analyze (with --dask local: cluster size)."
    ),
]


class Format(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class RichProgress:
    """Adapts the pipeline's Progress protocol to a rich progress bar (one bar per phase)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: int | None = None

    def start(self, task: str, total: int | None = None) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[-1].total or 0)
        self.task = self.progress.add_task(task, total=total)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, n)


def _progress_bar(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description:>8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        transient=False,
    )


def _fail(message: str, code: int = 1) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _settings(assignments: list[str] | None):
    """The default settings with the command line's --setting overrides; a bad one is a usage error."""
    from storyline.settings import DEFAULTS, with_overrides

    try:
        return with_overrides(DEFAULTS, assignments or [])
    except SettingsError as exc:
        raise _fail(str(exc), 2) from None


def _open(db: str):
    from storyline.store import open_store

    return open_store(db)


@contextmanager
def _stage_run(
    db: str, dask: str | None, workers: int | None, settings: Settings, hide_progress: bool
) -> Iterator[tuple[Store, Mapper, RichProgress]]:
    """The store, the worker mapper and a progress bar that a pipeline command runs with, closed in order."""
    from storyline.scale import open_mapper

    in_flight = settings.pipeline.in_flight_per_worker
    with (
        _open(db) as store,
        open_mapper(dask, workers, in_flight) as mapper,
        _progress_bar(hide_progress) as bar,
    ):
        yield store, mapper, RichProgress(bar)


@app.command()
def ingest(
    targets: Annotated[list[str], typer.Argument(help="Files, directories, globs or http(s) URLs.")],
    db: DbOption = DEFAULT_DB,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    dask: DaskOption = None,
    workers: WorkersOption = None,
    setting: SettingOption = None,
) -> None:
    """Read articles from files, directories, globs, JSONL, RSS/Atom, WARC or URLs into the store.

    Every input becomes an article or a recorded reject (see `storyline rejects`); re-ingesting changes nothing.

    Example: storyline ingest examples/demo 'feeds/*.xml' https://example.org/story.html -s clean.min_body_chars=200
    """
    from storyline.pipeline import ingest as run_ingest

    settings = _settings(setting)
    with _stage_run(db, dask, workers, settings, quiet or as_json) as (store, mapper, progress):
        report = run_ingest(store, targets, settings, progress=progress, mapper=mapper)
    if as_json:
        out.print_json(
            json.dumps({"added": report.added, "unchanged": report.unchanged, "rejected": report.rejected})
        )
    elif not quiet:
        console.print(f"added {report.added}, unchanged {report.unchanged}, rejected {report.rejected}")
        for reject in report.rejects[:10]:
            console.print(f"  rejected {reject.source}: {reject.reason}", markup=False, highlight=False)


@app.command()
def watch(
    sources: Annotated[
        list[str],
        typer.Argument(help="RSS/Atom feed URLs (http/https) and folders, files or globs to follow."),
    ],
    every: Annotated[float, typer.Option("--every", min=1.0, help="Seconds between polls.")] = 300.0,
    once: Annotated[bool, typer.Option("--once", help="Poll once, build, report and exit.")] = False,
    db: DbOption = DEFAULT_DB,
    workers: WorkersOption = None,
    quiet: QuietOption = False,
    setting: SettingOption = None,
) -> None:
    """Follow live feeds and folders: each poll ingests what is new, builds, and prints one line per story or
    storyline that is new or changed (kind, new/changed, id, title).

    Feeds are fetched with conditional GET (ETag / Last-Modified) and only entries not seen before are read;
    folders are rescanned and only new or changed files are read. What was seen is kept in the store, so a
    restarted watch fetches nothing twice. A failing feed is a warning and is retried later and less often.
    Ctrl-C or SIGTERM stops between polls (a second one stops at once; the store stays consistent).

    Example: storyline watch https://example.org/news.rss inbox/ --every 600 --db news.db
    """
    import signal
    import threading

    from storyline.scale import open_mapper
    from storyline.watch import Watcher, check_source

    settings = _settings(setting)
    for source in sources:
        check_source(source)
    stop = threading.Event()

    def request_stop(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        sys.stderr.write("stopping after this poll (again to stop now)\n")

    # only the main thread may set handlers (elsewhere, e.g. under a test runner's thread, Ctrl-C stops at once)
    in_main = threading.current_thread() is threading.main_thread()
    signals = (signal.SIGINT, signal.SIGTERM) if in_main else ()
    previous = {sig: signal.signal(sig, request_stop) for sig in signals}
    try:
        # the workers start once and analyse every poll's build
        with _open(db) as store, open_mapper(None, workers, settings.pipeline.in_flight_per_worker) as mapper:
            watcher = Watcher(store, sources, every, settings, mapper=mapper)
            for report in watcher.run(stop, polls=1 if once else None):
                for line in report.warnings:
                    console.print(f"warning: {line}", markup=False, highlight=False, soft_wrap=True)
                for change in report.changes:
                    out.print(
                        f"{change.status} {change.kind} {change.id}  {change.title}",
                        markup=False,
                        highlight=False,
                    )
                if not quiet:
                    unchanged = (
                        f", {len(report.not_modified)} feeds not modified" if report.not_modified else ""
                    )
                    writing = f", {report.unsettled} files still being written" if report.unsettled else ""
                    console.print(
                        f"added {report.added}, rejected {report.rejected}{unchanged}{writing}",
                        highlight=False,
                    )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@app.command()
def build(
    db: DbOption = DEFAULT_DB,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    dask: DaskOption = None,
    workers: WorkersOption = None,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild",
            help="Re-cluster every stored article from scratch (after an upgrade); analyses are kept.",
        ),
    ] = False,
    setting: SettingOption = None,
) -> None:
    """Analyze new articles, group duplicates, cluster them into stories and link stories into storylines.

    Incremental: only articles not yet placed are clustered; existing stories grow. --rebuild redoes duplicate
    groups, stories and storylines for everything, in one transaction.

    Analysis can run on worker processes (--workers 4) or a Dask cluster (--dask tcp://scheduler:8786);
    clustering always runs here. Settings (-s group.field=value) apply to this run; after changing a clustering
    or dedup setting, --rebuild re-places the articles already clustered.

    Example: storyline build --db news.db --workers 2 -s link.threshold=0.3
    """
    from storyline.pipeline import build as run_build

    settings = _settings(setting)
    with _stage_run(db, dask, workers, settings, quiet or as_json) as (store, mapper, progress):
        report = run_build(store, settings, progress=progress, mapper=mapper, rebuild=rebuild)
    data = vars(report)
    if as_json:
        out.print_json(json.dumps(data))
    elif not quiet:
        console.print(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in data.items()))


@app.command()
def stories(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """List stories, newest first, with their number of independent sources and the outlets they come from.

    Example: storyline stories --json
    """
    from storyline.read_api import story_record
    from storyline.store import canonical_map

    with _open(db) as store:
        items = store.stories()
        canonical = canonical_map(store)
        outlet_of = store.article_outlets()
    if as_json:
        out.print_json(json.dumps([story_record(s) for s in items]))
        return
    table = Table("id", "last seen", "sources", "outlets", "title")
    for s in items:
        sources = {canonical.get(a, a) for a in s.article_ids}
        named = sorted({outlet_of.get(a) or "unknown" for a in s.article_ids}, key=str.casefold)
        when = s.last_seen.date().isoformat() if s.last_seen else "-"
        table.add_row(s.id, when, str(len(sources)), ", ".join(named), s.title)
    out.print(table)


@app.command()
def storylines(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """List storylines with their stories in time order.

    Example: storyline storylines
    """
    from storyline.read_api import storyline_record

    with _open(db) as store:
        items = store.storylines()
        titles = {s.id: s for s in store.stories()}
    if as_json:
        out.print_json(json.dumps([storyline_record(line) for line in items]))
        return
    for line in items:
        out.print(f"[bold]{line.id}[/bold]  {line.title}", highlight=False)
        for sid in line.story_ids:
            s = titles.get(sid)
            when = s.first_seen.date().isoformat() if s and s.first_seen else "undated"
            out.print(f"    {sid}  {when}  {s.title if s else ''}", markup=False, highlight=False)


@app.command()
def show(
    item_id: Annotated[str, typer.Argument(help="Story, storyline or article id (a unique prefix works).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Show one story, storyline or article.

    Example: storyline show s3f2a9c
    """
    from storyline.read_api import article_record, story_record, storyline_record

    with _open(db) as store:
        kind, full_id = store.resolve_id(item_id)
        if kind == "article":
            record = article_record(store.article(full_id), *store.placement(full_id))
        elif kind == "story":
            record = story_record(store.story(full_id))
            record["articles"] = [
                {
                    "id": a.id,
                    "outlet": a.outlet,
                    "headline": a.headline,
                    "published": a.published.isoformat() if a.published else None,
                }
                for a in store.articles(record["article_ids"])
            ]
        else:
            record = storyline_record(store.storyline(full_id))
    if as_json:
        out.print_json(json.dumps(record))
        return
    for key, value in record.items():
        if key == "body":
            out.print(f"\n{value}", markup=False, highlight=False)
        elif key == "articles":
            for a in value:
                out.print(
                    f"  {a['id']}  {a['published'] or 'undated'}  {a['outlet'] or '?'}: {a['headline']}",
                    markup=False,
                    highlight=False,
                )
        else:
            out.print(f"{key}: {value}", markup=False, highlight=False)


@app.command()
def brief(
    item_id: Annotated[str, typer.Argument(help="Story or storyline id (a unique prefix works).")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default stdout).")
    ] = None,
    db: DbOption = DEFAULT_DB,
    setting: SettingOption = None,
) -> None:
    """Write the cited briefing of a story or storyline as Markdown, self-contained HTML or JSON.

    Example: storyline brief s3f2a9c --format html --output brief.html
    """
    from storyline.read_api import brief as make_brief
    from storyline.read_api import briefing_articles
    from storyline.report import briefing_to_dict, render_html, render_markdown

    settings = _settings(setting)
    with _open(db) as store:
        briefing = make_brief(store, item_id, settings)
        articles = briefing_articles(store, briefing)
    if fmt is Format.json:
        text = json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2)
    elif fmt is Format.html:
        text = render_html(briefing, articles)
    else:
        text = render_markdown(briefing, articles)
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for in headlines and bodies.")],
    limit: Annotated[int, typer.Option(min=1, max=500, help="Most hits to show.")] = 20,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over headlines and bodies (SQLite FTS5 / Postgres tsvector, best matches first).

    Example: storyline search "harbour bridge inquiry" --limit 5
    """
    with _open(db) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        out.print_json(
            json.dumps(
                [
                    {
                        "article_id": h.article_id,
                        "headline": h.headline,
                        "outlet": h.outlet,
                        "story_id": h.story_id,
                        "published": h.published.isoformat() if h.published else None,
                        "snippet": h.snippet,
                    }
                    for h in hits
                ]
            )
        )
        return
    if not hits:
        console.print("no matches")
    for h in hits:
        out.print(f"{h.article_id}  {h.outlet or '?'}: {h.headline or ''}", markup=False, highlight=False)
        out.print(f"    {h.snippet}", markup=False, highlight=False)


@app.command()
def rejects(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """List every input that did not become an article, with the reason.

    Example: storyline rejects --json
    """
    with _open(db) as store:
        items = store.rejects()
    if as_json:
        out.print_json(json.dumps([{"source": r.source, "reason": r.reason} for r in items]))
        return
    if not items:
        console.print("no rejects")
    for r in items:
        out.print(f"{r.source}: {r.reason}", markup=False, highlight=False)


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="File to write ('-' for stdout).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Only jsonl for now.")] = "jsonl",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export articles, stories, storylines and rejects as JSON Lines (a stable contract; see README).

    Example: storyline export --format jsonl out/storyline.jsonl
    """
    from storyline.read_api import export_jsonl

    if fmt != "jsonl":
        raise _fail(f"unsupported export format {fmt!r} (use jsonl)", 2)
    with _open(db) as store:
        if str(output) == "-":
            export_jsonl(store, sys.stdout)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as handle:
            count = export_jsonl(store, handle)
    console.print(f"wrote {count} records to {output}")


@app.command()
def report(
    output: Annotated[Path, typer.Argument(help="Folder for the report.")] = Path("out/report"),
    db: DbOption = DEFAULT_DB,
    setting: SettingOption = None,
) -> None:
    """Write briefings of every storyline and story (HTML, Markdown, JSON) and an index page.

    Example: storyline report out/demo
    """
    from storyline.report.corpus import write_report

    settings = _settings(setting)
    with _open(db) as store:
        index = write_report(store, output, settings)
    out.print(str(index), markup=False, highlight=False)


@app.command("settings")
def list_settings(
    as_json: JsonOption = False,
    setting: SettingOption = None,
) -> None:
    """List every setting (group.field) with its type, value and help: what -s/--setting can change.

    Values are the defaults, with any -s overrides applied (a way to check an override parses).

    Example: storyline settings -s cluster.threshold=0.3
    """
    from storyline.settings import describe

    rows = describe(_settings(setting))
    if as_json:
        out.print_json(json.dumps([{"name": n, "type": t, "value": v, "help": h} for n, t, v, h in rows]))
        return
    for name, kind, value, help_text in rows:
        out.print(f"{name} = {value!r}  ({kind})", markup=False, highlight=False)
        out.print(f"    {help_text}", markup=False, highlight=False)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Interface to bind; anything but loopback makes uploads need --token.")
    ] = ("127.0.0.1"),
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    token: Annotated[
        str | None, typer.Option(envvar="STORYLINE_TOKEN", help="Bearer token required for POST /api/ingest.")
    ] = None,
    max_upload_mb: Annotated[int, typer.Option(min=1, max=1024, help="Largest upload accepted (MB).")] = 20,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes sharing the port.")] = 1,
) -> None:
    """Serve the stories, briefings and articles as web pages and a JSON API (docs at /docs).

    Example: storyline serve --db news.db --port 8000
    """
    from storyline.web import is_loopback
    from storyline.web.server import serve as run_server

    if not is_loopback(host) and not token:
        console.print(f"serving on {host}: uploads (POST /api/ingest) are disabled without --token")
    console.print(f"storyline on http://{host}:{port}/ (API docs at /docs)", markup=False, highlight=False)
    run_server(db, host, port, token=token, max_upload_bytes=max_upload_mb * 1024 * 1024, workers=workers)


def main() -> None:
    """Entry point that turns the project's errors into one-line messages and exit codes."""
    try:
        app()
    except StorylineError as exc:
        console.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        console.print("interrupted; stored batches are kept, re-run to continue")
        sys.exit(130)
