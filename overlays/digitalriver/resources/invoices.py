from __future__ import annotations

from typing import Unpack, cast

from digitalriver_api.models import Invoice, InvoiceRequest, InvoiceState, UpdateInvoiceRequest

from .._pagination import AsyncPaginator
from .._response import with_raw_response
from .._types import PageFilters, RequestOptions
from ._resource import CRUDOperations, CRUDResource, CRUDWithRawResponse


class InvoiceListFilters(PageFilters, total=False):
    upstream_ids: str
    customer_id: str
    application_id: str
    currency: str
    state: InvoiceState | str
    sku_id: str


class AsyncInvoices(CRUDResource[Invoice, InvoiceRequest, UpdateInvoiceRequest]):
    operations = CRUDOperations(
        create="createInvoice",
        retrieve="retrieveInvoice",
        update="updateInvoice",
        delete="deleteInvoice",
        attach_source="attachInvoiceSource",
        detach_source="detachInvoiceSource",
    )

    def list(self, **filters: Unpack[InvoiceListFilters]) -> AsyncPaginator[Invoice]:
        return self._list("listInvoices", filters, Invoice)

    async def open(self, id: str, **options: Unpack[RequestOptions]) -> Invoice:
        return cast(Invoice, await self._call("openInvoice", id, options=options))

    async def void(self, id: str, **options: Unpack[RequestOptions]) -> Invoice:
        return cast(Invoice, await self._call("voidInvoice", id, options=options))

    @property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        return AsyncInvoicesWithRawResponse(self)


class AsyncInvoicesWithRawResponse(CRUDWithRawResponse[Invoice, InvoiceRequest, UpdateInvoiceRequest]):
    def __init__(self, invoices: AsyncInvoices) -> None:
        super().__init__(invoices)
        self.open = with_raw_response(invoices.open)
        self.void = with_raw_response(invoices.void)
