"""Contract tests: every SDK method through Prism, which checks each request and each answer against the document.

The other suites check the SDK and the fake against our own reading of the document; Prism is an
independent reading. Two Prism servers (the version pinned in package.json) start once per
session from `openapi/`, each with request and response validation and `--errors`:

- `prism proxy` in front of the fake of `digitalriver.testing`: it validates what the SDK sends,
  forwards it, and validates what the fake really answers. A violation here is a bug of the SDK,
  of the fake, or of the document.
- `prism mock`: it validates what the SDK sends and answers with the document's own examples,
  one test per example, so the SDK parses every documented answer as it arrives over HTTP.

Every call is derived from the document and the generated operations table (`tests/calls.py`):
an operation added to the document gets its calls here with no edit, and a test below proves it
on an operation the document does not have. What the fake does with a new operation is the
fake's own behaviour (`digitalriver.testing`), not a table of this file.

A test fails on any violation Prism reports, whatever its severity and wherever it reports it
(see `tests/prism.py`); the tests at the end prove that each way of reporting is noticed.
"""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator, Collection, Iterator
from typing import Any

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
from digitalriver.testing._handlers import mocked_operations
from digitalriver_api.operations import OPERATIONS
from digitalriver_api.runtime import Operation, QueryParameter

from . import prism
from .calls import Calls, Made, Request, filters_matching, read_everything, run
from .conftest import API_KEY
from .document import DOCUMENT, operations, resolve
from .prism import PROBLEM_TYPE, Contract, PrismServer
from .synthesize import fresh

CALLS = Calls(DOCUMENT, OPERATIONS)
DOCUMENT_OPERATIONS = {op.operation["operationId"]: op for op in operations()}


def operation_at(method: str, path: str) -> str:
    """The id of the operation with this method on this path (for the tests that send a request by hand)."""
    found = CALLS.at(method, path)
    assert found is not None, f"the document has no {method} {path}"
    operation_id: str = found.operation_id
    return operation_id


def response_examples(operation_id: str) -> dict[str, Any]:
    """The named examples of the operation's success answer (none for a 204)."""
    found: dict[str, Any] = {}
    for status, response in DOCUMENT_OPERATIONS[operation_id].operation["responses"].items():
        if status.startswith("2"):
            for media in resolve(response).get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    found[name] = resolve(example)["value"]
    return found


def cases(calls: Calls, mocked: Collection[str] = ()) -> dict[str, list[str]]:
    """The operations each test below runs on, from the table and its document: every one has its call.

    The refusals (404, 409) are the fake's behaviour: an operation it only `mocked` (no handler yet)
    answers its example whatever is asked, so it has its contract calls but no refusal tests.
    """
    table = calls.table
    behaving = {op_id: op for op_id, op in table.items() if op_id not in mocked}
    lists = [op.operation_id for op in calls.lists()]
    return {
        # Each operation once, on objects made for it, through the proxy (a success, or a documented 409 first).
        "proxy": list(table),
        # Operations on an object (a path value), called with values nothing made: the document's 404.
        "unknown": [op.operation_id for op in behaving.values() if op.path_parameters and calls.documented(op, 404)],
        # DELETEs of a thing only their path's POST makes (a detach), without that POST: the document's 404.
        "nothing_to_delete": [
            op.operation_id
            for op in behaving.values()
            if op.method == "DELETE"
            and calls.at("POST", op.path) is not None
            and calls.creator(op, op.path_parameters[-1]) is None
            and calls.documented(op, 404)
        ],
        "lists": lists,
        "cursor": [
            op_id for op_id in lists if "starting_after" in table[op_id].query and calls.documented(table[op_id], 400)
        ],
        # Creates whose body may name the new object's id: naming one that exists is the document's 409.
        "id_taken": [
            op.operation_id
            for op in calls.creates()
            if op.operation_id in behaving and calls.body_declares(op, "id") and calls.documented(op, 409)
        ],
    }


CASES = cases(CALLS, mocked=mocked_operations())
MOCK_CASES = [(op_id, name) for op_id in OPERATIONS for name in (response_examples(op_id) or [None])]


