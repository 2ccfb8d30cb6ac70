"""Prism, the OpenAPI validator pinned in package.json, run as a local process for the contract tests.

`install()` puts the pinned version into node_modules with `npm ci` when it is missing or another
version is there, so a fresh clone needs nothing but `pytest`; without node or npm it fails, since
a contract test that quietly does not run proves nothing. `PrismServer` starts one Prism on a free
127.0.0.1 port with `--errors`, keeps everything it prints, and tells which of those lines report
a problem.

Prism reports a violation in three places, and the tests read all of them: the `sl-violations`
header of the answer (every severity), an `application/problem+json` answer of its own instead of
the real one (a 422 for a request the document forbids; a 500 `VIOLATIONS` for an answer it
forbids, because of `--errors`), and a line in its log. Log lines arrive through a pipe after the
answer, so `sync()` sends a marker request and waits for the marker's own line: everything Prism
printed about earlier requests has been read by then. `Contract` gathers all three for the
requests of one test (an httpx event hook records every answer) and fails the test on any of them.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import httpx
import pytest

from .document import DOCUMENT_PATH, ROOT

PACKAGE = "@stoplight/prism-cli"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
INSTALL_TIMEOUT = 600.0
START_TIMEOUT = 60.0
SYNC_TIMEOUT = 10.0
START_ATTEMPTS = 3

# signale's badges and labels for Prism's warning, error and fatal lines, and the two phrases
# Prism uses for a violation and for an answer of its own.
PROBLEM_LINE = re.compile(r"[✖⚠]\s+(?:error|warning|fatal)\b|Violation:|stoplight\.io/prism/errors#")


class PrismUnavailable(Exception):
    """Prism could not be installed or started; the message says what to do about it."""


def pinned_versions() -> dict[str, str]:
    """Every Node.js tool package.json pins (Prism, pyright), by package name."""
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    pinned: dict[str, str] = package["devDependencies"]
    return pinned


def pinned_version() -> str:
    return pinned_versions()[PACKAGE]


def installed_version(name: str = PACKAGE) -> str | None:
    manifest = ROOT / "node_modules" / name / "package.json"
    if not manifest.is_file() or (name == PACKAGE and not PRISM.exists()):
        return None
    version: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    return version


def _all_installed() -> bool:
    return all(installed_version(name) == version for name, version in pinned_versions().items())


def install() -> str:
    """Make node_modules hold the pinned tools (Prism, pyright); returns Prism's version.

    `--ignore-scripts`: they need no build step, and an install script is the one way a package
    could reach beyond the registry while it is installed.
    """
    wanted = pinned_version()
    if _all_installed():
        return wanted
    with _install_lock():
        if _all_installed():  # another run on this checkout installed them meanwhile
            return wanted
        return _npm_ci(wanted)


@contextlib.contextmanager
def _install_lock() -> Iterator[None]:
    """One `npm ci` at a time per checkout: two at once (two pytest runs) corrupt node_modules."""
    name = hashlib.sha256(str(ROOT).encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"prism-install-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _npm_ci(wanted: str) -> str:
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        raise PrismUnavailable(
            f"The contract tests need Node.js and npm to install {PACKAGE} {wanted} (package.json), "
            f"but {' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not on PATH. "
            "Install Node.js with npm (see the `engines` of the Prism packages in package-lock.json), "
            "then run the tests again."
        )
    command = ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, env=_environment()
        )
    except subprocess.TimeoutExpired:
        raise PrismUnavailable(f"`{' '.join(command)}` did not finish in {INSTALL_TIMEOUT:.0f} s.") from None
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()[-3000:]
        raise PrismUnavailable(f"`{' '.join(command)}` failed with exit code {done.returncode}:\n{output}")
    for name, version in pinned_versions().items():
        found = installed_version(name)
        if found != version:
            raise PrismUnavailable(
                f"`{' '.join(command)}` installed {name} {found}, not {version}: is package-lock.json stale?"
            )
    return wanted


def _environment() -> dict[str, str]:
    """Plain, uncoloured output, so lines can be matched; no update check against the registry."""
    return {**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1", "npm_config_update_notifier": "false"}


def _relative(document: Path) -> str:
    """The document as Prism is given it: relative to the checkout when it is inside, so its log names it briefly."""
    try:
        return document.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(document)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrismServer:
    """One Prism process: `PrismServer("proxy", upstream)` or `PrismServer("mock")`, then `start()`.

    `document` is the OpenAPI document Prism serves (ours by default); other arguments go to Prism as given.
    """

    def __init__(self, mode: str, *arguments: str, document: Path = DOCUMENT_PATH) -> None:
        self.mode = mode
        self.arguments = arguments
        self.document = document
        self.url = ""
        self.lines: list[str] = []
        self.ready_at = 0  # the number of lines Prism printed while it started
        self._process: subprocess.Popen[str] | None = None
        self._http: httpx.Client | None = None
        self._changed = threading.Condition()

    def start(self) -> str:
        """Start on a free port, and return the base URL; a port taken before Prism binds it is tried again."""
        if shutil.which("node") is None:
            raise PrismUnavailable("Prism runs on Node.js, and `node` is not on PATH: install Node.js with npm.")
        for _ in range(START_ATTEMPTS):
            port = free_port()
            self._spawn(port)
            if self._wait_until_listening(port):
                self.url = f"http://127.0.0.1:{port}"
                return self.url
            self.stop()
            if not any("EADDRINUSE" in line for line in self.lines):
                break
        raise PrismUnavailable(f"Prism ({self.mode}) did not start:\n" + "\n".join(self.lines[-40:]))

    def _spawn(self, port: int) -> None:
        command = [str(PRISM), self.mode, _relative(self.document), *self.arguments]
        command += ["--host", "127.0.0.1", "--port", str(port), "--errors"]
        self.lines = []  # a fresh list: the reader of an earlier attempt may still append to its own
        self._process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=_environment(),
        )
        threading.Thread(target=self._read, args=(self._process, self.lines), daemon=True).start()

    def _read(self, process: subprocess.Popen[str], lines: list[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            with self._changed:
                lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _wait_until_listening(self, port: int) -> bool:
        ready = f"Prism is listening on http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_TIMEOUT
        with self._changed:
            while not any(ready in line for line in self.lines):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self._process is not None and self._process.poll() is not None):
                    return False
                self._changed.wait(min(remaining, 0.2))
            self.ready_at = len(self.lines)
        return True

    def stop(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)

    def sync(self) -> int:
        """Wait until Prism has printed everything about the requests answered so far; returns a mark."""
        token = f"contract-sync-{uuid.uuid4().hex}"
        start = len(self.lines)  # the marker's lines come after everything printed so far
        if self._process is None or self._process.poll() is not None:
            raise PrismUnavailable(f"Prism ({self.mode}) is not running:\n" + "\n".join(self.lines[-40:]))
        if self._http is None:  # one client for every marker: making one costs more than the request
            self._http = httpx.Client(timeout=SYNC_TIMEOUT)
        self._http.get(f"{self.url}/{token}")
        deadline = time.monotonic() + SYNC_TIMEOUT
        with self._changed:
            while True:
                for index in range(len(self.lines) - 1, max(start, 0) - 1, -1):
                    if token in self.lines[index] and "Request terminated" in self.lines[index]:
                        return index + 1
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise PrismUnavailable(f"Prism ({self.mode}) did not log the marker request {token}.")
                self._changed.wait(remaining)

    def problems(self, since: int) -> list[str]:
        """The lines after mark `since` (up to a fresh `sync()`) that report a violation or an error."""
        until = self.sync()
        return [line for line in self.lines[since:until] if PROBLEM_LINE.search(line) and "contract-sync-" not in line]

    def startup_problems(self) -> list[str]:
        """Warnings and errors about the document itself, printed before any request."""
        return [line for line in self.lines[: self.ready_at] if PROBLEM_LINE.search(line)]


def or_fail(step: Callable[[], str]) -> str:
    """A missing Node.js or a Prism that will not start fails the tests: a skipped contract proves nothing."""
    try:
        return step()
    except PrismUnavailable as error:
        message = str(error)
    pytest.fail(message, pytrace=False)


def serve(server: PrismServer) -> Iterator[PrismServer]:
    """For a fixture: the server started (or the test failed), and stopped afterwards."""
    try:
        or_fail(server.start)
        yield server
    finally:
        server.stop()


# --- one test's traffic, and the verdict on it ----------------------------------------------------

PROBLEM_TYPE = "https://stoplight.io/prism/errors#"
# The SDK accepts JSON on every call, since errors come as JSON; for an operation whose success
# has no body, the mock warns that it has no JSON to offer and answers the documented status.
BODILESS_NEGOTIATION = re.compile(r"\[NEGOTIATOR\] .*Unable to find content for application/json$")


class Exchange(NamedTuple):
    method: str
    path: str
    status: int
    operation_id: str | None
    violations: list[Any]
    problem: str | None
    body: Any  # the decoded JSON of the answer, or None


TRUNCATED = "Prism cut the sl-violations header short: it reported more violations than these"
_VIOLATION = re.compile(r'\{"location":\[[^\]]*\],"severity":"\w+","code":"[^"]*","message":"(?:[^"\\]|\\.)*"\}')


def violations(header: str | None) -> list[Any]:
    """The violations of an `sl-violations` header: a JSON array, or for many, "Too many violations! " and its start."""
    if not header:
        return []
    if header.startswith("["):
        found: list[Any] = json.loads(header)
        return found
    if header.startswith("Too many violations!"):
        return [json.loads(match) for match in _VIOLATION.findall(header)] + [TRUNCATED]
    return [header]


def operation_of(table: Mapping[str, Any], method: str, raw_path: str) -> str | None:
    """The operation of `table` a request is for; a literal segment beats a parameter (`/checkouts/store-credits`)."""
    segments = raw_path.split("?")[0].split("/")[1:]
    best: tuple[int, str] | None = None
    for op in table.values():
        template = op.path.split("/")[1:]
        if op.method != method or len(template) != len(segments):
            continue
        if all(t == s or (t.startswith("{") and s != "") for t, s in zip(template, segments, strict=True)):
            literal = sum(not t.startswith("{") for t in template)
            if best is None or literal > best[0]:
                best = (literal, op.operation_id)
    return None if best is None else best[1]


@attrs.define
class Contract:
    """One test's traffic through one Prism: every answer it got, and the verdict on it.

    `table` is the operations table of the package in use; `documented(operation_id)` gives the
    statuses its document declares for an operation.
    """

    server: PrismServer
    mark: int
    table: Mapping[str, Any]
    documented: Callable[[str], set[str]]
    exchanges: list[Exchange] = attrs.field(factory=list)

    async def record(self, response: httpx.Response) -> None:
        await response.aread()
        media = response.headers.get("content-type", "")
        problem = response.text if media.startswith("application/problem+json") else None
        try:
            body = json.loads(response.content) if "json" in media and response.content else None
        except ValueError:
            body = None
        header = response.headers.get("sl-violations")
        request = response.request
        path = request.url.raw_path.decode("ascii")
        self.exchanges.append(
            Exchange(
                request.method,
                path,
                response.status_code,
                operation_of(self.table, request.method, path),
                violations(header),
                problem,
                body,
            )
        )

    def http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(event_hooks={"response": [self.record]})

    def reported(self) -> list[str]:
        """Every violation and Prism error of this test's requests: headers, Prism's own answers, log."""
        found = []
        for exchange in self.exchanges:
            where = f"{exchange.method} {exchange.path} -> {exchange.status}"
            found += [f"{where}: sl-violations {json.dumps(v)}" for v in exchange.violations]
            if exchange.problem is not None:
                found.append(f"{where}: Prism answered {exchange.problem}")
        found += [f"Prism ({self.server.mode}) logged: {line}" for line in self.server.problems(self.mark)]
        return found

    def problems(self, operation_id: str) -> list[str]:
        """What `reported()` says, but for the one line an operation whose success has no body makes the mock log."""
        return [line for line in self.reported() if not self._negotiation(operation_id, line)]

    def logged(self, operation_id: str) -> list[str]:
        """The lines of Prism's log since the mark that report a problem (as `problems` leaves them)."""
        return [line for line in self.server.problems(self.mark) if not self._negotiation(operation_id, line)]

    def _negotiation(self, operation_id: str, line: str) -> bool:
        operation = self.table[operation_id]
        bodiless = operation.response_model is None and operation.response_media is None
        return bodiless and BODILESS_NEGOTIATION.search(line) is not None

    def restart(self) -> None:
        """Forget the traffic so far: what follows is judged on its own."""
        self.mark = self.server.sync()
        self.exchanges.clear()

    def assert_clean(self, operation_id: str, status: int | None = None) -> None:
        """No violation reported, and `operation_id` answered `status` (its success by default) through Prism."""
        reported = self.problems(operation_id)
        operation = self.table[operation_id]
        if reported:
            pytest.fail(f"Prism reported {len(reported)} problem(s):\n" + "\n".join(reported), pytrace=False)
        status = status or operation.success_status
        assert str(status) in self.documented(operation_id), f"{operation_id} does not document {status}"
        done = [e for e in self.exchanges if e.operation_id == operation_id and e.status == status]
        assert done, f"no {status} answer to {operation_id} went through Prism: {self.exchanges}"
