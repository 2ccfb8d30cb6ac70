"""Contract tests: every SDK method through Prism, which checks each request and each answer against the document.

The other suites check the SDK and the fake against our own reading of the document; Prism is an
independent reading. Two Prism servers (the version pinned in package.json) start once per
session from `openapi/`, each with request and response validation and `--errors`:

- `prism proxy` in front of the fake of `digitalriver.testing`: it validates what the SDK sends,
  forwards it, and validates what the fake really answers. A violation here is a bug of the SDK,
  of the fake, or of the document.
- `prism mock`: it validates what the SDK sends and answers with the document's own examples,
  one test per example, so the SDK parses every documented answer as it arrives over HTTP.

A test fails on any violation Prism reports, whatever its severity and wherever it reports it
(see `tests/prism.py`); the tests at the end prove that each way of reporting is noticed.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, NamedTuple, Protocol

import attrs
import httpx
import pytest

from digitalriver import (
    APIStatusError,
    AsyncDigitalRiver,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from digitalriver._pagination import Page
from digitalriver.testing import FakeDigitalRiver, Fault
from digitalriver_api.operations import OPERATIONS

from . import prism
from .conftest import API_KEY
from .document import examples, operations, resolve
from .prism import PrismServer, PrismUnavailable

PROBLEM_TYPE = "https://stoplight.io/prism/errors#"
# The SDK accepts JSON on every call, since errors come as JSON; for an operation whose success
# has no body, the mock warns that it has no JSON to offer and answers the documented 204.
BODILESS_NEGOTIATION = re.compile(r"\[NEGOTIATOR\] .*Unable to find content for application/json$")

# --- what each operation is called with ------------------------------------------------------

REQUEST_EXAMPLES = {example.where.split()[0]: example.value for example in examples() if " request " in example.where}


def body(operation_id: str) -> dict[str, Any]:
    """The document's own request example, so what the reference pages show is what is sent."""
    value: dict[str, Any] = json.loads(json.dumps(REQUEST_EXAMPLES[operation_id]))
    return value


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


class Objects(Protocol):
    """The ids a call needs: objects that exist in the fake behind the proxy, or any id for the mock."""

    def customer(self) -> str: ...
    def checkout(self) -> str: ...
    def invoice(self, state: str = "draft") -> str: ...
    def with_source(self, kind: str) -> tuple[str, str]: ...


class FakeObjects:
    """Objects made straight in the fake's store, from the document's request examples."""

    def __init__(self, fake: FakeDigitalRiver) -> None:
        self.store = fake.store

    def customer(self) -> str:
        customer = self.store.create_customer({**body("createCustomer"), "id": new_id("cus")})
        id_: str = customer["id"]
        return id_

    def checkout(self) -> str:
        id_: str = self.store.create_checkout(body("createCheckout"))["id"]
        return id_

    def invoice(self, state: str = "draft") -> str:
        id_: str = self.store.create_invoice({**body("createInvoice"), "state": state})["id"]
        return id_

    def with_source(self, kind: str) -> tuple[str, str]:
        owner = {"customers": self.customer, "checkouts": self.checkout, "invoices": self.invoice}[kind]()
        source_id = new_id("src")
        self.store.attach_source(getattr(self.store, kind), owner, source_id)
        return owner, source_id


class AnyObjects:
    """Prism's mock answers every id alike."""

    def customer(self) -> str:
        return "cus_1"

    def checkout(self) -> str:
        return "co_1"

    def invoice(self, state: str = "draft") -> str:
        return "inv_1"

    def with_source(self, kind: str) -> tuple[str, str]:
        return f"{kind}_1", "src_1"


Call = Callable[[AsyncDigitalRiver, Objects, dict[str, Any]], Awaitable[Any]]