# --- Prism, the fake, and the check after each call --------------------------------------------


@pytest.fixture(scope="session")
def prism_version() -> str:
    return prism.or_fail(prism.install)


@pytest.fixture(scope="session")
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.seed(customers=5, checkouts=5, invoices=5)
    return fake


@pytest.fixture(scope="session")
def proxy(prism_version: str, fake: FakeDigitalRiver) -> Iterator[PrismServer]:
    with fake.serve_in_thread() as upstream:
        # The mock always validates requests; the proxy does by default, and here it is said out loud.
        yield from prism.serve(PrismServer("proxy", upstream, "--validate-request"))


@pytest.fixture(scope="session")
def mock(prism_version: str) -> Iterator[PrismServer]:
    yield from prism.serve(PrismServer("mock"))


async def _contract(server: PrismServer) -> AsyncIterator[tuple[Contract, AsyncDigitalRiver]]:
    contract = Contract(server, server.sync(), OPERATIONS, CALLS.statuses)
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


# --- every operation has its calls ------------------------------------------------------------


def test_prism_loads_the_document_without_a_warning(proxy: PrismServer, mock: PrismServer) -> None:
    assert proxy.startup_problems() == []
    assert mock.startup_problems() == []


def test_every_operation_of_the_document_has_contract_calls() -> None:
    assert set(CASES["proxy"]) == set(DOCUMENT_OPERATIONS) == set(OPERATIONS)
    assert {op_id for op_id, _ in MOCK_CASES} == set(DOCUMENT_OPERATIONS)
    for operation in OPERATIONS.values():
        request = CALLS.mock_request(operation)
        assert len(request.path) == len(operation.path_parameters)
        assert (request.body is not None) == operation.has_body, operation.operation_id
        steps = CALLS.plan(operation)
        assert steps[-1].operation is operation
        # Every path value of the last step is made by an earlier one or fresh: nothing is assumed to exist.
        assert all((isinstance(v, Made) and v.step < len(steps) - 1) or isinstance(v, str) for v in steps[-1].path)
    # The error answers are derived too, and find operations to test in this document.
    assert all(CASES.values()), CASES


SYNTHETIC_PATH = "/customers/{id}/loyalty-cards/{cardId}"


def _synthetic() -> tuple[dict[str, Any], dict[str, Operation]]:
    """The document with operations it does not have, and the table entries `make generate` would make of them."""
    document = copy.deepcopy(DOCUMENT)
    error = {"$ref": "#/components/responses/Error"}
    card = {"type": "string", "format": "uuid"}
    document["components"]["schemas"]["LoyaltyCardRequest"] = {
        "type": "object",
        "required": ["tier", "points", "since", "owner", "channel"],
        "properties": {
            "tier": {"type": "string", "enum": ["gold", "silver"], "description": "no example: the first value"},
            "points": {"type": "integer", "minimum": 10, "maximum": 20},
            "since": {"type": "string", "format": "date-time"},
            "owner": {
                "allOf": [
                    {"$ref": "#/components/schemas/Address"},
                    {"required": ["country"], "properties": {"country": {"type": "string", "maxLength": 2}}},
                ]
            },
            "channel": {"oneOf": [{"type": "integer", "minimum": 3, "maximum": 3}, {"type": "string"}]},
            "id": {"type": "string", "readOnly": True},
            "note": {"type": "string"},
        },
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoyaltyCardRequest"}}}}
    parameters = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}},
        {"name": "cardId", "in": "path", "required": True, "schema": card},
    ]
    document["paths"][SYNTHETIC_PATH] = {
        "parameters": parameters,
        "post": {
            "operationId": "attachLoyaltyCard",
            "tags": ["customers"],
            "requestBody": {**body, "required": True},
            "responses": {"200": {"description": "Attached."}, "404": error},
        },
        "delete": {
            "operationId": "detachLoyaltyCard",
            "tags": ["customers"],
            "parameters": [{"name": "reason", "in": "query", "required": True, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "Detached."}, "404": error},
        },
    }
    document["paths"]["/customers/{id}/freeze"] = {
        "parameters": parameters[:1],
        "post": {"operationId": "freezeCustomer", "tags": ["customers"], "responses": {"409": error}},
    }

    def entry(op_id: str, method: str, path: str, **fields: Any) -> Operation:
        names = tuple(part.strip("{}") for part in path.split("/") if part.startswith("{"))
        values: dict[str, Any] = dict(
            operation_id=op_id, method=method, path=path, resource="customers", name=op_id, idempotent=True,
            success_status=200, path_parameters=names, query={}, has_body=False, body_required=False,
            request_model=None, response_model=None, response_media=None, item_model=None, summary="",
        )  # fmt: skip
        values.update(fields)
        return Operation(**values)

    reason = QueryParameter(name="reason", kind="scalar", type=str, required=True)
    table = {
        **OPERATIONS,
        "attachLoyaltyCard": entry("attachLoyaltyCard", "POST", SYNTHETIC_PATH, has_body=True, body_required=True),
        "detachLoyaltyCard": entry("detachLoyaltyCard", "DELETE", SYNTHETIC_PATH, query={"reason": reason}),
        "freezeCustomer": entry("freezeCustomer", "POST", "/customers/{id}/freeze"),
    }
    return document, table


