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

T = TypeVar("T", bound="AdditionalAddressInfo")


@_attrs_define(slots=False)
class AdditionalAddressInfo:
    """Additional address information.

    Attributes:
        neighborhood (str | Unset): Additional neighborhood information.
        division (str | Unset): Division or department.
        phonetic_name (str | Unset): The phonetic name.
    """

    neighborhood: str | Unset = UNSET
    """ Additional neighborhood information. """
    division: str | Unset = UNSET
    """ Division or department. """
    phonetic_name: str | Unset = UNSET
    """ The phonetic name. """
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
        _value = _state.get("neighborhood", NOT_READ)
        if _value is NOT_READ:
            if "neighborhood" in _raw:
                field_dict["neighborhood"] = copy_json(_raw["neighborhood"])
        elif _value is not UNSET:
            field_dict["neighborhood"] = _value
        _value = _state.get("division", NOT_READ)
        if _value is NOT_READ:
            if "division" in _raw:
                field_dict["division"] = copy_json(_raw["division"])
        elif _value is not UNSET:
            field_dict["division"] = _value
        _value = _state.get("phonetic_name", NOT_READ)
        if _value is NOT_READ:
            if "phoneticName" in _raw:
                field_dict["phoneticName"] = copy_json(_raw["phoneticName"])
        elif _value is not UNSET:
            field_dict["phoneticName"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "neighborhood": _v
                if type(_v := _d.get("neighborhood", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "division": _v
                if type(_v := _d.get("division", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "phonetic_name": _v
                if type(_v := _d.get("phoneticName", UNSET)) is str or _v is UNSET or _v is None
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
        "neighborhood",
        "division",
        "phoneticName",
    }
)
ScalarField.attach(AdditionalAddressInfo, "neighborhood", "neighborhood", str)
ScalarField.attach(AdditionalAddressInfo, "division", "division", str)
ScalarField.attach(AdditionalAddressInfo, "phonetic_name", "phoneticName", str)
AdditionalProperties.attach(AdditionalAddressInfo, _KNOWN_KEYS)