# One call per operation. The list filters are chosen to match objects the fake is seeded with.
CALLS: dict[str, Call] = {
    "listCustomers": lambda dr, on, o: dr.customers.list(limit=2, request_to_be_forgotten=False, **o),
    "createCustomer": lambda dr, on, o: dr.customers.create(body("createCustomer"), **o),
    "retrieveCustomer": lambda dr, on, o: dr.customers.retrieve(on.customer(), **o),
    "updateCustomer": lambda dr, on, o: dr.customers.update(on.customer(), body("updateCustomer"), **o),
    "deleteCustomer": lambda dr, on, o: dr.customers.delete(on.customer(), **o),
    "attachCustomerSource": lambda dr, on, o: dr.customers.attach_source(on.customer(), new_id("src"), **o),
    "detachCustomerSource": lambda dr, on, o: dr.customers.detach_source(*on.with_source("customers"), **o),
    "attachCustomerTaxIdentifier": lambda dr, on, o: dr.customers.attach_tax_identifier(
        on.customer(), new_id("tax"), **o
    ),
    "listCheckouts": lambda dr, on, o: dr.checkouts.list(limit=2, customer_type="business", **o),
    "createCheckout": lambda dr, on, o: dr.checkouts.create(body("createCheckout"), **o),
    "retrieveCheckout": lambda dr, on, o: dr.checkouts.retrieve(on.checkout(), **o),
    "updateCheckout": lambda dr, on, o: dr.checkouts.update(on.checkout(), body("updateCheckout"), **o),
    "deleteCheckout": lambda dr, on, o: dr.checkouts.delete(on.checkout(), **o),
    "attachCheckoutSource": lambda dr, on, o: dr.checkouts.attach_source(on.checkout(), new_id("src"), **o),
    "detachCheckoutSource": lambda dr, on, o: dr.checkouts.detach_source(*on.with_source("checkouts"), **o),
    "listInvoices": lambda dr, on, o: dr.invoices.list(limit=2, state="draft", **o),
    "createInvoice": lambda dr, on, o: dr.invoices.create(body("createInvoice"), **o),
    "retrieveInvoice": lambda dr, on, o: dr.invoices.retrieve(on.invoice(), **o),
    "updateInvoice": lambda dr, on, o: dr.invoices.update(on.invoice(), body("updateInvoice"), **o),
    "deleteInvoice": lambda dr, on, o: dr.invoices.delete(on.invoice(), **o),
    "openInvoice": lambda dr, on, o: dr.invoices.open(on.invoice("draft"), **o),
    "voidInvoice": lambda dr, on, o: dr.invoices.void(on.invoice("open"), **o),
    "attachInvoiceSource": lambda dr, on, o: dr.invoices.attach_source(on.invoice(), new_id("src"), **o),
    "detachInvoiceSource": lambda dr, on, o: dr.invoices.detach_source(*on.with_source("invoices"), **o),
}

DOCUMENT_OPERATIONS = {op.operation["operationId"]: op for op in operations()}


def response_examples(operation_id: str) -> dict[str, Any]:
    """The named examples of the operation's success answer (none for a 204)."""
    found: dict[str, Any] = {}
    for status, response in DOCUMENT_OPERATIONS[operation_id].operation["responses"].items():
        if status.startswith("2"):
            for media in resolve(response).get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    found[name] = resolve(example)["value"]
    return found


MOCK_CASES = [(operation_id, name) for operation_id in CALLS for name in (response_examples(operation_id) or [None])]


def operation_of(method: str, raw_path: str) -> str | None:
    """The operation id of the document that a request is for."""
    segments = raw_path.split("?")[0].split("/")[1:]
    for op_id, op in DOCUMENT_OPERATIONS.items():
        template = op.path.split("/")[1:]
        if op.method == method and _matches(template, segments):
            return op_id
    return None


def _matches(template: list[str], segments: list[str]) -> bool:
    if len(template) != len(segments):
        return False
    return all(t == s or (t.startswith("{") and s != "") for t, s in zip(template, segments, strict=True))


# --- Prism, the fake, and the check after each call --------------------------------------------


class Exchange(NamedTuple):
    method: str
    path: str
    status: int
    operation_id: str | None
    violations: list[Any]
    problem: str | None


