from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    Unset,
    copy_json,
    json_object,
)

T = TypeVar("T", bound="AddressRequest")


@_attrs_define(slots=False)
class AddressRequest:
    """An address in a request, where `country` is required.

    Attributes:
        country (str): Two-letter country code.
        line1 (str | Unset): The first line of the address.
        line2 (str | Unset): The second line of the address.
        city (str | Unset): The name of the city.
        postal_code (str | Unset): ZIP or postal code.
        state (str | Unset): State/County/Province/Region.
    """

    country: str
    """ Two-letter country code. """
    line1: str | Unset = UNSET
    """ The first line of the address. """
    line2: str | Unset = UNSET
    """ The second line of the address. """
    city: str | Unset = UNSET
    """ The name of the city. """
    postal_code: str | Unset = UNSET
    """ ZIP or postal code. """
    state: str | Unset = UNSET
    """ State/County/Province/Region. """
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
        field_dict["country"] = self.country
        if self.line1 is not UNSET:
            field_dict["line1"] = self.line1
        if self.line2 is not UNSET:
            field_dict["line2"] = self.line2
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code
        if self.state is not UNSET:
            field_dict["state"] = self.state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "country": _d["country"],
                "line1": _d.get("line1", UNSET),
                "line2": _d.get("line2", UNSET),
                "city": _d.get("city", UNSET),
                "postal_code": _d.get("postalCode", UNSET),
                "state": _d.get("state", UNSET),
                "_raw": _d,
            }
        )
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
        "country",
        "line1",
        "line2",
        "city",
        "postalCode",
        "state",
    }
)
AdditionalProperties.attach(AddressRequest, _KNOWN_KEYS)
