from __future__ import annotations

from typing import Unpack

from digitalriver_api.models import ChargeType, Checkout, CheckoutRequest, CustomerType, UpdateCheckoutRequest

from .._pagination import AsyncPaginator
from .._types import PageFilters
from ._resource import CRUDOperations, CRUDResource, CRUDWithRawResponse


class CheckoutListFilters(PageFilters, total=False):
    upstream_ids: str
    customer_id: str
    application_id: str
    email: str
    currency: str
    locale: str
    charge_type: ChargeType | str
    customer_type: CustomerType | str
    subscription_id: str
    browser_ip: str


class AsyncCheckouts(CRUDResource[Checkout, CheckoutRequest, UpdateCheckoutRequest]):
    operations = CRUDOperations(
        create="createCheckout",
        retrieve="retrieveCheckout",
        update="updateCheckout",
        delete="deleteCheckout",
        attach_source="attachCheckoutSource",
        detach_source="detachCheckoutSource",
    )

    def list(self, **filters: Unpack[CheckoutListFilters]) -> AsyncPaginator[Checkout]:
        return self._list("listCheckouts", filters, Checkout)

    @property
    def with_raw_response(self) -> CRUDWithRawResponse[Checkout, CheckoutRequest, UpdateCheckoutRequest]:
        return CRUDWithRawResponse(self)
