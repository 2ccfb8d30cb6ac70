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

T = TypeVar("T", bound="KlarnaAddress")


@_attrs_define(slots=False)
class KlarnaAddress:
    """The shipping address of a Klarna source.

    Attributes:
        line1 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (str | Unset):
        postal_code (str | Unset):
    """

    line1: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
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
        _value = _state.get("line1", NOT_READ)
        if _value is NOT_READ:
            if "line1" in _raw:
                field_dict["line1"] = copy_json(_raw["line1"])
        elif _value is not UNSET:
            field_dict["line1"] = _value
        _value = _state.get("city", NOT_READ)
        if _value is NOT_READ:
            if "city" in _raw:
                field_dict["city"] = copy_json(_raw["city"])
        elif _value is not UNSET:
            field_dict["city"] = _value
        _value = _state.get("state", NOT_READ)
        if _value is NOT_READ:
            if "state" in _raw:
                field_dict["state"] = copy_json(_raw["state"])
        elif _value is not UNSET:
            field_dict["state"] = _value
        _value = _state.get("country", NOT_READ)
        if _value is NOT_READ:
            if "country" in _raw:
                field_dict["country"] = copy_json(_raw["country"])
        elif _value is not UNSET:
            field_dict["country"] = _value
        _value = _state.get("postal_code", NOT_READ)
        if _value is NOT_READ:
            if "postalCode" in _raw:
                field_dict["postalCode"] = copy_json(_raw["postalCode"])
        elif _value is not UNSET:
            field_dict["postalCode"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "line1": _v
                if type(_v := _d.get("line1", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "city": _v if type(_v := _d.get("city", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "state": _v
                if type(_v := _d.get("state", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "country": _v
                if type(_v := _d.get("country", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "postal_code": _v
                if type(_v := _d.get("postalCode", UNSET)) is str or _v is UNSET or _v is None
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
        "line1",
        "city",
        "state",
        "country",
        "postalCode",
    }
)
ScalarField.attach(KlarnaAddress, "line1", "line1", str)
ScalarField.attach(KlarnaAddress, "city", "city", str)
ScalarField.attach(KlarnaAddress, "state", "state", str)
ScalarField.attach(KlarnaAddress, "country", "country", str)
ScalarField.attach(KlarnaAddress, "postal_code", "postalCode", str)
AdditionalProperties.attach(KlarnaAddress, _KNOWN_KEYS)
