"""The examples in `examples/` and `make demo` run, against the fake, and do what they say."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from digitalriver import AsyncDigitalRiver
from digitalriver.testing import FakeDigitalRiver, Fault
from examples.service_handler import sign_up

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk_test_examples_0a9e"


async def test_the_service_handler_signs_up_once_even_when_its_create_is_retried() -> None:
    fake = FakeDigitalRiver()
    # The first create is processed and its answer lost: the retry meets 409 and reads it back.
    fake.config.faults.script.append(Fault("drop", when="after", method="POST"))
    async with fake.http_client() as http:
        dr = AsyncDigitalRiver(api_key=KEY, http_client=http, rate_limit=None)
        status, body = await sign_up(dr, "user-42", "ada@example.com")
        assert (status, body) == (200, {"customer_id": "user-42", "email": "ada@example.com"})
        assert fake.counters.creates == {"customers": 1}
        fresh = await sign_up(dr, "user-43", "grace@example.com")
        assert fresh == (201, {"customer_id": "user-43", "email": "grace@example.com"})


async def test_the_service_handler_maps_api_errors_to_its_own_answers() -> None:
    fake = FakeDigitalRiver()
    fake.config.faults.script += [
        Fault("error", status=400, method="POST"),
        Fault("error", status=429, retry_after=120, method="POST"),
        Fault("error", status=503, method="POST"),
    ]
    async with fake.http_client() as http:
        dr = AsyncDigitalRiver(api_key=KEY, http_client=http, rate_limit=None, max_retries=0)
        assert (await sign_up(dr, "u1", "a@example.com"))[0] == 422
        assert await sign_up(dr, "u1", "a@example.com") == (503, {"error": "busy", "retry_after": 120.0})
        assert await sign_up(dr, "u1", "a@example.com") == (502, {"error": "payments unavailable"})
    assert fake.counters.creates == {}


def test_the_etl_job_sums_every_invoice_by_currency() -> None:
    fake = FakeDigitalRiver()
    seeded = fake.seed(customers=120, invoices=450)
    with fake.serve_in_thread() as url:
        job = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "etl_job.py"), url],
            env={**os.environ, "DIGITALRIVER_API_KEY": KEY},
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    rows = list(csv.DictReader(io.StringIO(job.stdout)))
    invoices = seeded["invoices"]
    assert {row["currency"]: int(row["invoices"]) for row in rows} == Counter(i["currency"] for i in invoices)
    for row in rows:
        total = sum(i["totalAmount"] for i in invoices if i["currency"] == row["currency"])
        assert float(row["total_amount"]) == round(total, 2)
        owners = {i["customerId"] for i in invoices if i["currency"] == row["currency"]}
        assert int(row["customers_with_email"]) == len(owners)
    assert fake.counters.requests == 2 + 5  # 120 customers and 450 invoices, 100 a page


def test_make_demo_exports_what_it_seeded(tmp_path: Path) -> None:
    demo = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert demo.returncode == 0, demo.stderr
    assert "total: 11,000 objects, 110 pages" in demo.stdout
    assert "lines written: checkouts.jsonl 3,000, customers.jsonl 5,000, invoices.jsonl 3,000" in demo.stdout
    assert "customers: 5,000 objects, 50 pages" in demo.stderr  # progress, as log lines off a terminal
    # Then the incremental run: just what changed through the API in between.
    assert "customers: 4 objects, 1 pages -> demo-output/changes/customers.jsonl" in demo.stdout
    assert "invoices: 2 objects, 1 pages -> demo-output/changes/invoices.jsonl" in demo.stdout
