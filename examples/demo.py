"""`make demo`: the fake API on 127.0.0.1, seeded with thousands of objects created over the past
year, exported with `digitalriver export`, exactly as you would export from the real API; then a
few objects change, and the same export run again with `--incremental` writes just those.

It starts `python -m digitalriver.testing` on a free loopback port, waits until it answers,
runs the export command (you see its progress and its summary), changes a few objects through
the SDK, runs the incremental export, stops the fake, and exits with the exports' status. The
objects land in `demo-output/`, the changes in `demo-output/changes/`.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from digitalriver import AsyncDigitalRiver

SEED = {"customers": 5000, "checkouts": 3000, "invoices": 3000}
SEED_DAYS = 365
OUTPUT = Path("demo-output")
CHECKPOINT = OUTPUT / "export.checkpoint"
KEY = "sk_test_demo"  # the fake takes any key; a test key gets the test-mode rate limit (25 requests/s)
STARTUP_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, fake: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if fake.poll() is not None:
            raise SystemExit(f"the fake API exited with status {fake.returncode}")
        try:
            httpx.get(f"{url}/customers?limit=1", headers={"Authorization": "Bearer sk_test_probe"}, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"the fake API did not answer within {STARTUP_TIMEOUT:.0f} s")


def export_command(url: str, out: Path, *options: str) -> list[str]:
    script = shutil.which("digitalriver", path=str(Path(sys.executable).parent))
    program = [script] if script else [sys.executable, "-m", "digitalriver"]
    return [*program, "export", *SEED, "--base-url", url, "--out", f"{out}/", "--checkpoint", str(CHECKPOINT), *options]


def run(command: list[str]) -> int:
    shown = shlex.join(Path(a).name if a == command[0] else a for a in command)
    print(f"$ DIGITALRIVER_API_KEY={KEY} {shown}", flush=True)
    return subprocess.run(command, env={**os.environ, "DIGITALRIVER_API_KEY": KEY}, check=False).returncode


async def change_a_few(url: str) -> str:
    """What a day of business does to the data, through the SDK: what the incremental run finds."""
    async with AsyncDigitalRiver(api_key=KEY, base_url=url) as dr:
        customers = list((await dr.customers.list(limit=3)).data)
        for customer in customers:
            await dr.customers.update(customer.id, {"locale": "fr_FR"})
        created = await dr.customers.create({"email": "new.customer@example.com", "type": "individual"})
        invoices = list((await dr.invoices.list(limit=2, state="draft")).data)
        for invoice in invoices:
            await dr.invoices.open(invoice.id)
    return f"{len(customers)} customers updated, 1 created ({created.email}), {len(invoices)} invoices opened"


def main() -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    seeds = [f"--seed-{resource}={count}" for resource, count in SEED.items()]
    print(f"starting the fake API on {url} with {', '.join(f'{n:,} {r}' for r, n in SEED.items())}")
    fake = subprocess.Popen(
        [sys.executable, "-m", "digitalriver.testing", "--port", str(port), *seeds, "--seed-days", str(SEED_DAYS)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(url, fake)
        CHECKPOINT.unlink(missing_ok=True)  # the demo starts afresh every time
        code = run(export_command(url, OUTPUT))
        if code != 0:
            return code
        counts = {path.name: sum(1 for _ in path.open("rb")) for path in sorted(OUTPUT.glob("*.jsonl"))}
        print("lines written:", ", ".join(f"{name} {n:,}" for name, n in counts.items()))
        print(f"\nchanged through the API: {asyncio.run(change_a_few(url))}", flush=True)
        code = run(export_command(url, OUTPUT / "changes", "--incremental"))
    finally:
        fake.terminate()
        fake.wait(10)
    return code


if __name__ == "__main__":
    sys.exit(main())
