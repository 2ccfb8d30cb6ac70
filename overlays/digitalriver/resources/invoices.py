from __future__ import annotations

from typing import Unpack, cast

from digitalriver_api.models import Invoice, InvoiceRequest, InvoiceState, Source, UpdateInvoiceRequest

from .._pagination import AsyncPaginator
from .._response import with_raw_response
from .._types import Body, CreateOptions, RequestOptions
from ._resource import APIResource


class InvoiceListFilters(RequestOptions, total=False):
    limit: int
    starting_after: str
    ending_before: str
    ids: str
    upstream_ids: str
    customer_id: str
    application_id: str
    currency: str
    state: InvoiceState | str
    sku_id: str


class AsyncInvoices(APIResource):
    def list(self, **filters: Unpack[InvoiceListFilters]) -> AsyncPaginator[Invoice]:
        return self._list("listInvoices", filters, Invoice)

    async def create(self, body: InvoiceRequest | Body, **options: Unpack[CreateOptions]) -> Invoice:
        return cast(Invoice, await self._call("createInvoice", body=body, options=options))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Invoice:
        return cast(Invoice, await self._call("retrieveInvoice", id, options=options))

    async def update(self, id: str, body: UpdateInvoiceRequest | Body, **options: Unpack[RequestOptions]) -> Invoice:
        return cast(Invoice, await self._call("updateInvoice", id, body=body, options=options))

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call("deleteInvoice", id, options=options)

    async def open(self, id: str, **options: Unpack[RequestOptions]) -> Invoice:
        return cast(Invoice, await self._call("openInvoice", id, options=options))

    async def void(self, id: str, **options: Unpack[RequestOptions]) -> Invoice:
        return cast(Invoice, await self._call("voidInvoice", id, options=options))

    async def attach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> Source:
        return cast(Source, await self._call("attachInvoiceSource", id, source_id, options=options))

    async def detach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call("detachInvoiceSource", id, source_id, options=options)

    @property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        return AsyncInvoicesWithRawResponse(self)


class AsyncInvoicesWithRawResponse:
    """The same methods, returning an `APIResponse` (status, headers, `.parse()`)."""

    def __init__(self, invoices: AsyncInvoices) -> None:
        self.create = with_raw_response(invoices.create)
        self.retrieve = with_raw_response(invoices.retrieve)
        self.update = with_raw_response(invoices.update)
        self.delete = with_raw_response(invoices.delete)
        self.open = with_raw_response(invoices.open)
        self.void = with_raw_response(invoices.void)
        self.attach_source = with_raw_response(invoices.attach_source)
        self.detach_source = with_raw_response(invoices.detach_source)
