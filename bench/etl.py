"""(e) ETL: `digitalriver export` at the key's limit, one cursor chain against createdTime slices.

The API here is `digitalriver.testing` itself, served on loopback by `python -m digitalriver.testing`
in a process of its own: seeded with `CUSTOMERS` customers created over a year, answering each
request after `LATENCY` (100 ms, then 300 ms: a distant API), and limiting the key to
`RATE_LIMIT` requests per second as the API does, with 429 and `Retry-After`. The limit is low
enough that the fake's own CPU (a page costs it well under a millisecond) is never what bounds
the export on 2 cores: what the limit allows is `RATE_LIMIT * 100` objects/s, and each export is
given as a share of that.

Each export runs as the command, in a child process whose peak RSS comes from `wait4`, with
the client's limit equal to the fake's (`--rate-limit 100`) and `--progress off`. Its objects/s,
elapsed time and 429s are read from the summary it prints (its clock starts as it sends its
first request, so the interpreter's start-up is left out).

- single chain: `--single-chain --max-objects 3000`, the newest 3,000: one page per round trip,
  whatever the limit (objects/s is what is measured, and it does not change with the count);
- sliced: the default, all of them.

Peak memory is the sliced export's, at 20,000 objects (`--max-objects`) and at all 200,000:
flat means nothing grows with the number of objects.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from bench import report as fmt
from bench.clients import API_KEY
from bench.report import PENDING, Report, Row
from bench.sample import ROOT
from bench.timing import progress

CUSTOMERS = 200_000
SEED_DAYS = 365
RATE_LIMIT = 100.0
LATENCIES = (0.100, 0.300)
CHAIN_OBJECTS = 3_000
SMALL = 20_000
PAGE = 100
SHARE_TARGET = 0.8
FLAT_TARGET = 1.1
STARTUP_TIMEOUT = 120.0

# Runs the measured command and reports its peak RSS, as `bench.export` does; its standard
# output (the summary) goes to a file, its standard error is left to the bench's.
LAUNCHER = """
import os, subprocess, sys
with open(sys.argv[1], "wb") as out:
    process = subprocess.Popen(sys.argv[2:], stdout=out)
    _, status, usage = os.wait4(process.pid, 0)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""
