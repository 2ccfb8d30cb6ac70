"""Customers: Customer records, their payment sources and tax identifiers.

Written by `make generate` from the OpenAPI document: a method per operation, for the async and
the synchronous client, and their `with_raw_response` twins.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, cast

from ..models import Customer, CustomerRequest, Source, TaxIdentifier, UpdateCustomerRequest
from ..operations import OPERATIONS
from ..params import CustomerRequestParam, TimeRangeParam, UpdateCustomerRequestParam
from ..runtime import (
    AsyncPaginator,
    AsyncRuntime,
    SequenceNotStr,
    SyncPaginator,
    SyncRuntime,
    Timeout,
)
from ..types import UNSET, Unset

__all__ = ["AsyncCustomers", "AsyncCustomersWithRawResponse", "Customers", "CustomersWithRawResponse"]


class AsyncCustomers:
    """Customer records, their payment sources and tax identifiers."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """The same methods, answering an `APIResponse`: the HTTP status and headers beside the result."""
        return AsyncCustomersWithRawResponse(self)

    def list(
        self,
        *,
        ending_before: str | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        email: str | Unset = UNSET,
        ids: SequenceNotStr[str] | Unset = UNSET,
        request_to_be_forgotten: bool | Unset = UNSET,
        created_time: TimeRangeParam | Unset = UNSET,
        updated_time: TimeRangeParam | Unset = UNSET,
        prefetch: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPaginator[Customer]:
        """Get all customers

        Returns a list of customers, newest first, a page at a time.

        Returns a paginator: `await` it for the first page, or iterate it for every Customer of
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
            email: Only return customers with the given email
            ids: Only return objects with these IDs, sent comma-separated (`ids=a,b`).
            request_to_be_forgotten: Only return customers where requestToBeForgotten is true or false
            created_time: Only return objects whose `createdTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `createdTime[gt]=2020-09-22T12:09:44Z`.
            updated_time: Only return objects whose `updatedTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `updatedTime[gt]=2020-09-22T12:09:44Z`.
            prefetch: Ask for the next page while the caller works through one (at most one ahead).
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return self._runtime.paginate(
            OPERATIONS["listCustomers"],
            Customer,
            query={
                "ending_before": ending_before,
                "starting_after": starting_after,
                "limit": limit,
                "email": email,
                "ids": ids,
                "request_to_be_forgotten": request_to_be_forgotten,
                "created_time": created_time,
                "updated_time": updated_time,
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
        body: CustomerRequestParam | CustomerRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        safe_to_retry: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Customer:
        """Creates a new customer object

        Creates a customer. The caller may choose the customer's `id`; a taken id answers 409.

        Args:
            body: The body of a request that creates a customer.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            safe_to_retry: Repeat this call after a failure that may have reached the server (a
                timeout, a 5xx); only when repeating it cannot do the work twice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Customer,
            await self._runtime.request(
                OPERATIONS["createCustomer"],
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
    ) -> Customer:
        """Retrieves the details of a customer by supplying the unique identifier of the customer

        Args:
            id: Customer ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Customer,
            await self._runtime.request(
                OPERATIONS["retrieveCustomer"],
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
        body: UpdateCustomerRequestParam | UpdateCustomerRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Customer:
        """Updates an existing customer

        Args:
            id: Customer ID
            body: The body of a request that updates a customer.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Customer,
            await self._runtime.request(
                OPERATIONS["updateCustomer"],
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
        """Permanently deletes a customer by supplying the unique identifier of the customer

        Args:
            id: Customer ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        await self._runtime.request(
            OPERATIONS["deleteCustomer"],
            path=(id,),
            options={
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
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
        """Attaches a source to a customer

        Args:
            id: Customer ID
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Source,
            await self._runtime.request(
                OPERATIONS["attachCustomerSource"],
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
        """Detaches a source from a customer

        Args:
            id: Customer ID
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        await self._runtime.request(
            OPERATIONS["detachCustomerSource"],
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

    async def attach_tax_identifier(
        self,
        id: str,
        tax_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaxIdentifier:
        """Attaches a tax identifier to a customer

        Args:
            id: Customer ID
            tax_id: Tax ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            TaxIdentifier,
            await self._runtime.request(
                OPERATIONS["attachCustomerTaxIdentifier"],
                path=(
                    id,
                    tax_id,
                ),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )


class AsyncCustomersWithRawResponse:
    """`AsyncCustomers`'s methods, each answering an `APIResponse` (`.status_code`, `.headers`, `.parse()`).

    A list answers its first page.
    """

    def __init__(self, resource: AsyncCustomers) -> None:
        raw = resource._runtime.raw_response
        self.list = resource._runtime.raw_list(resource.list)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.attach_source = raw(resource.attach_source)
        self.detach_source = raw(resource.detach_source)
        self.attach_tax_identifier = raw(resource.attach_tax_identifier)


class Customers:
    """Customer records, their payment sources and tax identifiers."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """The same methods, answering an `APIResponse`: the HTTP status and headers beside the result."""
        return CustomersWithRawResponse(self)

    def list(
        self,
        *,
        ending_before: str | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        email: str | Unset = UNSET,
        ids: SequenceNotStr[str] | Unset = UNSET,
        request_to_be_forgotten: bool | Unset = UNSET,
        created_time: TimeRangeParam | Unset = UNSET,
        updated_time: TimeRangeParam | Unset = UNSET,
        prefetch: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SyncPaginator[Customer]:
        """Get all customers

        Returns a list of customers, newest first, a page at a time.

        Returns a paginator: `await` it for the first page, or iterate it for every Customer of
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
            email: Only return customers with the given email
            ids: Only return objects with these IDs, sent comma-separated (`ids=a,b`).
            request_to_be_forgotten: Only return customers where requestToBeForgotten is true or false
            created_time: Only return objects whose `createdTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `createdTime[gt]=2020-09-22T12:09:44Z`.
            updated_time: Only return objects whose `updatedTime` is in this range: `eq` (at), `gt` (after),
                `gte` (at or after), `lt` (before) or `lte` (at or before) an ISO 8601 UTC time,
                sent as `updatedTime[gt]=2020-09-22T12:09:44Z`.
            prefetch: Ask for the next page while the caller works through one (at most one ahead).
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return self._runtime.paginate(
            OPERATIONS["listCustomers"],
            Customer,
            query={
                "ending_before": ending_before,
                "starting_after": starting_after,
                "limit": limit,
                "email": email,
                "ids": ids,
                "request_to_be_forgotten": request_to_be_forgotten,
                "created_time": created_time,
                "updated_time": updated_time,
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
        body: CustomerRequestParam | CustomerRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        safe_to_retry: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Customer:
        """Creates a new customer object

        Creates a customer. The caller may choose the customer's `id`; a taken id answers 409.

        Args:
            body: The body of a request that creates a customer.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            safe_to_retry: Repeat this call after a failure that may have reached the server (a
                timeout, a 5xx); only when repeating it cannot do the work twice.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Customer,
            self._runtime.request(
                OPERATIONS["createCustomer"],
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
    ) -> Customer:
        """Retrieves the details of a customer by supplying the unique identifier of the customer

        Args:
            id: Customer ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Customer,
            self._runtime.request(
                OPERATIONS["retrieveCustomer"],
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
        body: UpdateCustomerRequestParam | UpdateCustomerRequest,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Customer:
        """Updates an existing customer

        Args:
            id: Customer ID
            body: The body of a request that updates a customer.
            extra_body: Fields sent beside the body's, for what the document does not know yet.
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Customer,
            self._runtime.request(
                OPERATIONS["updateCustomer"],
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
        """Permanently deletes a customer by supplying the unique identifier of the customer

        Args:
            id: Customer ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        self._runtime.request(
            OPERATIONS["deleteCustomer"],
            path=(id,),
            options={
                "extra_headers": extra_headers,
                "timeout": timeout,
                "max_retries": max_retries,
            },
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
        """Attaches a source to a customer

        Args:
            id: Customer ID
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            Source,
            self._runtime.request(
                OPERATIONS["attachCustomerSource"],
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
        """Detaches a source from a customer

        Args:
            id: Customer ID
            source_id: Source ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        self._runtime.request(
            OPERATIONS["detachCustomerSource"],
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

    def attach_tax_identifier(
        self,
        id: str,
        tax_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaxIdentifier:
        """Attaches a tax identifier to a customer

        Args:
            id: Customer ID
            tax_id: Tax ID
            extra_headers: Headers sent with this call, beside the client's.
            timeout: Seconds (or an `httpx.Timeout`) that each attempt of this call may take.
            max_retries: How often this call is repeated when that is safe, instead of the client's.
        """
        return cast(
            TaxIdentifier,
            self._runtime.request(
                OPERATIONS["attachCustomerTaxIdentifier"],
                path=(
                    id,
                    tax_id,
                ),
                options={
                    "extra_headers": extra_headers,
                    "timeout": timeout,
                    "max_retries": max_retries,
                },
            ),
        )


class CustomersWithRawResponse:
    """`Customers`'s methods, each answering an `APIResponse` (`.status_code`, `.headers`, `.parse()`).

    A list answers its first page.
    """

    def __init__(self, resource: Customers) -> None:
        raw = resource._runtime.raw_response
        self.list = resource._runtime.raw_list(resource.list)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.attach_source = raw(resource.attach_source)
        self.detach_source = raw(resource.detach_source)
        self.attach_tax_identifier = raw(resource.attach_tax_identifier)
