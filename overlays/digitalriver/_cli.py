"""The `digitalriver` command: `digitalriver export RESOURCE [RESOURCE ...]`.

The list filters become options (`--email`, `--customer-id`, …) from the same operations table
the SDK uses, so a filter added to the OpenAPI document is an option after `make generate`.
Several resources are exported side by side by one client: they share its rate limit.

Progress goes to standard error: a bar per resource on a terminal, a log line every few seconds
otherwise (CI logs and cron mails stay readable). The closing summary goes to standard output,
or to standard error when the objects themselves go to standard output (`--out -`).

Exit status: 0 done, 1 the API or the network failed (with a checkpoint, run the same command
again to go on), 2 bad usage, 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal, TextIO

import anyio

from digitalriver_api.operations import OPERATIONS

from ._client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, AsyncDigitalRiver
from ._exceptions import DigitalRiverError
from ._export import LIST_OPERATIONS, RESOURCES, Checkpoint, CheckpointError, ExportState, export_resource
from ._rate_limit import RateLimiter

LOG_EVERY_SECONDS = 5.0
EXPORT_PAGE_SIZE = 100
NOT_OPTIONS = frozenset({"ending_before"})  # an export goes forward; a checkpoint resumes with starting_after


def main(argv: Sequence[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code = anyio.run(_export, args, parser)
    except KeyboardInterrupt:
        print("interrupted" + ("; run the same command again to go on" if args.checkpoint else ""), file=sys.stderr)
        code = 130
    sys.exit(code)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digitalriver", description="Command-line tools of the Digital River Python SDK."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = commands.add_parser(
        "export",
        help="export customers, checkouts or invoices to JSON Lines",
        description="Export every object of one or more resources to JSON Lines, one object per line as the "
        "API sent it. The API key comes from DIGITALRIVER_API_KEY.",
    )
    export.add_argument("resources", nargs="+", choices=RESOURCES, metavar="RESOURCE", help=", ".join(RESOURCES))
    export.add_argument(
        "--out",
        metavar="PATH",
        help="the JSON Lines file (default RESOURCE.jsonl), '-' for standard output; with several resources, "
        "a folder that gets RESOURCE.jsonl for each (default: the current folder)",
    )
    export.add_argument(
        "--checkpoint",
        metavar="FILE",
        type=Path,
        help="save progress here after each page; after a crash the same command resumes where it stopped",
    )
    export.add_argument("--base-url", default=DEFAULT_BASE_URL, help=f"the API's address (default {DEFAULT_BASE_URL})")
    export.add_argument(
        "--rate-limit",
        default="auto",
        metavar="N|auto|off",
        help="requests per second, shared by all resources (default auto: 25/s for test keys, 250/s live)",
    )
    export.add_argument("--max-retries", type=int, default=DEFAULT_MAX_RETRIES, metavar="N")
    export.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "off"),
        default="auto",
        help="a progress bar, log lines, or nothing (default: a bar on a terminal, log lines otherwise)",
    )
    filters = export.add_argument_group("filters (each must be one that every chosen resource takes)")
    for name, parameter in _filter_options().items():
        flag = "--" + name.replace("_", "-")
        kind: Callable[[str], Any] = int if parameter.type is int else _boolean if parameter.type is bool else str
        filters.add_argument(flag, dest=f"filter_{name}", type=kind, metavar=parameter.type.__name__.upper())
    return parser


def _filter_options() -> dict[str, Any]:
    options: dict[str, Any] = {}
    for operation_id in LIST_OPERATIONS.values():
        for name, parameter in OPERATIONS[operation_id].query.items():
            if name not in NOT_OPTIONS:
                options.setdefault(name, parameter)
    return dict(sorted(options.items()))


def _boolean(text: str) -> bool:
    if text.lower() in ("true", "yes", "1"):
        return True
    if text.lower() in ("false", "no", "0"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, not {text!r}")


def _filters(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, Any]:
    given = {
        key.removeprefix("filter_"): value
        for key, value in vars(args).items()
        if key.startswith("filter_") and value is not None
    }
    for name in given:
        missing = [r for r in args.resources if name not in OPERATIONS[LIST_OPERATIONS[r]].query]
        if missing:
            parser.error(f"--{name.replace('_', '-')} is not a filter of {', '.join(missing)}")
    return {"limit": EXPORT_PAGE_SIZE, **given}


def _outputs(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, str]:
    if args.out == "-":
        if len(args.resources) > 1 or args.checkpoint:
            parser.error("--out - (standard output) takes one resource and no --checkpoint")
        return {args.resources[0]: "-"}
    several = len(args.resources) > 1
    if several or (args.out is not None and Path(args.out).is_dir()):
        folder = Path(args.out or ".")
        folder.mkdir(parents=True, exist_ok=True)
        return {resource: str(folder / f"{resource}.jsonl") for resource in args.resources}
    return {args.resources[0]: args.out or f"{args.resources[0]}.jsonl"}


def _rate_limit(text: str, parser: argparse.ArgumentParser) -> RateLimiter | Literal["auto"] | None:
    if text == "auto":
        return "auto"
    if text == "off":
        return None
    try:
        return RateLimiter(float(text))
    except ValueError as exc:
        parser.error(f"--rate-limit: {exc}")


async def _export(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    filters = _filters(args, parser)
    outputs = _outputs(args, parser)
    rate_limit = _rate_limit(args.rate_limit, parser)
    try:
        client = AsyncDigitalRiver(
            base_url=args.base_url,
            max_retries=args.max_retries,
            rate_limit=rate_limit,
        )
        checkpoint = Checkpoint.load(args.checkpoint) if args.checkpoint else None
        states = [
            checkpoint.state_for(r, outputs[r], filters) if checkpoint else ExportState(r, outputs[r], dict(filters))
            for r in args.resources
        ]
        for resource in args.resources:
            getattr(client, resource).list(**filters)  # bad filter values fail here, before anything is sent
    except (DigitalRiverError, ValueError, TypeError) as exc:
        print(f"digitalriver export: {exc}", file=sys.stderr)
        return 2

    summary_file = sys.stderr if args.out == "-" else sys.stdout
    stream: BinaryIO | None = sys.stdout.buffer if args.out == "-" else None
    display = _progress(args.progress, states)
    started = time.perf_counter()
    failure: BaseException | None = None
    async with client:
        try:
            async with anyio.create_task_group() as tasks:
                for state in states:
                    tasks.start_soon(_run, client, state, checkpoint, display, stream)
        except* (DigitalRiverError, OSError) as group:
            failure = group.exceptions[0]
        finally:
            display.close()
    _summary(states, client, time.perf_counter() - started, summary_file)
    if failure is not None:
        hint = "; run the same command again to go on" if checkpoint else ""
        print(f"digitalriver export failed: {type(failure).__name__}: {failure}{hint}", file=sys.stderr)
        return 2 if isinstance(failure, CheckpointError) else 1
    return 0


async def _run(
    client: AsyncDigitalRiver,
    state: ExportState,
    checkpoint: Checkpoint | None,
    display: Progress,
    stream: BinaryIO | None,
) -> None:
    if state.done:
        display.log(f"{state.resource}: already complete in {state.out} ({state.objects:,} objects)")
        return
    display.start(state)
    await export_resource(client, state, checkpoint=checkpoint, on_page=display.page, stream=stream)
    display.finish(state)


class Progress:
    """Nothing: `--progress off`. The base of the two displays below."""

    def start(self, state: ExportState) -> None:
        pass

    def page(self, state: ExportState, count: int) -> None:
        pass

    def finish(self, state: ExportState) -> None:
        pass

    def log(self, message: str) -> None:
        print(message, file=sys.stderr)

    def close(self) -> None:
        pass


class LogLines(Progress):
    """A line per resource every few seconds: for logs, where a bar would be noise."""

    def __init__(self) -> None:
        self._started: dict[str, float] = {}
        self._last: dict[str, float] = {}

    def start(self, state: ExportState) -> None:
        self._started[state.resource] = self._last[state.resource] = time.perf_counter()
        resumed = f", resuming after {state.objects:,} objects" if state.objects else ""
        self.log(f"{state.resource}: exporting to {state.out}{resumed}")

    def page(self, state: ExportState, count: int) -> None:
        now = time.perf_counter()
        if now - self._last[state.resource] >= LOG_EVERY_SECONDS:
            self._last[state.resource] = now
            self.log(self._line(state, now))

    def finish(self, state: ExportState) -> None:
        self.log(self._line(state, time.perf_counter()) + ", done")

    def _line(self, state: ExportState, now: float) -> str:
        elapsed = max(now - self._started[state.resource], 1e-9)
        return f"{state.resource}: {state.objects:,} objects, {state.pages:,} pages, {state.objects / elapsed:,.0f}/s"


class Bars(Progress):
    """A tqdm bar per resource on standard error; the API gives no totals, so bars count up."""

    def __init__(self, states: list[ExportState]) -> None:
        from tqdm import tqdm

        self._bars = {
            state.resource: tqdm(
                desc=f"{state.resource:>9}",
                unit=" objects",
                initial=state.objects,
                position=position,
                file=sys.stderr,
                dynamic_ncols=True,
                leave=True,
            )
            for position, state in enumerate(states)
        }

    def page(self, state: ExportState, count: int) -> None:
        bar = self._bars[state.resource]
        bar.update(count)
        bar.set_postfix(pages=state.pages, refresh=False)

    def log(self, message: str) -> None:
        from tqdm import tqdm

        tqdm.write(message, file=sys.stderr)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()


def _progress(choice: str, states: list[ExportState]) -> Progress:
    if choice == "auto":
        choice = "bar" if sys.stderr.isatty() else "log"
    if choice == "bar":
        return Bars(states)
    return LogLines() if choice == "log" else Progress()


def _summary(states: list[ExportState], client: AsyncDigitalRiver, elapsed: float, file: TextIO) -> None:
    for state in states:
        status = "" if state.done else " (incomplete)"
        line = f"{state.resource:>9}: {state.objects:,} objects in {state.pages:,} pages -> {state.out}{status}"
        print(line, file=file)
    objects = sum(state.objects for state in states)
    stats = client.stats
    rate = objects / max(elapsed, 1e-9)
    print(
        f"{'total':>9}: {objects:,} objects, {sum(s.pages for s in states):,} pages, "
        f"{stats.requests:,} requests, {stats.retries:,} retries, {stats.rate_limited:,} rate-limited (429), "
        f"throttled {stats.throttled_seconds:.1f} s, elapsed {elapsed:.1f} s, {rate:,.0f} objects/s",
        file=file,
    )
