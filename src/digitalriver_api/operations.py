"""Every operation of the document, with what the retry policy needs to know.

`idempotent` is the operation's `x-idempotent`: repeating it after it may have reached
the server is safe.
"""

from __future__ import annotations

from typing import NamedTuple


class Operation(NamedTuple):
    operation_id: str
    method: str
    path: str
    tag: str
    idempotent: bool
    success_status: int


OPERATIONS: dict[str, Operation] = {
    "listCustomers": Operation(
        operation_id="listCustomers",
        method="GET",
        path="/customers",
        tag="customers",
        idempotent=True,
        success_status=200,
    ),
    "createCustomer": Operation(
        operation_id="createCustomer",
        method="POST",
        path="/customers",
        tag="customers",
        idempotent=False,
        success_status=201,
    ),
    "retrieveCustomer": Operation(
        operation_id="retrieveCustomer",
        method="GET",
        path="/customers/{id}",
        tag="customers",
        idempotent=True,
        success_status=200,
    ),
    "updateCustomer": Operation(
        operation_id="updateCustomer",
        method="POST",
        path="/customers/{id}",
        tag="customers",
        idempotent=True,
        success_status=200,
    ),
    "deleteCustomer": Operation(
        operation_id="deleteCustomer",
        method="DELETE",
        path="/customers/{id}",
        tag="customers",
        idempotent=True,
        success_status=204,
    ),
    "attachCustomerSource": Operation(
        operation_id="attachCustomerSource",
        method="POST",
        path="/customers/{id}/sources/{sourceId}",
        tag="customers",
        idempotent=True,
        success_status=200,
    ),
    "detachCustomerSource": Operation(
        operation_id="detachCustomerSource",
        method="DELETE",
        path="/customers/{id}/sources/{sourceId}",
        tag="customers",
        idempotent=True,
        success_status=204,
    ),
    "attachCustomerTaxIdentifier": Operation(
        operation_id="attachCustomerTaxIdentifier",
        method="POST",
        path="/customers/{id}/tax-identifiers/{taxId}",
        tag="customers",
        idempotent=True,
        success_status=200,
    ),
    "listCheckouts": Operation(
        operation_id="listCheckouts",
        method="GET",
        path="/checkouts",
        tag="checkouts",
        idempotent=True,
        success_status=200,
    ),
    "createCheckout": Operation(
        operation_id="createCheckout",
        method="POST",
        path="/checkouts",
        tag="checkouts",
        idempotent=False,
        success_status=201,
    ),
    "retrieveCheckout": Operation(
        operation_id="retrieveCheckout",
        method="GET",
        path="/checkouts/{id}",
        tag="checkouts",
        idempotent=True,
        success_status=200,
    ),
    "updateCheckout": Operation(
        operation_id="updateCheckout",
        method="POST",
        path="/checkouts/{id}",
        tag="checkouts",
        idempotent=True,
        success_status=200,
    ),
    "deleteCheckout": Operation(
        operation_id="deleteCheckout",
        method="DELETE",
        path="/checkouts/{id}",
        tag="checkouts",
        idempotent=True,
        success_status=204,
    ),
    "attachCheckoutSource": Operation(
        operation_id="attachCheckoutSource",
        method="POST",
        path="/checkouts/{id}/sources/{sourceId}",
        tag="checkouts",
        idempotent=True,
        success_status=200,
    ),
    "detachCheckoutSource": Operation(
        operation_id="detachCheckoutSource",
        method="DELETE",
        path="/checkouts/{id}/sources/{sourceId}",
        tag="checkouts",
        idempotent=True,
        success_status=204,
    ),
    "listInvoices": Operation(
        operation_id="listInvoices",
        method="GET",
        path="/invoices",
        tag="invoices",
        idempotent=True,
        success_status=200,
    ),
    "createInvoice": Operation(
        operation_id="createInvoice",
        method="POST",
        path="/invoices",
        tag="invoices",
        idempotent=False,
        success_status=201,
    ),
    "retrieveInvoice": Operation(
        operation_id="retrieveInvoice",
        method="GET",
        path="/invoices/{id}",
        tag="invoices",
        idempotent=True,
        success_status=200,
    ),
    "updateInvoice": Operation(
        operation_id="updateInvoice",
        method="POST",
        path="/invoices/{id}",
        tag="invoices",
        idempotent=True,
        success_status=200,
    ),
    "deleteInvoice": Operation(
        operation_id="deleteInvoice",
        method="DELETE",
        path="/invoices/{id}",
        tag="invoices",
        idempotent=True,
        success_status=204,
    ),
    "openInvoice": Operation(
        operation_id="openInvoice",
        method="POST",
        path="/invoices/{id}/open",
        tag="invoices",
        idempotent=True,
        success_status=200,
    ),
    "voidInvoice": Operation(
        operation_id="voidInvoice",
        method="POST",
        path="/invoices/{id}/void",
        tag="invoices",
        idempotent=True,
        success_status=200,
    ),
    "attachInvoiceSource": Operation(
        operation_id="attachInvoiceSource",
        method="POST",
        path="/invoices/{id}/sources/{sourceId}",
        tag="invoices",
        idempotent=True,
        success_status=200,
    ),
    "detachInvoiceSource": Operation(
        operation_id="detachInvoiceSource",
        method="DELETE",
        path="/invoices/{id}/sources/{sourceId}",
        tag="invoices",
        idempotent=True,
        success_status=204,
    ),
}
