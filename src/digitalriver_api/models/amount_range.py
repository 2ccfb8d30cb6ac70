from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    NO_RAW,
    UNSET,
    Unset,
    json_object,
)

T = TypeVar("T", bound="AmountRange")


@_attrs_define(slots=False)
class AmountRange:
    """A range of amounts; an object is in it when its amount meets every bound given.

    Attributes:
        eq (float | Unset): Equal to this amount.
        gt (float | Unset): Greater than this amount.
        gte (float | Unset): Greater than or equal to this amount.
        lt (float | Unset): Less than this amount.
        lte (float | Unset): Less than or equal to this amount.
    """

    eq: float | Unset = UNSET
    """ Equal to this amount. """
    gt: float | Unset = UNSET
    """ Greater than this amount. """
    gte: float | Unset = UNSET
    """ Greater than or equal to this amount. """
    lt: float | Unset = UNSET
    """ Less than this amount. """
    lte: float | Unset = UNSET
    """ Less than or equal to this amount. """

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON of `to_dict()`: what `json.dumps` gives for this object, the API's names as keys."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, separators=None if indent else (",", ":"))

    def to_dict(self) -> dict[str, Any]:
        _state = self.__dict__
        _raw: Mapping[str, Any] = _state.get("_raw", NO_RAW)
        _value: Any
        field_dict: dict[str, Any] = {}
        if self.eq is not UNSET:
            field_dict["eq"] = self.eq
        if self.gt is not UNSET:
            field_dict["gt"] = self.gt
        if self.gte is not UNSET:
            field_dict["gte"] = self.gte
        if self.lt is not UNSET:
            field_dict["lt"] = self.lt
        if self.lte is not UNSET:
            field_dict["lte"] = self.lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "eq": _d.get("eq", UNSET),
                "gt": _d.get("gt", UNSET),
                "gte": _d.get("gte", UNSET),
                "lt": _d.get("lt", UNSET),
                "lte": _d.get("lte", UNSET),
                "_raw": _d,
            }
        )
        return _instance
