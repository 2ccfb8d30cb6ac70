"""The client as a whole: configuration, auth and redaction, per-call options, raw responses,
logging, bad input, and trio."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from typing import Any

import httpx
import pytest
import trio
from pytest_httpx import HTTPXMock

import digitalriver
from digitalriver import APIResponse, AsyncDigitalRiver, DigitalRiverError, NotFoundError

from .conftest import API_KEY, BASE


def test_the_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", "sk_test_from_env")
    assert "sk_test_" in repr(AsyncDigitalRiver())
    monkeypatch.delenv("DIGITALRIVER_API_KEY")
    with pytest.raises(DigitalRiverError, match="DIGITALRIVER_API_KEY"):
        AsyncDigitalRiver()
    with pytest.raises(DigitalRiverError, match="No API key"):
        AsyncDigitalRiver(api_key="")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"api_key": "sk_test_a\r\nX-Injected: 1"}, ValueError),
        ({"api_key": 12345}, TypeError),
        ({"api_key": API_KEY, "base_url": "ftp://api.digitalriver.com"}, ValueError),
        ({"api_key": API_KEY, "max_retries": -1}, ValueError),
        ({"api_key": API_KEY, "max_retry_wait": -1}, ValueError),
        ({"api_key": API_KEY, "max_retry_wait": "60"}, ValueError),
        ({"api_key": API_KEY, "http_client": httpx.Client()}, TypeError),
        ({"api_key": API_KEY, "timeout": -1}, ValueError),
        ({"api_key": API_KEY, "default_headers": {"Authorization": "Bearer other"}}, ValueError),
        ({"api_key": API_KEY, "default_headers": {"x": 1}}, TypeError),
    ],
)
def test_bad_configuration_fails_at_construction(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        AsyncDigitalRiver(**kwargs)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://api.digitalriver.com", "would send the API key in clear"),
        ("http://10.0.0.5:8000", "would send the API key in clear"),
        ("https://user:secret@api.digitalriver.com", "must not hold a user or password"),
        ("https://:secret@api.digitalriver.com", "must not hold a user or password"),
        ("https://api.digitalriver.com/?x=1", "query"),
        ("https://", "http\\(s\\) URL"),
    ],
)
def test_a_base_url_that_could_leak_the_key_is_refused(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        AsyncDigitalRiver(api_key=API_KEY, base_url=url)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:9", "http://[::1]:8080/v1/"])
def test_plain_http_is_allowed_to_loopback(url: str) -> None:
    assert AsyncDigitalRiver(api_key=API_KEY, base_url=url).base_url == httpx.URL(url)


def test_the_base_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITALRIVER_BASE_URL", "http://127.0.0.1:8123")
    assert str(AsyncDigitalRiver(api_key=API_KEY).base_url) == "http://127.0.0.1:8123"
    assert str(AsyncDigitalRiver(api_key=API_KEY, base_url=BASE).base_url) == BASE
    monkeypatch.setenv("DIGITALRIVER_BASE_URL", "http://example.com")
    with pytest.raises(ValueError, match="in clear"):
        AsyncDigitalRiver(api_key=API_KEY)


async def test_default_headers_go_with_every_call_and_a_call_adds_to_them(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "cus_1"})
    httpx_mock.add_response(json={"id": "cus_1"})
    async with AsyncDigitalRiver(api_key=API_KEY, default_headers={"upstream-application-id": "shop"}) as client:
        await client.customers.retrieve("cus_1")
        await client.customers.retrieve("cus_1", extra_headers={"upstream-application-id": "other", "upstream-id": "7"})
    first, second = httpx_mock.get_requests()
    assert first.headers["upstream-application-id"] == "shop" and "upstream-id" not in first.headers
    assert second.headers["upstream-application-id"] == "other" and second.headers["upstream-id"] == "7"


async def test_with_options_is_a_copy_that_shares_the_pool(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json={"id": "cus_1"})
    client = AsyncDigitalRiver(api_key=API_KEY, default_headers={"a": "1"})
    patient = client.with_options(max_retries=5, timeout=3, default_headers={"b": "2"})
    assert type(patient) is AsyncDigitalRiver
    assert (patient.max_retries, patient.timeout, client.max_retries) == (5, 3.0, 2)
    assert patient.default_headers == {"a": "1", "b": "2"} and client.default_headers == {"a": "1"}
    assert patient._client._http is client._client._http and patient.stats is client.stats
    assert patient.rate_limiter is client.rate_limiter
    await patient.customers.retrieve("cus_1")
    assert len(httpx_mock.get_requests()) == 3
    assert httpx_mock.get_requests()[-1].headers["b"] == "2"
    await patient.aclose()  # a copy's close leaves the pool open
    assert not client._client._http.is_closed
    await client.aclose()
    assert client._client._http.is_closed
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)


async def test_an_id_too_long_for_a_url_is_refused(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(ValueError, match="too long for a URL"):
        await dr.customers.retrieve("x" * 100_000)
    assert httpx_mock.get_requests() == []


async def test_headers_of_every_request(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "cus_1"})
    await dr.customers.retrieve("cus_1")
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["User-Agent"].startswith(f"digitalriver-python/{digitalriver.__version__} httpx/")


async def test_per_call_timeout_and_extra_headers(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "cus_1"})
    httpx_mock.add_response(json={"id": "cus_1"})
    await dr.customers.retrieve(
        "cus_1", timeout=2.5, extra_headers={"upstream-id": "order-7", "upstream-session-id": "s"}
    )
    await dr.customers.retrieve("cus_1")
    first, second = httpx_mock.get_requests()
    assert first.headers["upstream-id"] == "order-7"
    assert first.headers["upstream-session-id"] == "s"
    assert first.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    assert "upstream-id" not in second.headers
    assert second.extensions["timeout"] == httpx.Timeout(60.0, connect=10.0).as_dict()


async def test_extra_headers_cannot_replace_the_key(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(ValueError, match="Authorization"):
        await dr.customers.retrieve("cus_1", extra_headers={"authorization": "Bearer other"})
    with pytest.raises(TypeError):
        await dr.customers.retrieve("cus_1", extra_headers={"upstream-id": 7})  # type: ignore[dict-item]
    assert httpx_mock.get_requests() == []


async def test_the_raw_response_is_reachable(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "cus_1"}, headers={"X-Request-Id": "req-9"})
    raw = await dr.customers.with_raw_response.retrieve("cus_1")
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-9"
    assert raw.parse().id == "cus_1"

    httpx_mock.add_response(status_code=204)
    deleted = await dr.invoices.with_raw_response.delete("inv_1")
    assert deleted.status_code == 204 and deleted.parse() is None

    httpx_mock.add_response(status_code=404, json={"type": "not_found", "errors": []}, headers={"X-Request-Id": "r"})
    with pytest.raises(NotFoundError) as caught:
        await dr.checkouts.with_raw_response.retrieve("co_1")
    assert caught.value.response.headers["X-Request-Id"] == "r"


async def test_async_with_closes_only_what_it_opened(httpx_mock: HTTPXMock) -> None:
    async with AsyncDigitalRiver(api_key=API_KEY) as owned:
        http = owned._client._http
    assert http.is_closed

    mine = httpx.AsyncClient()
    async with AsyncDigitalRiver(api_key=API_KEY, http_client=mine) as borrowed:
        httpx_mock.add_response(json={"id": "cus_1"})
        await borrowed.customers.retrieve("cus_1")
    assert not mine.is_closed
    await mine.aclose()


async def test_the_key_is_not_sent_to_another_host(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/customers/cus_1", status_code=302, headers={"Location": "https://evil.example/x"}
    )
    httpx_mock.add_response(url="https://evil.example/x", json={"id": "cus_1"})
    async with httpx.AsyncClient(follow_redirects=True) as http:
        client = AsyncDigitalRiver(api_key=API_KEY, http_client=http)
        await client.customers.retrieve("cus_1")
    to_api, to_evil = httpx_mock.get_requests()
    assert to_api.headers["Authorization"] == f"Bearer {API_KEY}"
    assert "Authorization" not in to_evil.headers


async def test_redirects_are_not_followed_by_default(dr: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=307, headers={"Location": "https://evil.example/x"})
    with pytest.raises(digitalriver.APIStatusError) as caught:
        await dr.customers.retrieve("cus_1")
    assert caught.value.status_code == 307
    assert len(httpx_mock.get_requests()) == 1


def test_tls_verification_is_on_by_default() -> None:
    client = AsyncDigitalRiver(api_key=API_KEY)
    transport = client._client._http._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    assert transport._pool._ssl_context.verify_mode.name == "CERT_REQUIRED"  # type: ignore[union-attr]


async def test_the_key_appears_in_no_log_repr_or_error(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG, logger="digitalriver")
    caplog.set_level(logging.DEBUG, logger="httpx")
    caplog.set_level(logging.DEBUG, logger="httpcore")
    httpx_mock.add_response(status_code=503, json={"type": "service_unavailable", "errors": []})
    httpx_mock.add_response(status_code=401, json={"type": "unauthorized", "errors": [{"message": "bad key"}]})
    client = AsyncDigitalRiver(api_key=API_KEY)
    with pytest.raises(digitalriver.AuthenticationError) as caught:
        await client.customers.retrieve("cus_1")
    exposed = [
        caplog.text,
        repr(client),
        str(client),
        repr(client._client._auth),
        repr(client._client.api_key),
        str(caught.value),
        repr(caught.value),
        "".join(traceback.format_exception(caught.value)),
        repr(caught.value.request.headers),
        repr(vars(client)),
        repr(vars(client._client)),
    ]
    for text in exposed:
        assert API_KEY not in text
        assert API_KEY[8:] not in text
    assert "GET /customers/cus_1 -> 503 (attempt 1" in caplog.text
    assert "retrying GET /customers/cus_1 after 503" in caplog.text
    assert "GET /customers/cus_1 -> 401 (attempt 2" in caplog.text
    await client.aclose()


def test_digitalriver_log_turns_on_debug_logging() -> None:
    code = (
        "import logging, digitalriver; digitalriver.AsyncDigitalRiver(api_key='sk_test_x');"
        "print(logging.getLogger('digitalriver').getEffectiveLevel())"
    )
    env = {**os.environ, "DIGITALRIVER_LOG": "debug"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(logging.DEBUG)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda dr: dr.customers.retrieve(""), ValueError, "id must not be empty"),
        (lambda dr: dr.customers.retrieve(None), TypeError, "id must be a str, not NoneType"),
        (lambda dr: dr.customers.retrieve(42), TypeError, "id must be a str, not int"),
        (lambda dr: dr.customers.attach_source("cus_1", ""), ValueError, "sourceId must not be empty"),
        (lambda dr: dr.customers.attach_tax_identifier("cus_1", None), TypeError, "taxId must be a str"),
        (lambda dr: dr.invoices.open(""), ValueError, "id must not be empty"),
        (lambda dr: dr.customers.create(["email"]), TypeError, "must be a CustomerRequest or a mapping"),
        (lambda dr: dr.customers.create("{}"), TypeError, "must be a CustomerRequest or a mapping"),
        (lambda dr: dr.customers.create(None), TypeError, "createCustomer needs a body"),
        (lambda dr: dr.customers.create({1: "x"}), TypeError, "API field names"),
        (lambda dr: dr.customers.create({"amount": float("nan")}), TypeError, "not JSON"),
        (lambda dr: dr.customers.create({"when": object()}), TypeError, "not JSON"),
        (
            lambda dr: dr.customers.create(digitalriver.models.UpdateCustomerRequest()),
            TypeError,
            "must be a CustomerRequest",
        ),
    ],
)
async def test_bad_input_fails_before_anything_is_sent(
    dr: AsyncDigitalRiver, httpx_mock: HTTPXMock, call: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await call(dr)
    assert httpx_mock.get_requests() == []


def test_the_same_client_works_under_trio(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/customers?limit=1", json={"hasMore": True, "data": [{"id": "c1"}]})
    httpx_mock.add_response(url=f"{BASE}/customers?limit=1&startingAfter=c1", json={"hasMore": False, "data": []})
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=201, json={"id": "c2", "email": "j@example.com"})

    async def main() -> list[str]:
        async with AsyncDigitalRiver(api_key=API_KEY, max_retry_wait=1) as client:
            ids = [c.id async for c in client.customers.list(limit=1)]
            with pytest.raises(digitalriver.InternalServerError):
                await client.customers.create({"email": "j@example.com"})
            created = await client.customers.create({"email": "j@example.com"})
            return [*ids, created.id]

    assert trio.run(main) == ["c1", "c2"]
