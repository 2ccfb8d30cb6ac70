"""Schemathesis (pinned in the dev dependencies) against the fake on 127.0.0.1: no server error and
no answer outside the document, whatever the requests.

One run of `st run` over every operation of the document the fake ships (its `openapi.json`),
in all four phases (the document's examples, coverage of each schema's edges, fuzzing, and
stateful sequences along the links it infers), positive and negative data alike, with the
checks `not_a_server_error`, `status_code_conformance`, `content_type_conformance` and
`response_schema_conformance`. The fake runs as `make demo` serves it, with a few seeded objects
and neither a rate limit nor faults, whose 429s and mangled answers are on purpose.

The run is bounded by `--max-examples` per operation and a fixed seed (the same cases every
time); on 2 cores it takes about 30 s. Set SCHEMATHESIS_SEED or SCHEMATHESIS_MAX_EXAMPLES to
explore further. One worker: under CPython 3.11.7, Hypothesis describing strategies from two
threads at once can trip a bug of the AST constructor (python/cpython#106905).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path

from digitalriver.testing import FakeDigitalRiver
from digitalriver_api.operations import OPERATIONS

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
SEED = int(os.environ.get("SCHEMATHESIS_SEED", "1"))
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "25"))
TIMEOUT = 170


def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_document(tmp_path: Path) -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=5, checkouts=5, invoices=5)
    assert fake.config.rate_limit is None and not fake.config.faults.script and not fake.config.faults.probability
    document = files("digitalriver_api").joinpath("openapi.json")
    report = tmp_path / "report.json"
    with fake.serve_in_thread() as base_url:
        command = [
            *(sys.executable, "-m", "schemathesis.cli", "run", str(document), "--url", base_url),
            *("--header", "Authorization: Bearer sk_test_schemathesis", "--checks", CHECKS),
            *("--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED), "--workers", "1"),
            *("--report", "json", "--report-json-path", str(report), "--request-timeout", "10"),
        ]
        started = time.monotonic()
        ran = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"}
        )
        elapsed = time.monotonic() - started
    assert report.exists(), ran.stdout[-3000:] + ran.stderr[-3000:]
    outcome = json.loads(report.read_text(encoding="utf-8"))
    cases = outcome["test_cases"]
    print(
        f"\nschemathesis {outcome['schemathesis_version']}, seed {SEED}, {MAX_EXAMPLES} examples per operation: "
        f"{cases['generated']} test cases over {outcome['operations']['tested']} operations, "
        f"{fake.counters.requests} requests to the fake, {elapsed:.1f} s"
    )
    summary = ran.stdout[ran.stdout.rfind("SUMMARY") - 40 :]
    assert (outcome["failures"], outcome["errors"]) == ([], []), ran.stdout[-20000:]
    assert ran.returncode == 0 and outcome["complete"] and outcome["stop_reason"] == "completed", summary
    assert outcome["operations"]["tested"] == len(OPERATIONS) and cases["with_failures"] == 0, summary
    assert all(phase["status"] == "success" for phase in outcome["phases"].values()), outcome["phases"]
    assert fake.counters.requests > 1000 and fake.counters.faults == {}
