"""Security: the key stays out of logs, reprs and error texts and off other hosts, and TLS is verified.

Everything here runs over real loopback sockets, so httpx and httpcore do log what they would
in production (an in-process or mocked transport would keep httpcore silent), and redirects and
TLS handshakes really happen. tests/test_client.py holds the mocked counterparts:
`test_the_key_appears_in_no_log_repr_or_error`, `test_the_key_is_not_sent_to_another_host`,
`test_redirects_are_not_followed_by_default` and `test_tls_verification_is_on_by_default`.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import pickle
import ssl
import threading
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import uvicorn
from pytest_httpx import HTTPXMock

from digitalriver import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncDigitalRiver,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DigitalRiverError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from digitalriver._exceptions import status_error
from digitalriver.testing import FakeDigitalRiver, Fault
from digitalriver.testing._server import loopback_socket

KEY = "sk_test_SECRET_7c1e94b0a2"
SECRET = KEY.removeprefix("sk_test_")  # the part that must never show; the prefix is shown on purpose


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client the SDK creates honours proxy variables; these tests must reach loopback directly."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@contextlib.contextmanager
def serving(app: Any, **options: Any) -> Iterator[str]:
    """`app` served by uvicorn on a free 127.0.0.1 port, from a thread; yields the base URL.

    For the apps `FakeDigitalRiver.serve_in_thread` cannot serve: a redirecting front, a second
    host, TLS.
    """
    config = uvicorn.Config(app, lifespan="off", log_level="warning", timeout_graceful_shutdown=1, **options)
    server = uvicorn.Server(config)
    sock = loopback_socket()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(2000):
            if server.started or not thread.is_alive():
                break
            time.sleep(0.005)
        if not server.started:
            raise RuntimeError("uvicorn did not start")
        host, port = sock.getsockname()
        yield f"{'https' if 'ssl_certfile' in options else 'http'}://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


# --- the key in logs, reprs and error texts ------------------------------------------------------


def shown(obj: Any, depth: int = 4, seen: set[int] | None = None) -> Iterator[str]:
    """What an error reporter or a debugger would print of `obj`: its repr and str and, for the
    SDK's own objects and containers, those of everything they hold."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    yield repr(obj)
    yield str(obj)
    if depth == 0:
        return
    if isinstance(obj, dict):
        held: list[Any] = [*obj.keys(), *obj.values()]
    elif isinstance(obj, list | tuple | set):
        held = list(obj)
    elif not type(obj).__module__.startswith("digitalriver"):
        return  # a foreign object (httpx, the standard library) is shown by its repr alone
    elif attrs.has(type(obj)):
        held = [getattr(obj, field.name) for field in attrs.fields(type(obj))]
    else:
        held = list(getattr(obj, "__dict__", {}).values())
    for value in held:
        yield from shown(value, depth - 1, seen)


def error_texts(error: BaseException) -> Iterator[str]:
    """The error as logs and error reporters format it: with its chained causes, and with locals."""
    yield from shown(error)
    yield "".join(traceback.format_exception(error))
    yield "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    for name in ("request", "response"):
        part = getattr(error, name, None)
        if part is not None:
            yield from (repr(part), repr(part.headers), repr(vars(part)))


