"""(d) The export command: its path per page, its peak memory, and its time under latency.

- The export path: a page's bytes to JSON Lines, as `digitalriver._export.export_resource`
  writes them (each item as sent: decoded, re-encoded compactly, one line each), run on one
  page in process, against decoding the same bytes alone.
- Peak memory: `digitalriver export customers --out FILE --base-url URL` in a child process,
  against the loopback server with 10,000 and then 100,000 full customers (≈ 50 and 500 MB of
  JSON); its peak RSS comes from `wait4`, for that child only. Flat means the larger export
  needs no more memory than the smaller: nothing grows with the number of items.
  The floor is the least an export can do, in a child process too: a loop of httpx GETs
  whose items are written with orjson (`python -m bench.export floor URL FILE`).
- Under latency: the same command for 10,000 customers with 20 ms per page, timed from the
  server's first request to the command's exit (so the interpreter's start-up is left out),
  against pages times latency.

The command runs with `--single-chain` (these rows are about one cursor chain and what it costs
per page; the loopback server answers from precomputed pages and ignores `createdTime`, so
slices are measured in (e), against the fake), `--rate-limit off` (a test key is otherwise held
to the API's 25 requests/s, which would be all this measured) and `--progress off`.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

import httpx
import orjson

from bench import report as fmt
from bench.clients import API_KEY, HEADERS
from bench.report import PENDING, TIMES, Report, Row
from bench.sample import PAGE_SIZE, ROOT, first_page
from bench.server import Server
from bench.timing import interleave, per_call, progress

EXPORT_TARGET = 1.2  # a page to JSON Lines at most this many times decoding it alone
FLAT_TARGET = 1.1  # peak RSS for 100,000 items at most this many times that for 10,000
LATENCY_TARGET = 1.15
SMALL, LARGE = 10_000, 100_000
LATENCY = 0.020


def command() -> list[str] | None:
    """The `digitalriver` console script, run by this interpreter; None while the project has none."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"].get("scripts", {})
    if "digitalriver" not in scripts:
        return None
    module, _, function = scripts["digitalriver"].partition(":")
    return [sys.executable, "-c", f"import sys; from {module} import {function}; sys.exit({function}())"]


def export_path() -> tuple[Any, str] | None:
    """A function writing one page's items as the SDK's export does, and what it runs; None without one."""
    try:
        from digitalriver._export import Output, ResourceRun, new_state
        from digitalriver._slices import Slice
    except ImportError:
        return None

    def write(raw: bytes, out: Any) -> None:
        state = new_state("customers", "-", {})
        run = ResourceRun(state, Output(state, stream=out))
        run.output.open(state)
        run.take(Slice(), orjson.loads(raw), None)  # decoded as the client decodes an answer

    return write, "`ResourceRun.take` on one page (what the export does with each page), decoding included"


