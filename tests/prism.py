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
printed about earlier requests has been read by then.
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
from collections.abc import Iterator
from pathlib import Path

import httpx

from .document import DOCUMENT_PATH, ROOT

PACKAGE = "@stoplight/prism-cli"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
DOCUMENT = DOCUMENT_PATH.relative_to(ROOT).as_posix()
INSTALL_TIMEOUT = 600.0
START_TIMEOUT = 60.0
SYNC_TIMEOUT = 10.0
START_ATTEMPTS = 3

# signale's badges and labels for Prism's warning, error and fatal lines, and the two phrases
# Prism uses for a violation and for an answer of its own.
PROBLEM_LINE = re.compile(r"[✖⚠]\s+(?:error|warning|fatal)\b|Violation:|stoplight\.io/prism/errors#")


class PrismUnavailable(Exception):
    """Prism could not be installed or started; the message says what to do about it."""


def pinned_version() -> str:
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    version: str = package["devDependencies"][PACKAGE]
    return version


def installed_version() -> str | None:
    manifest = ROOT / "node_modules" / PACKAGE / "package.json"
    if not manifest.is_file() or not PRISM.exists():
        return None
    version: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    return version


def install() -> str:
    """Make node_modules hold the pinned Prism; returns its version.

    `--ignore-scripts`: Prism needs no build step, and an install script is the one way a package
    could reach beyond the registry while it is installed.
    """
    wanted = pinned_version()
    if installed_version() == wanted:
        return wanted
    with _install_lock():
        if installed_version() == wanted:  # another run on this checkout installed it meanwhile
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
    found = installed_version()
    if found != wanted:
        raise PrismUnavailable(
            f"`{' '.join(command)}` installed {PACKAGE} {found}, not {wanted}: is package-lock.json stale?"
        )
    return wanted


def _environment() -> dict[str, str]:
    """Plain, uncoloured output, so lines can be matched; no update check against the registry."""
    return {**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1", "npm_config_update_notifier": "false"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrismServer:
    """One Prism process: `PrismServer("proxy", upstream)` or `PrismServer("mock")`, then `start()`."""

    def __init__(self, mode: str, *arguments: str) -> None:
        self.mode = mode
        self.arguments = arguments
        self.url = ""
        self.lines: list[str] = []
        self.ready_at = 0  # the number of lines Prism printed while it started
        self._process: subprocess.Popen[str] | None = None
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
        command = [str(PRISM), self.mode, DOCUMENT, *self.arguments]
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
        if self._process is None or self._process.poll() is not None:
            raise PrismUnavailable(f"Prism ({self.mode}) is not running:\n" + "\n".join(self.lines[-40:]))
        httpx.get(f"{self.url}/{token}", timeout=SYNC_TIMEOUT)
        deadline = time.monotonic() + SYNC_TIMEOUT
        with self._changed:
            while True:
                for index in range(len(self.lines) - 1, -1, -1):
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
