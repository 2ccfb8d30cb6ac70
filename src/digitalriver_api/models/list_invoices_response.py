from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BAD,
    NO_RAW,
    NOT_READ,
    AdditionalProperties,
    ScalarField,
    copy_json,
    drop_bad,
    json_object,
    read_list,
)

T = TypeVar("T", bound="ListInvoicesResponse")


@_attrs_define(slots=False)
class ListInvoicesResponse:
    """
    Attributes:
        has_more (bool): Whether more objects follow this page.
        data (list[Invoice]):
    """

    has_more: bool
    """ Whether more objects follow this page. """
    data: list[Invoice]
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
        _value = _state.get("has_more", NOT_READ)
        if _value is NOT_READ:
            if "hasMore" in _raw:
                field_dict["hasMore"] = copy_json(_raw["hasMore"])
        else:
            field_dict["hasMore"] = _value
        field_dict["data"] = [item.to_dict() for item in self.data]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "has_more": _v if type(_v := _d["hasMore"]) is bool or _v is None else (_bad := BAD),
                "data": read_list(Invoice.from_dict, _d["data"], cls, "data"),
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


# Imported after the class, so that models that refer to each other import in either order.
from ..models.invoice import Invoice  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "hasMore",
        "data",
    }
)
ScalarField.attach(ListInvoicesResponse, "has_more", "hasMore", bool)
AdditionalProperties.attach(ListInvoicesResponse, _KNOWN_KEYS)
