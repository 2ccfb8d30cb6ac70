"""The `digitalriver` command: `digitalriver export RESOURCE [RESOURCE ...]`.

The resources, the filters and their help come from the operations table generated from the
OpenAPI document, so a list or a filter added to the document is one more choice or option
after `make generate`: each filter's description is its help, an enum's values are its
choices, a range (`createdTime`) becomes a pair of options (`--created-since`/`--created-until`
for times, `--total-amount-min`/`--total-amount-max` for numbers), an array a comma-separated
value (`--ids a,b`). Anything wrong with the command line is a usage error before anything is
sent, and a misspelt option gets the closest ones suggested.

Several resources are exported side by side by one client: they share its rate limit. Progress
goes to standard error: a bar per resource on a terminal, a log line every few seconds
otherwise (CI logs and cron mails stay readable). The closing summary goes to standard output,
or to standard error when the objects themselves go to standard output (`--out -`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import difflib
import os
import re
import signal
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import anyio
import anyio.abc
import attrs
import httpx

from digitalriver_api.operations import OPERATIONS
from digitalriver_api.runtime import QueryParameter

from ._auth import APIKey
from ._checkpoint import Checkpoint, CheckpointError, jsonable, vouches_for
from ._client import (
    API_KEY_VARIABLE,
    BASE_URL_VARIABLE,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncDigitalRiver,
)
from ._exceptions import AuthenticationError, DigitalRiverError, PermissionDeniedError
from ._export import (
    LIST_OPERATIONS,
    RESOURCES,
    Exporter,
    ExportOptions,
    Output,
    ResourceRun,
    new_state,
    now,
    partial_path,
)
from ._rate_limit import LIVE_KEY_RATE, TEST_KEY_RATE, RateLimiter
from ._slices import Slice, format_time, parse_time
from ._version import __version__

# Exit statuses: what went wrong, so a script can tell what to do about it.
EXIT_OK = 0
EXIT_FAILED = 1  # the API or the network failed: run the same command again (with a checkpoint, it goes on)
EXIT_USAGE = 2  # the command line, or a checkpoint that does not fit it: nothing was sent
EXIT_AUTH = 3  # no API key, or the API refused it (401) or what it asked for (403)
EXIT_CLOSED_OUTPUT = 128 + 13  # standard output was closed (`| head`): SIGPIPE's status
EXIT_SIGNALS = {signal.SIGINT: 130, signal.SIGTERM: 143}

LOG_EVERY_SECONDS = 5.0
DEFAULT_LOOKBACK = timedelta(minutes=5)
DEFAULT_CONCURRENCY = 64
EXPORT_BURST_SECONDS = 0.5
PAGING = frozenset({"starting_after", "ending_before", "limit"})  # the export's own, never options

EXAMPLES = """\
examples:
  export DIGITALRIVER_API_KEY=sk_test_…
  digitalriver export customers --out customers.jsonl
  digitalriver export customers checkouts invoices --out dump/ --checkpoint ck
  digitalriver export invoices --state paid --created-since 2024-01-01
  digitalriver export customers --checkpoint ck --incremental --out day-2.jsonl
  digitalriver export checkouts --ids 4f3c,9a1e --out - | jq .email

exit status:
  0 done; 1 the API or the network failed (run the same command again to go on);
  2 bad usage (nothing was sent); 3 no API key, or a key the API refused;
  130 interrupted (SIGINT); 141 standard output closed; 143 terminated (SIGTERM)