async def test_the_key_shows_in_no_log_line_repr_or_error_text(
    caplog: pytest.LogCaptureFixture, sleeps: list[float], no_proxy: None
) -> None:
    caplog.set_level(logging.DEBUG)  # the root: uvicorn's and asyncio's loggers too
    for name in ("digitalriver", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake = FakeDigitalRiver()
    fake.seed(customers=5)
    script = fake.config.faults.script
    errors: list[DigitalRiverError] = []
    texts: list[str] = []

    async def failing(call: Any, *faults: Fault) -> None:
        script.extend(faults)
        try:
            await call
        except DigitalRiverError as error:
            errors.append(error)
        else:
            raise AssertionError("the call succeeded")

    with fake.serve_in_thread() as base_url:
        async with AsyncDigitalRiver(api_key=KEY, base_url=base_url) as dr:
            assert dr.rate_limiter is not None  # the default configuration is the one shown
            customer = await dr.customers.create({"email": "jsmith@example.com"})
            raw = await dr.customers.with_raw_response.retrieve(customer.id)
            paginator = dr.customers.list(limit=2)
            page = await paginator
            every = [c async for c in paginator]
            assert len(every) == 6

            await failing(dr.customers.retrieve("cus_nobody"))
            await failing(dr.customers.create({"id": customer.id}))
            await failing(dr.customers.create({"metadata": "not an object"}))
            await failing(dr.customers.retrieve(customer.id), Fault("error", status=401))
            await failing(dr.customers.retrieve(customer.id), Fault("error", status=403))
            await failing(dr.customers.retrieve(customer.id), Fault("error", status=429, retry_after=3600))
            await failing(dr.customers.retrieve(customer.id), *[Fault("error", status=500)] * 3)
            await failing(dr.customers.create({}), Fault("html", status=502))
            await failing(dr.customers.retrieve(customer.id), *[Fault("drop")] * 3)
            await failing(dr.customers.retrieve(customer.id), Fault("truncate", when="after"))
            await failing(dr.customers.create({}, timeout=0.1), Fault("latency", delay=0.3))
            assert script == []

            for obj in (dr, dr.customers, dr.checkouts, dr.invoices, dr.customers.with_raw_response, paginator):
                texts.extend(shown(obj))
            for obj in (customer, raw, page, every):
                texts.extend(shown(obj))
    for error in errors:
        texts.extend(error_texts(error))
    texts.append(caplog.text)
    texts.extend(repr(vars(record)) for record in caplog.records)

    assert {type(error) for error in errors} == {
        NotFoundError,
        ConflictError,
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        RateLimitError,
        InternalServerError,
        APIConnectionError,
        APIResponseValidationError,
        APITimeoutError,
    }
    leaks = [text[max(0, at - 100) : at + 100] for text in texts if (at := text.find(SECRET)) >= 0]
    assert leaks == []

    # Not vacuous: the key was sent on every request, and all three loggers wrote (httpx at INFO).
    sent = [error.request for error in errors if isinstance(error, APIStatusError | APIConnectionError)]
    assert sent and all(request.headers["Authorization"] == f"Bearer {KEY}" for request in sent)
    assert raw.http_response.request.headers["Authorization"] == f"Bearer {KEY}"
    assert {"digitalriver", "httpx", "httpcore"} <= {record.name.split(".")[0] for record in caplog.records}
    assert any(record.name.startswith("httpcore.http11") for record in caplog.records)
    assert "retrying GET /customers/" in caplog.text and "HTTP Request: POST" in caplog.text


# --- redirects -----------------------------------------------------------------------------------


@attrs.define
class Elsewhere:
    """Another host: it answers any path with a customer, and remembers the headers it was sent."""

    headers: list[dict[str, str]] = attrs.field(factory=list)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.headers.append({k.decode().lower(): v.decode() for k, v in scope["headers"]})
        body = b'{"id": "cus_elsewhere"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


@attrs.define
class Redirecting:
    """The API's host, moving some paths away with a 307; everything else goes to the fake."""

    app: Any
    moves: dict[str, str] = attrs.field(factory=dict)
    headers: list[dict[str, str]] = attrs.field(factory=list)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        location = self.moves.get(scope.get("path", ""))
        if location is None:
            await self.app(scope, receive, send)
            return
        self.headers.append({k.decode().lower(): v.decode() for k, v in scope["headers"]})
        headers = [(b"location", location.encode()), (b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 307, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


@contextlib.contextmanager
def two_hosts(fake: FakeDigitalRiver) -> Iterator[tuple[str, Redirecting, Elsewhere]]:
    """The API on 127.0.0.1, and another host, `localhost` on another port, that it redirects to."""
    elsewhere = Elsewhere()
    with serving(elsewhere) as other_url:
        other = other_url.replace("127.0.0.1", "localhost")
        api = Redirecting(fake.app, {"/customers/cus_moved": f"{other}/customers/cus_moved"})
        api.moves["/customers/cus_renamed"] = "/customers/cus_1"  # the same host
        with serving(api) as api_url:
            yield api_url, api, elsewhere


async def test_no_authorization_follows_a_redirect_to_another_host() -> None:
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "cus_1", "email": "one@example.com"})
    with two_hosts(fake) as (api_url, api, elsewhere):
        async with httpx.AsyncClient(follow_redirects=True, trust_env=False) as http:  # the caller's choice
            dr = AsyncDigitalRiver(api_key=KEY, base_url=api_url, http_client=http)
            moved = await dr.customers.retrieve("cus_moved")
            renamed = await dr.customers.retrieve("cus_renamed")
    assert moved.id == "cus_elsewhere"
    assert [headers["authorization"] for headers in api.headers] == [f"Bearer {KEY}"] * 2
    assert len(elsewhere.headers) == 1 and elsewhere.headers[0]["host"].startswith("localhost:")
    assert "authorization" not in elsewhere.headers[0]
    # On the same host the key goes along: the fake answers only requests that carry one.
    assert renamed.id == "cus_1" and fake.counters.routes == {("GET", "/customers/{id}"): 1}


async def test_the_sdk_follows_no_redirect_by_itself(sleeps: list[float], no_proxy: None) -> None:
    fake = FakeDigitalRiver()
    with two_hosts(fake) as (api_url, api, elsewhere):
        async with AsyncDigitalRiver(api_key=KEY, base_url=api_url) as dr:
            assert dr._client._http.follow_redirects is False
            with pytest.raises(APIStatusError) as caught:
                await dr.customers.retrieve("cus_moved")
    assert caught.value.status_code == 307
    assert caught.value.response.headers["location"].endswith("/customers/cus_moved")
    assert len(api.headers) == 1 and sleeps == []  # answered, not retried
    assert elsewhere.headers == []


# --- TLS -----------------------------------------------------------------------------------------


def test_the_client_the_sdk_creates_verifies_certificates_and_host_names() -> None:
    """Extends test_client's `test_tls_verification_is_on_by_default`, which reads `verify_mode` only."""
    dr = AsyncDigitalRiver(api_key=KEY, timeout=5)
    transport = dr._client._http._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    context = transport._pool._ssl_context
    assert context is not None
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


# A self-signed certificate for 127.0.0.1, valid 2000-2099, made for this test and served only on
# loopback. No client trusts it, which is the point; its dates never matter.
CERTIFICATE = """\
-----BEGIN CERTIFICATE-----
MIIBezCCASGgAwIBAgIBATAKBggqhkjOPQQDAjAUMRIwEAYDVQQDDAkxMjcuMC4w
LjEwIBcNMDAwMTAxMDAwMDAwWhgPMjA5OTEyMzEyMzU5NTlaMBQxEjAQBgNVBAMM
CTEyNy4wLjAuMTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABDkIGw6aAk5BujPs
9WdKx4ypRwsXMWmpI/IB6bWrZsnbOpl4hRpJK0kN8hLqT5z1+vTJUhHXWc1pBFYr
YAPwUpyjYjBgMAwGA1UdEwEB/wQCMAAwDwYDVR0RBAgwBocEfwAAATALBgNVHQ8E
BAMCB4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEwHQYDVR0OBBYEFHfXE7zA/R6tdqed
LrOp387TFaHqMAoGCCqGSM49BAMCA0gAMEUCIA/7cUUINRQ1DxDSLawFFsU1zAQJ
xQ2rp59/extf+FUBAiEAkV2mw+eHyNxr9oAXssl70/Po3bF59iXgxgSeMby/nPU=
-----END CERTIFICATE-----
"""
PRIVATE_KEY = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgF71bYw4O7M02Wbjq
bJGL5xUhCtv0RdJfASHXJvDv77ShRANCAAQ5CBsOmgJOQboz7PVnSseMqUcLFzFp
qSPyAem1q2bJ2zqZeIUaSStJDfIS6k+c9fr0yVIR11nNaQRWK2AD8FKc
-----END PRIVATE KEY-----
"""


async def test_an_untrusted_certificate_is_refused_unless_the_callers_client_says_otherwise(
    tmp_path: Path, sleeps: list[float], no_proxy: None
) -> None:
    (tmp_path / "cert.pem").write_text(CERTIFICATE)
    (tmp_path / "key.pem").write_text(PRIVATE_KEY)
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "cus_1"})
    tls = {"ssl_certfile": str(tmp_path / "cert.pem"), "ssl_keyfile": str(tmp_path / "key.pem")}
    with serving(fake.app, **tls) as base_url:
        assert base_url.startswith("https://127.0.0.1:")
        async with AsyncDigitalRiver(api_key=KEY, base_url=base_url) as dr:
            with pytest.raises(APIConnectionError) as refused:
                await dr.customers.retrieve("cus_1")
        assert isinstance(refused.value.__cause__, httpx.ConnectError)
        assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value)
        assert len(sleeps) == 2  # nothing was sent, so it was safe to try again; it failed again
        assert fake.counters.requests == 0

        async with httpx.AsyncClient(verify=False, trust_env=False) as insecure:
            dr = AsyncDigitalRiver(api_key=KEY, base_url=base_url, http_client=insecure)
            assert dr._client._http is insecure
            assert (await dr.customers.retrieve("cus_1")).id == "cus_1"
    assert fake.counters.requests == 1


# --- errors in a pickle (task queues, process pools) -------------------------------------------


def _assert_same_error(copy: DigitalRiverError, error: DigitalRiverError) -> None:
    assert type(copy) is type(error) and str(copy) == str(error) and copy.args == error.args
    for name in ("status_code", "type", "errors", "body", "retry_after", "code"):
        assert getattr(copy, name, None) == getattr(error, name, None), name
    request = getattr(error, "request", None)
    if request is not None:
        assert (copy.request.method, copy.request.url) == (request.method, request.url)  # type: ignore[attr-defined]
        assert "authorization" not in copy.request.headers  # type: ignore[attr-defined]
        assert copy.request.headers["user-agent"] == request.headers["user-agent"]  # type: ignore[attr-defined]
    response = getattr(error, "response", None)
    if response is not None:
        copied = copy.response  # type: ignore[attr-defined]
        assert copied.status_code == response.status_code
        assert copied.headers == response.headers  # e.g. Retry-After, for a handler to schedule a retry
        assert copied.content == response.content
        assert "authorization" not in copied.request.headers


async def test_every_error_pickles_without_the_key_and_unpickles_whole(sleeps: list[float], no_proxy: None) -> None:
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "cus_1"})
    script = fake.config.faults.script
    errors: list[DigitalRiverError] = []
    with fake.serve_in_thread() as base_url:
        async with AsyncDigitalRiver(api_key=KEY, base_url=base_url, max_retries=0) as dr:
            for faults, call in [
                ((), dr.customers.retrieve("cus_nobody")),
                ((), dr.customers.create({"metadata": "not an object"})),
                ((Fault("error", status=429, retry_after=3),), dr.customers.retrieve("cus_1")),
                ((Fault("error", status=503),), dr.customers.retrieve("cus_1")),
                ((Fault("drop"),), dr.customers.retrieve("cus_1")),
                ((Fault("truncate", when="after"),), dr.customers.retrieve("cus_1")),
                ((Fault("latency", delay=0.3),), dr.customers.retrieve("cus_1", timeout=0.1)),
            ]:
                script.extend(faults)
                with pytest.raises(DigitalRiverError) as caught:
                    await call
                errors.append(caught.value)
    assert [type(error) for error in errors] == [
        NotFoundError,
        BadRequestError,
        RateLimitError,
        InternalServerError,
        APIConnectionError,
        APIResponseValidationError,
        APITimeoutError,
    ]
    for error in errors:
        sent = getattr(error, "request", None) or error.response.request  # type: ignore[attr-defined]
        assert sent.headers["Authorization"] == f"Bearer {KEY}"
        data = pickle.dumps(error)
        assert SECRET.encode() not in data
        copy = pickle.loads(data)
        _assert_same_error(copy, error)
        assert SECRET not in "".join(error_texts(copy))
        _assert_same_error(pickle.loads(pickle.dumps(copy)), error)  # and again
    assert errors[2].retry_after == 3  # type: ignore[attr-defined]


def _raise_not_found() -> None:
    """In another process: an SDK error raised there, with the key on its request, as a worker would."""
    request = httpx.Request(
        "GET", "https://api.digitalriver.com/customers/cus_1", headers={"Authorization": f"Bearer {KEY}"}
    )
    body = b'{"type": "not_found", "errors": [{"code": "not_found", "message": "No such customer."}]}'
    raise status_error(httpx.Response(404, content=body, request=request))


def test_an_error_crosses_a_process_pool_without_the_key() -> None:
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    with pool, pytest.raises(NotFoundError, match="No such customer") as caught:
        pool.submit(_raise_not_found).result()
    assert caught.value.status_code == 404 and caught.value.code == "not_found"
    assert "authorization" not in caught.value.request.headers


# --- header values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\x00b", "\x1b[31m", "\x7f"],
    ids=["crlf", "lf", "cr", "nul", "esc", "del"],
)
async def test_a_header_value_with_a_control_character_is_refused_before_anything_is_sent(
    sleeps: list[float], no_proxy: None, value: str
) -> None:
    fake = FakeDigitalRiver()
    with fake.serve_in_thread() as base_url:
        async with AsyncDigitalRiver(api_key=KEY, base_url=base_url) as dr:
            with pytest.raises(ValueError, match="holds a control character") as caught:
                await dr.customers.retrieve("cus_1", extra_headers={"upstream-id": value})
            with pytest.raises(ValueError, match="holds a control character"):
                dr.with_options(default_headers={"upstream-id": value})
        with pytest.raises(ValueError, match="holds a control character"):
            AsyncDigitalRiver(api_key=KEY, base_url=base_url, default_headers={"upstream-id": value})
    assert fake.counters.requests == 0 and sleeps == []
    assert value not in str(caught.value)  # the value is not shown: it may be a secret of its own
    assert SECRET not in "".join(error_texts(caught.value))  # nor is the key, in any frame's locals


@pytest.mark.parametrize("name", ["", "upstream id", "upstream-id:", "x\r\ny", "é"])
async def test_a_header_name_that_is_not_a_token_is_refused(sleeps: list[float], name: str) -> None:
    async with AsyncDigitalRiver(api_key=KEY) as dr:
        with pytest.raises(ValueError, match="is not a header name"):
            await dr.customers.retrieve("cus_1", extra_headers={name: "1"})
    assert sleeps == []


async def test_a_tab_in_a_header_value_is_allowed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "cus_1"})
    async with AsyncDigitalRiver(api_key=KEY, rate_limit=None) as dr:
        await dr.customers.retrieve("cus_1", extra_headers={"upstream-id": "a\tb"})
    assert httpx_mock.get_requests()[0].headers["upstream-id"] == "a\tb"
