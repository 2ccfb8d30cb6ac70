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
    UNSET,
    AdditionalProperties,
    LazyField,
    ScalarField,
    Unset,
    copy_json,
    drop_bad,
    field_error,
    json_object,
    list_parser,
)

T = TypeVar("T", bound="Fees")


@_attrs_define(slots=False)
class Fees:
    """
    Attributes:
        details (list[FeeDetail] | None | Unset):
        amount (float | Unset):
        tax_amount (float | Unset):
    """

    details: list[FeeDetail] | None | Unset = UNSET
    amount: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
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
        _value = _state.get("details", NOT_READ)
        if _value is NOT_READ:
            if "details" in _raw:
                field_dict["details"] = copy_json(_raw["details"])
        elif _value is not UNSET:
            field_dict["details"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("amount", NOT_READ)
        if _value is NOT_READ:
            if "amount" in _raw:
                field_dict["amount"] = copy_json(_raw["amount"])
        elif _value is not UNSET:
            field_dict["amount"] = _value
        _value = _state.get("tax_amount", NOT_READ)
        if _value is NOT_READ:
            if "taxAmount" in _raw:
                field_dict["taxAmount"] = copy_json(_raw["taxAmount"])
        elif _value is not UNSET:
            field_dict["taxAmount"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("details")) is not None and not isinstance(_v, list):
            raise field_error(cls, "details", "a JSON array", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "amount": _v
                if (type(_v := _d.get("amount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "tax_amount": _v
                if (type(_v := _d.get("taxAmount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
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
from ..models.fee_detail import FeeDetail  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "details",
        "amount",
        "taxAmount",
    }
)
ScalarField.attach(Fees, "amount", "amount", float)
ScalarField.attach(Fees, "tax_amount", "taxAmount", float)
LazyField.attach(Fees, "details", "details", list_parser(FeeDetail.from_dict), "")
AdditionalProperties.attach(Fees, _KNOWN_KEYS)