def test_an_operation_the_document_gains_gets_its_calls() -> None:
    document, table = _synthetic()
    calls = Calls(document, table)
    attach, detach, freeze = table["attachLoyaltyCard"], table["detachLoyaltyCard"], table["freezeCustomer"]

    # For the mock: valid path values, the least valid body (required fields, enums, bounds, formats), the
    # required query parameters.
    request = calls.mock_request(attach)
    assert request.path[0] == "id" and len(request.path[1]) == 36  # a UUID, as the schema says
    assert request.body["tier"] == "gold" and request.body["points"] == 10 and "id" not in request.body
    assert request.body["since"] == "2024-06-17T00:00:00Z" and request.body["channel"] == 3
    assert request.body["owner"] == {"country": "co"}  # allOf merged; the name, cut to the maximum length
    calls.synthesizer.check(request.body, {"$ref": "#/components/schemas/LoyaltyCardRequest"})
    assert calls.mock_request(detach).query == {"reason": "reason"}

    # For the fake: the customer is made by POST /customers, the card attached by the POST of the
    # DELETE's own path, with the same values; the card's id is fresh.
    steps = calls.plan(detach)
    create = table[operation_at("POST", "/customers")]
    assert [step.operation for step in steps] == [create, attach, detach]
    assert steps[0].body == {} and steps[1].path == steps[2].path == (Made(0), steps[2].path[1])
    assert isinstance(steps[2].path[1], str) and steps[2].path[1] != request.path[1]
    assert [step.operation for step in calls.plan(detach, prepare=False)] == [create, detach]

    # The contract tests take their cases from the table, so the new operations are among them.
    derived = {name: [op_id for op_id in found if op_id not in OPERATIONS] for name, found in cases(calls).items()}
    assert derived["proxy"] == ["attachLoyaltyCard", "detachLoyaltyCard", "freezeCustomer"]
    assert derived["unknown"] == ["attachLoyaltyCard", "detachLoyaltyCard"]  # both document a 404
    assert derived["nothing_to_delete"] == ["detachLoyaltyCard"]

    # An action on the customer's state has the customer's other actions to try first; others have none.
    assert calls.actions(freeze) == [] and calls.actions(attach) == []
    document["paths"]["/customers/{id}/thaw"] = {**document["paths"]["/customers/{id}/freeze"]}
    table["thawCustomer"] = table["freezeCustomer"]._replace(operation_id="thawCustomer", path="/customers/{id}/thaw")
    assert [op.operation_id for op in Calls(document, table).actions(freeze)] == ["thawCustomer"]


# --- the contract -----------------------------------------------------------------------------


async def _call(contract: Contract, operation_id: str, request: Any) -> Any:
    """The call's result; when it raised for an error status, the failure shows what Prism reported."""
    try:
        return await request
    except APIStatusError as error:
        if not isinstance(error, ConflictError):
            contract.assert_clean(operation_id)
        raise