"""


def main(argv: Sequence[str] | None = None) -> None:
    signals = Signals()
    signals.install()
    try:
        code = _main(argv, signals)
    except KeyboardInterrupt:
        _say("interrupted")
        code = EXIT_SIGNALS[signal.SIGINT]
    except Terminated:
        _say("terminated")
        code = EXIT_SIGNALS[signal.SIGTERM]
    if code in EXIT_SIGNALS.values():
        signals.ignore()  # on the way out: another signal must not cut the interpreter's exit short
    else:
        signals.restore()
    sys.exit(code)


class Terminated(BaseException):
    """SIGTERM before the export started: it stops the command as Ctrl-C does."""


class Signals:
    """SIGINT and SIGTERM for the whole command, in one handler.

    Before the export starts, they stop the command at once. While it runs, the first one
    cancels it: the slices stop, the checkpoint is saved a last time and the command exits with
    130 (SIGINT) or 143 (SIGTERM). A second one stops it at once, with the same status: the
    checkpoint on disk is whole, since it is only ever replaced in one step. Once the export
    has stopped, further signals change nothing.
    """

    def __init__(self) -> None:
        self.received: int | None = None
        self.checkpointed = False
        self._previous: dict[int, Any] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._work: anyio.CancelScope | None = None
        self._quiet = False

    def install(self) -> None:
        try:
            self._previous = {signum: signal.signal(signum, self._handle) for signum in EXIT_SIGNALS}
        except ValueError:  # not the main thread: signals are not ours to handle
            self._previous = {}

    def restore(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def ignore(self) -> None:
        """Ignored by the OS itself (the interpreter resets its own handlers as it exits, not this)."""
        for signum in self._previous:
            signal.signal(signum, signal.SIG_IGN)

    def running(self, work: anyio.CancelScope) -> None:
        self._loop, self._work = asyncio.get_running_loop(), work

    def stopped(self) -> None:
        self._loop = self._work = None
        self._quiet = True

    def _handle(self, signum: int, frame: Any) -> None:
        if self._quiet:
            return
        if self._work is None or self._loop is None:
            raise KeyboardInterrupt if signum == signal.SIGINT else Terminated
        if self.received is None:
            self.received = signum
            with contextlib.suppress(RuntimeError):  # the loop is closing: the export has stopped already
                self._loop.call_soon_threadsafe(self._work.cancel)
            return
        hint = "; the checkpoint holds what was saved last: run the same command again to go on"
        _say(f"{signal.Signals(signum).name} again: stopped at once{hint if self.checkpointed else ''}")
        os._exit(EXIT_SIGNALS.get(signal.Signals(signum), 130))


def _say(message: str) -> None:
    print(f"digitalriver export: {message}", file=sys.stderr, flush=True)


# --- the command line ----------------------------------------------------------------------------


@attrs.frozen
class FilterOption:
    """An option for a list filter: `--email`, or one end of a range (`--created-since` is `created_time` `gte`)."""

    flag: str
    name: str  # the SDK's keyword
    key: str | None  # the range's key, for one end of a range
    parameter: QueryParameter

    @property
    def dest(self) -> str:
        return "filter_" + self.flag.removeprefix("--").replace("-", "_")

    def resources(self) -> list[str]:
        return [r for r, op in LIST_OPERATIONS.items() if self.name in OPERATIONS[op].query]


def filter_options() -> list[FilterOption]:
    """Every filter of every list, once, in the document's order; ranges as a pair of options."""
    options: dict[str, FilterOption] = {}
    for operation_id in LIST_OPERATIONS.values():
        for name, parameter in OPERATIONS[operation_id].query.items():
            if name in PAGING:
                continue
            if parameter.kind == "object":
                for flag, key in _range_flags(name, parameter):
                    options.setdefault(flag, FilterOption(flag, name, key, parameter))
            else:
                flag = "--" + name.replace("_", "-")
                options.setdefault(flag, FilterOption(flag, name, None, parameter))
    return list(options.values())


def _range_flags(name: str, parameter: QueryParameter) -> list[tuple[str, str | None]]:
    """`--created-since`/`--created-until` (gte, lt) for a time range, `--x-min`/`--x-max` (gte, lte)
    for any other; `--x KEY=VALUE,…` for an object that is not a range."""
    keys = parameter.keys or ()
    if parameter.type is datetime:
        base, ends = name.removesuffix("_time"), (("since", "gte"), ("until", "lt"))
    else:
        base, ends = name, (("min", "gte"), ("max", "lte"))
    flags: list[tuple[str, str | None]] = [
        (f"--{base.replace('_', '-')}-{word}", key) for word, key in ends if key in keys
    ]
    return flags or [("--" + name.replace("_", "-"), None)]


