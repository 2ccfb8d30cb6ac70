"""The fake's lists at ETL sizes: paging walks an index, by cursor and by `createdTime` range, and
answers what filtering the whole collection would; every change moves `updatedTime` on."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from digitalriver.testing import FakeDigitalRiver
from digitalriver.testing._listing import list_page
from digitalriver.testing._store import Obj, time_key
from digitalriver_api.operations import OPERATIONS

LIST = OPERATIONS["listCustomers"]
START = datetime(2024, 1, 1, tzinfo=UTC)


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def expected(objects: list[Obj], query: dict[str, Any]) -> dict[str, Any]:
    """What the API answers, worked out the slow way: filter everything, then page."""
    limit = int(query.get("limit", "10"))
    kept = list(objects)
    for field, key, value in [(f, k, v) for f in ("createdTime", "updatedTime") for k, v in query.get(f, {}).items()]:
        bound = time_key(value)
        assert bound is not None
        tests = {
            "gte": lambda t, b=bound: t >= b,
            "gt": lambda t, b=bound: t > b,
            "lt": lambda t, b=bound: t < b,
            "lte": lambda t, b=bound: t <= b,
            "eq": lambda t, b=bound: t == b,
        }
        kept = [obj for obj in kept if tests[key](time_key(obj[field]))]
    ids = [obj["id"] for obj in objects]
    if "startingAfter" in query:
        cursor = ids.index(query["startingAfter"])
        rest = [obj for obj in kept if ids.index(obj["id"]) > cursor]
        return {"hasMore": len(rest) > limit, "data": rest[:limit]}
    if "endingBefore" in query:
        cursor = ids.index(query["endingBefore"])
        rest = [obj for obj in kept if ids.index(obj["id"]) < cursor]
        return {"hasMore": len(rest) > limit, "data": rest[-limit:]}
    return {"hasMore": len(kept) > limit, "data": kept[:limit]}


def test_pages_by_cursor_and_time_range_answer_what_filtering_everything_would() -> None:
    fake = FakeDigitalRiver()
    made = fake.seed(customers=400)["customers"]
    chance = random.Random(7)
    for n, customer in enumerate(made):  # clustered times: many objects share a millisecond, or a second
        moment = START + timedelta(seconds=n // 3, milliseconds=(n % 3) * 500 * (n % 2))
        customer["createdTime"] = stamp(moment)
        customer["updatedTime"] = stamp(moment + timedelta(seconds=chance.randrange(0, 300)))
    fake.store.customers.reindex()
    for gone in chance.sample(made, 40):
        fake.store.customers.delete(gone["id"])
    everything = fake.store.customers.newest_first()
    ids = [obj["id"] for obj in everything]
    assert ids == [obj["id"] for obj in sorted(everything, key=lambda o: o["createdTime"], reverse=True)]
    for _ in range(300):
        query: dict[str, Any] = {"limit": str(chance.choice([1, 3, 10, 100]))}  # as the app hands it over, checked
        for field in ("createdTime", "updatedTime"):
            for key in chance.sample(["gte", "gt", "lt", "lte", "eq"], chance.randrange(0, 3)):
                moment = START + timedelta(seconds=chance.randrange(-5, 140), milliseconds=chance.choice([0, 500]))
                query.setdefault(field, {})[key] = stamp(moment)
        cursor = chance.choice([None, "startingAfter", "endingBefore"])
        if cursor:
            query[cursor] = chance.choice(ids)
        page = list_page(fake.store.customers, LIST, query)
        assert page == expected(everything, query), query
        assert list_page(everything, LIST, query) == page, query  # a plain list pages the same way


def test_a_page_costs_the_same_at_the_start_and_deep_into_a_large_collection() -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=20_000, spread=timedelta(days=200))
    ids = [obj["id"] for obj in fake.store.customers.newest_first()]
    middle = fake.store.customers.objects[ids[10_000]]["createdTime"]
    pages = [
        {"limit": "100"},
        {"limit": "100", "startingAfter": ids[15]},
        {"limit": "100", "createdTime": {"lt": middle}},
        {"limit": "100", "createdTime": {"gte": middle}, "startingAfter": ids[9_800]},
    ]
    for query in pages:  # the index is walked only as far as the page needs
        page = list_page(fake.store.customers, LIST, query)
        assert len(page["data"]) == 100 and page["hasMore"]
    walked = []
    collection = fake.store.customers
    original = collection.at

    def counting(position: int) -> Obj:
        walked.append(position)
        return original(position)

    collection.at = counting  # type: ignore[method-assign]
    list_page(collection, LIST, {"limit": "100", "startingAfter": ids[9_000]})
    assert len(walked) == 101  # the page and one more, to know whether more follow


def test_the_index_follows_changes_made_behind_its_back() -> None:
    fake = FakeDigitalRiver()
    fake.seed(customers=5)
    fake.store.customers.objects.clear()
    made = fake.store.create_customer({"email": "only@example.com"})
    assert [obj["id"] for obj in fake.store.customers.newest_first()] == [made["id"]]
    assert list_page(fake.store.customers, LIST, {})["data"] == [made]


def test_seeded_objects_can_spread_over_time_oldest_first() -> None:
    fake = FakeDigitalRiver()
    made = fake.seed(customers=10, invoices=10, spread=timedelta(days=10))
    for objects in (made["customers"], made["invoices"]):
        times = [datetime.fromisoformat(obj["createdTime"]) for obj in objects]
        assert times == sorted(times) and times[-1] - times[0] == timedelta(days=9)
        assert all(obj["updatedTime"] == obj["createdTime"] for obj in objects)
    assert fake.store.customers.newest_first() == list(reversed(made["customers"]))


def test_every_change_moves_updated_time_on() -> None:
    fake = FakeDigitalRiver()
    made = fake.seed(customers=1, invoices=1, spread=timedelta(days=1))
    customer, invoice = made["customers"][0], made["invoices"][0]
    store = fake.store
    changes = [
        (customer, lambda: store.update(store.customers, customer["id"], {"email": "b@example.com"})),
        (customer, lambda: store.attach_source(store.customers, customer["id"], "src_1")),
        (customer, lambda: store.detach_source(store.customers, customer["id"], "src_1")),
        (customer, lambda: store.attach_tax_identifier(customer["id"], "tax_1")),
        (customer, lambda: store.update(store.customers, customer["id"], {})),
        (invoice, lambda: store.move_invoice(invoice["id"], "draft", "open")),
        (invoice, lambda: store.update(store.invoices, invoice["id"], {"metadata": {"k": "v"}})),
    ]
    for obj, change in changes:
        before = obj["updatedTime"]
        time.sleep(0.002)  # the fake's clock counts milliseconds
        change()
        assert obj["updatedTime"] > before > obj["createdTime"] or before == obj["createdTime"] < obj["updatedTime"]


def test_the_command_line_serves_with_latency_and_spread_seeds() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "digitalriver.testing", "--port", str(port), "--seed-customers", "30"]
    server = subprocess.Popen(
        [*command, "--seed-days", "3", "--latency", "0.2", "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        headers = {"Authorization": "Bearer sk_test_fake"}
        deadline = time.monotonic() + 30
        while True:
            try:
                started = time.monotonic()
                answer = httpx.get(f"http://127.0.0.1:{port}/customers?limit=100", headers=headers, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the fake did not start"
                time.sleep(0.1)
        assert time.monotonic() - started >= 0.2
        times = [datetime.fromisoformat(c["createdTime"]) for c in answer.json()["data"]]
        assert len(times) == 30 and times[0] - times[-1] > timedelta(days=2)
    finally:
        server.terminate()
        server.wait(10)