def _check_result(operation: Any, result: Any) -> None:
    if operation.item_model is not None:
        assert isinstance(result, Page)
        assert result.data, "the page is empty, so no item was validated"
    elif operation.response_model is None:
        assert result is None
    else:
        assert isinstance(result, operation.response_model)
    read_everything(result)


@pytest.mark.parametrize("operation_id", CASES["proxy"])
async def test_through_prism_proxy_to_the_fake(
    through_proxy: tuple[Contract, AsyncDigitalRiver], operation_id: str
) -> None:
    """The call on objects made for it; an action that conflicts with a fresh object's state is tried after another.

    A documented 409 is a valid exchange of the contract (Prism checks it like any answer), so it is
    kept; then the action is tried on a fresh object after each of the object's other actions (a
    void after an open), so that its success goes through Prism as well.
    """
    contract, dr = through_proxy
    operation = OPERATIONS[operation_id]
    try:
        result = await _call(contract, operation_id, run(dr, CALLS.plan(operation)))
    except ConflictError as conflict:
        if not (CALLS.documented(operation, 409) and CALLS.actions(operation)):
            raise
        assert conflict.errors, "the Errors body says why"
        contract.assert_clean(operation_id, 409)
        result = await _after_another_action(contract, dr, operation)
    contract.assert_clean(operation_id)
    _check_result(operation, result)


async def _after_another_action(contract: Contract, dr: AsyncDigitalRiver, operation: Any) -> Any:
    for other in CALLS.actions(operation):
        try:
            return await _call(contract, operation.operation_id, run(dr, CALLS.plan(operation, before=[other])))
        except ConflictError:
            continue
    pytest.fail(f"{operation.operation_id} conflicts after each other action too: {contract.exchanges}")


@pytest.mark.parametrize(
    ("operation_id", "example"), MOCK_CASES, ids=[f"{op}-{name}" if name else op for op, name in MOCK_CASES]
)
async def test_through_prism_mock_with_each_documented_answer(
    through_mock: tuple[Contract, AsyncDigitalRiver], operation_id: str, example: str | None
) -> None:
    contract, dr = through_mock
    operation = OPERATIONS[operation_id]
    options = {} if example is None else {"extra_headers": {"Prefer": f"example={example}"}}
    result = await _call(contract, operation_id, CALLS.mock_request(operation).send(dr, **options))
    contract.assert_clean(operation_id)
    _check_result(operation, result)
    if example is not None:
        value = response_examples(operation_id)[example]
        if operation.item_model is not None:
            assert [item.to_dict() for item in result.data] == value["data"]
            assert result.has_more is value["hasMore"]
        else:
            assert result.to_dict() == value


async def test_every_page_of_every_list_through_prism_proxy(through_proxy: tuple[Contract, AsyncDigitalRiver]) -> None:
    """Cursor pagination sends `startingAfter` and `endingBefore`, which a single page never does."""
    contract, dr = through_proxy
    for operation in CALLS.lists():
        listing = getattr(getattr(dr, operation.resource), operation.name)
        forward = [item.id async for item in listing(limit=2)]
        assert len(forward) == len(set(forward)) >= 5
        backward = [item.id async for item in listing(limit=2, ending_before=forward[-1])]
        assert backward == forward[-2::-1]
    assert {"startingAfter", "endingBefore"} <= {name for e in contract.exchanges for name in httpx.URL(e.path).params}
    contract.assert_clean(CASES["lists"][-1])


@pytest.mark.parametrize("operation_id", CASES["lists"])
async def test_each_list_filtered_to_its_newest_item_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], operation_id: str
) -> None:
    """Every filter that names a field of the list's items, given that field's value: the item is still listed."""
    contract, dr = through_proxy
    operation = OPERATIONS[operation_id]
    newest = (await CALLS.mock_request(operation).send(dr)).data[0].to_dict()
    filters = filters_matching(operation, newest)
    assert filters, f"{operation_id}: no filter names a field of its items"
    filtered = await Request(operation, (), None, {**CALLS.required_query(operation), **filters}).send(dr)
    assert newest["id"] in [item.id for item in filtered.data], filters
    contract.assert_clean(operation_id)


