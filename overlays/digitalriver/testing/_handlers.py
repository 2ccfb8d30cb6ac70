"""The 24 operations, one line each: from a routed request to the store and back.

A handler returns the JSON to answer with the operation's documented success status, or None
for a 204; refusals are raised as `APIError` by the store or the list code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from digitalriver_api.runtime import Operation

from ._http import json_object
from ._listing import list_page
from ._store import Collection, Obj, Store


@attrs.frozen
class Call:
    operation: Operation
    params: dict[str, str]
    query: dict[str, str]
    body: bytes

    @property
    def id(self) -> str:
        return self.params["id"]

    def json(self) -> Obj:
        return json_object(self.body)

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