def _help(option: FilterOption) -> str:
    """The document's description of the filter; for one end of a range, its words for that end."""
    text = option.parameter.description or option.parameter.name
    takers = option.resources()
    descriptions = {OPERATIONS[LIST_OPERATIONS[r]].query[option.name].description for r in takers}
    if len(descriptions) > 1:  # each list words it for its own objects: say it of any
        text = re.sub(rf"\b(?:{'|'.join(map(re.escape, LIST_OPERATIONS))})\b", "objects", text)
    if option.key is not None:
        head, found, _ = text.partition(" is in this range")
        phrase = re.search(rf"`{option.key}` \(([^)]*)\)", text)
        value = "TIME" if option.parameter.type is datetime else "N"
        sent = f"sent as {option.parameter.name}[{option.key}]"
        text = f"{head} is {phrase[1]} {value} ({sent})" if found and phrase else f"{text} (this option: {sent})"
    if len(takers) < len(LIST_OPERATIONS):
        text = f"{text.rstrip('.')} ({', '.join(takers)} only)"
    return text.replace("%", "%%")


def _parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    parser = argparse.ArgumentParser(
        prog="digitalriver", description="Command-line tools of the Digital River Python SDK."
    )
    parser.add_argument("--version", action="version", version=f"digitalriver {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = commands.add_parser(
        "export",
        help="export customers, checkouts or invoices to JSON Lines",
        usage="digitalriver export [options] [filters] RESOURCE [RESOURCE ...]",
        description="Export every object of one or more resources to JSON Lines, one object\n"
        "per line as the API sent it, using the whole rate limit: the createdTime range\n"
        "is sliced into cursor chains that run side by side.\n"
        f"The API key comes from {API_KEY_VARIABLE}.",
        epilog=EXAMPLES,
        formatter_class=_HelpFormatter,
    )
    export.add_argument("resources", nargs="+", choices=RESOURCES, metavar="RESOURCE", help=", ".join(RESOURCES))
    output = export.add_argument_group("output and checkpoint")
    output.add_argument(
        "--out",
        metavar="PATH",
        help="the JSON Lines file (default RESOURCE.jsonl), '-' for standard output, or a folder (created if need "
        "be; a name ending in / is one) that gets RESOURCE.jsonl for each resource; with several resources, a "
        "folder (default: the current one). The file is replaced only once the export is complete",
    )
    output.add_argument(
        "--checkpoint",
        metavar="FILE",
        type=Path,
        help="save progress here as pages arrive; after a crash or an interruption the same command goes on where "
        "it stopped, every object written exactly once",
    )
    output.add_argument(
        "--incremental",
        action="store_true",
        help="with --checkpoint: once a run is complete, the next one exports only the objects created or updated "
        "since it started (less --lookback)",
    )
    output.add_argument(
        "--lookback",
        type=_duration,
        default=DEFAULT_LOOKBACK,
        metavar="DURATION",
        help="how far before the last run's start an incremental run begins, for clock skew and objects written "
        "as the last run passed them: 90s, 5m, 2h, 1d (default 5m)",
    )
    output.add_argument(
        "--max-objects", type=_positive_int, metavar="N", help="stop after N objects (with --single-chain, the newest)"
    )
    output.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "off"),
        default="auto",
        help="a progress bar, log lines, or nothing (default: a bar on a terminal, log lines otherwise)",
    )
    speed = export.add_argument_group("speed")
    limit = OPERATIONS[next(iter(LIST_OPERATIONS.values()))].query["limit"]
    speed.add_argument(
        "--page-size",
        "--limit",
        dest="page_size",
        type=_positive_int,
        default=int(limit.maximum or 100),
        metavar="N",
        help=f"objects per request, from {int(limit.minimum or 1)} to {int(limit.maximum or 100)} "
        f"(default {int(limit.maximum or 100)})",
    )
    speed.add_argument(
        "--single-chain",
        action="store_true",
        help="page each resource with one cursor, the next page prefetched, instead of slicing its createdTime "
        "range into chains running side by side (the output is then newest first)",
    )
    speed.add_argument(
        "--concurrency",
        type=_positive_int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"at most this many requests in flight (default {DEFAULT_CONCURRENCY}); fewer are, when the rate "
        "limit serves fewer in one round trip",
    )
    speed.add_argument(
        "--rate-limit",
        default="auto",
        metavar="N|auto|off",
        help=f"requests per second, shared by all resources (default auto: {TEST_KEY_RATE:g}/s for test keys, "
        f"{LIVE_KEY_RATE:g}/s live)",
    )
    speed.add_argument(
        "--max-retries",
        type=_not_negative_int,
        default=DEFAULT_MAX_RETRIES,
        metavar="N",
        help=f"retries of a failed request, after a 429, a 5xx or a lost connection (default {DEFAULT_MAX_RETRIES})",
    )
    speed.add_argument(
        "--base-url",
        default=None,
        help=f"the API's address (default: {BASE_URL_VARIABLE} when set, else {DEFAULT_BASE_URL})",
    )
    filters = export.add_argument_group("filters (each must be one that every chosen resource takes)")
    for option in filter_options():
        _add_filter(filters, option)
    return parser, export


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """The description and examples as written; option help wrapped at spaces only (never inside
    `comma-separated` or `customer_initiated`)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def _add_filter(group: argparse._ArgumentGroup, option: FilterOption) -> None:
    parameter = option.parameter
    kind: Callable[[str], Any]
    choices: Sequence[Any] | None = None
    metavar: str | None
    if option.key is None and parameter.kind == "object":
        kind, metavar = _pairs(parameter), "KEY=VALUE,…"
    elif parameter.kind == "array":
        kind, metavar = _comma_list, "VALUE,…"
    elif parameter.type is datetime:
        kind, metavar = _time, "TIME"
    elif parameter.type is bool:
        kind, metavar, choices = _boolean, "{true,false}", (True, False)
    elif parameter.type in (int, float):
        kind, metavar = parameter.type, "N"
    else:
        kind, metavar = str, None if parameter.enum else "TEXT"
        choices = parameter.enum
    group.add_argument(option.flag, dest=option.dest, type=kind, choices=choices, metavar=metavar, help=_help(option))


def _parse(argv: Sequence[str] | None) -> tuple[argparse.Namespace, argparse.ArgumentParser]:
    """Parse; an unknown option is a usage error naming the closest known ones."""
    parser, export = _parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        known = [flag for action in export._actions for flag in action.option_strings]
        unknown = extras[0]
        close = difflib.get_close_matches(unknown.partition("=")[0], known, n=3, cutoff=0.75)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        export.error(f"unrecognized argument {unknown}{hint}")
    return args, export


def _positive_int(text: str) -> int:
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {text!r}")
    return value


def _not_negative_int(text: str) -> int:
    value = _int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, not {text!r}")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None


def _boolean(text: str) -> bool:
    if text.lower() in ("true", "yes", "1"):
        return True
    if text.lower() in ("false", "no", "0"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, not {text!r}")


def _comma_list(text: str) -> list[str]:
    items = [item.strip() for item in text.split(",") if item.strip()]
    if not items:
        raise argparse.ArgumentTypeError(f"expected one or more comma-separated values, not {text!r}")
    return items


def _time(text: str) -> str:
    """An ISO 8601 date or time (UTC when it names no offset), as the API writes times."""
    moment = parse_time(text.strip().replace(" ", "T", 1))
    if moment is None:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 time such as 2024-01-31 or 2024-01-31T12:00:00Z, not {text!r}"
        )
    return format_time(moment)


def _duration(text: str) -> timedelta:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"expected a duration such as 90s, 5m, 2h or 1d, not {text!r}")
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match[2]]
    return timedelta(seconds=float(match[1]) * unit)


def _pairs(parameter: QueryParameter) -> Callable[[str], dict[str, str]]:
    def parse(text: str) -> dict[str, str]:
        pairs = {}
        for part in text.split(","):
            key, equals, value = part.partition("=")
            if not equals or (parameter.keys is not None and key.strip() not in parameter.keys):
                allowed = f" ({', '.join(parameter.keys)})" if parameter.keys else ""
                raise argparse.ArgumentTypeError(f"expected KEY=VALUE pairs{allowed}, not {text!r}")
            pairs[key.strip()] = value.strip()
        return pairs

    return parse


# --- what the command line asks for ----------------------------------------------------------------


@attrs.define
class Plan:
    """The export the command line describes, checked before anything is sent."""

    resources: list[str]
    outputs: dict[str, str]
    filters: dict[str, Any]
    since: str | None
    until: str | None
    stdout: bool


def _plan(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Plan:
    filters: dict[str, Any] = {}
    since = until = None
    for option in filter_options():
        value = getattr(args, option.dest)
        if value is None:
            continue
        missing = [r for r in args.resources if r not in option.resources()]
        if missing:
            parser.error(f"{option.flag} is not a filter of {', '.join(missing)}")
        if option.name == "created_time" and option.key in ("gte", "lt"):  # the export's own range
            since, until = (value, until) if option.key == "gte" else (since, value)
        elif option.key is not None:
            filters.setdefault(option.name, {})[option.key] = value
        else:
            filters[option.name] = value
    if since is not None and until is not None and parse_time(since) >= parse_time(until):  # type: ignore[operator]
        parser.error(f"--created-since {since} is not before --created-until {until}")
    outputs = _outputs(args, parser)
    _check_files(args, outputs, parser)
    return Plan(args.resources, outputs, jsonable(filters), since, until, args.out == "-")


def _outputs(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, str]:
    if args.out == "-":
        if len(args.resources) > 1 or args.checkpoint:
            parser.error("--out - (standard output) takes one resource and no --checkpoint")
        return {args.resources[0]: "-"}
    out: str | None = args.out
    folder_named = out is not None and (out.endswith(("/", os.sep)) or Path(out).is_dir())
    if len(args.resources) > 1 or folder_named:
        folder = Path(out or ".")
        _make_folder(folder, parser)
        return {resource: str(folder / f"{resource}.jsonl") for resource in args.resources}
    path = Path(out or f"{args.resources[0]}.jsonl")
    _make_folder(path.parent, parser)
    return {args.resources[0]: str(path)}


def _make_folder(folder: Path, parser: argparse.ArgumentParser) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        parser.error(f"--out: cannot create the folder {folder}: {exc.strerror or exc}")


def _check_files(args: argparse.Namespace, outputs: dict[str, str], parser: argparse.ArgumentParser) -> None:
    if args.incremental and args.checkpoint is None:
        parser.error("--incremental keeps its high-water mark in the checkpoint: give --checkpoint FILE")
    if args.incremental and args.max_objects is not None:
        parser.error("--incremental and --max-objects do not go together: a run cut short has no high-water mark")
    for path in outputs.values():
        if path != "-" and Path(path).is_dir():
            parser.error(f"--out: {path} is a folder")
    if args.checkpoint is None:
        return
    checkpoint: Path = args.checkpoint
    if checkpoint.is_dir() or str(checkpoint).endswith(("/", os.sep)):
        parser.error(
            f"--checkpoint names a folder ({checkpoint}): give a file, such as {checkpoint / 'export.checkpoint'}"
        )
    mine = checkpoint.resolve()
    for path in outputs.values():
        out = Path(path)
        if mine in (out.resolve(), partial_path(out).resolve()):
            parser.error(f"--out and --checkpoint name the same file ({checkpoint}): give each its own")
        if out.exists() and not out.is_file():
            parser.error(f"--checkpoint needs a regular file to resume into, and {out} is not one")


# --- running -----------------------------------------------------------------------------------------


def _main(argv: Sequence[str] | None, signals: Signals) -> int:
    args, parser = _parse(argv)
    plan = _plan(args, parser)
    key = os.environ.get(API_KEY_VARIABLE, "").strip()
    if not key:
        _say(f"{API_KEY_VARIABLE} is not set: export {API_KEY_VARIABLE}=sk_test_… (a test key) or sk_live_…")
        return EXIT_AUTH
    limiter = _rate_limit(args.rate_limit, key, parser)
    try:
        checkpoint = Checkpoint.load(args.checkpoint) if args.checkpoint else None
        runs = _runs(plan, args, checkpoint)
    except CheckpointError as exc:
        _say(str(exc))
        return EXIT_USAGE
    http = httpx.AsyncClient(
        limits=httpx.Limits(max_connections=args.concurrency + 4, max_keepalive_connections=args.concurrency + 4)
    )
    try:
        client = AsyncDigitalRiver(
            api_key=key,
            base_url=args.base_url,
            timeout=DEFAULT_TIMEOUT,
            max_retries=args.max_retries,
            rate_limit=limiter,
            http_client=http,
        )
        for run in runs:  # bad filter values fail here, before anything is sent
            probe = Slice(gte=run.state.since, lt=run.state.until)
            getattr(client, run.resource).list(**run.request_filters(probe, args.page_size))
    except (DigitalRiverError, ValueError, TypeError) as exc:
        anyio.run(http.aclose)
        _say(str(exc))
        return EXIT_USAGE
    options = ExportOptions(page_size=args.page_size, concurrency=args.concurrency, single_chain=args.single_chain)
    display = _progress(args.progress, runs)
    summary_file = sys.stderr if plan.stdout else sys.stdout
    started = time.perf_counter()
    signals.checkpointed = checkpoint is not None
    outcome = anyio.run(_run, client, http, runs, checkpoint, options, display, signals)
    signals.stopped()
    display.close()
    elapsed = time.perf_counter() - started
    return _report(outcome, runs, client, limiter, elapsed, summary_file, checkpoint is not None)


def _rate_limit(text: str, key: str, parser: argparse.ArgumentParser) -> HeldRateLimiter | None:
    if text == "off":
        return None
    try:
        rate = (TEST_KEY_RATE if APIKey(key).is_test else LIVE_KEY_RATE) if text == "auto" else float(text)
        return HeldRateLimiter(rate)
    except ValueError as exc:
        parser.error(f"--rate-limit: expected a number of requests per second, auto or off: {exc}")


class HeldRateLimiter(RateLimiter):
    """The client's rate limit, also timing how long (on the wall clock) it held requests back.

    Its burst is half a second's worth, not a whole one: the API's own bucket holds a second's,
    so the export never drains it, and the API's answers arriving unevenly meet no 429.
    """

    def __init__(self, rate: float) -> None:
        super().__init__(rate, burst=rate * EXPORT_BURST_SECONDS)
        self.held = 0.0
        self._waiting = 0
        self._since = 0.0

    async def acquire(self) -> float:
        self._waiting += 1
        if self._waiting == 1:
            self._since = time.monotonic()
        try:
            return await super().acquire()
        finally:
            self._waiting -= 1
            if self._waiting == 0:
                self.held += time.monotonic() - self._since


def _runs(plan: Plan, args: argparse.Namespace, checkpoint: Checkpoint | None) -> list[ResourceRun]:
    runs = []
    stream: BinaryIO | None = sys.stdout.buffer if plan.stdout else None
    for resource in plan.resources:
        wanted = new_state(
            resource,
            plan.outputs[resource],
            plan.filters,
            since=plan.since,
            until=plan.until,
            max_objects=args.max_objects,
        )
        state = checkpoint.state_for(wanted, next_run=args.incremental) if checkpoint is not None else wanted
        if state.done:
            if args.incremental:
                high_water = parse_time(state.high_water)
                if high_water is None:
                    raise CheckpointError(f"the checkpoint has no high-water mark for {resource} to go on from")
                state.new_run(now(), format_time(high_water - args.lookback))
            else:
                reason = vouches_for(Path(state.out), state)
                if reason is not None:
                    raise CheckpointError(
                        f"the checkpoint says the export of {resource} is complete, but {reason}: "
                        "delete the checkpoint to export again"
                    )
        runs.append(ResourceRun(state, Output(state, stream=stream, resumable=checkpoint is not None)))
    return runs


@attrs.define
class Outcome:
    failure: BaseException | None = None
    signal: int | None = None


async def _run(
    client: AsyncDigitalRiver,
    http: httpx.AsyncClient,
    runs: list[ResourceRun],
    checkpoint: Checkpoint | None,
    options: ExportOptions,
    display: Progress,
    signals: Signals,
) -> Outcome:
    """Export; a signal cancels it, and the exporter saves the checkpoint a last time on its way out."""
    outcome = Outcome()
    exporter = Exporter(client, runs, checkpoint=checkpoint, options=options, display=display)
    async with http, client:
        with anyio.CancelScope() as work:
            signals.running(work)
            try:
                await exporter.run()
            except* (DigitalRiverError, OSError) as group:
                outcome.failure = _first(group)
    outcome.signal = signals.received
    return outcome


def _first(error: BaseException) -> BaseException:
    """The first error a (nested) exception group holds."""
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error


def _report(
    outcome: Outcome,
    runs: list[ResourceRun],
    client: AsyncDigitalRiver,
    limiter: HeldRateLimiter | None,
    elapsed: float,
    file: TextIO,
    checkpointed: bool,
) -> int:
    failure = outcome.failure
    if isinstance(failure, BrokenPipeError):  # `--out - | head`: the reader has what it wanted
        _silence_stdout()
        return EXIT_CLOSED_OUTPUT
    if isinstance(failure, CheckpointError):
        _say(str(failure))
        return EXIT_USAGE
    try:
        _summary(runs, client, limiter, elapsed, file)
    except BrokenPipeError:
        _silence_stdout()
    again = "; run the same command again to go on" if checkpointed else "; the previous output is left as it was"
    if outcome.signal is not None:
        name = signal.Signals(outcome.signal).name
        _say(f"interrupted ({name}){again}")
        return EXIT_SIGNALS.get(signal.Signals(outcome.signal), 130)
    if failure is None:
        return EXIT_OK
    if isinstance(failure, AuthenticationError | PermissionDeniedError):
        what = "refused the API key" if isinstance(failure, AuthenticationError) else "did not allow this with the key"
        _say(
            f"the API {what} ({failure.status_code}): {failure}. Check {API_KEY_VARIABLE}: test keys start with "
            "sk_test_ and live keys with sk_live_; each works only in its own mode"
        )
        return EXIT_AUTH
    _say(f"failed: {type(failure).__name__}: {failure}{again}")
    return EXIT_FAILED


def _silence_stdout() -> None:
    """Standard output is closed: point it at /dev/null, so that the interpreter's last flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# --- progress and the summary ------------------------------------------------------------------------


