"""The fake follows the document it ships with: which operations it only mocks, what it answers
for an operation it has no behaviour for, the check of its answers, and what it needs installed.

The only hand-written part a new operation may need is the fake's behaviour (`HANDLERS`); until it
has one, the fake answers the operation's documented example, or 501 with an `Errors` body.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from digitalriver.testing import FakeDigitalRiver, Fault
from digitalriver.testing._handlers import HANDLERS, mocked_operations
from digitalriver_api.operations import OPERATIONS
from digitalriver_api.runtime import Operation

from .document import ROOT, load_document
from .fake_answers import problems, recording

KEY = "sk_test_fake"
GENERATE = ROOT / "overlays" / "generator" / "generate.py"
STRING = {"type": "string"}


def test_which_operations_the_fake_only_mocks() -> None:
    mocked = mocked_operations()
    handled = len(OPERATIONS) - len(mocked)
    print(f"\nthe fake only mocks: {', '.join(mocked) or 'none'} ({handled} of {len(OPERATIONS)} operations handled)")
    assert mocked == sorted(set(OPERATIONS) - set(HANDLERS))  # listed, not refused: a new operation is mocked
    assert set(HANDLERS) <= set(OPERATIONS), "a handler for an operation the document no longer has"


def _error_answers() -> dict[str, Any]:
    return {status: {"$ref": "#/components/responses/Error"} for status in ("400", "401", "404")}


def document_with_new_operations() -> dict[str, Any]:
    """The document plus three operations the fake has no behaviour for."""
    document = copy.deepcopy(load_document())
    customer_id = {"$ref": "#/components/parameters/customerId"}
    summary = {"type": "object", "properties": {"id": {"type": "string"}, "invoices": {"type": "integer"}}}
    document["paths"]["/customers/{id}/summary"] = {
        "get": {
            "tags": ["customers"],
            "operationId": "retrieveCustomerSummary",
            "summary": "Gets a summary of a customer.",
            "parameters": [customer_id, {"name": "verbose", "in": "query", "schema": {"type": "boolean"}}],
            "responses": {
                "200": {
                    "description": "The summary.",
                    "content": {
                        "application/json": {
                            "schema": summary,
                            "examples": {"summary": {"value": {"id": "cus_example", "invoices": 2}}},
                        }
                    },
                },
                **_error_answers(),
            },
        }
    }
    document["paths"]["/customers/{id}/archive"] = {
        "post": {
            "tags": ["customers"],
            "operationId": "archiveCustomer",
            "summary": "Archives a customer.",
            "parameters": [customer_id],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"reason": {"type": "string"}},
                            "required": ["reason"],
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "The archived customer.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}},
                },
                **_error_answers(),
            },
        }
    }
    document["paths"]["/customers/{id}/notes/{noteId}"] = {
        "delete": {
            "tags": ["customers"],
            "operationId": "deleteCustomerNote",
            "summary": "Deletes a note of a customer.",
            "parameters": [
                customer_id,
                {"name": "noteId", "in": "path", "required": True, "schema": {"type": "string"}},
            ],
            "responses": {"204": {"description": "Deleted."}, **_error_answers()},
        }
    }
    return document


CHECK = """
import asyncio, json
import digitalriver_api
from digitalriver import AsyncDigitalRiver
from digitalriver.testing import FakeDigitalRiver
from digitalriver.testing._handlers import mocked_operations

async def main():
    fake = FakeDigitalRiver()
    fake.store.create_customer({"id": "c1"})
    out = {"package": digitalriver_api.__file__, "mocked": mocked_operations()}
    async with fake.http_client(headers={"Authorization": "Bearer sk_test_x"}) as http:
        for name, method, url, body in [
            ("summary", "GET", "/customers/c1/summary", None),
            ("summary-bad-query", "GET", "/customers/c1/summary?verbose=maybe", None),
            ("archive-bad-body", "POST", "/customers/c1/archive", {"reason": 5}),
            ("archive", "POST", "/customers/c1/archive", {"reason": "moved"}),
            ("delete-note", "DELETE", "/customers/c1/notes/n1", None),
            ("create", "POST", "/customers", {"email": "x@example.com"}),
        ]:
            answer = await http.request(method, url, json=body)
            out[name] = [answer.status_code, answer.json() if answer.content else None]
        dr = AsyncDigitalRiver(api_key="sk_test_x", http_client=http, max_retries=0, rate_limit=None)
        out["sdk"] = (await dr.customers.retrieve_summary("c1")).to_dict()
    out["creates"] = dict(fake.counters.creates)
    print(json.dumps(out))

