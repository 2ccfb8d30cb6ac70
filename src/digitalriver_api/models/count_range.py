from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    BAD,
    NO_RAW,
    NOT_READ,
    UNSET,
    ScalarField,
    Unset,
    copy_json,
    drop_bad,
    json_object,
)

T = TypeVar("T", bound="CountRange")


@_attrs_define(slots=False)
class CountRange:
    """A range of counts; an object is in it when its count meets every bound given.

    Attributes:
        eq (int | Unset): Equal to this count.
        gt (int | Unset): Greater than this count.
        gte (int | Unset): Greater than or equal to this count.
        lt (int | Unset): Less than this count.
        lte (int | Unset): Less than or equal to this count.
    """

    eq: int | Unset = UNSET
    """ Equal to this count. """
    gt: int | Unset = UNSET
    """ Greater than this count. """
    gte: int | Unset = UNSET
    """ Greater than or equal to this count. """
    lt: int | Unset = UNSET
    """ Less than this count. """
    lte: int | Unset = UNSET
    """ Less than or equal to this count. """

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON of `to_dict()`: what `json.dumps` gives for this object, the API's names as keys."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, separators=None if indent else (",", ":"))

    def to_dict(self) -> dict[str, Any]:
        _state = self.__dict__
        _raw: Mapping[str, Any] = _state.get("_raw", NO_RAW)
        _value: Any
        field_dict: dict[str, Any] = {}
        _value = _state.get("eq", NOT_READ)
        if _value is NOT_READ:
            if "eq" in _raw:
                field_dict["eq"] = copy_json(_raw["eq"])
        elif _value is not UNSET:
            field_dict["eq"] = _value
        _value = _state.get("gt", NOT_READ)
        if _value is NOT_READ:
            if "gt" in _raw:
                field_dict["gt"] = copy_json(_raw["gt"])
        elif _value is not UNSET:
            field_dict["gt"] = _value
        _value = _state.get("gte", NOT_READ)
        if _value is NOT_READ:
            if "gte" in _raw:
                field_dict["gte"] = copy_json(_raw["gte"])
        elif _value is not UNSET:
            field_dict["gte"] = _value
        _value = _state.get("lt", NOT_READ)
        if _value is NOT_READ:
            if "lt" in _raw:
                field_dict["lt"] = copy_json(_raw["lt"])
        elif _value is not UNSET:
            field_dict["lt"] = _value
        _value = _state.get("lte", NOT_READ)
        if _value is NOT_READ:
            if "lte" in _raw:
                field_dict["lte"] = copy_json(_raw["lte"])
        elif _value is not UNSET:
            field_dict["lte"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "eq": _v if type(_v := _d.get("eq", UNSET)) is int or _v is UNSET or _v is None else (_bad := BAD),
                "gt": _v if type(_v := _d.get("gt", UNSET)) is int or _v is UNSET or _v is None else (_bad := BAD),
                "gte": _v if type(_v := _d.get("gte", UNSET)) is int or _v is UNSET or _v is None else (_bad := BAD),
                "lt": _v if type(_v := _d.get("lt", UNSET)) is int or _v is UNSET or _v is None else (_bad := BAD),
                "lte": _v if type(_v := _d.get("lte", UNSET)) is int or _v is UNSET or _v is None else (_bad := BAD),
                "_raw": _d,
            }
        )
        if _bad is BAD:  # a scalar of the wrong JSON kind: left to be read, and refused, when accessed
            drop_bad(_instance)
        return _instance


ScalarField.attach(CountRange, "eq", "eq", int)
ScalarField.attach(CountRange, "gt", "gt", int)
ScalarField.attach(CountRange, "gte", "gte", int)
ScalarField.attach(CountRange, "lt", "lt", int)
ScalarField.attach(CountRange, "lte", "lte", int)