def _known_total(run: ResourceRun) -> int | None:
    """How many objects there will be, when that is known before the end: a --max-objects, or --ids."""
    bounds = [run.state.max_objects]
    ids = run.state.filters.get("ids")
    if isinstance(ids, list):
        bounds.append(len(ids))
    known = [bound for bound in bounds if bound is not None]
    return min(known) if known else None


def _estimate(run: ResourceRun) -> tuple[int | None, bool]:
    """The total to show (exact when known, else estimated from the share of the time range listed)."""
    known = _known_total(run)
    if known is not None:
        return known, True
    share = run.coverage()
    if share is None or share < 0.02 or run.state.objects == 0:
        return None, False
    return max(run.state.objects, round(run.state.objects / share)), False


class Progress:
    """Nothing: `--progress off`. The base of the two displays below."""

    def start(self, run: ResourceRun) -> None:
        pass

    def page(self, run: ResourceRun) -> None:
        pass

    def finish(self, run: ResourceRun) -> None:
        pass

    def log(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        pass


class LogLines(Progress):
    """A line per resource every few seconds: for logs, where a bar would be noise."""

    def __init__(self) -> None:
        self._last: dict[str, float] = {}

    def start(self, run: ResourceRun) -> None:
        self._last[run.resource] = time.perf_counter()
        resumed = f", resuming after {run.state.objects:,} objects" if run.state.objects else ""
        since = f", changed since {run.state.updated_since}" if run.state.updated_since else ""
        self.log(f"{run.resource}: exporting to {run.state.out}{since}{resumed}")

    def page(self, run: ResourceRun) -> None:
        now = time.perf_counter()
        if now - self._last.get(run.resource, now) >= LOG_EVERY_SECONDS:
            self._last[run.resource] = now
            self.log(self._line(run, now))

    def finish(self, run: ResourceRun) -> None:
        self.log(self._line(run, time.perf_counter()) + ", done")

    def _line(self, run: ResourceRun, now: float) -> str:
        elapsed = max(now - run.started_at, 1e-9)
        rate = (run.state.objects - run.objects_at_start) / elapsed
        line = f"{run.resource}: {run.state.objects:,} objects, {run.state.pages:,} pages, {rate:,.0f}/s"
        total, exact = _estimate(run)
        if total and not run.finished and rate > 0:
            left = max(0.0, (total - run.state.objects) / rate)
            line += f", {'' if exact else '~'}{run.state.objects / total:.0%} of {'' if exact else '~'}{total:,}"
            line += f", {_clock(left)} left"
        return line


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    return (
        f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if seconds >= 3600
        else f"{seconds // 60}:{seconds % 60:02d}"
    )


class Bars(Progress):
    """A tqdm bar per resource on standard error: with a total and the time left when the count is
    known or can be estimated (from the share of the time range listed), counting up otherwise."""

    COUNTING = "{desc}: {n_fmt} objects [{elapsed}, {rate_fmt}{postfix}]"
    KNOWN = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}{postfix}]"
    ESTIMATED = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/~{total_fmt} [{elapsed}<{remaining}{postfix}]"

    def __init__(self, runs: list[ResourceRun]) -> None:
        from tqdm import tqdm

        self._bars = {
            run.resource: tqdm(
                desc=f"{run.resource:>9}",
                unit=" objects",
                unit_scale=False,
                initial=run.state.objects,
                total=_known_total(run),
                bar_format=self.KNOWN if _known_total(run) else self.COUNTING,
                position=position,
                file=sys.stderr,
                dynamic_ncols=True,
                leave=True,
            )
            for position, run in enumerate(runs)
        }

    def page(self, run: ResourceRun) -> None:
        bar = self._bars[run.resource]
        total, exact = _estimate(run)
        if total is not None and total != bar.total:
            bar.total = total
            bar.bar_format = self.KNOWN if exact else self.ESTIMATED
        bar.set_postfix(pages=run.state.pages, refresh=False)
        bar.update(run.state.objects - bar.n)

    def finish(self, run: ResourceRun) -> None:
        bar = self._bars[run.resource]
        bar.total = bar.n = run.state.objects
        bar.bar_format = self.KNOWN
        bar.refresh()

    def log(self, message: str) -> None:
        from tqdm import tqdm

        tqdm.write(message, file=sys.stderr)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()


