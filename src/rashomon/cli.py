"""The command line: a thin layer over ``rashomon.analyze``, ``write_outputs`` and ``load_ledger``.

Exit status: 0 when at least one article was analysed (or a ledger is valid),
1 when none was (or the ledger is invalid), 2 for a usage error, 130 when
interrupted. A user sees one line per problem, never a traceback.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from typing import Any

import click

from ._version import __version__
from .errors import ConfigError, RashomonError
from .settings import FORMATS, FetchSettings, Settings, known_language, parse_formats

MAX_LINES = 20  # problems printed one per line; the rest are counted (the ledger lists them all)


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"rashomon: {message}", err=True)
    sys.exit(code)


def _formats_option(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    try:
        return parse_formats(value)
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from None


def _language_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().lower()
    if not known_language(code):
        raise click.BadParameter(f"unknown language code {value!r}; give an ISO 639 code such as en, ru, uk, de, fr")
    return code


def _every_option(ctx: click.Context, param: click.Parameter, value: str) -> float:
    from .watch import parse_every

    try:
        return parse_every(value)
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from None


def _output_options(f: Any) -> Any:
    """``-o DIR`` and ``--format``: where the ledger and reports go, and which of them."""
    f = click.option(
        "--format",
        "formats",
        default="json,html,md",
        show_default=True,
        callback=_formats_option,
        help=f"Comma-separated outputs to write: {', '.join(FORMATS)}.",
    )(f)
    return click.option(
        "-o",
        "--out",
        "out_dir",
        default="out",
        show_default=True,
        type=click.Path(file_okay=False),
        help="Directory for ledger.json, report.html and the other outputs.",
    )(f)


def fetch_options(f: Any) -> Any:
    """The options of every command that fetches URLs: what the SSRF guard may open, and how long to wait."""
    f = click.option(
        "--fetch-timeout",
        type=click.FloatRange(min=0.1),
        default=FetchSettings().total_timeout,
        show_default=True,
        help="Seconds one response may take, first byte to last.",
    )(f)
    f = click.option(
        "--allow-port",
        "allow_ports",
        type=click.IntRange(1, 65535),
        multiple=True,
        help="Also fetch from this port (80 and 443 always); repeat for more.",
    )(f)
    f = click.option(
        "--allow-loopback",
        is_flag=True,
        help="Also fetch from this machine (127.0.0.1, ::1): for a local test server, never on a shared service.",
    )(f)
    return f


def fetch_settings(
    allow_loopback: bool, allow_ports: tuple[int, ...], fetch_timeout: float, **more: Any
) -> FetchSettings:
    ports = tuple(dict.fromkeys((*FetchSettings().ports, *allow_ports)))
    return FetchSettings(allow_loopback=allow_loopback, ports=ports, total_timeout=fetch_timeout, **more)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="rashomon")
def cli() -> None:
    """Read many news articles about one event; show who claims what, where they agree and conflict."""


def _executor_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from .scale import check_executor

    try:
        return check_executor(value.strip())
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from None


_executor = click.option(
    "--executor",
    default=None,
    metavar="NAME",
    callback=_executor_option,
    help="Where the per-article analysis runs: processes (--workers of them, the default), ray (a local Ray) "
    "or ray://HOST:PORT (a Ray cluster; needs the scale extra).",
)


def _workers(workers: int, executor: str | None) -> int:
    """``--workers``, capped for local processes with one line saying so (a Ray cluster has its own cores)."""
    if executor is not None and executor.startswith("ray"):
        return workers
    from .scale import capped_workers

    capped, notice = capped_workers(workers)
    if notice:
        click.echo(f"rashomon: {notice}", err=True)
    return capped


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_output_options
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes for the per-article analysis (Ray actors with --executor ray).",
)
@_executor
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=Settings().max_bytes,
    show_default=True,
    help="Skip input files larger than this.",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=Settings().max_chars,
    show_default=True,
    help="Skip articles whose text is longer than this.",
)
@click.option(
    "--max-seconds",
    type=click.FloatRange(min=0, min_open=True),
    default=Settings().max_seconds,
    show_default=True,
    help="Give up an article whose analysis takes longer than this (it is listed, with the reason).",
)
@click.option(
    "--language",
    default=None,
    callback=_language_option,
    help="Treat every article as this language (ISO code) instead of detecting it.",
)
@fetch_options
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def analyze(
    paths: tuple[str, ...],
    out_dir: str,
    formats: tuple[str, ...],
    workers: int,
    executor: str | None,
    max_bytes: int,
    max_chars: int,
    max_seconds: float,
    language: str | None,
    allow_loopback: bool,
    allow_ports: tuple[int, ...],
    fetch_timeout: float,
    quiet: bool,
) -> None:
    """Analyse the articles in PATHS (files, directories, http(s) URLs, or - for standard input).

    Understands plain text, HTML, JSON, JSON Lines and RSS/Atom feeds. URLs are
    fetched through the SSRF guard (public addresses, ports 80 and 443), politely
    (robots.txt, one host at a time), and archived in OUT/fetch.warc.gz. Writes
    the ledger and the reports into the output directory.
    """
    from pathlib import Path

    from .atomic import DirectoryLock
    from .ingest.raw import is_url

    warc = os.path.join(out_dir, "fetch.warc.gz") if any(is_url(p) for p in paths) else None
    fetch = fetch_settings(allow_loopback, allow_ports, fetch_timeout, max_bytes=max_bytes, warc=warc)
    settings = Settings(
        workers=_workers(workers, executor),
        executor=executor,
        max_bytes=max_bytes,
        max_chars=max_chars,
        max_seconds=max_seconds,
        formats=formats,
        language=language,
        progress=not quiet,
        exclude=(out_dir,),
        fetch=fetch,
    )
    # Before the analysis: a directory we cannot write, or one another run is writing, fails in a second.
    lock = DirectoryLock(Path(out_dir))
    try:
        if warc and os.path.exists(warc):
            os.remove(warc)  # this run's responses only, as the ledger beside it
        _analyze(paths, out_dir, settings, quiet)
    finally:
        lock.release()


def _analyze(paths: tuple[str, ...], out_dir: str, settings: Settings, quiet: bool) -> None:
    from .api import analyze as run
    from .report import write_outputs

    bar = _progress_bar(quiet)
    try:
        ledger = run(paths, settings, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    lines = [f"{i.status} {i.source}: {i.problem}" for i in ledger.inputs if i.status != "ok"]
    lines += [f"warning {i.source}: {i.problem}" for i in ledger.inputs if i.status == "ok" and i.problem]
    lines += [f"warning {a.source}: {a.problem}" for a in ledger.articles if a.problem]
    for line in lines[:MAX_LINES]:
        click.echo(f"rashomon: {line}", err=True)
    if len(lines) > MAX_LINES:
        click.echo(f"rashomon: ... and {len(lines) - MAX_LINES:,} more (listed under inputs in ledger.json)", err=True)
    if not ledger.articles:
        reasons = Counter(i.problem for i in ledger.inputs)
        why = "; ".join(f"{n} × {p}" if n > 1 else str(p) for p, n in reasons.most_common(3))
        _fail(f"no article could be analysed ({len(ledger.inputs)} input(s): {why})")
    written = write_outputs(ledger, out_dir, settings.formats, locked=True)
    if quiet:
        return
    labels = {"json": "ledger", "html": "report", "md": "summary", "csv": "tables"}
    for fmt, path in written.items():
        click.echo(f"{labels[fmt]}: {path}")
    warc = settings.fetch.warc
    if warc and os.path.exists(warc):
        click.echo(f"responses: {warc}")
    not_ok = sum(i.status != "ok" for i in ledger.inputs)
    click.echo(
        f"{len(ledger.articles)} article(s) analysed"
        + (f", {not_ok} input(s) not analysed" if not_ok else "")
        + f": {len(ledger.entities)} entities, {len(ledger.quotes)} quotes, {len(ledger.claims)} claims, "
        f"{sum(r.type == 'contradicts' for r in ledger.relations)} contradictions."
    )


class _Bar:
    """tqdm's bar on stderr, shown only once a run has taken a couple of seconds."""

    def __init__(self, delay: float = 2.0) -> None:
        self._bar: Any = None
        self._start = time.monotonic()
        self._delay = delay

    def update(self, done: int, total: int) -> None:
        if self._bar is None:
            if time.monotonic() - self._start < self._delay or done >= total:
                return
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="article", file=sys.stderr, leave=False)
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _progress_bar(quiet: bool) -> _Bar | None:
    return None if quiet else _Bar()


