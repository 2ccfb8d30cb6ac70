"""`make demo`: the fake API on 127.0.0.1, seeded with thousands of objects, exported with
`digitalriver export`, exactly as you would export from the real API.

It starts `python -m digitalriver.testing` on a free loopback port, waits until it answers,
runs the export command (you see its progress and its summary), stops the fake, and exits with
the export's status. The objects land in `demo-output/`.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

SEED = {"customers": 5000, "checkouts": 3000, "invoices": 3000}
OUTPUT = Path("demo-output")
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
            httpx.get(f"{url}/customers?limit=1", headers={"Authorization": f"Bearer {KEY}"}, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"the fake API did not answer within {STARTUP_TIMEOUT:.0f} s")


def export_command(url: str) -> list[str]:
    script = shutil.which("digitalriver", path=str(Path(sys.executable).parent))
    program = [script] if script else [sys.executable, "-m", "digitalriver"]
    return [*program, "export", *SEED, "--base-url", url, "--out", str(OUTPUT)]


def main() -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    seeds = [f"--seed-{resource}={count}" for resource, count in SEED.items()]
    print(f"starting the fake API on {url} with {', '.join(f'{n:,} {r}' for r, n in SEED.items())}")
    fake = subprocess.Popen(
        [sys.executable, "-m", "digitalriver.testing", "--port", str(port), *seeds],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(url, fake)
        command = export_command(url)
        print(f"$ DIGITALRIVER_API_KEY={KEY} {shlex.join(Path(a).name if a == command[0] else a for a in command)}")
        sys.stdout.flush()
        exported = subprocess.run(command, env={**os.environ, "DIGITALRIVER_API_KEY": KEY}, check=False)
    finally:
        fake.terminate()
        fake.wait(10)
    if exported.returncode == 0:
        counts = {path.name: sum(1 for _ in path.open("rb")) for path in sorted(OUTPUT.glob("*.jsonl"))}
        print("lines written:", ", ".join(f"{name} {n:,}" for name, n in counts.items()))
    return exported.returncode


if __name__ == "__main__":
    sys.exit(main())
