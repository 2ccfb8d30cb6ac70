from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.amount_range import AmountRange
from ...models.count_range import CountRange
from ...models.errors import Errors
from ...models.invoice_state import InvoiceState
from ...models.list_invoices_response import ListInvoicesResponse
from ...models.time_range import TimeRange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    ids: list[str] | Unset = UNSET,
    upstream_ids: list[str] | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    state: InvoiceState | Unset = UNSET,
    sku_id: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
    price: AmountRange | Unset = UNSET,
    attempt_count: CountRange | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endingBefore"] = ending_before

    params["startingAfter"] = starting_after

    params["limit"] = limit

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_upstream_ids: list[str] | Unset = UNSET
    if not isinstance(upstream_ids, Unset):
        json_upstream_ids = upstream_ids

    params["upstreamIds"] = json_upstream_ids

    params["customerId"] = customer_id

    params["applicationId"] = application_id

    params["currency"] = currency

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["skuId"] = sku_id

    json_created_time: dict[str, Any] | Unset = UNSET
    if not isinstance(created_time, Unset):
        json_created_time = created_time.to_dict()
    if not isinstance(json_created_time, Unset):
        params.update(json_created_time)

    json_updated_time: dict[str, Any] | Unset = UNSET
    if not isinstance(updated_time, Unset):
        json_updated_time = updated_time.to_dict()
    if not isinstance(json_updated_time, Unset):
        params.update(json_updated_time)

    json_total_amount: dict[str, Any] | Unset = UNSET
    if not isinstance(total_amount, Unset):
        json_total_amount = total_amount.to_dict()
    if not isinstance(json_total_amount, Unset):
        params.update(json_total_amount)

    json_price: dict[str, Any] | Unset = UNSET
    if not isinstance(price, Unset):
        json_price = price.to_dict()
    if not isinstance(json_price, Unset):
        params.update(json_price)

    json_attempt_count: dict[str, Any] | Unset = UNSET
    if not isinstance(attempt_count, Unset):
        json_attempt_count = attempt_count.to_dict()
    if not isinstance(json_attempt_count, Unset):
        params.update(json_attempt_count)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | ListInvoicesResponse | None:
    if response.status_code == 200:
        response_200 = ListInvoicesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Errors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Errors.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Errors.from_dict(response.json())

        return response_403

    if response.status_code == 405:
        response_405 = Errors.from_dict(response.json())

        return response_405

    if response.status_code == 406:
        response_406 = Errors.from_dict(response.json())

        return response_406

    if response.status_code == 408:
        response_408 = Errors.from_dict(response.json())

        return response_408

    if response.status_code == 429:
        response_429 = Errors.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Errors.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Errors.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Errors.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Errors.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Errors | ListInvoicesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    ids: list[str] | Unset = UNSET,
    upstream_ids: list[str] | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    state: InvoiceState | Unset = UNSET,
    sku_id: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
    price: AmountRange | Unset = UNSET,
    attempt_count: CountRange | Unset = UNSET,
) -> Response[Errors | ListInvoicesResponse]:
    """Gets all invoices.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        currency (str | Unset):
        state (InvoiceState | Unset): The state of an invoice.
        sku_id (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.
        price (AmountRange | Unset): A range of amounts; an object is in it when its amount meets
            every bound given.
        attempt_count (CountRange | Unset): A range of counts; an object is in it when its count
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ListInvoicesResponse]
    """

    kwargs = _get_kwargs(
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        ids=ids,
        upstream_ids=upstream_ids,
        customer_id=customer_id,
        application_id=application_id,
        currency=currency,
        state=state,
        sku_id=sku_id,
        created_time=created_time,
        updated_time=updated_time,
        total_amount=total_amount,
        price=price,
        attempt_count=attempt_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    ids: list[str] | Unset = UNSET,
    upstream_ids: list[str] | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    state: InvoiceState | Unset = UNSET,
    sku_id: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
    price: AmountRange | Unset = UNSET,
    attempt_count: CountRange | Unset = UNSET,
) -> Errors | ListInvoicesResponse | None:
    """Gets all invoices.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        currency (str | Unset):
        state (InvoiceState | Unset): The state of an invoice.
        sku_id (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.
        price (AmountRange | Unset): A range of amounts; an object is in it when its amount meets
            every bound given.
        attempt_count (CountRange | Unset): A range of counts; an object is in it when its count
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ListInvoicesResponse
    """

    return sync_detailed(
        client=client,
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        ids=ids,
        upstream_ids=upstream_ids,
        customer_id=customer_id,
        application_id=application_id,
        currency=currency,
        state=state,
        sku_id=sku_id,
        created_time=created_time,
        updated_time=updated_time,
        total_amount=total_amount,
        price=price,
        attempt_count=attempt_count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    ids: list[str] | Unset = UNSET,
    upstream_ids: list[str] | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    state: InvoiceState | Unset = UNSET,
    sku_id: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
    price: AmountRange | Unset = UNSET,
    attempt_count: CountRange | Unset = UNSET,
) -> Response[Errors | ListInvoicesResponse]:
    """Gets all invoices.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        currency (str | Unset):
        state (InvoiceState | Unset): The state of an invoice.
        sku_id (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.
        price (AmountRange | Unset): A range of amounts; an object is in it when its amount meets
            every bound given.
        attempt_count (CountRange | Unset): A range of counts; an object is in it when its count
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ListInvoicesResponse]
    """

    kwargs = _get_kwargs(
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        ids=ids,
        upstream_ids=upstream_ids,
        customer_id=customer_id,
        application_id=application_id,
        currency=currency,
        state=state,
        sku_id=sku_id,
        created_time=created_time,
        updated_time=updated_time,
        total_amount=total_amount,
        price=price,
        attempt_count=attempt_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    ids: list[str] | Unset = UNSET,
    upstream_ids: list[str] | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    state: InvoiceState | Unset = UNSET,
    sku_id: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
    price: AmountRange | Unset = UNSET,
    attempt_count: CountRange | Unset = UNSET,
) -> Errors | ListInvoicesResponse | None:
    """Gets all invoices.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        currency (str | Unset):
        state (InvoiceState | Unset): The state of an invoice.
        sku_id (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.
        price (AmountRange | Unset): A range of amounts; an object is in it when its amount meets
            every bound given.
        attempt_count (CountRange | Unset): A range of counts; an object is in it when its count
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ListInvoicesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ending_before=ending_before,
            starting_after=starting_after,
            limit=limit,
            ids=ids,
            upstream_ids=upstream_ids,
            customer_id=customer_id,
            application_id=application_id,
            currency=currency,
            state=state,
            sku_id=sku_id,
            created_time=created_time,
            updated_time=updated_time,
            total_amount=total_amount,
            price=price,
            attempt_count=attempt_count,
        )
    ).parsed