@attrs.define
class Contract:
    """One test's traffic through one Prism: every answer it got, and the verdict on it."""

    server: PrismServer
    mark: int
    exchanges: list[Exchange] = attrs.field(factory=list)

    async def record(self, response: httpx.Response) -> None:
        problem = None
        if response.headers.get("content-type", "").startswith("application/problem+json"):
            await response.aread()
            problem = response.text
        header = response.headers.get("sl-violations")
        request = response.request
        path = request.url.raw_path.decode("ascii")
        self.exchanges.append(
            Exchange(
                request.method,
                path,
                response.status_code,
                operation_of(request.method, path),
                json.loads(header) if header and header.startswith("[") else ([header] if header else []),
                problem,
            )
        )

    def http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(event_hooks={"response": [self.record]})

    def reported(self) -> list[str]:
        """Every violation and Prism error of this test's requests: headers, Prism's own answers, log."""
        found = []
        for exchange in self.exchanges:
            where = f"{exchange.method} {exchange.path} -> {exchange.status}"
            found += [f"{where}: sl-violations {json.dumps(v)}" for v in exchange.violations]
            if exchange.problem is not None:
                found.append(f"{where}: Prism answered {exchange.problem}")
        found += [f"Prism ({self.server.mode}) logged: {line}" for line in self.server.problems(self.mark)]
        return found

    def assert_clean(self, operation_id: str, status: int | None = None) -> None:
        """No violation reported, and `operation_id` answered `status` (its success by default) through Prism."""
        reported = self.reported()
        if OPERATIONS[operation_id].response_model is None:
            reported = [line for line in reported if not BODILESS_NEGOTIATION.search(line)]
        if reported:
            pytest.fail(f"Prism reported {len(reported)} problem(s):\n" + "\n".join(reported), pytrace=False)
        status = status or OPERATIONS[operation_id].success_status
        assert str(status) in DOCUMENT_OPERATIONS[operation_id].operation["responses"]
        done = [e for e in self.exchanges if e.operation_id == operation_id and e.status == status]
        assert done, f"no {status} answer to {operation_id} went through Prism: {self.exchanges}"


@pytest.fixture(scope="session")
def prism_version() -> str:
    return _or_fail(prism.install)


def _or_fail(step: Callable[[], str]) -> str:
    """A missing Node.js or a Prism that will not start fails the tests: a skipped contract proves nothing."""
    try:
        return step()
    except PrismUnavailable as error:
        message = str(error)
    pytest.fail(message, pytrace=False)


def _serve(server: PrismServer) -> Iterator[PrismServer]:
    try:
        _or_fail(server.start)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.seed(customers=5, checkouts=5, invoices=5)
    return fake


@pytest.fixture(scope="session")
def proxy(prism_version: str, fake: FakeDigitalRiver) -> Iterator[PrismServer]:
    with fake.serve_in_thread() as upstream:
        # The mock always validates requests; the proxy does by default, and here it is said out loud.
        yield from _serve(PrismServer("proxy", upstream, "--validate-request"))


@pytest.fixture(scope="session")
def mock(prism_version: str) -> Iterator[PrismServer]:
    yield from _serve(PrismServer("mock"))


async def _contract(server: PrismServer) -> AsyncIterator[tuple[Contract, AsyncDigitalRiver]]:
    contract = Contract(server, server.sync())
    # No retries and no client-side rate limit: a violation answer surfaces at once, and nothing waits.
    http = contract.http_client()
    dr = AsyncDigitalRiver(api_key=API_KEY, base_url=server.url, http_client=http, max_retries=0, rate_limit=None)
    async with http, dr:
        yield contract, dr


@pytest.fixture
async def through_proxy(proxy: PrismServer) -> AsyncIterator[tuple[Contract, AsyncDigitalRiver]]:
    async for pair in _contract(proxy):
        yield pair


@pytest.fixture
async def through_mock(mock: PrismServer) -> AsyncIterator[tuple[Contract, AsyncDigitalRiver]]:
    async for pair in _contract(mock):
        yield pair


# --- the contract -----------------------------------------------------------------------------


def test_prism_loads_the_document_without_a_warning(proxy: PrismServer, mock: PrismServer) -> None:
    assert proxy.startup_problems() == []
    assert mock.startup_problems() == []


def test_every_operation_of_the_document_has_a_contract_test() -> None:
    assert set(CALLS) == set(DOCUMENT_OPERATIONS) == set(OPERATIONS)
    assert len(DOCUMENT_OPERATIONS) == 24
    assert {op_id for op_id, _ in MOCK_CASES} == set(DOCUMENT_OPERATIONS)


async def _call(contract: Contract, operation_id: str, call: Awaitable[Any]) -> Any:
    """The call's result; when it raised for an error status, the failure shows what Prism reported."""
    try:
        return await call
    except APIStatusError:
        contract.assert_clean(operation_id)
        raise


