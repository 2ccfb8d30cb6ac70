"""The API's resources: one per tag of the document, each with a method per operation.

`AsyncResources` and `SyncResources` give a client every resource as an attribute, made on first
use; the client sets `_runtime`, the object that sends the calls (see `runtime`). Written by
`make generate` from the OpenAPI document.
"""

from __future__ import annotations

from functools import cached_property

from ..runtime import AsyncRuntime, SyncRuntime
from .checkouts import AsyncCheckouts, AsyncCheckoutsWithRawResponse, Checkouts, CheckoutsWithRawResponse
from .customers import AsyncCustomers, AsyncCustomersWithRawResponse, Customers, CustomersWithRawResponse
from .invoices import AsyncInvoices, AsyncInvoicesWithRawResponse, Invoices, InvoicesWithRawResponse

__all__ = [
    "AsyncResources",
    "SyncResources",
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
    "AsyncCheckouts",
    "AsyncCheckoutsWithRawResponse",
    "Checkouts",
    "CheckoutsWithRawResponse",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
]

RESOURCES = (
    "customers",
    "checkouts",
    "invoices",
)
"""The names of the resources, as attributes of a client."""


class AsyncResources:
    """Every resource of the API, for a client whose `_runtime` sends the calls."""

    _runtime: AsyncRuntime

    @cached_property
    def customers(self) -> AsyncCustomers:
        """Customer records, their payment sources and tax identifiers."""
        return AsyncCustomers(self._runtime)

    @cached_property
    def checkouts(self) -> AsyncCheckouts:
        """An end customer's checkout flow."""
        return AsyncCheckouts(self._runtime)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        """Statements of the amount owed by a customer."""
        return AsyncInvoices(self._runtime)


class SyncResources:
    """Every resource of the API, synchronously, for a client whose `_runtime` sends the calls."""

    _runtime: SyncRuntime

    @cached_property
    def customers(self) -> Customers:
        """Customer records, their payment sources and tax identifiers."""
        return Customers(self._runtime)

    @cached_property
    def checkouts(self) -> Checkouts:
        """An end customer's checkout flow."""
        return Checkouts(self._runtime)

    @cached_property
    def invoices(self) -> Invoices:
        """Statements of the amount owed by a customer."""
        return Invoices(self._runtime)
