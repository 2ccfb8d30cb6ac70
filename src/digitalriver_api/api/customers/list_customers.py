from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.list_customers_response import ListCustomersResponse
from ...models.time_range import TimeRange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    email: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    request_to_be_forgotten: bool | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endingBefore"] = ending_before

    params["startingAfter"] = starting_after

    params["limit"] = limit

    params["email"] = email

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["requestToBeForgotten"] = request_to_be_forgotten

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | ListCustomersResponse | None:
    if response.status_code == 200:
        response_200 = ListCustomersResponse.from_dict(response.json())

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
) -> Response[Errors | ListCustomersResponse]:
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
    email: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    request_to_be_forgotten: bool | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
) -> Response[Errors | ListCustomersResponse]:
    """Get all customers

     Returns a list of customers, newest first, a page at a time.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        email (str | Unset):
        ids (list[str] | Unset):
        request_to_be_forgotten (bool | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ListCustomersResponse]
    """

    kwargs = _get_kwargs(
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        email=email,
        ids=ids,
        request_to_be_forgotten=request_to_be_forgotten,
        created_time=created_time,
        updated_time=updated_time,
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
    email: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    request_to_be_forgotten: bool | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
) -> Errors | ListCustomersResponse | None:
    """Get all customers

     Returns a list of customers, newest first, a page at a time.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        email (str | Unset):
        ids (list[str] | Unset):
        request_to_be_forgotten (bool | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ListCustomersResponse
    """

    return sync_detailed(
        client=client,
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        email=email,
        ids=ids,
        request_to_be_forgotten=request_to_be_forgotten,
        created_time=created_time,
        updated_time=updated_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    email: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    request_to_be_forgotten: bool | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
) -> Response[Errors | ListCustomersResponse]:
    """Get all customers

     Returns a list of customers, newest first, a page at a time.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        email (str | Unset):
        ids (list[str] | Unset):
        request_to_be_forgotten (bool | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ListCustomersResponse]
    """

    kwargs = _get_kwargs(
        ending_before=ending_before,
        starting_after=starting_after,
        limit=limit,
        email=email,
        ids=ids,
        request_to_be_forgotten=request_to_be_forgotten,
        created_time=created_time,
        updated_time=updated_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 10,
    email: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    request_to_be_forgotten: bool | Unset = UNSET,
    created_time: TimeRange | Unset = UNSET,
    updated_time: TimeRange | Unset = UNSET,
) -> Errors | ListCustomersResponse | None:
    """Get all customers

     Returns a list of customers, newest first, a page at a time.

    Args:
        ending_before (str | Unset):
        starting_after (str | Unset):
        limit (int | Unset):  Default: 10.
        email (str | Unset):
        ids (list[str] | Unset):
        request_to_be_forgotten (bool | Unset):
        created_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.
        updated_time (TimeRange | Unset): A range of times; an object is in it when its time meets
            every bound given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ListCustomersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ending_before=ending_before,
            starting_after=starting_after,
            limit=limit,
            email=email,
            ids=ids,
            request_to_be_forgotten=request_to_be_forgotten,
            created_time=created_time,
            updated_time=updated_time,
        )
    ).parsed
