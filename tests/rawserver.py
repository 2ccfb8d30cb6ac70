"""A bare HTTP/1.1 server on 127.0.0.1 for answers no well-behaved server gives: trickled, endless, huge.

Each connection is served by `answer(connection, log)` in a thread of its own, after the request's
head has been read; `log` records what happened (connections, bytes sent, whether the client
went away before the answer was all sent). Leaving the block stops every answer still going.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator

import attrs

from digitalriver.testing._server import loopback_socket


@attrs.define
class Log:
    connections: int = 0
    sent: int = 0  # bytes of answers sent, heads included
    cut_off: int = 0  # answers the client closed before they were all sent
    stop: threading.Event = attrs.field(factory=threading.Event)

    def send(self, connection: socket.socket, data: bytes) -> None:
        if self.stop.is_set():
            raise ConnectionAbortedError("the test is over")
        connection.sendall(data)
        self.sent += len(data)


Answer = Callable[[socket.socket, Log], None]


@contextlib.contextmanager
def raw_server(answer: Answer) -> Iterator[tuple[str, Log]]:
    """Serve `answer` on a free loopback port; yields the base URL and the log."""
    listener = loopback_socket()
    listener.listen(16)
    listener.settimeout(0.05)
    log = Log()

    def serve(connection: socket.socket) -> None:
        with connection:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                head += chunk
            try:
                answer(connection, log)
            except OSError:
                log.cut_off += 1

    def accept() -> None:
        while not log.stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            log.connections += 1
            threading.Thread(target=serve, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        host, port = listener.getsockname()
        yield f"http://{host}:{port}", log
    finally:
        log.stop.set()
        thread.join(5)
        listener.close()


def head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def trickle(data: bytes, every: float) -> Answer:
    """`data` one byte at a time, `every` seconds apart."""

    def answer(connection: socket.socket, log: Log) -> None:
        for index in range(len(data)):
            log.send(connection, data[index : index + 1])
            time.sleep(every)

    return answer


def stream(first: bytes, chunks: Callable[[], Iterable[bytes]]) -> Answer:
    """`first` (a head), then each of `chunks()` as fast as the client takes them."""

    def answer(connection: socket.socket, log: Log) -> None:
        log.send(connection, first)
        for chunk in chunks():
            log.send(connection, chunk)

    return answer
