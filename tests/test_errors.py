"""Failed calls raise the design's typed errors, whatever the body looks like."""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

import digitalriver
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

from .conftest import API_KEY

STATUS_ERRORS = [
    (400, "bad_request", BadRequestError),
    (401, "unauthorized", AuthenticationError),
    (403, "forbidden", PermissionDeniedError),
    (404, "not_found", NotFoundError),
    (405, "method_not_allowed", APIStatusError),
    (406, "not_acceptable", APIStatusError),
    (408, "request_timeout", APIStatusError),
    (409, "conflict", ConflictError),
    (429, "too_many_requests", RateLimitError),
    (500, "internal_server_error", InternalServerError),
    (502, "bad_gateway", InternalServerError),
    (503, "service_unavailable", InternalServerError),
    (504, "gateway_timeout", InternalServerError),
]


@pytest.fixture
async def no_retry() -> AsyncDigitalRiver:
    return AsyncDigitalRiver(api_key=API_KEY, max_retries=0)


def test_the_hierarchy() -> None:
    for error in (APIConnectionError, APIStatusError, APIResponseValidationError):
        assert issubclass(error, DigitalRiverError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for _, _, error in STATUS_ERRORS:
        assert issubclass(error, APIStatusError)
    for name in digitalriver.__all__:
        assert hasattr(digitalriver, name)


@pytest.mark.parametrize(("status", "kind", "error"), STATUS_ERRORS, ids=[str(s[0]) for s in STATUS_ERRORS])
async def test_each_error_status_of_the_reference(
    no_retry: AsyncDigitalRiver, httpx_mock: HTTPXMock, status: int, kind: str, error: type[APIStatusError]
) -> None:
    body = {"type": kind, "errors": [{"code": "invalid_parameter", "parameter": "email", "message": "Bad email."}]}
    httpx_mock.add_response(status_code=status, json=body, headers={"Retry-After": "1"} if status == 429 else {})
    with pytest.raises(error) as caught:
        await no_retry.customers.retrieve("cus_1")
    exc = caught.value
    assert type(exc) is error
    assert exc.status_code == status
    assert exc.type == kind
    assert [(e.code, e.parameter, e.message) for e in exc.errors] == [("invalid_parameter", "email", "Bad email.")]
    assert exc.code == "invalid_parameter"
    assert exc.response.status_code == status
    assert exc.body == body
    assert str(exc).startswith(
        f"{status} {kind} on GET /customers/cus_1: invalid_parameter: Bad email. (parameter email)"
    )
    if status == 429:
        assert isinstance(exc, RateLimitError) and exc.retry_after == 1.0


@pytest.mark.parametrize(
    ("status", "content", "headers", "error", "in_message"),
    [
        (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", {"Content-Type": "text/html"}, InternalServerError,
         "<html><body><h1>502 Bad Gateway</h1>"),
        (500, b"", {}, InternalServerError, "(empty body)"),
        (400, b'{"type": "bad_request", "errors": [{"code": "x"', {}, BadRequestError, '{"type": "bad_request"'),
        (404, b'{"type": "not_found", "errors": "none"}', {}, NotFoundError, "not_found"),
        (409, b"[1, 2]", {}, ConflictError, "[1, 2]"),
        (418, b"teapot", {}, APIStatusError, "418"),
        (302, b"", {"Location": "https://elsewhere.example/"}, APIStatusError, "302"),
    ],
    ids=["html-502", "empty-500", "truncated-400", "errors-not-a-list", "body-a-list", "unknown-418", "redirect-302"],
)  # fmt: skip
async def test_any_error_body_gives_the_right_error(
    no_retry: AsyncDigitalRiver,
    httpx_mock: HTTPXMock,
    status: int,
    content: bytes,
    headers: dict[str, str],
    error: type[APIStatusError],
    in_message: str,
) -> None:
    httpx_mock.add_response(status_code=status, content=content, headers=headers)
    with pytest.raises(error) as caught:
        await no_retry.invoices.retrieve("inv_1")
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.errors == []
    assert in_message in str(caught.value)


async def test_an_error_body_as_it_comes_in_the_wild_says_what_it_says(
    no_retry: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    # Seen in the wild: `description` instead of `message`, and no `type`.
    body = {"errors": [{"code": "payment_authorization_failed", "parameter": "orderId", "description": "Declined."}]}
    httpx_mock.add_response(status_code=409, json=body)
    with pytest.raises(ConflictError) as caught:
        await no_retry.invoices.retrieve("inv_1")
    assert str(caught.value) == (
        "409 Conflict on GET /invoices/inv_1: payment_authorization_failed: Declined. (parameter orderId)"
    )
    assert caught.value.type is None and caught.value.errors[0].message == "Declined."


def test_a_long_body_is_cut_in_the_message() -> None:
    request = httpx.Request("GET", "https://api.digitalriver.com/customers")
    response = httpx.Response(500, content=b"x" * 5000, request=request)
    assert len(str(digitalriver._exceptions.status_error(response))) < 300


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<html>maintenance</html>", "not JSON"),
        (b"", "empty body"),
        (b'{"id": "cus_1", "email": "a@', "not JSON"),
        (b'["cus_1"]', "JSON list"),
        (b'{"id": "cus_1", "shipping": "nowhere"}', "not a valid Customer"),
        (b'{"id": "cus_1", "createdTime": "yesterday"}', "not a valid Customer"),
        (b'{"id": "cus_1", "sources": 3}', "not a valid Customer"),
    ],
    ids=["html", "empty", "truncated", "list", "nested-not-object", "bad-timestamp", "list-not-list"],
)
async def test_a_success_that_is_not_the_documented_json(
    no_retry: AsyncDigitalRiver, httpx_mock: HTTPXMock, content: bytes, expected: str
) -> None:
    httpx_mock.add_response(status_code=200, content=content)
    with pytest.raises(APIResponseValidationError) as caught:
        await no_retry.customers.retrieve("cus_1")
    assert expected in str(caught.value)
    assert caught.value.status_code == 200
    assert caught.value.response.content == content


async def test_a_list_page_without_has_more_is_a_validation_error(
    no_retry: AsyncDigitalRiver, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": []})
    with pytest.raises(APIResponseValidationError, match="ListCustomersResponse"):
        await no_retry.customers.list()


async def test_transport_failures(no_retry: AsyncDigitalRiver, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as caught:
        await no_retry.customers.retrieve("cus_1", extra_headers={"x": "1"})
    assert str(caught.value) == (
        "GET https://api.digitalriver.com/customers/cus_1 failed after 1 attempt: "
        "could not connect to api.digitalriver.com (ConnectError: connection refused)"
    )
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.request.url.path == "/customers/cus_1"

    httpx_mock.add_exception(httpx.ReadTimeout("timed out"))
    with pytest.raises(APITimeoutError, match=r"no answer within the read timeout of 7 s \(ReadTimeout: timed out\)"):
        await no_retry.customers.retrieve("cus_1", timeout=7)

    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected without sending a response."))
    with pytest.raises(APIConnectionError):
        await no_retry.customers.retrieve("cus_1")
