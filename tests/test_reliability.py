"""Reliability: the SDK against the fake API while it fails, and against bad input and bad answers.

Each test reads what reached the fake (`fake.counters`) and what the client would have slept
(the `sleeps` fixture records retry waits instead of sleeping them), so none can pass without
the failures it is about having happened, and all of them together take a few seconds.

Covered elsewhere, and not repeated here: the retry table operation by operation
(test_retries), the error of every status and body shape (test_errors), a single fault before
or after a create with retries on (test_fake's
`test_a_fault_before_processing_stores_nothing_and_after_stores_once`), and bad filters and ids
against a mock transport (test_pagination, test_client).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx
import pytest

from digitalriver import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncDigitalRiver,
    ConflictError,
    DigitalRiverError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from digitalriver.models import Customer, CustomerRequest, CustomerType, InvoiceState
from digitalriver.testing import BASE_URL, FakeDigitalRiver, Fault, FaultPlan, Store

KEY = "sk_test_reliability"
RETRY_AFTER = 7  # seconds; no backoff draw is ever exactly this, so a wait of 7.0 is a Retry-After

# Every way the fake fails a request, before and after processing it. A 429 only ever comes
# before: the API refuses it ahead of its back end, and that is what makes repeating it safe.
FAULTS = (
    Fault("error", status=500),
    Fault("error", status=502, when="after"),
    Fault("error", status=503),
    Fault("error", status=504, when="after"),
    Fault("error", status=429, retry_after=RETRY_AFTER),
    Fault("html", status=502),
    Fault("html", status=503, when="after"),
    Fault("drop"),
    Fault("drop", when="after"),
    Fault("truncate", when="after"),
    Fault("latency", delay=0.001),
    Fault("latency", when="after", delay=0.001),
)
FAULT_RATE = 0.1
SEED = 7  # a plan under which the walk and the creates below meet every kind of fault


@attrs.define
class LoggedPlan(FaultPlan):
    """A `FaultPlan` that remembers what it picked for each request in turn.

    The counters say how many faults of each kind struck, not which request got which. Requests
    reach the in-process fake one at a time, so the picks line up with the client's attempts, and
    that is what tells which attempts the store acted on.
    """

    picked: list[Fault | None] = attrs.field(factory=list, init=False)

    def pick(self, method: str, template: str, path: str) -> Fault | None:
        fault = super().pick(method, template, path)
        self.picked.append(fault)
        return fault


def client(http: httpx.AsyncClient, unthrottled: dict[str, Any], **options: Any) -> AsyncDigitalRiver:
    return AsyncDigitalRiver(api_key=KEY, http_client=http, **unthrottled, **options)


# --- 1. iterating a long list while the API fails ------------------------------------------------

CUSTOMERS = 10_000
PAGE = 100


async def walk(dr: AsyncDigitalRiver, errors: list[DigitalRiverError]) -> list[str]:
    """Every customer id, as a caller would get them: after an error, go on after the last id received."""
    seen: list[str] = []
    while len(errors) < 1000:
        cursor = {"starting_after": seen[-1]} if seen else {}
        try:
            async for customer in dr.customers.list(limit=PAGE, **cursor):
                seen.append(customer.id)
        except DigitalRiverError as error:
            errors.append(error)
            continue
        return seen
    raise AssertionError(f"the walk never finished: {errors[-3:]}")


@pytest.mark.parametrize("max_retries", [6, 0], ids=["retries-enough", "no-retries"])
async def test_every_customer_exactly_once_in_order_through_faults(
    sleeps: list[float], unthrottled: dict[str, Any], max_retries: int
) -> None:
    """With enough retries the caller sees only what is not retried; with none, every failure as its
    documented error. Either way, going on after the last item received loses and repeats nothing."""
    fake = FakeDigitalRiver(faults=FaultPlan(probability=FAULT_RATE, kinds=FAULTS, seed=SEED))
    newest_first = [customer["id"] for customer in reversed(fake.seed(customers=CUSTOMERS)["customers"])]
    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    errors: list[DigitalRiverError] = []
    async with fake.http_client(event_hooks={"response": [record]}) as http:
        seen = await walk(client(http, unthrottled, max_retries=max_retries), errors)

    assert len(seen) == CUSTOMERS
    assert seen == newest_first

    # The faults struck, in every way a list can notice.
    faults = fake.counters.faults
    dropped, truncated = faults["drop"], faults["truncate"]
    assert sum(faults.values()) >= 10 and dropped and truncated and faults["latency"] and faults["html"]
    assert 429 in statuses and {500, 502, 503, 504} & set(statuses)

    # Every request but a dropped one was answered; every page was answered well exactly once;
    # every failed attempt was either retried after a wait or raised to the caller.
    failed = sum(status != 200 for status in statuses) + dropped + truncated
    assert fake.counters.requests == len(statuses) + dropped
    assert fake.counters.requests == CUSTOMERS // PAGE + failed
    assert failed == len(sleeps) + len(errors)

    raised = Counter(type(error) for error in errors)
    if max_retries:
        # A cut 200 is not retried (a success whose body is not JSON: `APIResponseValidationError`),
        # so only those reach the caller, who goes on after the last item received.
        assert raised == {APIResponseValidationError: truncated}
        assert sleeps.count(RETRY_AFTER) == statuses.count(429)  # each 429 waited out its Retry-After
    else:
        assert sleeps == []
        assert raised == {
            InternalServerError: sum(status >= 500 for status in statuses),
            RateLimitError: statuses.count(429),
            APIConnectionError: dropped,
            APIResponseValidationError: truncated,
        }
        assert {error.retry_after for error in errors if isinstance(error, RateLimitError)} == {RETRY_AFTER}


# --- 2. creating while the API fails ------------------------------------------------------------


@attrs.frozen
class Attempt:
    email: str
    fault: Fault | None
    status: int | None  # None: the connection was dropped before an answer

    @property
    def processed(self) -> bool:
        """Whether the fake's store acted on it: no fault, only latency, or a fault after processing."""
        return self.fault is None or self.fault.kind == "latency" or self.fault.when == "after"


