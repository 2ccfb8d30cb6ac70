"""The loopback API the client measurements talk to, in a process of its own.

Not `digitalriver.testing`: the fake answers a list page by filtering its whole store (tens of
milliseconds at 100,000 customers) and serializes every answer, which would put the server's
work into numbers meant to be about clients. This one answers `GET /customers` (`limit`,
`startingAfter`, newest first as the API pages) and `GET /customers/{id}` from precomputed
bytes, for any number of full customers, after an optional fixed latency.

`/_bench/config?items=N&latency=S` sets both; `/_bench/stats` reports, on the system-wide
monotonic clock, when the first request since then arrived and the last answer left, so a
caller can time a child process's traffic without its start-up.

`python -m bench.server` prints its base URL once it accepts connections and stops when its
standard input closes, so it never outlives the run that started it.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import orjson
import uvicorn

from bench.sample import ROOT, customer_bytes, customer_index, page_bytes

JSON = [(b"content-type", b"application/json")]
# Pages are kept once made, so a second round of a listing costs the server nothing to build
# (all 100 pages of the 10,000-customer listing fit; 100,000 customers are made as they go).
_page = functools.lru_cache(maxsize=128)(page_bytes)


class BenchAPI:
    def __init__(self) -> None:
        self.items = 0
        self.latency = 0.0
        self.requests = 0
        self.first_arrival: float | None = None
        self.last_sent: float | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        arrived = time.monotonic()
        while (await receive()).get("more_body"):
            pass
        path: str = scope["path"]
        query = dict(parse_qsl(scope["query_string"].decode("latin-1")))
        if path.startswith("/_bench/"):
            await _answer(send, 200, self._control(path, query))
            return
        self.requests += 1
        if self.first_arrival is None:
            self.first_arrival = arrived
        if self.latency:
            await asyncio.sleep(self.latency)
        status, body = self._api(path, query)
        await _answer(send, status, body)
        self.last_sent = time.monotonic()

    def _control(self, path: str, query: dict[str, str]) -> bytes:
        if path == "/_bench/config":
            self.items = int(query.get("items", self.items))
            self.latency = float(query.get("latency", self.latency))
            self.requests, self.first_arrival, self.last_sent = 0, None, None
        return orjson.dumps(
            {
                "items": self.items,
                "latency": self.latency,
                "requests": self.requests,
                "first_arrival": self.first_arrival,
                "last_sent": self.last_sent,
            }
        )

    def _api(self, path: str, query: dict[str, str]) -> tuple[int, bytes]:
        if path == "/customers":
            limit = int(query.get("limit", "10"))
            start = 0
            if "startingAfter" in query:
                after = customer_index(query["startingAfter"])
                if after is None:
                    return 400, _error("invalid_parameter", "startingAfter names no customer of this list.")
                start = after + 1
            count = max(0, min(limit, self.items - start))
            return 200, _page(start, count, start + count < self.items)
        if path.startswith("/customers/"):
            index = customer_index(path.removeprefix("/customers/"))
            if index is None or index >= self.items:
                return 404, _error("not_found", "No such customer.")
            return 200, customer_bytes(index)
        return 404, _error("not_found", f"No route {path}.")


def _error(code: str, message: str) -> bytes:
    return orjson.dumps({"type": "bad_request", "errors": [{"code": code, "message": message}]})


async def _answer(send: Any, status: int, body: bytes) -> None:
    headers = [*JSON, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _serve() -> None:
    customer_bytes(0)  # reads the document once, before the first request is timed
    # Named IPPROTO_TCP (not 0) so that asyncio turns Nagle's algorithm off on each accepted
    # connection: otherwise a body written after its headers waits for the client's delayed ACK,
    # some 40 ms per kept-alive request, and every client would look equally slow.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        BenchAPI(), lifespan="off", log_level="warning", access_log=False, http="h11", loop="asyncio"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            await task
            raise SystemExit("uvicorn did not start")
        await asyncio.sleep(0.01)
    host, port = sock.getsockname()
    print(f"http://{host}:{port}", flush=True)

    def stop_when_stdin_closes() -> None:
        sys.stdin.read()
        server.should_exit = True

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    await task


class Server:
    """A running `python -m bench.server`, seen from the process that started it."""

    def __init__(self, url: str) -> None:
        self.url = url

    def configure(self, *, items: int, latency: float = 0.0) -> None:
        _control(f"{self.url}/_bench/config?items={items}&latency={latency}")

    def stats(self) -> dict[str, Any]:
        return _control(f"{self.url}/_bench/stats")


def _control(url: str) -> dict[str, Any]:
    import httpx

    response = httpx.get(url, timeout=10)
    response.raise_for_status()
    answer: dict[str, Any] = response.json()
    return answer


@contextlib.contextmanager
def running() -> Iterator[Server]:
    """Start the server in a child process; stop it (by closing its standard input) on the way out."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        url = process.stdout.readline().decode().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError("the bench server did not start")
        yield Server(url)
    finally:
        process.stdin.close()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.terminate()
            process.wait(10)


if __name__ == "__main__":
    asyncio.run(_serve())
