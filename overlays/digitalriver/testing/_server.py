"""The fake on a real socket, served by uvicorn, for clients that are not in-process.

uvicorn is imported here only, so `digitalriver.testing` works without it. Only a loopback
address is ever bound: the fake takes any key and would hand its data to anyone who asked.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._app import FakeApp
from ._faults import ConnectionDropped
from ._http import Receive, Response, Scope, Send, start_message

if TYPE_CHECKING:
    import uvicorn

STARTUP_TIMEOUT = 10.0


def is_loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.IPv4Address(host).is_loopback
    except ValueError:
        return False


def loopback_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A socket bound to `host:port` (0: a free port), refusing any address but IPv4 loopback."""
    if not is_loopback(host):
        raise ValueError(f"the fake only binds loopback addresses, not {host!r}")
    # IPPROTO_TCP, not 0: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets that
    # say they are TCP, and accepted connections inherit it. With Nagle on, each answer after the
    # first on a kept-alive connection waits about 40 ms for the client's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def _server(app: FakeApp, log_level: str) -> uvicorn.Server:
    import uvicorn

    async def closing_on_drop(scope: Scope, receive: Receive, send: Send) -> None:
        """uvicorn answers an app's exception with a 500 and cannot be told to just close the socket.

        So a drop becomes an answer that announces a body and stops at its headers: uvicorn
        closes the socket of an answer left unfinished, and the client fails to read it.
        """
        try:
            await app(scope, receive, send)
        except ConnectionDropped:
            await send(start_message(Response(500), content_length=1024))

    config = uvicorn.Config(closing_on_drop, lifespan="off", log_level=log_level, timeout_graceful_shutdown=1)
    return uvicorn.Server(config)


def serve(app: FakeApp, host: str = "127.0.0.1", port: int = 8000, *, log_level: str = "info") -> None:
    """Serve until interrupted (Ctrl-C)."""
    sock = loopback_socket(host, port)
    with sock:
        _server(app, log_level).run(sockets=[sock])


@contextlib.contextmanager
def serve_in_thread(app: FakeApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve from a background thread while the block runs; yields the base URL."""
    sock = loopback_socket(host, port)
    server = _server(app, "warning")
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.005)
        bound_host, bound_port = sock.getsockname()
        yield f"http://{bound_host}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT)
        sock.close()
