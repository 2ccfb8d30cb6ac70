from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    BAD,
    NO_RAW,
    UNSET,
    Unset,
    drop_bad,
    dump_datetime,
    json_object,
    read_datetime,
)

T = TypeVar("T", bound="TimeRange")


@_attrs_define(slots=False)
class TimeRange:
    """A range of times; an object is in it when its time meets every bound given.

    Attributes:
        eq (datetime.datetime | None | Unset): Equal to this time.
        gt (datetime.datetime | None | Unset): After this time.
        gte (datetime.datetime | None | Unset): At or after this time.
        lt (datetime.datetime | None | Unset): Before this time.
        lte (datetime.datetime | None | Unset): At or before this time.
    """

    eq: datetime.datetime | None | Unset = UNSET
    """ Equal to this time. """
    gt: datetime.datetime | None | Unset = UNSET
    """ After this time. """
    gte: datetime.datetime | None | Unset = UNSET
    """ At or after this time. """
    lt: datetime.datetime | None | Unset = UNSET
    """ Before this time. """
    lte: datetime.datetime | None | Unset = UNSET
    """ At or before this time. """

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON of `to_dict()`: what `json.dumps` gives for this object, the API's names as keys."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, separators=None if indent else (",", ":"))

    def to_dict(self) -> dict[str, Any]:
        _state = self.__dict__
        _raw: Mapping[str, Any] = _state.get("_raw", NO_RAW)
        _value: Any
        field_dict: dict[str, Any] = {}
        _value = dump_datetime(self.eq, _raw.get("eq"))
        if _value is not UNSET:
            field_dict["eq"] = _value
        _value = dump_datetime(self.gt, _raw.get("gt"))
        if _value is not UNSET:
            field_dict["gt"] = _value
        _value = dump_datetime(self.gte, _raw.get("gte"))
        if _value is not UNSET:
            field_dict["gte"] = _value
        _value = dump_datetime(self.lt, _raw.get("lt"))
        if _value is not UNSET:
            field_dict["lt"] = _value
        _value = dump_datetime(self.lte, _raw.get("lte"))
        if _value is not UNSET:
            field_dict["lte"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "eq": read_datetime(_d.get("eq", UNSET), cls, "eq"),
                "gt": read_datetime(_d.get("gt", UNSET), cls, "gt"),
                "gte": read_datetime(_d.get("gte", UNSET), cls, "gte"),
                "lt": read_datetime(_d.get("lt", UNSET), cls, "lt"),
                "lte": read_datetime(_d.get("lte", UNSET), cls, "lte"),
                "_raw": _d,
            }
        )
        if _bad is BAD:  # a scalar of the wrong JSON kind: left to be read, and refused, when accessed
            drop_bad(_instance)
        return _instance