def _check_result(operation_id: str, result: Any) -> None:
    model = OPERATIONS[operation_id].response_model
    if operation_id.startswith("list"):
        assert isinstance(result, Page)
        assert result.data, "the page is empty, so no item was validated"
    elif model is None:
        assert result is None
    else:
        assert isinstance(result, model)


@pytest.mark.parametrize("operation_id", list(CALLS))
async def test_through_prism_proxy_to_the_fake(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver, operation_id: str
) -> None:
    contract, dr = through_proxy
    result = await _call(contract, operation_id, CALLS[operation_id](dr, FakeObjects(fake), {}))
    contract.assert_clean(operation_id)
    _check_result(operation_id, result)


@pytest.mark.parametrize(
    ("operation_id", "example"), MOCK_CASES, ids=[f"{op}-{name}" if name else op for op, name in MOCK_CASES]
)
async def test_through_prism_mock_with_each_documented_answer(
    through_mock: tuple[Contract, AsyncDigitalRiver], operation_id: str, example: str | None
) -> None:
    contract, dr = through_mock
    options = {} if example is None else {"extra_headers": {"Prefer": f"example={example}"}}
    result = await _call(contract, operation_id, CALLS[operation_id](dr, AnyObjects(), options))
    contract.assert_clean(operation_id)
    _check_result(operation_id, result)
    if example is not None:
        value = response_examples(operation_id)[example]
        if operation_id.startswith("list"):
            assert [item.id for item in result.data] == [item["id"] for item in value["data"]]
            assert result.has_more is value["hasMore"]
        else:
            assert result.id == value["id"]


async def test_every_page_of_every_list_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    """Cursor pagination sends `startingAfter` and `endingBefore`, which a single page never does."""
    contract, dr = through_proxy
    for resource in (dr.customers, dr.checkouts, dr.invoices):
        forward = [item.id async for item in resource.list(limit=2)]
        assert len(forward) == len(set(forward)) >= 5
        backward = [item.id async for item in resource.list(limit=2, ending_before=forward[-1])]
        assert backward == forward[-2::-1]
    assert {"startingAfter", "endingBefore"} <= {name for e in contract.exchanges for name in httpx.URL(e.path).params}
    contract.assert_clean("listInvoices")


ErrorCall = Callable[[AsyncDigitalRiver, FakeObjects], Awaitable[Any]]

# The fake's refusals are answers too: their `Errors` bodies and headers must match the document.
ERROR_CALLS: list[tuple[str, ErrorCall, type[APIStatusError], str, int]] = [
    ("no-such-id", lambda dr, on: dr.customers.retrieve(new_id("cus")), NotFoundError, "retrieveCustomer", 404),
    (
        "source-not-attached",
        lambda dr, on: dr.checkouts.detach_source(on.checkout(), new_id("src")),
        NotFoundError,
        "detachCheckoutSource",
        404,
    ),
    (
        "unknown-cursor",
        lambda dr, on: dr.invoices.list(starting_after=new_id("inv")),
        BadRequestError,
        "listInvoices",
        400,
    ),
    (
        "id-taken",
        lambda dr, on: dr.customers.create({"id": on.customer()}),
        ConflictError,
        "createCustomer",
        409,
    ),
    ("void-a-draft", lambda dr, on: dr.invoices.void(on.invoice("draft")), ConflictError, "voidInvoice", 409),
]


@pytest.mark.parametrize(
    ("call", "error", "operation_id", "status"), [c[1:] for c in ERROR_CALLS], ids=[c[0] for c in ERROR_CALLS]
)
async def test_error_answers_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver],
    fake: FakeDigitalRiver,
    call: ErrorCall,
    error: type[APIStatusError],
    operation_id: str,
    status: int,
) -> None:
    contract, dr = through_proxy
    with pytest.raises(error) as raised:
        await call(dr, FakeObjects(fake))
    assert raised.value.status_code == status
    assert raised.value.errors, "the Errors body says why"
    contract.assert_clean(operation_id, status)


