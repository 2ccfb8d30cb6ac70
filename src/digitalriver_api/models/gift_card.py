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
    ScalarField,
    Unset,
    copy_json,
    drop_bad,
    json_object,
)

T = TypeVar("T", bound="GiftCard")


@_attrs_define(slots=False)
class GiftCard:
    """
    Attributes:
        card_currency (str | Unset):
        conversion_rate (float | Unset):
        last_four_digits (int | Unset):
    """

    card_currency: str | Unset = UNSET
    conversion_rate: float | Unset = UNSET
    last_four_digits: int | Unset = UNSET
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
        _value = _state.get("card_currency", NOT_READ)
        if _value is NOT_READ:
            if "cardCurrency" in _raw:
                field_dict["cardCurrency"] = copy_json(_raw["cardCurrency"])
        elif _value is not UNSET:
            field_dict["cardCurrency"] = _value
        _value = _state.get("conversion_rate", NOT_READ)
        if _value is NOT_READ:
            if "conversionRate" in _raw:
                field_dict["conversionRate"] = copy_json(_raw["conversionRate"])
        elif _value is not UNSET:
            field_dict["conversionRate"] = _value
        _value = _state.get("last_four_digits", NOT_READ)
        if _value is NOT_READ:
            if "lastFourDigits" in _raw:
                field_dict["lastFourDigits"] = copy_json(_raw["lastFourDigits"])
        elif _value is not UNSET:
            field_dict["lastFourDigits"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "card_currency": _v
                if type(_v := _d.get("cardCurrency", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "conversion_rate": _v
                if (type(_v := _d.get("conversionRate", UNSET)) is float or type(_v) is int)
                or _v is UNSET
                or _v is None
                else (_bad := BAD),
                "last_four_digits": _v
                if type(_v := _d.get("lastFourDigits", UNSET)) is int or _v is UNSET or _v is None
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


_KNOWN_KEYS = frozenset(
    {
        "cardCurrency",
        "conversionRate",
        "lastFourDigits",
    }
)
ScalarField.attach(GiftCard, "card_currency", "cardCurrency", str)
ScalarField.attach(GiftCard, "conversion_rate", "conversionRate", float)
ScalarField.attach(GiftCard, "last_four_digits", "lastFourDigits", int)
AdditionalProperties.attach(GiftCard, _KNOWN_KEYS)