def documented_error(last: Attempt) -> type[DigitalRiverError] | None:
    """The error the README promises for a call whose last attempt went like `last`."""
    if last.status is None:
        return APIConnectionError
    if last.status == 429:
        return RateLimitError
    if last.status >= 500:
        return InternalServerError
    if last.fault is not None and last.fault.kind == "truncate":
        return APIResponseValidationError
    return None


async def test_creates_through_faults_are_never_repeated_once_they_may_have_arrived(
    sleeps: list[float], unthrottled: dict[str, Any]
) -> None:
    plan = LoggedPlan(probability=FAULT_RATE, kinds=FAULTS, seed=SEED)
    fake = FakeDigitalRiver(faults=plan)
    sent: list[str] = []  # the email of each attempt, in order
    answered: dict[int, int] = {}  # attempt index -> status

    async def on_request(request: httpx.Request) -> None:
        sent.append(json.loads(request.content)["email"])

    async def on_response(response: httpx.Response) -> None:
        answered[len(sent) - 1] = response.status_code

    outcomes: dict[str, Customer | DigitalRiverError] = {}
    hooks = {"request": [on_request], "response": [on_response]}
    async with fake.http_client(event_hooks=hooks) as http:
        dr = client(http, unthrottled)  # the default max_retries
        for n in range(300):
            email = f"buyer{n}@example.com"
            try:
                outcomes[email] = await dr.customers.create({"email": email})
            except DigitalRiverError as error:
                outcomes[email] = error

    attempts = [
        Attempt(email, fault, answered.get(index))
        for index, (email, fault) in enumerate(zip(sent, plan.picked, strict=True))
    ]
    calls: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        calls.setdefault(attempt.email, []).append(attempt)
    assert list(calls) == list(outcomes)

    # A create was sent again only after a 429, which the API answers before it processes anything.
    for email, tries in calls.items():
        assert all(attempt.status == 429 for attempt in tries[:-1]), (email, tries)
    assert len(attempts) == fake.counters.routes[("POST", "/customers")] == len(outcomes) + len(sleeps)
    assert sleeps and set(sleeps) == {RETRY_AFTER}

    # So none was processed twice: the store holds each call that reached it once, and no other.
    processed = Counter(attempt.email for attempt in attempts if attempt.processed)
    assert set(processed.values()) == {1}
    stored = [customer["email"] for customer in fake.store.customers.objects.values()]
    assert len(stored) == len(set(stored)) and set(stored) == set(processed)
    succeeded = [email for email, outcome in outcomes.items() if isinstance(outcome, Customer)]
    failed = [email for email, outcome in outcomes.items() if not isinstance(outcome, Customer)]
    failed_but_stored = [email for email in failed if email in processed]
    assert fake.counters.creates["customers"] == len(stored) == len(succeeded) + len(failed_but_stored)
    assert 0 < len(failed_but_stored) < len(failed)  # failures before and after processing both happened

    # Each failure is the documented error of the way its last attempt failed.
    for email, outcome in outcomes.items():
        last = calls[email][-1]
        expected = documented_error(last)
        if expected is None:
            assert isinstance(outcome, Customer) and outcome.email == email, (last, outcome)
            continue
        assert type(outcome) is expected, (last, outcome)
        if isinstance(outcome, InternalServerError):
            assert outcome.status_code == last.status
        if isinstance(outcome, APIResponseValidationError):
            assert outcome.status_code == 201
        if type(outcome) is APIConnectionError:
            assert isinstance(outcome.__cause__, httpx.RemoteProtocolError)
    raised = Counter(type(outcome) for outcome in outcomes.values() if not isinstance(outcome, Customer))
    assert raised.keys() == {InternalServerError, APIConnectionError, APIResponseValidationError}