_store_option = click.option(
    "--store",
    default=None,
    envvar="RASHOMON_STORE",
    metavar="URL",
    help="Keep cases in this store (postgresql://user@host/db); CASE is then a name. Default: CASE is a file.",
)


def _open(case: str, store: str | None, *, create: bool = False) -> Any:
    from .store import open_case

    return open_case(case, store, create=create)


@cli.command()
@click.argument("case")
@click.argument("sources", nargs=-1, required=True)
@_store_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for the analysis.")
@_executor
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=Settings().max_bytes,
    show_default=True,
    help="Skip larger inputs.",
)
@click.option("--language", default=None, help="Treat every new article as this language (ISO code).")
@fetch_options
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def add(
    case: str,
    sources: tuple[str, ...],
    store: str | None,
    workers: int,
    executor: str | None,
    max_bytes: int,
    language: str | None,
    allow_loopback: bool,
    allow_ports: tuple[int, ...],
    fetch_timeout: float,
    quiet: bool,
) -> None:
    """Add the articles in SOURCES (what analyze reads, URLs too) to CASE, a case file created when absent.

    Only new articles are analysed; the ledger is linked again from every stored analysis. Fetched
    responses are archived in CASE.warc.gz beside a case file.
    """
    warc = f"{case}.warc.gz" if store is None else None
    fetch = fetch_settings(allow_loopback, allow_ports, fetch_timeout, max_bytes=max_bytes, warc=warc)
    settings = Settings(
        workers=_workers(workers, executor),
        executor=executor,
        max_bytes=max_bytes,
        language=language,
        progress=not quiet,
        fetch=fetch,
    )
    opened = _open(case, store, create=True)
    bar = _progress_bar(quiet)
    try:
        result = opened.add(sources, settings, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    for item in result.inputs:
        if item.status != "ok":
            click.echo(f"rashomon: {item.status} {item.source}: {item.problem}", err=True)
    for note in result.notes:
        click.echo(f"rashomon: {note}", err=True)
    if result.inputs and all(i.status == "failed" for i in result.inputs):
        _fail(f"nothing added to {opened.name}: no input could be read")
    if quiet:
        return
    ledger = result.ledger
    click.echo(
        f"{len(result.added)} article(s) added to {opened.name} ({len(ledger.articles)} in all); "
        f"{result.extracted} analysed, {result.reused} reused; {len(ledger.claims)} claims, "
        f"{sum(r.type == 'contradicts' for r in ledger.relations)} contradictions."
    )


@cli.command()
@click.argument("case")
@_store_option
@_output_options
def report(case: str, store: str | None, out_dir: str, formats: tuple[str, ...]) -> None:
    """Write the ledger of CASE and the reports made from it into the output directory."""
    from .report import write_outputs

    ledger = _open(case, store).ledger()
    labels = {"json": "ledger", "html": "report", "md": "summary", "csv": "tables"}
    for fmt, path in write_outputs(ledger, out_dir, formats).items():
        click.echo(f"{labels[fmt]}: {path}")


@cli.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@_store_option
def cases(directory: str, store: str | None) -> None:
    """List the cases: the *.rashomon files in DIRECTORY, or every case in --store."""
    from pathlib import Path

    from .store import list_cases

    found = (
        list_cases(store)
        if store
        else [i for p in sorted(Path(directory).glob("*.rashomon")) for i in list_cases(str(p))]
    )
    for info in found:
        click.echo(
            f"{info.name}\t{info.articles} article(s)\t{info.not_ok} input(s) not added\t"
            f"linked {info.ledger_created or 'never'}"
        )


@cli.command()
@click.argument("case")
@_store_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(case: str, store: str | None, as_json: bool) -> None:
    """Show what CASE holds: articles, inputs and why some were not added, the ledgers linked so far."""
    import json

    opened = _open(case, store)
    info = opened.info()
    inputs = opened.inputs()
    history = opened.history()
    if as_json:
        click.echo(json.dumps({"case": info.to_dict(), "inputs": inputs, "ledgers": history}, indent=1))
        return
    click.echo(f"case {info.name} ({opened.location}), created {info.created}")
    click.echo(f"{info.articles} article(s), {info.extracted} analysed by this version; {info.inputs} input(s)")
    for item in inputs:
        if item["status"] != "ok":
            click.echo(f"  {item['status']} {item['source']}: {item['problem']}")
    click.echo(
        f"{info.ledgers} ledger(s) linked; newest covers {info.ledger_articles or 0} article(s), "
        f"{info.ledger_created or 'never'}"
    )


@cli.command()
@click.argument("case_names", metavar="CASE...", nargs=-1, required=True)
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--token-file",
    default=None,
    type=click.Path(dir_okay=False),
    help="File holding the bearer token for writes (and reads unless --public); made and printed when absent. "
    "Default: rashomon-token beside the first case file (or in the current directory).",
)
@click.option("--public", is_flag=True, help="Let anyone read without the token (writes still need it).")
def serve(
    case_names: tuple[str, ...], store: str | None, host: str, port: int, token_file: str | None, public: bool
) -> None:
    """Serve the live report of each CASE at /cases/{id}/ and a JSON API (docs at /docs)."""
    try:
        from .server.run import serve as run
    except ImportError as exc:
        _fail(f"rashomon serve needs the server extra: pip install 'rashomon[server]' ({exc.name} is missing)")
        return
    run(list(case_names), store=store, host=host, port=port, token_file=token_file, public=public, echo=click.echo)


