"""`timeout` bounds each attempt as a whole, and `max_response_size` bounds each answer.

Against a bare server on 127.0.0.1 (`tests/rawserver.py`) that answers as no API should: a body
or headers trickled a byte at a time (each read is quick, so httpx's per-read timeout never
fires), an endless body, a body announced at 100 MB. The bounds asserted on elapsed time are
generous (three times what the timeout allows): they tell a cut-off call from one that ran on.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from digitalriver import APIResponseValidationError, APITimeoutError, AsyncDigitalRiver
from digitalriver._send import DEFAULT_MAX_RESPONSE_SIZE, attempt_timeout

from .rawserver import head, raw_server, stream, trickle

KEY = "sk_test_timeouts"
CUSTOMER = b'{"id": "cus_1", "email": "jsmith@example.com", "type": "individual"}'
MiB = 1024 * 1024


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client the SDK creates honours proxy variables; these tests must reach loopback directly."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def client(url: str, **options: object) -> AsyncDigitalRiver:
    return AsyncDigitalRiver(api_key=KEY, base_url=url, rate_limit=None, **options)  # type: ignore[arg-type]


# --- 3. the timeout bounds the whole attempt ----------------------------------------------------


async def test_a_body_trickled_a_byte_at_a_time_is_cut_off_at_the_timeout() -> None:
    answer = head(Content_Length=str(len(CUSTOMER))) + CUSTOMER  # 70 bytes over 7 s
    with raw_server(trickle(answer, every=0.1)) as (url, log):
        async with client(url, timeout=1.0, max_retries=0) as dr:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="no whole answer within the timeout of 1 s"):
                await dr.customers.retrieve("cus_1")
            assert time.monotonic() - started < 3 * 1.0
    assert log.connections == 1


async def test_headers_trickled_a_byte_at_a_time_are_cut_off_at_the_timeout() -> None:
    answer = head(X_Padding="p" * 200, Content_Length=str(len(CUSTOMER))) + CUSTOMER
    with raw_server(trickle(answer, every=0.05)) as (url, _):
        async with client(url, timeout=1.0, max_retries=0) as dr:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await dr.customers.retrieve("cus_1")
            assert time.monotonic() - started < 3 * 1.0


async def test_a_per_call_timeout_bounds_that_call(sleeps: list[float]) -> None:
    answer = head(Content_Length=str(len(CUSTOMER))) + CUSTOMER
    with raw_server(trickle(answer, every=0.1)) as (url, _):
        async with client(url, max_retries=0) as dr:  # the default timeout is 60 s
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await dr.customers.retrieve("cus_1", timeout=0.5)
            assert time.monotonic() - started < 3 * 0.5


async def test_a_calls_time_is_bounded_by_its_attempts_times_the_timeout_plus_its_waits(sleeps: list[float]) -> None:
    """A read is safe to repeat, so each attempt that times out is retried; each is cut off in turn."""
    answer = head(Content_Length=str(len(CUSTOMER))) + CUSTOMER
    with raw_server(trickle(answer, every=0.1)) as (url, log):
        async with client(url, timeout=0.5, max_retries=2) as dr:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await dr.customers.retrieve("cus_1")
            elapsed = time.monotonic() - started
            assert (dr.stats.requests, dr.stats.retries) == (3, 2)
    assert log.connections == 3
    assert len(sleeps) == 2  # the retries' waits, recorded rather than slept
    assert elapsed < 3 * (3 * 0.5)


async def test_a_create_cut_off_at_the_timeout_is_not_repeated(sleeps: list[float]) -> None:
    """Its headers had gone out, so the server may have acted on it: a timeout after sending is not
    a connection never made."""
    answer = head(Content_Length=str(len(CUSTOMER))) + CUSTOMER
    with raw_server(trickle(answer, every=0.1)) as (url, log):
        async with client(url, timeout=0.5) as dr:
            with pytest.raises(APITimeoutError, match="ReadTimeout"):
                await dr.customers.create({"email": "jsmith@example.com"})
            assert dr.stats.retries == 0
    assert log.connections == 1


def test_the_deadline_of_an_attempt() -> None:
    assert attempt_timeout(2) == 2.0
    assert attempt_timeout(None) is None
    assert attempt_timeout(httpx.Timeout(60.0, connect=10.0)) == 60.0  # the client's default
    assert attempt_timeout(httpx.Timeout(None, connect=5.0)) == 5.0
    assert attempt_timeout(httpx.Timeout(None)) is None


# --- 4. the size of an answer has a ceiling -------------------------------------------------------


def padded_customer(size: int) -> Iterator[bytes]:
    """A customer whose unknown field makes the body `size` bytes long, in chunks of 64 KiB."""
    start, end = b'{"id": "cus_1", "padding": "', b'"}'
    yield start
    left = size - len(start) - len(end)
    while left > 0:
        chunk = min(left, 65536)
        yield b"p" * chunk
        left -= chunk
    yield end


def chunked(chunks: Iterator[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        yield b"%x\r\n%s\r\n" % (len(chunk), chunk)
    yield b"0\r\n\r\n"


async def test_an_answer_announced_beyond_the_ceiling_is_refused_unread() -> None:
    size = 100 * MiB
    answer = stream(head(Content_Length=str(size)), lambda: padded_customer(size))
    with raw_server(answer) as (url, log):
        async with client(url, max_response_size=1 * MiB) as dr:
            with pytest.raises(APIResponseValidationError, match=r"larger than max_response_size \(1,048,576 bytes\)"):
                await dr.customers.retrieve("cus_1")
            assert dr.stats.requests == 1  # not retried: it would be as large again
    assert log.connections == 1
    assert log.sent < size // 4  # the client closed the connection: the rest never went out


async def test_an_answer_without_a_length_is_cut_off_at_the_ceiling() -> None:
    size = 100 * MiB
    answer = stream(head(Transfer_Encoding="chunked"), lambda: chunked(padded_customer(size)))
    with raw_server(answer) as (url, log):
        async with client(url, max_response_size=2 * MiB) as dr:
            with pytest.raises(APIResponseValidationError, match="larger than max_response_size"):
                await dr.customers.retrieve("cus_1")
    assert log.sent < size // 4


async def test_the_default_ceiling_refuses_a_100_mb_customer() -> None:
    size = 100 * MiB
    answer = stream(head(Content_Length=str(size)), lambda: padded_customer(size))
    with raw_server(answer) as (url, log):
        async with client(url) as dr:
            assert dr._client.max_response_size == DEFAULT_MAX_RESPONSE_SIZE == 32 * MiB
            with pytest.raises(APIResponseValidationError, match="larger than max_response_size"):
                await dr.customers.retrieve("cus_1")
    assert log.sent < size // 4


async def test_an_error_answer_beyond_the_ceiling_is_refused_too(sleeps: list[float]) -> None:
    size = 4 * MiB
    answer = stream(head("500 Internal Server Error", Content_Length=str(size)), lambda: padded_customer(size))
    with raw_server(answer) as (url, log):
        async with client(url, max_response_size=1 * MiB) as dr:
            with pytest.raises(APIResponseValidationError, match=r"larger than max_response_size .*\(500 on GET"):
                await dr.customers.retrieve("cus_1")
    assert log.connections == 1


async def test_an_answer_within_the_ceiling_is_read_whole() -> None:
    size = 3 * MiB
    answer = stream(head(Transfer_Encoding="chunked"), lambda: chunked(padded_customer(size)))
    with raw_server(answer) as (url, _):
        async with client(url, max_response_size=size) as dr:
            customer = await dr.customers.retrieve("cus_1")
    assert len(customer["padding"]) == size - len(b'{"id": "cus_1", "padding": ""}')


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "32MiB"])
def test_a_bad_max_response_size_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="max_response_size must be a positive number of bytes"):
        AsyncDigitalRiver(api_key=KEY, max_response_size=bad)  # type: ignore[arg-type]


async def test_a_create_still_waiting_for_a_pooled_connection_at_its_deadline_was_not_sent(
    sleeps: list[float],
) -> None:
    # One connection, held 1.5 s by a slow create: the second create's deadline passes while it waits
    # for the pool. Nothing of it went out, so it is repeated, as a connection not made is.
    import anyio

    from digitalriver.testing import FakeDigitalRiver, Fault

    fake = FakeDigitalRiver()
    fake.config.faults.script.append(Fault("latency", delay=1.5, method="POST"))
    with fake.serve_in_thread() as url:
        http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
        async with http, AsyncDigitalRiver(api_key="sk_test_x", base_url=url, http_client=http, rate_limit=None) as dr:
            results: list[object] = []

            async def create(email: str, timeout: float) -> None:
                results.append(await dr.customers.create({"email": email}, timeout=timeout))

            async with anyio.create_task_group() as tasks:
                tasks.start_soon(create, "slow@example.com", 10)
                await anyio.sleep(0.2)
                tasks.start_soon(create, "waiting@example.com", 1)
            assert dr.stats.retries >= 1
    assert sorted(c["email"] for c in fake.store.customers.objects.values()) == [
        "slow@example.com",
        "waiting@example.com",
    ]
    assert len(results) == 2
