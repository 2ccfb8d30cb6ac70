from __future__ import annotations

from typing import Unpack, cast

from digitalriver_api.models import ChargeType, Checkout, CheckoutRequest, CustomerType, Source, UpdateCheckoutRequest

from .._pagination import AsyncPaginator
from .._response import with_raw_response
from .._types import Body, CreateOptions, RequestOptions
from ._resource import APIResource


class CheckoutListFilters(RequestOptions, total=False):
    limit: int
    starting_after: str
    ending_before: str
    ids: str
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


class AsyncCheckouts(APIResource):
    def list(self, **filters: Unpack[CheckoutListFilters]) -> AsyncPaginator[Checkout]:
        return self._list("listCheckouts", filters, Checkout)

    async def create(self, body: CheckoutRequest | Body, **options: Unpack[CreateOptions]) -> Checkout:
        return cast(Checkout, await self._call("createCheckout", body=body, options=options))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> Checkout:
        return cast(Checkout, await self._call("retrieveCheckout", id, options=options))

    async def update(self, id: str, body: UpdateCheckoutRequest | Body, **options: Unpack[RequestOptions]) -> Checkout:
        return cast(Checkout, await self._call("updateCheckout", id, body=body, options=options))

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call("deleteCheckout", id, options=options)

    async def attach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> Source:
        return cast(Source, await self._call("attachCheckoutSource", id, source_id, options=options))

    async def detach_source(self, id: str, source_id: str, **options: Unpack[RequestOptions]) -> None:
        await self._call("detachCheckoutSource", id, source_id, options=options)

    @property
    def with_raw_response(self) -> AsyncCheckoutsWithRawResponse:
        return AsyncCheckoutsWithRawResponse(self)


class AsyncCheckoutsWithRawResponse:
    """The same methods, returning an `APIResponse` (status, headers, `.parse()`)."""

    def __init__(self, checkouts: AsyncCheckouts) -> None:
        self.create = with_raw_response(checkouts.create)
        self.retrieve = with_raw_response(checkouts.retrieve)
        self.update = with_raw_response(checkouts.update)
        self.delete = with_raw_response(checkouts.delete)
        self.attach_source = with_raw_response(checkouts.attach_source)
        self.detach_source = with_raw_response(checkouts.detach_source)
