"""Invoices: Statements of the amount owed by a customer.

Written by `make generate` from the OpenAPI document: a method per operation, for the async and
the synchronous client, and their `with_raw_response` twins.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, cast

from ..models import Invoice, InvoiceRequest, Source, UpdateInvoiceRequest
from ..operations import OPERATIONS
from ..params import AmountRangeParam, CountRangeParam, InvoiceRequestParam, TimeRangeParam, UpdateInvoiceRequestParam
from ..runtime import (
    AsyncPaginator,
    AsyncRuntime,
    SequenceNotStr,
    SyncPaginator,
    SyncRuntime,
    Timeout,
)
from ..types import UNSET, Unset

__all__ = ["AsyncInvoices", "AsyncInvoicesWithRawResponse", "Invoices", "InvoicesWithRawResponse"]


class AsyncInvoices:
    """Statements of the amount owed by a customer."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        """The same methods, answering an `APIResponse`: the HTTP status and headers beside the result."""
        return AsyncInvoicesWithRawResponse(self)

    def list(
        self,
        *,
        ending_before: str | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        ids: SequenceNotStr[str] | Unset = UNSET,
        upstream_ids: SequenceNotStr[str] | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        application_id: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        state: Literal["draft", "open", "void", "paid", "uncollectible"] | Unset = UNSET,
        sku_id: str | Unset = UNSET,
        created_time: TimeRangeParam | Unset = UNSET,
        updated_time: TimeRangeParam | Unset = UNSET,
        total_amount: AmountRangeParam | Unset = UNSET,
        price: AmountRangeParam | Unset = UNSET,
        attempt_count: CountRangeParam | Unset = UNSET,
        prefetch: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPaginator[Invoice]:
        """Gets all invoices.

        Returns a paginator: `await` it for the first page, or iterate it for every Invoice of
        every page (fetched as needed, the next page requested while you work through one).

        Args:
            ending_before: A cursor for use in pagination. The endingBefore parameter is an object ID that
                defines your place in the list. For instance, if you make a list request and receive
                100 objects, starting with xyz your subsequent calls can include endingBefore=xyz in
                order to fetch the previous page of the list.
            starting_after: A cursor for use in pagination. The startingAfter parameter is an object ID that
                defines your place in the list. For instance, if you make a list request and receive
                100 objects, ending with xyz, your subsequent calls can include startingAfter=xyz in
                order to fetch the next page of the list.
            limit: A limit on the number of objects returned. Limit can range between 1 and 100, and
                the default is 10.
            ids: Only return objects with these IDs, sent comma-separated (`ids=a,b`).
            upstream_ids: Only return objects with these upstreamIds, sent comma-separated
                (`upstreamIds=a,b`).
            customer_id: Only return invoices for this customer
            application_id: Only return invoices for the given application
            currency: Only return invoices in this currency
            state: Only return invoices in this state
            sku_id: Only return invoices for this sku
            created_time: Only return objects whose `createdTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `createdTime[gt]=2020-09-22T12:09:44Z`.
            updated_time: Only return objects whose `updatedTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `updatedTime[gt]=2020-09-22T12:09:44Z`.
            total_amount: Only return objects whose `totalAmount` is in this range: `eq` (equal to), `gt`
                (greater than), `gte` (greater than or equal to), `lt` (less than) or `lte` (less
                than or equal to) an amount, sent as `totalAmount[gt]=20.99`.
            price: Only return invoices with an item whose `price` is in this range: `eq` (equal to),
                `gt` (greater than), `gte` (greater than or equal to), `lt` (less than) or `lte`
                (less than or equal to) an amount, sent as `price[gte]=20.99`.
            attempt_count: Only return invoices whose `attemptCount` is in this range: `eq` (equal to), `gt`
                (greater than), `gte` (greater than or equal to), `lt` (less than) or `lte` (less
                than or equal to) a number of attempts, sent as `attemptCount[gt]=2`.
            prefetch: Ask for the next page while the caller works through one (at most one ahead).
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return self._runtime.paginate(
            OPERATIONS["listInvoices"],
            Invoice,
            query={
                "ending_before": ending_before,
                "starting_after": starting_after,
                "limit": limit,
                "ids": ids,
                "upstream_ids": upstream_ids,
                "customer_id": customer_id,
                "application_id": application_id,
                "currency": currency,
                "state": state,
                "sku_id": sku_id,
                "created_time": created_time,
                "updated_time": updated_time,
                "total_amount": total_amount,
                "price": price,
                "attempt_count": attempt_count,
            },
            options={
                "prefetch": prefetch,
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def create(
        self,
        body: InvoiceRequestParam | InvoiceRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        safe_to_retry: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """This request creates a new invoice object.

        Args:
            body: The body of a request that creates an invoice.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            safe_to_retry: Repeat this call after a failure that may have reached the server (a
                timeout, a 5xx); only when repeating it cannot do the work twice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            await self._runtime.request(
                OPERATIONS["createInvoice"],
                body=body,
                extra_body=extra_body,
                options={
                    "safe_to_retry": safe_to_retry,
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """Retrieves the details of an invoice by supplying its unique identifier.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            await self._runtime.request(
                OPERATIONS["retrieveInvoice"],
                path=(id,),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    async def update(
        self,
        id: str,
        body: UpdateInvoiceRequestParam | UpdateInvoiceRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """Updates an existing invoice.

        Args:
            id: The unique identifier of the Invoice.
            body: The body of a request that updates an invoice.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            await self._runtime.request(
                OPERATIONS["updateInvoice"],
                path=(id,),
                body=body,
                extra_body=extra_body,
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """This request deletes an invoice.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        await self._runtime.request(
            OPERATIONS["deleteInvoice"],
            path=(id,),
            options={
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def open(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """This request opens an invoice.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            await self._runtime.request(
                OPERATIONS["openInvoice"],
                path=(id,),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    async def void(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """This request voids an invoice.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            await self._runtime.request(
                OPERATIONS["voidInvoice"],
                path=(id,),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    async def attach_source(
        self,
        id: str,
        source_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Source:
        """Attach source to invoice. Supply the unique identifier of the invoice.

        Args:
            id: The unique identifier of the Invoice.
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Source,
            await self._runtime.request(
                OPERATIONS["attachInvoiceSource"],
                path=(
                    id,
                    source_id,
                ),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    async def detach_source(
        self,
        id: str,
        source_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Detach source from invoice.

        Args:
            id: The unique identifier of the Invoice.
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        await self._runtime.request(
            OPERATIONS["detachInvoiceSource"],
            path=(
                id,
                source_id,
            ),
            options={
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class AsyncInvoicesWithRawResponse:
    """`AsyncInvoices`'s methods, each answering an `APIResponse` (`.status_code`, `.headers`, `.parse()`).

    A list answers its first page.
    """

    def __init__(self, resource: AsyncInvoices) -> None:
        raw = resource._runtime.raw_response
        self.list = resource._runtime.raw_list(resource.list)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.open = raw(resource.open)
        self.void = raw(resource.void)
        self.attach_source = raw(resource.attach_source)
        self.detach_source = raw(resource.detach_source)


class Invoices:
    """Statements of the amount owed by a customer."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> InvoicesWithRawResponse:
        """The same methods, answering an `APIResponse`: the HTTP status and headers beside the result."""
        return InvoicesWithRawResponse(self)

    def list(
        self,
        *,
        ending_before: str | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        ids: SequenceNotStr[str] | Unset = UNSET,
        upstream_ids: SequenceNotStr[str] | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        application_id: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        state: Literal["draft", "open", "void", "paid", "uncollectible"] | Unset = UNSET,
        sku_id: str | Unset = UNSET,
        created_time: TimeRangeParam | Unset = UNSET,
        updated_time: TimeRangeParam | Unset = UNSET,
        total_amount: AmountRangeParam | Unset = UNSET,
        price: AmountRangeParam | Unset = UNSET,
        attempt_count: CountRangeParam | Unset = UNSET,
        prefetch: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SyncPaginator[Invoice]:
        """Gets all invoices.

        Returns a paginator: `await` it for the first page, or iterate it for every Invoice of
        every page (fetched as needed, the next page requested while you work through one).

        Args:
            ending_before: A cursor for use in pagination. The endingBefore parameter is an object ID that
                defines your place in the list. For instance, if you make a list request and receive
                100 objects, starting with xyz your subsequent calls can include endingBefore=xyz in
                order to fetch the previous page of the list.
            starting_after: A cursor for use in pagination. The startingAfter parameter is an object ID that
                defines your place in the list. For instance, if you make a list request and receive
                100 objects, ending with xyz, your subsequent calls can include startingAfter=xyz in
                order to fetch the next page of the list.
            limit: A limit on the number of objects returned. Limit can range between 1 and 100, and
                the default is 10.
            ids: Only return objects with these IDs, sent comma-separated (`ids=a,b`).
            upstream_ids: Only return objects with these upstreamIds, sent comma-separated
                (`upstreamIds=a,b`).
            customer_id: Only return invoices for this customer
            application_id: Only return invoices for the given application
            currency: Only return invoices in this currency
            state: Only return invoices in this state
            sku_id: Only return invoices for this sku
            created_time: Only return objects whose `createdTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `createdTime[gt]=2020-09-22T12:09:44Z`.
            updated_time: Only return objects whose `updatedTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `updatedTime[gt]=2020-09-22T12:09:44Z`.
            total_amount: Only return objects whose `totalAmount` is in this range: `eq` (equal to), `gt`
                (greater than), `gte` (greater than or equal to), `lt` (less than) or `lte` (less
                than or equal to) an amount, sent as `totalAmount[gt]=20.99`.
            price: Only return invoices with an item whose `price` is in this range: `eq` (equal to),
                `gt` (greater than), `gte` (greater than or equal to), `lt` (less than) or `lte`
                (less than or equal to) an amount, sent as `price[gte]=20.99`.
            attempt_count: Only return invoices whose `attemptCount` is in this range: `eq` (equal to), `gt`
                (greater than), `gte` (greater than or equal to), `lt` (less than) or `lte` (less
                than or equal to) a number of attempts, sent as `attemptCount[gt]=2`.
            prefetch: Ask for the next page while the caller works through one (at most one ahead).
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return self._runtime.paginate(
            OPERATIONS["listInvoices"],
            Invoice,
            query={
                "ending_before": ending_before,
                "starting_after": starting_after,
                "limit": limit,
                "ids": ids,
                "upstream_ids": upstream_ids,
                "customer_id": customer_id,
                "application_id": application_id,
                "currency": currency,
                "state": state,
                "sku_id": sku_id,
                "created_time": created_time,
                "updated_time": updated_time,
                "total_amount": total_amount,
                "price": price,
                "attempt_count": attempt_count,
            },
            options={
                "prefetch": prefetch,
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def create(
        self,
        body: InvoiceRequestParam | InvoiceRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        safe_to_retry: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """This request creates a new invoice object.

        Args:
            body: The body of a request that creates an invoice.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            safe_to_retry: Repeat this call after a failure that may have reached the server (a
                timeout, a 5xx); only when repeating it cannot do the work twice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            self._runtime.request(
                OPERATIONS["createInvoice"],
                body=body,
                extra_body=extra_body,
                options={
                    "safe_to_retry": safe_to_retry,
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """Retrieves the details of an invoice by supplying its unique identifier.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            self._runtime.request(
                OPERATIONS["retrieveInvoice"],
                path=(id,),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    def update(
        self,
        id: str,
        body: UpdateInvoiceRequestParam | UpdateInvoiceRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """Updates an existing invoice.

        Args:
            id: The unique identifier of the Invoice.
            body: The body of a request that updates an invoice.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            self._runtime.request(
                OPERATIONS["updateInvoice"],
                path=(id,),
                body=body,
                extra_body=extra_body,
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """This request deletes an invoice.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        self._runtime.request(
            OPERATIONS["deleteInvoice"],
            path=(id,),
            options={
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def open(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """This request opens an invoice.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            self._runtime.request(
                OPERATIONS["openInvoice"],
                path=(id,),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    def void(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Invoice:
        """This request voids an invoice.

        Args:
            id: The unique identifier of the Invoice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Invoice,
            self._runtime.request(
                OPERATIONS["voidInvoice"],
                path=(id,),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    def attach_source(
        self,
        id: str,
        source_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Source:
        """Attach source to invoice. Supply the unique identifier of the invoice.

        Args:
            id: The unique identifier of the Invoice.
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Source,
            self._runtime.request(
                OPERATIONS["attachInvoiceSource"],
                path=(
                    id,
                    source_id,
                ),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )

    def detach_source(
        self,
        id: str,
        source_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Detach source from invoice.

        Args:
            id: The unique identifier of the Invoice.
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        self._runtime.request(
            OPERATIONS["detachInvoiceSource"],
            path=(
                id,
                source_id,
            ),
            options={
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class InvoicesWithRawResponse:
    """`Invoices`'s methods, each answering an `APIResponse` (`.status_code`, `.headers`, `.parse()`).

    A list answers its first page.
    """

    def __init__(self, resource: Invoices) -> None:
        raw = resource._runtime.raw_response
        self.list = resource._runtime.raw_list(resource.list)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.open = raw(resource.open)
        self.void = raw(resource.void)
        self.attach_source = raw(resource.attach_source)
        self.detach_source = raw(resource.detach_source)
