from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.amount_range import AmountRange
from ...models.charge_type import ChargeType
from ...models.customer_type import CustomerType
from ...models.errors import Errors
from ...models.list_checkouts_response import ListCheckoutsResponse
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
    email: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    charge_type: ChargeType | Unset = UNSET,
    customer_type: CustomerType | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    browser_ip: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
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

    params["email"] = email

    params["currency"] = currency

    params["locale"] = locale

    json_charge_type: str | Unset = UNSET
    if not isinstance(charge_type, Unset):
        json_charge_type = charge_type.value

    params["chargeType"] = json_charge_type

    json_customer_type: str | Unset = UNSET
    if not isinstance(customer_type, Unset):
        json_customer_type = customer_type.value

    params["customerType"] = json_customer_type

    params["subscriptionId"] = subscription_id

    params["browserIp"] = browser_ip

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/checkouts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | ListCheckoutsResponse | None:
    if response.status_code == 200:
        response_200 = ListCheckoutsResponse.from_dict(response.json())

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
) -> Response[Errors | ListCheckoutsResponse]:
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
    email: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    charge_type: ChargeType | Unset = UNSET,
    customer_type: CustomerType | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    browser_ip: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
) -> Response[Errors | ListCheckoutsResponse]:
    """Get all checkouts.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        email (str | Unset):
        currency (str | Unset):
        locale (str | Unset):
        charge_type (ChargeType | Unset): Represents the charge type.
        customer_type (CustomerType | Unset): The type of customer.
        subscription_id (str | Unset):
        browser_ip (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ListCheckoutsResponse]
    """

    kwargs = _get_kwargs(
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        ids=ids,
        upstream_ids=upstream_ids,
        customer_id=customer_id,
        application_id=application_id,
        email=email,
        currency=currency,
        locale=locale,
        charge_type=charge_type,
        customer_type=customer_type,
        subscription_id=subscription_id,
        browser_ip=browser_ip,
        created_time=created_time,
        updated_time=updated_time,
        total_amount=total_amount,
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
    email: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    charge_type: ChargeType | Unset = UNSET,
    customer_type: CustomerType | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    browser_ip: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
) -> Errors | ListCheckoutsResponse | None:
    """Get all checkouts.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        email (str | Unset):
        currency (str | Unset):
        locale (str | Unset):
        charge_type (ChargeType | Unset): Represents the charge type.
        customer_type (CustomerType | Unset): The type of customer.
        subscription_id (str | Unset):
        browser_ip (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ListCheckoutsResponse
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
        email=email,
        currency=currency,
        locale=locale,
        charge_type=charge_type,
        customer_type=customer_type,
        subscription_id=subscription_id,
        browser_ip=browser_ip,
        created_time=created_time,
        updated_time=updated_time,
        total_amount=total_amount,
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
    email: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    charge_type: ChargeType | Unset = UNSET,
    customer_type: CustomerType | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    browser_ip: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
) -> Response[Errors | ListCheckoutsResponse]:
    """Get all checkouts.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        email (str | Unset):
        currency (str | Unset):
        locale (str | Unset):
        charge_type (ChargeType | Unset): Represents the charge type.
        customer_type (CustomerType | Unset): The type of customer.
        subscription_id (str | Unset):
        browser_ip (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ListCheckoutsResponse]
    """

    kwargs = _get_kwargs(
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        ids=ids,
        upstream_ids=upstream_ids,
        customer_id=customer_id,
        application_id=application_id,
        email=email,
        currency=currency,
        locale=locale,
        charge_type=charge_type,
        customer_type=customer_type,
        subscription_id=subscription_id,
        browser_ip=browser_ip,
        created_time=created_time,
        updated_time=updated_time,
        total_amount=total_amount,
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
    email: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    charge_type: ChargeType | Unset = UNSET,
    customer_type: CustomerType | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    browser_ip: str | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
    total_amount: AmountRange | Unset = UNSET,
) -> Errors | ListCheckoutsResponse | None:
    """Get all checkouts.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        ids (list[str] | Unset):
        upstream_ids (list[str] | Unset):
        customer_id (str | Unset):
        application_id (str | Unset):
        email (str | Unset):
        currency (str | Unset):
        locale (str | Unset):
        charge_type (ChargeType | Unset): Represents the charge type.
        customer_type (CustomerType | Unset): The type of customer.
        subscription_id (str | Unset):
        browser_ip (str | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        total_amount (AmountRange | Unset): A range of amounts; an object is in it when its amount
            meets every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ListCheckoutsResponse
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
            email=email,
            currency=currency,
            locale=locale,
            charge_type=charge_type,
            customer_type=customer_type,
            subscription_id=subscription_id,
            browser_ip=browser_ip,
            created_time=created_time,
            updated_time=updated_time,
            total_amount=total_amount,
        )
    ).parsed