# Starts the measured process and reports its peak RSS. A process keeps the peak RSS it had
# before `exec`, and a child of the bench starts as a copy of the bench (100 MB and more, with
# three clients loaded): so the child is started from this small interpreter instead.
LAUNCHER = """
import os, subprocess, sys
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def _run_child(argv: list[str], env: dict[str, str]) -> tuple[int, float, float, str]:
    """Exit code, peak RSS (KiB), the monotonic time it ended, and the end of its stderr."""
    launched = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, *argv], capture_output=True, env=env, cwd=ROOT, check=False
    )
    ended = time.monotonic()
    tail = " | ".join(launched.stderr.decode(errors="replace").strip().splitlines()[-3:])
    try:
        peak, code = launched.stdout.split()
    except ValueError:
        return launched.returncode or 1, 0.0, ended, tail
    return int(code), float(peak), ended, tail


def _env() -> dict[str, str]:
    return {**os.environ, "DIGITALRIVER_API_KEY": API_KEY}


def run_export(cli: list[str], server: Server, items: int, scratch: Path, latency: float = 0.0) -> dict[str, Any]:
    server.configure(items=items, latency=latency)
    out = scratch / "export.jsonl"
    argv = [*cli, "export", "customers", "--out", str(out), "--base-url", server.url, "--single-chain"]
    code, peak, ended, tail = _run_child([*argv, "--rate-limit", "off", "--progress", "off"], _env())
    return _outcome(code, peak, ended, tail, server, out, items)


def run_floor(server: Server, items: int, scratch: Path, latency: float = 0.0) -> dict[str, Any]:
    server.configure(items=items, latency=latency)
    out = scratch / "floor.jsonl"
    code, peak, ended, tail = _run_child([sys.executable, "-m", "bench.export", "floor", server.url, str(out)], _env())
    return _outcome(code, peak, ended, tail, server, out, items)


def _outcome(code: int, peak: float, ended: float, tail: str, server: Server, out: Path, items: int) -> dict[str, Any]:
    stats = server.stats()
    lines = _count_lines(out) if out.exists() else 0
    out.unlink(missing_ok=True)
    if code != 0 or lines != items:
        return {"error": f"exit {code}, {lines:,} of {items:,} lines: {tail}"}
    return {"peak": peak, "seconds": ended - stats["first_arrival"], "requests": stats["requests"]}


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def run(report: Report, server: Server, scratch: Path) -> None:
    cli = command()
    if cli is None:
        for label in ("(c) export 10,000 customers under latency", "(d) peak memory of an export"):
            report.add(Row(label, "not in the SDK yet", met=PENDING))
        return
    _memory(report, cli, server, scratch)
    _latency(report, cli, server, scratch)


def run_path(report: Report, rounds: int) -> None:
    """Measured in a child process of its own, as fresh as the export command's.

    In the bench's process, after the other measurements, the same code runs measurably slower
    (the allocator's state differs), and by more for the export than for decoding alone.
    """
    progress("(d) export path: one page to JSON Lines, against decoding alone")
    child = subprocess.run(
        [sys.executable, "-m", "bench.export", "path", str(rounds)], capture_output=True, cwd=ROOT, check=True
    )
    measured = orjson.loads(child.stdout)
    report.add(
        Row(
            "(d) export path: a page of 100 to JSON Lines",
            fmt.millis(measured["export"]),
            f"orjson.loads alone {fmt.millis(measured['decode'])}",
        )
    )
    report.target(
        "    export path ÷ decoding alone", measured["export"] / measured["decode"], limit=EXPORT_TARGET, at_least=False
    )
    report.notes.append(f"(d) The export path measured is {measured['what']}, in a process of its own.")


def _measure_path(rounds: int) -> dict[str, Any]:
    raw = first_page()
    write, what = export_path() or (_reference_lines, "the reference path (the SDK has no export yet)")
    with tempfile.TemporaryFile() as out:

        def export() -> None:
            out.seek(0)
            write(raw, out)

        measured = interleave(
            {"decode": per_call(lambda: orjson.loads(raw), 0.05), "export": per_call(export, 0.05)}, rounds
        )
    return {**measured, "what": what}


def _reference_lines(raw: bytes, out: Any) -> None:
    out.write(b"".join(orjson.dumps(item) + b"\n" for item in orjson.loads(raw)["data"]))


def _memory(report: Report, cli: list[str], server: Server, scratch: Path) -> None:
    results: dict[str, dict[str, Any]] = {}
    for items in (SMALL, LARGE):
        progress(f"(d) peak memory: exporting {items:,} customers, then the floor")
        results[f"ours {items}"] = run_export(cli, server, items, scratch)
        results[f"floor {items}"] = run_floor(server, items, scratch)
    failed = {name: result["error"] for name, result in results.items() if "error" in result}
    if failed:
        report.add(Row("(d) peak memory of an export", "failed", met=PENDING))
        report.notes.extend(f"(d) {name}: {error}" for name, error in failed.items())
        return
    ours_small, ours_large = results[f"ours {SMALL}"], results[f"ours {LARGE}"]
    floor_small, floor_large = results[f"floor {SMALL}"], results[f"floor {LARGE}"]
    report.add(
        Row(
            f"(d) peak RSS exporting {SMALL:,} → {LARGE:,} customers",
            f"{fmt.mebibytes(ours_small['peak'])} → {fmt.mebibytes(ours_large['peak'])}",
            f"httpx + orjson {fmt.mebibytes(floor_small['peak'])} → {fmt.mebibytes(floor_large['peak'])}",
        )
    )
    report.target(
        f"    ours {LARGE // 1000}k ÷ {SMALL // 1000}k",
        ours_large["peak"] / ours_small["peak"],
        limit=FLAT_TARGET,
        at_least=False,
    )
    report.notes.append(
        f"(d) Exporting {LARGE:,} customers (≈ {LARGE * len(first_page()) / PAGE_SIZE / 1e6:,.0f} MB of JSON Lines) "
        f"took {fmt.secs(ours_large['seconds'])}; the floor {fmt.secs(floor_large['seconds'])}."
    )


def _latency(report: Report, cli: list[str], server: Server, scratch: Path) -> None:
    progress(f"(c) export {SMALL:,} customers under {LATENCY * 1e3:.0f} ms latency per page")
    pages = -(-SMALL // PAGE_SIZE)
    ideal = pages * LATENCY
    ours = [run_export(cli, server, SMALL, scratch, LATENCY) for _ in range(2)]
    floor = [run_floor(server, SMALL, scratch, LATENCY) for _ in range(2)]
    errors = [result["error"] for result in ours + floor if "error" in result]
    if errors:
        report.add(Row(f"(c) export {SMALL:,} customers, {pages} pages {TIMES} 20 ms", "failed", met=PENDING))
        report.notes.extend(f"(c) export under latency: {error}" for error in errors)
        return
    best = min(result["seconds"] for result in ours)
    report.add(
        Row(
            f"(c) export {SMALL:,} customers, {pages} pages {TIMES} {LATENCY * 1e3:.0f} ms (the command)",
            fmt.secs(best),
            f"httpx + orjson {fmt.secs(min(r['seconds'] for r in floor))} · ideal {fmt.secs(ideal)}",
        )
    )
    report.target(f"    ours ÷ pages {TIMES} latency", best / ideal, limit=LATENCY_TARGET, at_least=False)


async def _floor_export(base_url: str, out: Path) -> None:
    """The least an export can do: fetch page after page, write each item as it came."""
    params: dict[str, Any] = {"limit": PAGE_SIZE}
    async with httpx.AsyncClient(base_url=base_url, headers=HEADERS) as client:
        with out.open("wb") as file:
            while True:
                response = await client.get("/customers", params=params)
                response.raise_for_status()
                page = orjson.loads(response.content)
                items = page["data"]
                file.write(b"".join(orjson.dumps(item) + b"\n" for item in items))
                if not page["hasMore"] or not items:
                    return
                params = {"limit": PAGE_SIZE, "startingAfter": items[-1]["id"]}


if __name__ == "__main__":
    if sys.argv[1] == "path":  # python -m bench.export path ROUNDS
        sys.stdout.buffer.write(orjson.dumps(_measure_path(int(sys.argv[2]))))
    else:  # python -m bench.export floor BASE_URL OUT
        asyncio.run(_floor_export(sys.argv[2], Path(sys.argv[3])))