@pytest.mark.parametrize(
    ("fault", "duplicate"),
    [
        (Fault("error", status=503), False),
        (Fault("drop"), False),
        (Fault("error", status=503, when="after"), True),
        (Fault("html", status=502, when="after"), True),
        (Fault("drop", when="after"), True),
    ],
    ids=["503-before", "drop-before", "503-after", "html-502-after", "drop-after"],
)
async def test_a_create_safe_to_retry_with_its_own_id_is_repeated_and_a_duplicate_answers_409(
    sleeps: list[float], unthrottled: dict[str, Any], fault: Fault, duplicate: bool
) -> None:
    """The same faults without `safe_to_retry` are sent once: see test_fake's fault test."""
    fake = FakeDigitalRiver(faults=FaultPlan(script=[fault]))
    body = CustomerRequest(id="cus_order-7", email="order7@example.com")
    async with fake.http_client() as http:
        dr = client(http, unthrottled)
        if duplicate:
            with pytest.raises(ConflictError) as conflict:
                await dr.customers.create(body, safe_to_retry=True)
            assert (conflict.value.status_code, conflict.value.code) == (409, "already_exists")
            assert conflict.value.errors[0].parameter == "id"
        else:
            created = await dr.customers.create(body, safe_to_retry=True)
            assert created.id == "cus_order-7"
        assert (await dr.customers.retrieve("cus_order-7")).email == "order7@example.com"
    assert fake.counters.routes[("POST", "/customers")] == 2 and len(sleeps) == 1
    assert fake.counters.creates["customers"] == 1 and list(fake.store.customers.objects) == ["cus_order-7"]
    assert fake.counters.faults[fault.kind] == 1


