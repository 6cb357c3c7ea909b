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
from .settings import FORMATS, FetchSettings, Settings, parse_formats


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"rashomon: {message}", err=True)
    sys.exit(code)


def _formats_option(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    try:
        return parse_formats(value)
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from None


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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Directory for ledger.json, report.html and the other outputs.",
)
@click.option(
    "--format",
    "formats",
    default="json,html,md",
    show_default=True,
    callback=_formats_option,
    help=f"Comma-separated outputs to write: {', '.join(FORMATS)}.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes for the per-article analysis.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=Settings().max_bytes,
    show_default=True,
    help="Skip input files larger than this.",
)
@click.option(
    "--language", default=None, help="Treat every article as this language (ISO code) instead of detecting it."
)
@fetch_options
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def analyze(
    paths: tuple[str, ...],
    out_dir: str,
    formats: tuple[str, ...],
    workers: int,
    max_bytes: int,
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
    from .api import analyze as run
    from .ingest.fetch import is_url
    from .report import write_outputs

    warc = os.path.join(out_dir, "fetch.warc.gz") if any(is_url(p) for p in paths) else None
    fetch = fetch_settings(allow_loopback, allow_ports, fetch_timeout, max_bytes=max_bytes, warc=warc)
    settings = Settings(
        workers=workers,
        max_bytes=max_bytes,
        formats=formats,
        language=language,
        progress=not quiet,
        exclude=(out_dir,),
        fetch=fetch,
    )
    if warc and os.path.exists(warc):
        os.remove(warc)  # this run's responses only, as the ledger beside it
    bar = _progress_bar(quiet)
    try:
        ledger = run(paths, settings, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    for item in ledger.inputs:
        if item.status != "ok":
            click.echo(f"rashomon: {item.status} {item.source}: {item.problem}", err=True)
    for article in ledger.articles:
        if article.problem:
            click.echo(f"rashomon: warning {article.source}: {article.problem}", err=True)
    if not ledger.articles:
        reasons = Counter(i.problem for i in ledger.inputs)
        why = "; ".join(f"{n} × {p}" if n > 1 else str(p) for p, n in reasons.most_common(3))
        _fail(f"no article could be analysed ({len(ledger.inputs)} input(s): {why})")
    written = write_outputs(ledger, out_dir, settings.formats)
    if quiet:
        return
    labels = {"json": "ledger", "html": "report", "md": "summary", "csv": "tables"}
    for fmt, path in written.items():
        click.echo(f"{labels[fmt]}: {path}")
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


@cli.command()
@click.argument("ledger_path", metavar="LEDGER")
def validate(ledger_path: str) -> None:
    """Check that LEDGER follows the rashomon.ledger/1 schema and that every span matches its text."""
    import json

    from .ledger import validate as check

    try:
        with open(ledger_path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        _fail(f"{ledger_path}: no such file")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{ledger_path}: cannot read: {exc}")
    except json.JSONDecodeError as exc:
        _fail(f"{ledger_path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
    problems = check(data)
    if problems:
        for p in problems:
            click.echo(f"{ledger_path}: {p}", err=True)
        _fail(f"{ledger_path}: not a valid rashomon.ledger/1 ledger ({len(problems)} problem(s))")
    click.echo(f"{ledger_path}: valid rashomon.ledger/1 ({len(data['articles'])} articles)")


@cli.command()
@click.argument("case")
@click.option("--feed", "feeds", multiple=True, required=True, help="An RSS or Atom feed URL to poll; repeat for more.")
@click.option("--every", default="15m", show_default=True, help="Time between two polls of a feed: 90s, 15m, 1h30m.")
@click.option("--once", is_flag=True, help="Poll every feed once, now, then stop (for cron and tests).")
@click.option("--store", default=None, help="A postgresql:// URL holding the case (default: CASE is a SQLite file).")
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
    every: str,
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
    from .watch import parse_every, stop_on_signals
    from .watch import watch as run

    seconds = parse_every(every)
    if store is None:
        state_path = state_path or f"{case}.watch.json"
        warc = warc or f"{case}.warc.gz"
    elif state_path is None:
        _fail("--state is needed with --store (where to keep what has been seen)", 2)
    assert state_path is not None
    fetch = fetch_settings(allow_loopback, allow_ports, fetch_timeout, warc=warc)
    settings = Settings(progress=False, fetch=fetch)
    add = _case_adder(case, store, settings, quiet)

    def report(poll: Any) -> None:
        if poll.outcome == "failed":
            click.echo(f"rashomon: {poll.feed}: {poll.problem} (retrying later)", err=True)
        elif not quiet:
            what = f"{poll.new} new item(s), {poll.fetched} fetched" if poll.new else "nothing new"
            click.echo(f"{time.strftime('%H:%M:%S')} {poll.feed}: {what}")

    with stop_on_signals() as stop:
        run(feeds, add, state_path=state_path, every=seconds, settings=fetch, once=once, stop=stop, report=report)
    if not quiet:
        click.echo(f"stopped; state kept in {state_path}")


def _case_adder(case: str, store: str | None, settings: Settings, quiet: bool) -> Any:
    """``add(fetched)`` for the watch loop: hand fetched items to the case, which stores and relinks them."""
    from .store import open_case

    opened = open_case(case, store)

    def add(fetched: Any) -> None:
        result = opened.add_raw(fetched, settings)
        for item in result.inputs:
            if item.status != "ok":
                click.echo(f"rashomon: {item.status} {item.source}: {item.problem}", err=True)
        if not quiet and result.added:
            click.echo(f"{len(result.added)} article(s) added to {opened.name}; the ledger is relinked")

    return add


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