asyncio.run(main())
"""


def test_a_new_operation_reaches_the_fake_without_a_line_of_it(tmp_path: Path) -> None:
    """Generate a document with three more operations and run the fake on that package: each is
    routed and checked from the document, and answered with its example, a 204, or a 501."""
    (tmp_path / "document.yaml").write_text(yaml.safe_dump(document_with_new_operations()), encoding="utf-8")
    package = tmp_path / "out" / "digitalriver_api"
    generated = subprocess.run(
        [sys.executable, str(GENERATE), "--document", str(tmp_path / "document.yaml"), str(package)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    environment = {**os.environ, "PYTHONPATH": str(package.parent)}
    ran = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60, env=environment, cwd=tmp_path
    )
    assert ran.returncode == 0, ran.stderr
    out = json.loads(ran.stdout)
    assert Path(out["package"]).is_relative_to(package)
    new = sorted(set(out["mocked"]) - set(mocked_operations()))  # beside any the document already only mocks
    assert new == ["archiveCustomer", "deleteCustomerNote", "retrieveCustomerSummary"]
    assert out["summary"] == [200, {"id": "cus_example", "invoices": 2}]
    assert out["sdk"] == {"id": "cus_example", "invoices": 2}
    status, body = out["summary-bad-query"]
    assert (status, body["errors"][0]["parameter"]) == (400, "verbose")
    status, body = out["archive-bad-body"]
    assert (status, body["type"], body["errors"][0]["parameter"]) == (400, "bad_request", "reason")
    status, body = out["archive"]
    assert (status, body["type"], body["errors"][0]["code"]) == (501, "not_implemented", "not_implemented")
    assert "archiveCustomer" in body["errors"][0]["message"]
    assert out["delete-note"] == [204, None]
    assert out["create"][0] == 201 and out["creates"] == {"customers": 1}  # a mocked answer creates nothing


async def test_an_operation_the_document_lacks_answers_501(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table row with no operation in the document (or no behaviour and no example) is a clear 501."""
    row = Operation(
        "pingCustomer", "POST", "/customers/{id}/ping", "customers", "ping", False, 200, ("id",), {}, False, False,
        None, None, "application/json", None, "",
    )  # fmt: skip
    before = mocked_operations()
    monkeypatch.setitem(OPERATIONS, "pingCustomer", row)
    assert sorted(set(mocked_operations()) - set(before)) == ["pingCustomer"]
    fake = FakeDigitalRiver()
    async with fake.http_client(headers={"Authorization": f"Bearer {KEY}"}) as http:
        answer = await http.post("/customers/c1/ping")
    assert answer.status_code == 501
    assert answer.json()["type"] == "not_implemented" and "pingCustomer" in answer.json()["errors"][0]["message"]


async def test_the_answer_check_finds_what_breaks_the_document() -> None:
    """The check every fake suite runs must see a wrong type, a non-date, an undocumented status
    and a missing header, and leave an injected fault's answer alone."""
    fake = FakeDigitalRiver()
    planted = fake.store.create_customer({"id": "c1", "type": "reseller"})
    planted["createdTime"] = "yesterday"
    planted["enabled"] = "yes"
    with recording() as exchanges:
        async with fake.http_client(headers={"Authorization": f"Bearer {KEY}"}) as http:
            await http.get("/customers/c1")
            await http.get("/customers?limit=1")
            fake.config.faults.script.append(Fault("html", status=502))
            await http.get("/customers/c1")  # a fault's page: left out
            fake.config.rate_limit = 1
            await http.get("/customers/c1")
            await http.get("/customers/c1")  # a 429, with its Retry-After
    assert len(exchanges) == 4
    found = problems(exchanges)
    text = "\n".join(found)
    for field in ("type", "createdTime", "enabled"):
        assert f"GET /customers/c1 200: {field}" in text, text
    assert "GET /customers?limit=1 200: data/0/type" in text
    assert not any(" 429" in line for line in found)
    bad = [exchanges[0]._replace(status=418), exchanges[0]._replace(headers={"content-type": "text/html"})]
    bad.append(exchanges[-1]._replace(headers={"content-type": "application/json"}))
    bad.append(exchanges[0]._replace(body=b'{"id": "c1", "enabled": NaN}'))
    found = problems(bad)
    assert ["status not documented" in found[0], "content type 'text/html'" in found[1]] == [True, True]
    assert "no Retry-After header" in found[2] and "not JSON" in found[3]


def test_without_jsonschema_the_fake_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['jsonschema'] = None\n"
        "import digitalriver  # the SDK itself does not need it\n"
        "try:\n    import digitalriver.testing\nexcept ImportError as error:\n    print(error)\n"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert "pip install 'digitalriver[testing]'" in ran.stdout
