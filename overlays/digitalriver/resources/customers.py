from __future__ import annotations

from typing import Unpack, cast

from digitalriver_api.models import Customer, CustomerRequest, TaxIdentifier, UpdateCustomerRequest

from .._pagination import AsyncPaginator
from .._response import with_raw_response
from .._types import PageFilters, RequestOptions
from ._resource import CRUDOperations, CRUDResource, CRUDWithRawResponse


class CustomerListFilters(PageFilters, total=False):
    email: str
    request_to_be_forgotten: bool


class AsyncCustomers(CRUDResource[Customer, CustomerRequest, UpdateCustomerRequest]):
    operations = CRUDOperations(
        create="createCustomer",
        retrieve="retrieveCustomer",
        update="updateCustomer",
        delete="deleteCustomer",
        attach_source="attachCustomerSource",
        detach_source="detachCustomerSource",
    )

    def list(self, **filters: Unpack[CustomerListFilters]) -> AsyncPaginator[Customer]:
        return self._list("listCustomers", filters, Customer)

    async def attach_tax_identifier(self, id: str, tax_id: str, **options: Unpack[RequestOptions]) -> TaxIdentifier:
        return cast(TaxIdentifier, await self._call("attachCustomerTaxIdentifier", id, tax_id, options=options))

    @property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        return AsyncCustomersWithRawResponse(self)


class AsyncCustomersWithRawResponse(CRUDWithRawResponse[Customer, CustomerRequest, UpdateCustomerRequest]):
    def __init__(self, customers: AsyncCustomers) -> None:
        super().__init__(customers)
        self.attach_tax_identifier = with_raw_response(customers.attach_tax_identifier)
