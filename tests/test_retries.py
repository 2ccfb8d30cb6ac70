"""The retry policy, operation by operation: what is repeated, how often, and how long it waits.

Waits are recorded by the `sleeps` fixture, never slept.
"""

from __future__ import annotations

import email.utils
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from digitalriver import (
    APIConnectionError,
    APITimeoutError,
    AsyncDigitalRiver,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from digitalriver._cli import main
from digitalriver._retries import parse_retry_after
from digitalriver.testing import FakeDigitalRiver, Fault, FaultPlan
from digitalriver_api.operations import OPERATIONS

from .conftest import API_KEY
from .test_methods import call_arguments, success_body

# The operations not safe to repeat: the document's `x-idempotent: false` (the creates).
CREATES = {op_id for op_id, operation in OPERATIONS.items() if not operation.idempotent}


async def _call(client: AsyncDigitalRiver, op_id: str, **options: Any) -> Any:
    operation = OPERATIONS[op_id]
    args, kwargs = call_arguments(operation)
    result = getattr(getattr(client, operation.resource), operation.name)(*args, **kwargs, **options)
    return await result


def _ok(httpx_mock: HTTPXMock, op_id: str) -> None:
    operation = OPERATIONS[op_id]
    httpx_mock.add_response(status_code=operation.success_status, json=success_body(operation))


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
async def test_maybe_processed_statuses_retry_only_safe_operations(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, sleeps: list[float], op_id: str, status: int
) -> None:
    httpx_mock.add_response(status_code=status, json={"type": "x", "errors": []})
    if op_id in CREATES:
        with pytest.raises(Exception) as caught:
            await _call(dr, op_id)
        assert caught.value.status_code == status  # type: ignore[attr-defined]
        assert len(httpx_mock.get_requests()) == 1
        assert sleeps == []
    else:
        _ok(httpx_mock, op_id)
        await _call(dr, op_id)
        assert len(httpx_mock.get_requests()) == 2
        assert len(sleeps) == 1 and 0 <= sleeps[0] <= 0.5


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
async def test_429_retries_every_operation_after_retry_after(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, sleeps: list[float], op_id: str
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3"}, json={"type": "too_many_requests"})
    _ok(httpx_mock, op_id)
    await _call(dr, op_id)
    assert len(httpx_mock.get_requests()) == 2
    assert sleeps == [3.0]


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
async def test_a_connection_never_made_retries_every_operation(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, sleeps: list[float], op_id: str
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_exception(httpx.ConnectTimeout("slow"))
    _ok(httpx_mock, op_id)
    await _call(dr, op_id)
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2
    assert (dr.stats.requests, dr.stats.retries) == (3, 2)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.ReadError("reset"),
        httpx.WriteTimeout("w"),
    ],
    ids=["read-timeout", "dropped", "read-error", "write-timeout"],
)
async def test_failures_after_sending_retry_only_safe_operations(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, sleeps: list[float], op_id: str, failure: Exception
) -> None:
    httpx_mock.add_exception(failure)
    if op_id in CREATES:
        with pytest.raises(APIConnectionError) as caught:
            await _call(dr, op_id)
        assert isinstance(caught.value, APITimeoutError) == isinstance(failure, httpx.TimeoutException)
        assert len(httpx_mock.get_requests()) == 1
    else:
        _ok(httpx_mock, op_id)
        await _call(dr, op_id)
        assert len(httpx_mock.get_requests()) == 2
    assert dr.stats.retries == len(httpx_mock.get_requests()) - 1


@pytest.mark.parametrize("op_id", sorted(CREATES))
async def test_a_create_is_repeated_when_the_caller_opts_in(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, op_id: str
) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    _ok(httpx_mock, op_id)
    await _call(dr, op_id, safe_to_retry=True)
    assert len(httpx_mock.get_requests()) == 3


async def test_max_retries_bounds_the_attempts(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    for _ in range(4):
        httpx_mock.add_response(status_code=503)
    async with AsyncDigitalRiver(api_key=API_KEY, max_retries=3) as client:
        with pytest.raises(InternalServerError):
            await client.customers.retrieve("cus_1")
    assert len(httpx_mock.get_requests()) == 4
    # Exponential backoff with full jitter: each wait is drawn from [0, min(8, 0.5 * 2**n)].
    assert len(sleeps) == 3
    for n, wait in enumerate(sleeps):
        assert 0 <= wait <= min(8.0, 0.5 * 2**n)


async def test_per_call_max_retries(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503)
    with pytest.raises(InternalServerError):
        await dr.customers.retrieve("cus_1", max_retries=0)
    assert len(httpx_mock.get_requests()) == 1
    with pytest.raises(ValueError, match="max_retries"):
        await dr.customers.retrieve("cus_1", max_retries=-1)


async def test_retry_after_as_an_http_date(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    httpx_mock.add_response(status_code=503, headers={"Retry-After": when})
    httpx_mock.add_response(json={"id": "cus_1"})
    await dr.customers.retrieve("cus_1")
    assert len(sleeps) == 1 and 28 <= sleeps[0] <= 30


async def test_a_retry_after_longer_than_the_limit_raises_at_once(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3600"}, json={"type": "too_many_requests"})
    async with AsyncDigitalRiver(api_key=API_KEY, max_retry_wait=30) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.customers.create({"email": "j@example.com"})
    assert caught.value.retry_after == 3600.0
    assert "retry after 3600s" in str(caught.value)
    assert sleeps == []
    assert len(httpx_mock.get_requests()) == 1


async def test_429_without_retry_after_backs_off(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    httpx_mock.add_response(status_code=429)
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "soon"})
    httpx_mock.add_response(json={"id": "cus_1"})
    await dr.customers.retrieve("cus_1")
    assert len(sleeps) == 2 and 0 <= sleeps[0] <= 0.5 and 0 <= sleeps[1] <= 1.0


async def test_errors_that_are_not_transient_are_not_retried(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    for status in (400, 401, 403, 404, 405, 406, 409):
        httpx_mock.add_response(status_code=status)
        with pytest.raises(Exception):  # noqa: B017 - the type is tested in test_errors
            await dr.customers.retrieve("cus_1")
    assert len(httpx_mock.get_requests()) == 7


def test_backoff_is_exponential_with_full_jitter() -> None:
    bounds: list[tuple[float, float]] = []

    def jitter(low: float, high: float) -> float:
        bounds.append((low, high))
        return high / 2

    policy = RetryPolicy(initial_backoff=0.5, max_backoff=8.0, jitter=jitter)
    assert [policy.wait(n, None) for n in range(6)] == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0]
    assert bounds == [(0.0, 0.5), (0.0, 1.0), (0.0, 2.0), (0.0, 4.0), (0.0, 8.0), (0.0, 8.0)]
    assert policy.wait(0, 7.0) == 7.0


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("3", 3.0), (" 2.5 ", 2.5), ("0", 0.0), ("-4", 0.0), ("soon", None), (None, None), ("nan", None), ("inf", None),
     ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)  # fmt: skip
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_parse_retry_after_http_date_in_the_future() -> None:
    now = 1_700_000_000.0
    header = email.utils.formatdate(now + 42, usegmt=True)
    assert parse_retry_after(header, now=lambda: now) == 42.0


async def test_stats_count_every_retry_whatever_failed(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_exception(httpx.RemoteProtocolError("dropped"))
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "1"})
    httpx_mock.add_response(json={"id": "cus_1"})
    await dr.customers.retrieve("cus_1", max_retries=5)
    assert (dr.stats.requests, dr.stats.retries, dr.stats.rate_limited) == (6, 5, 1)
    assert len(sleeps) == 5


async def test_a_refused_connection_is_counted_as_the_retries_it_took(sleeps: list[float]) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with httpx.AsyncClient() as http:
        dr = AsyncDigitalRiver(api_key=API_KEY, base_url=f"http://127.0.0.1:{port}", http_client=http, rate_limit=None)
        with pytest.raises(APIConnectionError, match="ConnectError"):
            await dr.customers.retrieve("cus_1")
    assert (dr.stats.requests, dr.stats.retries) == (3, 2)
    assert len(sleeps) == 2


def test_the_exports_summary_counts_the_retries(
    sleeps: list[float], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeDigitalRiver(faults=FaultPlan(script=[Fault("drop"), Fault("drop", when="after"), Fault("error")]))
    fake.seed(customers=5)
    monkeypatch.setenv("DIGITALRIVER_API_KEY", API_KEY)
    with fake.serve_in_thread() as url, pytest.raises(SystemExit) as exited:
        main(["export", "customers", "--base-url", url, "--out", str(tmp_path / "c.jsonl"), "--max-retries", "3"])
    assert exited.value.code == 0
    summary = capsys.readouterr().out
    assert "customers: 5 objects, 1 pages" in summary and "4 requests, 3 retries, 0 rate-limited" in summary