def _progress(choice: str, runs: list[ResourceRun]) -> Progress:
    if choice == "auto":
        choice = "bar" if sys.stderr.isatty() else "log"
    if choice == "bar":
        return Bars(runs)
    return LogLines() if choice == "log" else Progress()


def _summary(
    runs: list[ResourceRun], client: AsyncDigitalRiver, limiter: HeldRateLimiter | None, elapsed: float, file: TextIO
) -> None:
    """What was done, in lines that fit 80 columns (but for the outputs' names)."""
    for run in runs:
        state = run.state
        status = "" if state.done else " (incomplete)"
        print(f"{run.resource:>9}: {state.objects:,} objects, {state.pages:,} pages -> {state.out}{status}", file=file)
    objects = sum(run.state.objects for run in runs)
    pages = sum(run.state.pages for run in runs)
    moved = sum(run.state.objects - run.objects_at_start for run in runs)
    stats = client.stats
    rate = moved / max(elapsed, 1e-9)
    lines = [
        f"{'total':>9}: {objects:,} objects, {pages:,} pages in {elapsed:.1f} s, {rate:,.0f} objects/s",
        f"{'':>9}  {stats.requests:,} requests, {stats.retries:,} retries, {stats.rate_limited:,} rate-limited (429)",
    ]
    if limiter is not None:
        held = min(limiter.held, elapsed)
        lines.append(
            f"{'':>9}  the rate limit ({limiter.max_rate:g}/s) held requests back {held:.1f} s of {elapsed:.1f} s"
        )
    print("\n".join(lines), file=file, flush=True)
