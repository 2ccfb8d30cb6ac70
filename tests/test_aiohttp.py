"""`AioHttpClient`: the SDK over aiohttp, and the one correction it makes for payments.

httpx-aiohttp reports a dropped connection as a connect timeout ("never sent"); a create would
then be repeated after the server may have acted on it. Raw sockets on 127.0.0.1 show each case.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest

from digitalriver import AioHttpClient, APIConnectionError, APITimeoutError, AsyncDigitalRiver
from digitalriver.testing import FakeDigitalRiver

from .conftest import API_KEY


@contextlib.contextmanager
def raw_server(behaviour: str) -> Iterator[tuple[str, list[bytes]]]:
    """A server that reads each request, then `drop`s the connection or stays `silent`."""
    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                data += chunk
            received.append(data)
            if behaviour == "drop":
                connection.close()
            else:
                held.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", received
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()


async def test_the_sdk_works_over_aiohttp_against_the_fake() -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=150)
    with fake.serve_in_thread() as url:
        async with AioHttpClient() as http, AsyncDigitalRiver(api_key=API_KEY, base_url=url, http_client=http) as dr:
            created = await dr.customers.create({"email": "jsmith@example.com"})
            assert (await dr.customers.retrieve(created.id)).email == "jsmith@example.com"
            assert len([c async for c in dr.customers.list()]) == 151


async def test_a_dropped_connection_is_maybe_processed_so_a_create_is_not_repeated(sleeps: list[float]) -> None:
    with raw_server("drop") as (url, received):
        async with AioHttpClient() as http, AsyncDigitalRiver(api_key=API_KEY, base_url=url, http_client=http) as dr:
            with pytest.raises(APIConnectionError) as caught:
                await dr.customers.create({"email": "jsmith@example.com"})
            assert not isinstance(caught.value, APITimeoutError)
            assert len(received) == 1  # sent once, never repeated
            with pytest.raises(APIConnectionError, match="failed after 3 attempts"):
                await dr.customers.retrieve("cus_1")  # safe to repeat: it is
        assert sum(request.startswith(b"POST ") for request in received) == 1
        assert sum(request.startswith(b"GET ") for request in received) >= 3


async def test_a_refused_connection_was_never_sent_so_even_a_create_is_repeated(sleeps: list[float]) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()
    async with AioHttpClient() as http, AsyncDigitalRiver(api_key=API_KEY, base_url=url, http_client=http) as dr:
        with pytest.raises(APIConnectionError, match="failed after 3 attempts"):
            await dr.customers.create({"email": "jsmith@example.com"})
    assert len(sleeps) == 2


async def test_no_answer_in_time_is_a_timeout() -> None:
    with raw_server("silent") as (url, received):
        async with (
            AioHttpClient() as http,
            AsyncDigitalRiver(api_key=API_KEY, base_url=url, http_client=http, max_retries=0) as dr,
        ):
            with pytest.raises(APITimeoutError):
                await dr.customers.retrieve("cus_1", timeout=0.3)
        assert len(received) == 1