async def test_timeouts_over_loopback(sleeps: list[float], unthrottled: dict[str, Any]) -> None:
    """In-process transports ignore timeouts, so `APITimeoutError` needs a real socket.

    A create that timed out may have been processed, so it is not sent again; a read is, and so
    is a create the caller made safe to repeat, whose second attempt then meets the first.
    """
    fake = FakeDigitalRiver()
    timeout, late = 0.2, 0.35  # seconds: the fake answers after the client has given up
    with fake.serve_in_thread() as base_url:
        async with httpx.AsyncClient(trust_env=False) as http:
            dr = AsyncDigitalRiver(api_key=KEY, base_url=base_url, http_client=http, **unthrottled)
            fake.config.faults.script.append(Fault("latency", when="after", delay=late))
            with pytest.raises(APITimeoutError) as timed_out:
                await dr.customers.create({"email": "slow@example.com"}, timeout=timeout)
            assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)
            assert fake.counters.routes[("POST", "/customers")] == 1 and sleeps == []
            (customer,) = fake.store.customers.objects.values()  # it was processed all the same
            assert customer["email"] == "slow@example.com"

            fake.config.faults.script.append(Fault("latency", delay=late))
            assert (await dr.customers.retrieve(customer["id"], timeout=timeout)).email == "slow@example.com"
            assert fake.counters.routes[("GET", "/customers/{id}")] == 2 and len(sleeps) == 1

            fake.config.faults.script.append(Fault("latency", when="after", delay=late))
            with pytest.raises(ConflictError):
                await dr.customers.create({"id": "cus_slow"}, safe_to_retry=True, timeout=timeout)
            assert fake.counters.routes[("POST", "/customers")] == 3 and len(sleeps) == 2
    assert fake.counters.creates["customers"] == 2


# --- 3. bad input, bad answers ------------------------------------------------------------------

Call = Callable[[AsyncDigitalRiver], Awaitable[Any]]
Check = Callable[[Any, FakeDigitalRiver], bool]


@attrs.frozen(kw_only=True)
class Row:
    """One bad input or bad answer: what the caller does, what comes back, and what reached the fake.

    `faults` are scripted into the fake; `answer` is (status, content type, body) from a proxy in
    front of the fake that lets it process the request and then answers that instead. `slept` is
    the number of retry waits, or the exact waits when they are `Retry-After`s.
    """

    id: str
    call: Call
    raises: type[Exception] | None = None
    match: str = ""
    sent: int
    slept: int | tuple[float, ...] = 0
    faults: tuple[Fault, ...] = ()
    answer: tuple[int, str, bytes] | None = None
    setup: Callable[[Store], object] | None = None
    check: Check | None = None