# --- the fake's refusals are answers too: their `Errors` bodies and headers must match the document ---


async def _refused(contract: Contract, error: type[APIStatusError], status: int, operation_id: str, call: Any) -> None:
    with pytest.raises(error) as raised:
        await call
    assert raised.value.status_code == status
    assert raised.value.errors, "the Errors body says why"
    contract.assert_clean(operation_id, status)


@pytest.mark.parametrize("operation_id", CASES["unknown"])
async def test_an_object_never_made_answers_404_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], operation_id: str
) -> None:
    contract, dr = through_proxy
    request = CALLS.unknown_request(OPERATIONS[operation_id])
    await _refused(contract, NotFoundError, 404, operation_id, request.send(dr))


@pytest.mark.parametrize("operation_id", CASES["nothing_to_delete"])
async def test_deleting_what_was_never_attached_answers_404_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], operation_id: str
) -> None:
    contract, dr = through_proxy
    steps = CALLS.plan(OPERATIONS[operation_id], prepare=False)
    await _refused(contract, NotFoundError, 404, operation_id, run(dr, steps))


@pytest.mark.parametrize("operation_id", CASES["cursor"])
async def test_an_unknown_cursor_answers_400_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], operation_id: str
) -> None:
    contract, dr = through_proxy
    request = CALLS.mock_request(OPERATIONS[operation_id])
    request = request._replace(query={**request.query, "starting_after": fresh("cursor")})
    await _refused(contract, BadRequestError, 400, operation_id, request.send(dr))


@pytest.mark.parametrize("operation_id", CASES["id_taken"])
async def test_creating_with_an_id_that_is_taken_answers_409_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], operation_id: str
) -> None:
    contract, dr = through_proxy
    operation = OPERATIONS[operation_id]
    least = CALLS.body(operation, minimal=True)
    taken = await Request(operation, (), least, CALLS.required_query(operation)).send(dr)
    again = Request(operation, (), {**least, "id": taken.id}, CALLS.required_query(operation))
    await _refused(contract, ConflictError, 409, operation_id, again.send(dr))


async def test_a_rate_limited_answer_through_prism_proxy(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    """A 429 carries `Retry-After`, a header the document declares, so Prism checks it too."""
    contract, dr = through_proxy
    operation = CALLS.lists()[0]
    fake.config.rate_limit = 0.01  # one request, then none for 100 s
    try:
        await CALLS.mock_request(operation).send(dr)
        with pytest.raises(RateLimitError) as raised:
            await CALLS.mock_request(operation).send(dr)
    finally:
        fake.config.rate_limit = None
    assert raised.value.retry_after == 100
    contract.assert_clean(operation.operation_id, 429)


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
        contract.assert_clean(operation_at("POST", "/customers"))


async def test_an_answer_the_document_forbids_is_reported_and_fails_the_check(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    contract, dr = through_proxy
    customer = fake.store.create_customer({"id": fresh("cus"), "email": "j@example.com"})
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
        contract.assert_clean(operation_at("GET", "/customers/{id}"))


async def test_an_error_answer_the_document_forbids_is_reported_and_fails_the_check(
    through_proxy: tuple[Contract, AsyncDigitalRiver], fake: FakeDigitalRiver
) -> None:
    """Error answers are checked as closely as successes: the document promises a JSON `Errors` body."""
    contract, dr = through_proxy
    invoice = fake.store.create_invoice({"customerId": "cus_1", "currency": "USD"})
    fake.config.faults.script.append(Fault("html", status=503, method="GET", path="/invoices/{id}"))
    try:
        with pytest.raises(InternalServerError):
            await dr.invoices.retrieve(invoice["id"])
    finally:
        fake.config.faults.script.clear()
    [exchange] = contract.exchanges
    assert ["response"] in [v["location"] for v in exchange.violations]
    with pytest.raises(pytest.fail.Exception, match=r"received media type \S+text/html"):
        contract.assert_clean(operation_at("GET", "/invoices/{id}"))


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
        contract.assert_clean(operation_at("POST", "/invoices"))
