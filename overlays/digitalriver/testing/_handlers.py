"""The fake's behaviour, one line per operation: from a routed, checked request to the store and back.

A handler returns the JSON to answer with the operation's documented success status, or None
for an answer without a body; refusals are raised as `APIError` by the store or the list code.

Routing and request checks come from the generated table and the document, so a new operation
of the document reaches the fake without a line here. Until it has a handler, the fake only
mocks it (`mocked_operations()`): it answers the document's example of its success, or, when
the document has none, 501 with an `Errors` body naming the operation.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import attrs

from digitalriver_api.operations import OPERATIONS
from digitalriver_api.runtime import Operation

from ._document import MISSING, success_example, success_response
from ._http import APIError
from ._listing import list_page
from ._store import Collection, Obj, Store


@attrs.frozen
class Call:
    """A request as the handlers see it, already checked against the document.

    `query` holds the operation's declared parameters as sent: a scalar as its text, an array as
    its list of items, a range as `{"gte": text, ...}`. `body` is the decoded JSON body, without
    the fields the API sets itself, or None when the request had none.
    """

    operation: Operation
    params: dict[str, str]
    query: dict[str, Any]
    body: Any = None

    @property
    def id(self) -> str:
        return self.params["id"]

    def json(self) -> Obj:
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise APIError(400, "invalid_request", "The request body must be a JSON object.")
        return self.body

    def page(self, objects: Collection) -> Obj:
        return list_page(objects, self.operation, self.query)


Handler = Callable[[Store, Call], Any]

HANDLERS: dict[str, Handler] = {
    "listCustomers": lambda store, call: call.page(store.customers),
    "createCustomer": lambda store, call: store.create_customer(call.json()),
    "retrieveCustomer": lambda store, call: store.customers.get(call.id),
    "updateCustomer": lambda store, call: store.update(store.customers, call.id, call.json()),
    "deleteCustomer": lambda store, call: store.customers.delete(call.id),
    "attachCustomerSource": lambda store, call: store.attach_source(store.customers, call.id, call.params["sourceId"]),
    "detachCustomerSource": lambda store, call: store.detach_source(store.customers, call.id, call.params["sourceId"]),
    "attachCustomerTaxIdentifier": lambda store, call: store.attach_tax_identifier(call.id, call.params["taxId"]),
    "listCheckouts": lambda store, call: call.page(store.checkouts),
    "createCheckout": lambda store, call: store.create_checkout(call.json()),
    "retrieveCheckout": lambda store, call: store.checkouts.get(call.id),
    "updateCheckout": lambda store, call: store.update(store.checkouts, call.id, call.json()),
    "deleteCheckout": lambda store, call: store.checkouts.delete(call.id),
    "attachCheckoutSource": lambda store, call: store.attach_source(store.checkouts, call.id, call.params["sourceId"]),
    "detachCheckoutSource": lambda store, call: store.detach_source(store.checkouts, call.id, call.params["sourceId"]),
    "listInvoices": lambda store, call: call.page(store.invoices),
    "createInvoice": lambda store, call: store.create_invoice(call.json()),
    "retrieveInvoice": lambda store, call: store.invoices.get(call.id),
    "updateInvoice": lambda store, call: store.update(store.invoices, call.id, call.json()),
    "deleteInvoice": lambda store, call: store.invoices.delete(call.id),
    "openInvoice": lambda store, call: store.move_invoice(call.id, "draft", "open"),
    "voidInvoice": lambda store, call: store.move_invoice(call.id, "open", "void"),
    "attachInvoiceSource": lambda store, call: store.attach_source(store.invoices, call.id, call.params["sourceId"]),
    "detachInvoiceSource": lambda store, call: store.detach_source(store.invoices, call.id, call.params["sourceId"]),
}


def mocked(store: Store, call: Call) -> Any:
    """The answer to an operation the fake has no behaviour for: the document's example of its success."""
    operation = call.operation
    example = success_example(operation.operation_id, operation.success_status)
    if example is not MISSING:
        return copy.deepcopy(example)
    success = success_response(operation.operation_id, operation.success_status)
    if success and not success.get("content"):
        return None  # a success without a body, such as a 204
    message = (
        f"The fake does not implement {operation.operation_id} ({operation.method} {operation.path}) yet, "
        "and the document has no example of its answer to send instead."
    )
    raise APIError(501, "not_implemented", message)


def handler_for(operation: Operation) -> tuple[Handler, bool]:
    """The operation's handler and True, or `mocked` and False when the fake has none."""
    handler = HANDLERS.get(operation.operation_id)
    return (handler, True) if handler is not None else (mocked, False)


def mocked_operations() -> list[str]:
    """The operations of the generated table that the fake only mocks (no handler yet), by operationId."""
    return sorted(set(OPERATIONS) - set(HANDLERS))
