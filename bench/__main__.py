"""`python -m bench` (what `make bench` runs): every measurement, then one table.

Progress goes to stderr; the table goes to stdout and, as Markdown, to `bench/results.md`.
`--only a,b` runs some measurements; `--rounds N` changes how many interleaved rounds the
quick ones take (the slow ones take fewer, see each module).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench import etl, export, paging, parse, peers, retrieve, server
from bench.report import Report
from bench.timing import progress

RESULTS = Path(__file__).resolve().parent / "results.md"
MEASUREMENTS = ("a", "b", "c", "d", "e")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        default=",".join(MEASUREMENTS),
        help="a (parse), b (CPU), c (latency), d (export), e (ETL against the fake)",
    )
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds of the quick measurements")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the Markdown table goes")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    started = time.perf_counter()
    load_before = os.getloadavg()[0]

    report = Report()
    with tempfile.TemporaryDirectory(prefix="digitalriver-bench-") as scratch:
        progress("generating the stock and the OpenAPI Generator clients into a temporary folder")
        generated = peers.generate(Path(scratch))
        progress(f"  stock {generated.stock.seconds:.1f} s, OpenAPI Generator {generated.oag.seconds:.1f} s")
        # In-process measurements first, while the process is as fresh as it will be.
        if "a" in only:
            parse.run(report, generated, args.rounds)
        if "d" in only:
            export.run_path(report, args.rounds)
        with server.running() as api:
            if "b" in only:
                retrieve.run(report, generated, api, max(3, args.rounds // 2))
            if "c" in only:
                paging.run(report, generated, api, 3)
            if "d" in only:
                export.run(report, api, Path(scratch))
        if "e" in only:
            etl.run(report, Path(scratch))

    elapsed = time.perf_counter() - started
    report.notes.append(
        f"One run of `python -m bench` on {platform.python_implementation()} {platform.python_version()}, "
        f"{_cores()} cores: {elapsed:.0f} s, generating both peers included; load average "
        f"{load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end."
    )
    args.out.write_text(report.markdown(), encoding="utf-8")
    print(report.text())
    progress(f"\nwritten to {args.out}")


def _cores() -> str:
    return str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count())


if __name__ == "__main__":
    main(sys.argv[1:])