def answering(app: Any, status: int, content_type: str, body: bytes) -> Any:
    """The fake behind a proxy that mangles its answers: the request is processed, the answer replaced."""

    async def proxy(scope: Any, receive: Any, send: Any) -> None:
        async def replace(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
                await send({**message, "status": status, "headers": headers})
            else:
                await send({"type": "http.response.body", "body": body, "more_body": False})

        await app(scope, receive, replace)

    return proxy


async def create_and_retrieve(dr: AsyncDigitalRiver, customer_id: str) -> Customer:
    await dr.customers.create({"id": customer_id, "email": "odd@example.com"})
    return await dr.customers.retrieve(customer_id)


def found_by_id(customer_id: str) -> Check:
    """It came back, from the object stored under that id, through the one-segment route."""

    def check(customer: Customer, fake: FakeDigitalRiver) -> bool:
        routes = {("POST", "/customers"): 1, ("GET", "/customers/{id}"): 1}
        return (
            customer.id == customer_id
            and customer_id in fake.store.customers.objects
            and fake.counters.routes == routes
        )

    return check


def refused(id: str, call: Call, raises: type[Exception], match: str) -> Row:
    """Bad input: the error, and nothing sent."""
    return Row(id=id, call=call, raises=raises, match=match, sent=0)


def invoice_in_a_new_state(store: Store) -> None:
    store.create_invoice({})["state"] = "in_review"


def created(count: int) -> Check:
    return lambda _, fake: fake.counters.creates["customers"] == len(fake.store.customers.objects) - 1 == count


HTML_502 = Fault("html", status=502)
ODD_IDS = ["a/b", "?q=1&r=2", "#frag", "100%", "%2F-looks-encoded", "ü-客户-ß", "a/../b?c#d %é", " spaced +plus "]

ROWS = [
    # Bad input: refused before anything is sent. (More variants against a mock transport:
    # test_pagination's bad filters, test_client's bad ids and bodies.)
    refused("limit-0", lambda dr: dr.invoices.list(limit=0), ValueError, "between 1 and 100"),
    refused("limit-101", lambda dr: dr.checkouts.list(limit=101), ValueError, "between 1 and 100"),
    refused("limit-x", lambda dr: dr.customers.list(limit="x"), TypeError, "limit must be an int"),
    refused("id-empty", lambda dr: dr.checkouts.retrieve(""), ValueError, "id must not be empty"),
    refused("id-none", lambda dr: dr.customers.update(None, {}), TypeError, "id must be a str, not NoneType"),
    refused("id-empty-delete", lambda dr: dr.invoices.delete(""), ValueError, "id must not be empty"),
    refused("source-id-none", lambda dr: dr.checkouts.detach_source("co_1", None), TypeError, "sourceId must be a str"),
    refused("tax-id-empty", lambda dr: dr.customers.attach_tax_identifier("cus_1", ""), ValueError,
            "taxId must not be empty"),
    refused("body-list", lambda dr: dr.customers.update("cus_1", ["email"]), TypeError,
            "body must be a UpdateCustomerRequest or a mapping"),
    refused("body-str", lambda dr: dr.checkouts.create('{"currency": "USD"}'), TypeError,
            "body must be a CheckoutRequest or a mapping"),
    refused("body-none", lambda dr: dr.invoices.create(None), TypeError, "createInvoice needs a body"),
    refused("body-other-model", lambda dr: dr.invoices.create(CustomerRequest(email="x@example.com")), TypeError,
            "body must be a InvoiceRequest"),
    refused("body-not-json", lambda dr: dr.customers.create({"metadata": {"tags": {"a", "b"}}}), TypeError, "not JSON"),
    # Bad answers: the documented error, after the documented number of attempts.
    Row(id="non-json-200", call=lambda dr: dr.customers.retrieve("cus_1"), answer=(200, "text/plain", b"OK"),
        raises=APIResponseValidationError, match="not JSON", sent=1),
    Row(id="html-200-on-a-list", call=lambda dr: dr.customers.list(),
        answer=(200, "text/html", b"<html><body>Sign in to the Wi-Fi</body></html>"),
        raises=APIResponseValidationError, match="not JSON", sent=1),
    Row(id="json-array-200", call=lambda dr: dr.customers.list(), answer=(200, "application/json", b"[]"),
        raises=APIResponseValidationError, match="got JSON list", sent=1),
    Row(id="empty-200", call=lambda dr: dr.customers.retrieve("cus_1"), answer=(200, "application/json", b""),
        raises=APIResponseValidationError, match="empty body", sent=1),
    Row(id="empty-201-create-not-repeated", call=lambda dr: dr.customers.create({"email": "e@example.com"}),
        answer=(201, "application/json", b""), raises=APIResponseValidationError, match="empty body", sent=1,
        check=created(1)),
    Row(id="truncated-200", call=lambda dr: dr.customers.retrieve("cus_1"), faults=(Fault("truncate", when="after"),),
        raises=APIResponseValidationError, match="not JSON", sent=1),
    Row(id="truncated-201-create-not-repeated", call=lambda dr: dr.customers.create({}),
        faults=(Fault("truncate", when="after"),), raises=APIResponseValidationError, sent=1, check=created(1)),
    Row(id="html-502-until-retries-run-out", call=lambda dr: dr.customers.retrieve("cus_1"), faults=(HTML_502,) * 3,
        raises=InternalServerError, match="^502 Bad Gateway on GET /customers/cus_1: <html><body><h1>502", sent=3,
        slept=2, check=lambda error, _: error.status_code == 502 and error.type is None and error.errors == []),
    Row(id="html-502-on-create", call=lambda dr: dr.customers.create({}), faults=(HTML_502,),
        raises=InternalServerError, match="<html>", sent=1, check=created(0)),
    Row(id="html-503-then-answer", call=lambda dr: dr.customers.retrieve("cus_1"), faults=(Fault("html", status=503),),
        sent=2, slept=1, check=lambda customer, _: customer.email == "one@example.com"),
    Row(id="error-500-until-retries-run-out", call=lambda dr: dr.customers.update("cus_1", {"locale": "de_DE"}),
        faults=(Fault("error", status=500),) * 3, raises=InternalServerError, match="internal_server_error", sent=3,
        slept=2, check=lambda error, _: error.code == "internal_server_error" and "Injected" in str(error)),
    Row(id="huge-retry-after", call=lambda dr: dr.customers.retrieve("cus_1"),
        faults=(Fault("error", status=429, retry_after=86_400),), raises=RateLimitError, match="retry after 86400s",
        sent=1, slept=(), check=lambda error, _: error.retry_after == 86_400.0),
    Row(id="retry-after-just-over-max-retry-wait", call=lambda dr: dr.customers.create({}),
        faults=(Fault("error", status=429, retry_after=61),), raises=RateLimitError, sent=1, slept=(),
        check=lambda error, fake: error.retry_after == 61.0 and created(0)(error, fake)),
    Row(id="retry-after-at-max-retry-wait", call=lambda dr: dr.customers.retrieve("cus_1"),
        faults=(Fault("error", status=429, retry_after=60),), sent=2, slept=(60.0,)),
    Row(id="429-on-create-until-retries-run-out", call=lambda dr: dr.customers.create({}),
        faults=(Fault("error", status=429, retry_after=2),) * 3, raises=RateLimitError, sent=3, slept=(2.0, 2.0),
        check=lambda error, fake: error.retry_after == 2.0 and created(0)(error, fake)),
    Row(id="dropped-until-retries-run-out", call=lambda dr: dr.customers.retrieve("cus_1"), faults=(Fault("drop"),) * 3,
        raises=APIConnectionError, match="^GET https://api.digitalriver.com/customers/cus_1 failed after 3 attempts: "
        "the server closed the connection without a complete answer .ConnectionDropped", sent=3, slept=2,
        check=lambda error, _: isinstance(error.__cause__, httpx.RemoteProtocolError)),
    Row(id="dropped-after-create-not-repeated", call=lambda dr: dr.customers.create({}),
        faults=(Fault("drop", when="after"),), raises=APIConnectionError, sent=1, check=created(1)),
    # Values the document does not know are kept, and given back.
    Row(id="unknown-enum-value", call=lambda dr: dr.customers.retrieve("cus_new"), sent=1,
        setup=lambda store: store.create_customer({"id": "cus_new", "type": "reseller"}),
        check=lambda customer, _: isinstance(customer.type_, CustomerType) and customer.type_.value == "reseller"
        and customer.to_dict()["type"] == "reseller"),
    Row(id="unknown-enum-value-in-a-list", call=lambda dr: dr.invoices.list(), sent=1, setup=invoice_in_a_new_state,
        check=lambda page, _: isinstance(page.data[0].state, InvoiceState) and page.data[0].state.value == "in_review"
        and page.data[0].to_dict()["state"] == "in_review"),
    Row(id="unknown-field", call=lambda dr: dr.customers.retrieve("cus_tier"), sent=1,
        setup=lambda store: store.create_customer({"id": "cus_tier", "loyaltyTier": {"level": 3}}),
        check=lambda customer, _: customer["loyaltyTier"] == {"level": 3}
        and customer.to_dict()["loyaltyTier"] == {"level": 3}),
    Row(id="unknown-nested-field", call=lambda dr: dr.customers.retrieve("cus_geo"), sent=1,
        setup=lambda store: store.create_customer({"id": "cus_geo", "shipping": {"address": {"geo": [44.9, -93.4]}}}),
        check=lambda customer, _: customer.to_dict()["shipping"] == {"address": {"geo": [44.9, -93.4]}}),
    Row(id="unknown-field-sent-and-read-back", call=lambda dr: dr.customers.create({"loyaltyTier": {"level": 1}}),
        sent=1, check=lambda customer, fake: customer["loyaltyTier"] == {"level": 1}
        and fake.store.customers.objects[customer.id]["loyaltyTier"] == {"level": 1}),
    # Ids holding `/ ? # %`, spaces or non-ASCII: one path segment each, found by the fake.
    *[Row(id=f"id-{n}", call=lambda dr, odd=odd: create_and_retrieve(dr, odd), sent=2, check=found_by_id(odd))
      for n, odd in enumerate(ODD_IDS)],
    Row(id="odd-source-id", call=lambda dr: dr.customers.attach_source("cus_1", "src/../1?#%ü"), sent=1,
        check=lambda source, fake: source.id == "src/../1?#%ü"
        and fake.counters.routes == {("POST", "/customers/{id}/sources/{sourceId}"): 1}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
async def test_bad_input_and_bad_answers(row: Row, sleeps: list[float], unthrottled: dict[str, Any]) -> None:
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "cus_1", "email": "one@example.com"})
    if row.setup is not None:
        row.setup(fake.store)
    fake.config.faults.script += row.faults
    app = fake.app if row.answer is None else answering(fake.app, *row.answer)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as http:
        dr = client(http, unthrottled)
        try:
            outcome = await row.call(dr)
        except Exception as error:
            outcome = error

    if row.raises is None:
        assert not isinstance(outcome, Exception), repr(outcome)
    else:
        assert type(outcome) is row.raises, repr(outcome)
        assert re.search(row.match, str(outcome)), str(outcome)
    assert fake.counters.requests == row.sent
    assert (len(sleeps) if isinstance(row.slept, int) else tuple(sleeps)) == row.slept
    assert fake.config.faults.script == [], "a scripted fault never struck"
    assert row.check is None or row.check(outcome, fake)


# --- dot segments, and a Retry-After too long to sleep through -----------------------------------


@pytest.mark.parametrize("dots", [".", ".."])
@pytest.mark.parametrize("method", ["retrieve", "update", "delete"])
async def test_an_id_of_dots_stays_one_path_segment(sleeps: list[float], dots: str, method: str) -> None:
    """URL normalisation removes `.` and `..` segments: sent as they are, `update(".")` is POST /customers."""
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": dots, "email": "dots@example.com"})
    args: tuple[Any, ...] = (dots, {"locale": "de_DE"}) if method == "update" else (dots,)
    async with fake.http_client() as http:
        dr = AsyncDigitalRiver(api_key=KEY, http_client=http, max_retries=0, rate_limit=None)
        try:
            await getattr(dr.customers, method)(*args)
        except ValueError:  # refused before sending is a fix too
            assert fake.counters.requests == 0
        else:
            template = {"retrieve": "GET", "update": "POST", "delete": "DELETE"}[method]
            assert fake.counters.routes == {(template, "/customers/{id}"): 1}
    assert fake.counters.creates == {}


@pytest.mark.parametrize("dots", [".", ".."])
async def test_a_source_id_of_dots_stays_one_path_segment(sleeps: list[float], dots: str) -> None:
    """Sent as it is, `detach_source("cus_1", "..")` is DELETE /customers/cus_1: it deletes the customer."""
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "cus_1"})
    async with fake.http_client() as http:
        dr = AsyncDigitalRiver(api_key=KEY, http_client=http, max_retries=0, rate_limit=None)
        try:
            await dr.customers.detach_source("cus_1", dots)
        except ValueError:
            assert fake.counters.requests == 0
        except NotFoundError:  # no such source on that customer
            assert fake.counters.routes == {("DELETE", "/customers/{id}/sources/{sourceId}"): 1}
        else:
            raise AssertionError(f"detach_source answered as if it had detached {dots!r}")
    assert "cus_1" in fake.store.customers.objects


async def test_a_retry_after_beyond_max_retry_wait_does_not_hold_the_next_call(sleeps: list[float]) -> None:
    """The error said "retry after 86400 s" at once; the next call must not then wait a day for its slot."""
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "cus_1"})
    fake.config.faults.script.append(Fault("error", status=429, retry_after=86_400))
    async with fake.http_client() as http:
        dr = AsyncDigitalRiver(api_key=KEY, http_client=http)  # the default client-side rate limit
        with pytest.raises(RateLimitError):
            await dr.customers.retrieve("cus_1")
        try:
            await dr.customers.retrieve("cus_1")
        except RateLimitError as error:  # refused at once, with the wait on the error, is a fix too
            assert error.retry_after is not None and error.retry_after > 60
    assert sleeps == []
    assert dr.stats.throttled_seconds <= 60  # the `sleeps` fixture skips the limiter's waits, this counts them
