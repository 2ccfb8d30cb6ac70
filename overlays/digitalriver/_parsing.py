"""From a success's bytes to what the caller gets: the generated model, decoded JSON, or bytes.

A body that is not what the document describes raises `APIResponseValidationError`, naming what
came instead; a model's own complaint (`ModelDataError`) names the field.
"""

from __future__ import annotations

from typing import Any

import httpx

from digitalriver_api.runtime import Operation

from ._exceptions import APIResponseValidationError
from ._json import JSONError
from ._json import loads as json_loads


def result(operation: Operation, response: httpx.Response, parse: bool = True) -> Any:
    """The operation's model (or with `parse=False` its decoded JSON), other JSON, bytes, or None."""
    if operation.response_model is not None:
        data = decode_object(operation.response_model, response)
        return parse_model(operation.response_model, data, response) if parse else data
    if operation.response_media is None or not response.content:
        return None
    if operation.response_media.endswith("json"):
        try:
            return json_loads(response.content)
        except JSONError as exc:
            raise APIResponseValidationError(f"expected JSON, got {exc}", response=response) from None
    return response.content


def decode_object(model: type, response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a success, or `APIResponseValidationError` naming what came instead."""
    if not response.content:
        raise APIResponseValidationError(f"expected a {model.__name__}, got an empty body", response=response)
    try:
        data = json_loads(response.content)
    except JSONError as exc:  # says what came instead: not JSON, JSON too deep, a number out of range
        raise APIResponseValidationError(f"expected a {model.__name__}, got {exc}", response=response) from None
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"expected a {model.__name__} object, got JSON {type(data).__name__}", response=response
        )
    return data


def parse_model(model: Any, data: dict[str, Any], response: httpx.Response) -> Any:
    try:
        return model.from_dict(data)
    except ValueError as exc:  # ModelDataError (a ValueError) names the field itself
        raise APIResponseValidationError(f"the body is not a valid {model.__name__}: {exc}", response=response) from exc
    except (TypeError, KeyError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"the body is not a valid {model.__name__}: {type(exc).__name__}: {exc}", response=response
        ) from exc
