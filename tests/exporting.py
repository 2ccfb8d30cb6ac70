"""What the tests of `digitalriver export` share: running the command, reading what it wrote,
and a fake that records the queries it was sent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from digitalriver._cli import main
from digitalriver.testing import FakeDigitalRiver, Fault, FaultPlan

KEY = "sk_test_export_7c1d"


def export(*args: str) -> int:
    """`digitalriver export ARGS`, in this process; its exit status."""
    with pytest.raises(SystemExit) as exited:
        main(["export", *args])
    assert isinstance(exited.value.code, int)
    return exited.value.code


def command(base_url: str, *args: str) -> list[str]:
    """`digitalriver export ARGS --base-url URL` as a child process runs it."""
    return [sys.executable, "-m", "digitalriver", "export", *args, "--base-url", base_url]


def environment() -> dict[str, str]:
    return {**os.environ, "DIGITALRIVER_API_KEY": KEY}


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def ids(path: Path) -> list[str]:
    return [obj["id"] for obj in lines(path)]


def newest_first(fake: FakeDigitalRiver, resource: str) -> list[dict[str, Any]]:
    """The objects of a resource as the fake sends them, newest first."""
    return json.loads(json.dumps(getattr(fake.store, resource).newest_first()))


def slow(fake: FakeDigitalRiver, seconds: float) -> None:
    """Every request waits this long before it is processed: a distant API."""
    fake.config.faults = FaultPlan(probability=1.0, kinds=[Fault("latency", delay=seconds)])


class Recorder:
    """Wraps the fake's ASGI app and keeps the query of every request it is sent."""

    def __init__(self, fake: FakeDigitalRiver) -> None:
        self.app = fake.app
        self.queries: list[dict[str, str]] = []
        fake.app = self  # type: ignore[assignment]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            self.queries.append(dict(parse_qsl(bytes(scope.get("query_string", b"")).decode("latin-1"))))
        await self.app(scope, receive, send)


def checkpoint_state(path: Path, resource: str) -> dict[str, Any] | None:
    """The checkpoint's state of `resource`, or None while there is none (it is replaced in one step)."""
    try:
        return json.loads(path.read_bytes())["exports"][resource]  # type: ignore[no-any-return]
    except (FileNotFoundError, ValueError, KeyError):
        return None


def wait_until(process: subprocess.Popen[bytes], ready: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Poll until `ready()`, failing if the process ends first."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert process.poll() is None, f"the export ended before {what}: {process.communicate()}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)