@cli.command()
@click.argument("case")
@click.option("--feed", "feeds", multiple=True, required=True, help="An RSS or Atom feed URL to poll; repeat for more.")
@click.option(
    "--every",
    default="15m",
    show_default=True,
    callback=_every_option,
    help="Time between two polls of a feed: 90s, 15m, 1h30m.",
)
@click.option("--once", is_flag=True, help="Poll every feed once, now, then stop (for cron and tests).")
@_store_option
@click.option(
    "--state",
    "state_path",
    default=None,
    help="The watch state file (ETags, items seen). Default: CASE.watch.json beside a case file.",
)
@click.option(
    "--warc",
    default=None,
    help="Archive every response in this WARC file (appended). Default: CASE.warc.gz beside a case file.",
)
@fetch_options
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def watch(
    case: str,
    feeds: tuple[str, ...],
    every: float,
    once: bool,
    store: str | None,
    state_path: str | None,
    warc: str | None,
    allow_loopback: bool,
    allow_ports: tuple[int, ...],
    fetch_timeout: float,
    quiet: bool,
) -> None:
    """Poll FEEDs and add their new items to CASE, relinking it, until Ctrl-C or SIGTERM.

    Each feed is asked with its last ETag and Last-Modified; only items not seen
    before are fetched. What has been seen survives restarts (the state file); a
    failing feed is retried later and later, up to six hours apart.
    """
    from .watch import stop_on_signals
    from .watch import watch as run

    if store is None:
        state_path = state_path or f"{case}.watch.json"
        warc = warc or f"{case}.warc.gz"
    elif state_path is None:
        _fail("--state is needed with --store (where to keep what has been seen)", 2)
    assert state_path is not None
    fetch = fetch_settings(allow_loopback, allow_ports, fetch_timeout, warc=warc)
    settings = Settings(progress=False, fetch=fetch)
    add = _case_adder(case, store, settings, quiet)

    outcomes: list[str] = []

    def report(poll: Any) -> None:
        outcomes.append(poll.outcome)
        if poll.outcome == "failed":
            click.echo(f"rashomon: {poll.feed}: {poll.problem} (retrying later)", err=True)
        elif not quiet:
            what = f"{poll.new} new item(s), {poll.fetched} fetched" if poll.new else "nothing new"
            click.echo(f"{time.strftime('%H:%M:%S')} {poll.feed}: {what}")

    with stop_on_signals() as stop:
        run(feeds, add, state_path=state_path, every=every, settings=fetch, once=once, stop=stop, report=report)
    if once and outcomes and all(o == "failed" for o in outcomes):
        _fail(f"no feed could be read (state kept in {state_path})")
    if not quiet:
        click.echo(f"stopped; state kept in {state_path}")