SUMMARY = re.compile(r"total: ([\d,]+) objects, ([\d,]+) pages in ([\d.]+) s, ([\d,]+) objects/s")
REQUESTS = re.compile(r"([\d,]+) requests, ([\d,]+) retries, ([\d,]+) rate-limited \(429\)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def fake(latency: float) -> Iterator[str]:
    """`python -m digitalriver.testing`, seeded and slowed down, until the block ends; its base URL."""
    port = _free_port()
    argv = [sys.executable, "-m", "digitalriver.testing", "--port", str(port), "--log-level", "warning"]
    argv += ["--seed-customers", str(CUSTOMERS), "--seed-days", str(SEED_DAYS)]
    argv += ["--latency", str(latency), "--rate-limit", str(RATE_LIMIT)]
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the fake exited with status {process.returncode}")
            try:
                httpx.get(f"{url}/customers?limit=1", headers={"Authorization": "Bearer sk_test_ready"}, timeout=5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the fake did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(30)


def export(url: str, scratch: Path, *options: str) -> dict[str, Any]:
    """One export as the command; what its summary says, and its peak RSS (KiB)."""
    out, summary = scratch / "etl.jsonl", scratch / "etl-summary.txt"
    argv = [sys.executable, "-m", "digitalriver", "export", "customers", "--out", str(out), "--base-url", url]
    argv += ["--rate-limit", f"{RATE_LIMIT:g}", "--progress", "off", *options]
    env = {**os.environ, "DIGITALRIVER_API_KEY": API_KEY}
    time.sleep(1.0)  # the key's bucket at the fake fills up again after the export before
    launched = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, str(summary), *argv], capture_output=True, env=env, cwd=ROOT, check=False
    )
    text = summary.read_text(encoding="utf-8", errors="replace") if summary.exists() else ""
    lines = _count_lines(out) if out.exists() else 0
    out.unlink(missing_ok=True)
    totals, requests = SUMMARY.search(text), REQUESTS.search(text)
    try:
        peak, code = launched.stdout.split()
    except ValueError:
        peak, code = b"0", b"1"
    if int(code) != 0 or totals is None or requests is None:
        tail = " | ".join((text + launched.stderr.decode(errors="replace")).strip().splitlines()[-3:])
        return {"error": f"exit {int(code)}: {tail}"}
    objects = int(totals[1].replace(",", ""))
    return {
        "objects": objects,
        "lines": lines,
        "seconds": float(totals[3]),
        "rate": float(totals[4].replace(",", "")),  # from the command's own clock, not the rounded seconds
        "requests": int(requests[1].replace(",", "")),
        "rate_limited": int(requests[3].replace(",", "")),
        "peak": float(peak),
    }


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def run(report: Report, scratch: Path) -> None:
    limit = RATE_LIMIT * PAGE
    results: dict[str, dict[str, Any]] = {}
    for latency in LATENCIES:
        ms = f"{latency * 1e3:.0f} ms"
        progress(f"(e) ETL: the fake with {CUSTOMERS:,} customers, {ms} a page, {RATE_LIMIT:g} requests/s")
        with fake(latency) as url:
            progress(f"  single chain, the newest {CHAIN_OBJECTS:,}")
            results[f"chain {ms}"] = export(url, scratch, "--single-chain", "--max-objects", str(CHAIN_OBJECTS))
            progress(f"  sliced, all {CUSTOMERS:,}")
            results[f"sliced {ms}"] = export(url, scratch)
            if latency == LATENCIES[0]:
                progress(f"  sliced, {SMALL:,} of them (peak memory)")
                results["small"] = export(url, scratch, "--max-objects", str(SMALL))
    failed = {name: result["error"] for name, result in results.items() if "error" in result}
    report.notes.extend(f"(e) {name}: {error}" for name, error in failed.items())
    for latency in LATENCIES:
        ms = f"{latency * 1e3:.0f} ms"
        chain, sliced = results[f"chain {ms}"], results[f"sliced {ms}"]
        label = f"(e) ETL export, {ms} a page, the fake's limit {RATE_LIMIT:g} requests/s ({limit:,.0f} objects/s)"
        if "error" in chain or "error" in sliced:
            report.add(Row(label, "failed", met=PENDING))
            continue
        if sliced["lines"] != CUSTOMERS or sliced["objects"] != CUSTOMERS:
            report.notes.append(f"(e) sliced at {ms}: {sliced['lines']:,} lines for {CUSTOMERS:,} customers")
        report.add(
            Row(
                label,
                f"sliced {fmt.rate(sliced['rate'])}",
                f"single chain {fmt.rate(chain['rate'])}",
            )
        )
        report.target("    sliced ÷ the limit's objects/s", sliced["rate"] / limit, limit=SHARE_TARGET, at_least=True)
        report.add(Row("    single chain ÷ the limit's objects/s", ratio=f"{chain['rate'] / limit:.2f}{fmt.TIMES}"))
        report.notes.append(
            f"(e) {ms}: sliced, {CUSTOMERS:,} customers in {fmt.secs(sliced['seconds'])}, {sliced['requests']:,} "
            f"requests ({CUSTOMERS // PAGE:,} full pages' worth); single chain, {CHAIN_OBJECTS:,} in "
            f"{fmt.secs(chain['seconds'])}."
        )
    runs = [result for result in results.values() if "error" not in result]
    refused = sum(result["rate_limited"] for result in runs)
    report.add(
        Row(
            f"(e) 429s from the fake, the client's limit equal to its own ({len(runs)} exports)",
            f"{refused:,}",
            target="0",
            met="yes" if refused == 0 else "no",
        )
    )
    small, large = results.get("small", {}), results.get(f"sliced {LATENCIES[0] * 1e3:.0f} ms", {})
    if "peak" in small and "peak" in large:
        report.add(
            Row(
                f"(e) peak RSS of the sliced export, {SMALL:,} → {CUSTOMERS:,} customers",
                f"{fmt.mebibytes(small['peak'])} → {fmt.mebibytes(large['peak'])}",
            )
        )
        report.target(
            f"    ours {CUSTOMERS // 1000}k ÷ {SMALL // 1000}k",
            large["peak"] / small["peak"],
            limit=FLAT_TARGET,
            at_least=False,
        )
