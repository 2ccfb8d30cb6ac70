from __future__ import annotations

from typing import Unpack, cast

from digitalriver_api.models import Customer, CustomerRequest, Source, TaxIdentifier, UpdateCustomerRequest

from .._pagination import AsyncPaginator
from .._response import with_raw_response
from .._types import Body, CreateOptions, RequestOptions
from ._resource import APIResource


class CustomerListFilters(RequestOptions, total=False):
    limit: int
    starting_after: str
    ending_before: str
    email: str
    ids: str
    request_to_be_forgotten: bool


class AsyncCustomers(APIResource):
    def list(self, **filters: Unpack[CustomerListFilters]) -> AsyncPaginator[Customer]:
        return self._list("listCustomers", filters, Customer)

    async def create(self, body: CustomerRequest | Body, **options: Unpack[CreateOptions]) -> Customer:
        return cast(Customer, await self._call("createCustomer", body=body, options=options))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Customer:
        return cast(Customer, await self._call("retrieveCustomer", id, options=options))

    async def update(self, id: str, body: UpdateCustomerRequest | Body, **options: Unpack[RequestOptions]) -> Customer:
        return cast(Customer, await self._call("updateCustomer", id, body=body, options=options))

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call("deleteCustomer", id, options=options)

    async def attach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> Source:
        return cast(Source, await self._call("attachCustomerSource", id, source_id, options=options))

    async def detach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call("detachCustomerSource", id, source_id, options=options)

    async def attach_tax_identifier(self, id: str, tax_id: str, **options: Unpack[RequestOptions]) -> TaxIdentifier:
        return cast(TaxIdentifier, await self._call("attachCustomerTaxIdentifier", id, tax_id, options=options))

    @property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        return AsyncCustomersWithRawResponse(self)


class AsyncCustomersWithRawResponse:
    """The same methods, returning an `APIResponse` (status, headers, `.parse()`)."""

    def __init__(self, customers: AsyncCustomers) -> None:
        self.create = with_raw_response(customers.create)
        self.retrieve = with_raw_response(customers.retrieve)
        self.update = with_raw_response(customers.update)
        self.delete = with_raw_response(customers.delete)
        self.attach_source = with_raw_response(customers.attach_source)
        self.detach_source = with_raw_response(customers.detach_source)
        self.attach_tax_identifier = with_raw_response(customers.attach_tax_identifier)