def _case_adder(case: str, store: str | None, settings: Settings, quiet: bool) -> Any:
    """``add(fetched)`` for the watch loop: hand fetched items to the case, which stores and relinks them."""
    opened = _open(case, store, create=True)

    def add(fetched: Any) -> None:
        result = opened.add_raw(fetched, settings)
        for item in result.inputs:
            if item.status != "ok":
                click.echo(f"rashomon: {item.status} {item.source}: {item.problem}", err=True)
        if not quiet and result.added:
            click.echo(f"{len(result.added)} article(s) added to {opened.name}; the ledger is relinked")

    return add


@cli.command()
@click.argument("ledger_path", metavar="LEDGER")
def validate(ledger_path: str) -> None:
    """Check that LEDGER follows the rashomon.ledger/1 schema and that every span matches its text."""
    import json

    from .ledger import MAX_PROBLEMS, loads
    from .ledger import validate as check

    try:
        with open(ledger_path, encoding="utf-8") as fh:
            data = loads(fh.read())
    except FileNotFoundError:
        _fail(f"{ledger_path}: no such file")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{ledger_path}: cannot read: {exc}")
    except json.JSONDecodeError as exc:
        _fail(f"{ledger_path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
    except ValueError as exc:
        _fail(f"{ledger_path}: unreadable JSON ({str(exc).split(';')[0]})")
    problems = check(data)
    if problems:
        for p in problems:
            click.echo(f"{ledger_path}: {p}", err=True)
        count = (
            f"the first {len(problems)} problems" if len(problems) >= MAX_PROBLEMS else f"{len(problems)} problem(s)"
        )
        _fail(f"{ledger_path}: not a valid rashomon.ledger/1 ledger ({count})")
    click.echo(f"{ledger_path}: valid rashomon.ledger/1 ({len(data['articles'])} articles)")


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; known errors become one line, anything else one line and a bug report hint."""
    try:
        cli.main(args=argv, prog_name="rashomon", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        _fail("aborted", 130)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except RashomonError as exc:
        _fail(str(exc))
    except BrokenPipeError:
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the last guard before a traceback reaches the user
        if os.environ.get("RASHOMON_DEBUG"):
            raise
        _fail(
            f"internal error: {exc.__class__.__name__}: {exc} (this is a bug; RASHOMON_DEBUG=1 shows the traceback)", 70
        )
