from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BAD,
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    Unset,
    copy_json,
    drop_bad,
    dump_datetime,
    json_object,
    read_datetime,
)

T = TypeVar("T", bound="InvoiceStateTransitions")


@_attrs_define(slots=False)
class InvoiceStateTransitions:
    """When the invoice entered each state.

    Attributes:
        draft (datetime.datetime | None | Unset):
        open_ (datetime.datetime | None | Unset):
        paid (datetime.datetime | None | Unset):
        void (datetime.datetime | None | Unset):
        uncollectible (datetime.datetime | None | Unset):
    """

    draft: datetime.datetime | None | Unset = UNSET
    open_: datetime.datetime | None | Unset = UNSET
    paid: datetime.datetime | None | Unset = UNSET
    void: datetime.datetime | None | Unset = UNSET
    uncollectible: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON of `to_dict()`: what `json.dumps` gives for this object, the API's names as keys."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, separators=None if indent else (",", ":"))

    def to_dict(self) -> dict[str, Any]:
        _state = self.__dict__
        _raw: Mapping[str, Any] = _state.get("_raw", NO_RAW)
        _value: Any
        _value = _state.get("additional_properties", NOT_READ)
        if _value is NOT_READ:
            field_dict: dict[str, Any] = (
                {}
                if _raw.keys() <= _KNOWN_KEYS
                else {key: copy_json(value) for key, value in _raw.items() if key not in _KNOWN_KEYS}
            )
        else:
            field_dict = {key: copy_json(value) for key, value in _value.items()}
        _value = dump_datetime(self.draft, _raw.get("draft"))
        if _value is not UNSET:
            field_dict["draft"] = _value
        _value = dump_datetime(self.open_, _raw.get("open"))
        if _value is not UNSET:
            field_dict["open"] = _value
        _value = dump_datetime(self.paid, _raw.get("paid"))
        if _value is not UNSET:
            field_dict["paid"] = _value
        _value = dump_datetime(self.void, _raw.get("void"))
        if _value is not UNSET:
            field_dict["void"] = _value
        _value = dump_datetime(self.uncollectible, _raw.get("uncollectible"))
        if _value is not UNSET:
            field_dict["uncollectible"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "draft": read_datetime(_d.get("draft", UNSET), cls, "draft"),
                "open_": read_datetime(_d.get("open", UNSET), cls, "open"),
                "paid": read_datetime(_d.get("paid", UNSET), cls, "paid"),
                "void": read_datetime(_d.get("void", UNSET), cls, "void"),
                "uncollectible": read_datetime(_d.get("uncollectible", UNSET), cls, "uncollectible"),
                "_raw": _d,
            }
        )
        if _bad is BAD:  # a scalar of the wrong JSON kind: left to be read, and refused, when accessed
            drop_bad(_instance)
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_KNOWN_KEYS = frozenset(
    {
        "draft",
        "open",
        "paid",
        "void",
        "uncollectible",
    }
)
AdditionalProperties.attach(InvoiceStateTransitions, _KNOWN_KEYS)