async def test_a_rate_limited_answer_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    """A 429 carries `Retry-After`, a header the document declares, so Prism checks it too."""
    contract, dr = through_proxy
    fake.config.rate_limit = 0.01  # one request, then none for 100 s
    try:
        await dr.customers.list(limit=1)
        with pytest.raises(RateLimitError) as raised:
            await dr.customers.list(limit=1)
    finally:
        fake.config.rate_limit = None
    assert raised.value.retry_after == 100
    contract.assert_clean("listCustomers", 429)


# --- proof that a violation fails the suite ---------------------------------------------------


async def test_a_request_the_document_forbids_is_reported_and_fails_the_check(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    contract, _ = through_proxy
    before = fake.counters.requests
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with contract.http_client() as http:
        limit = await http.get(f"{contract.server.url}/customers", params={"limit": 0}, headers=headers)
        wrong = await http.post(f"{contract.server.url}/customers", json={"email": 5}, headers=headers)
    for answer, location in ((limit, ["query", "limit"]), (wrong, ["body", "email"])):
        assert answer.status_code == 422
        problem = answer.json()
        assert problem["type"] == f"{PROBLEM_TYPE}UNPROCESSABLE_ENTITY"
        assert [violation["location"] for violation in problem["validation"]] == [location]
    assert fake.counters.requests == before, "Prism must not forward a request it refused"
    reported = contract.reported()
    assert sum("Prism answered" in line for line in reported) == 2
    assert sum("logged" in line and "UNPROCESSABLE_ENTITY" in line for line in reported) == 2
    with pytest.raises(pytest.fail.Exception, match="Prism reported 4 problem"):
        contract.assert_clean("createCustomer")


async def test_an_answer_the_document_forbids_is_reported_and_fails_the_check(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    contract, dr = through_proxy
    customer = fake.store.create_customer({"id": new_id("cus"), "email": "j@example.com"})
    customer["email"] = 5  # the document says a string
    try:
        with pytest.raises(InternalServerError) as raised:
            await dr.customers.retrieve(customer["id"])
    finally:
        fake.store.customers.delete(customer["id"])
    assert raised.value.status_code == 500
    assert json.loads(raised.value.response.text)["type"] == f"{PROBLEM_TYPE}VIOLATIONS"
    [exchange] = contract.exchanges
    assert [v["location"] for v in exchange.violations] == [["response", "body", "email"]]
    reported = contract.reported()
    assert any("logged" in line and "VIOLATIONS" in line for line in reported)
    with pytest.raises(pytest.fail.Exception, match="Response body property email must be string"):
        contract.assert_clean("retrieveCustomer")


async def test_an_error_answer_the_document_forbids_is_reported_and_fails_the_check(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    """Error answers are checked as closely as successes: the document promises a JSON `Errors` body."""
    contract, dr = through_proxy
    fake.config.faults.script.append(Fault("html", status=503, method="GET", path="/invoices/{id}"))
    try:
        with pytest.raises(InternalServerError):
            await dr.invoices.retrieve(FakeObjects(fake).invoice())
    finally:
        fake.config.faults.script.clear()
    [exchange] = contract.exchanges
    assert ["response"] in [v["location"] for v in exchange.violations]
    with pytest.raises(pytest.fail.Exception, match=r"received media type \S+text/html"):
        contract.assert_clean("retrieveInvoice")


async def test_prism_mock_reports_a_body_of_the_wrong_type(through_mock: tuple[Contract, AsyncDigitalRiver]) -> None:
    """The mock answers a request it refuses with the document's own 400, so only the header and the log tell."""
    contract, _ = through_mock
    async with contract.http_client() as http:
        answer = await http.post(
            f"{contract.server.url}/invoices",
            json={"state": "paid", "items": {}},
            headers={"Authorization": f"Bearer {API_KEY}"},
        )
    assert answer.status_code == 400
    [exchange] = contract.exchanges
    locations = sorted(v["location"] for v in exchange.violations)
    # The body lacks the required customerId and currency, its items are not an array, its state not an enum value.
    assert locations == [
        ["request", "body"],
        ["request", "body"],
        ["request", "body", "items"],
        ["request", "body", "state"],
    ]
    reported = contract.reported()
    assert sum("logged" in line and "Violation: request.body" in line for line in reported) == len(locations)
    with pytest.raises(pytest.fail.Exception, match="items must be array"):
        contract.assert_clean("createInvoice")
