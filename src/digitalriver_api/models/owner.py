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
)

T = TypeVar("T", bound="Owner")


@_attrs_define(slots=False)
class Owner:
    """The owner of a payment source.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        organization (str | Unset):
        upstream_id (str | Unset): The customer ID if it is different from the Digital River customer ID (external
            reference ID).
        address (Address | None | Unset):
        additional_address_info (AdditionalAddressInfo | None | Unset): Additional address information.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    organization: str | Unset = UNSET
    upstream_id: str | Unset = UNSET
    """ The customer ID if it is different from the Digital River customer ID (external reference ID). """
    address: Address | None | Unset = UNSET
    additional_address_info: AdditionalAddressInfo | None | Unset = UNSET
    """ Additional address information. """
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
        _value = _state.get("first_name", NOT_READ)
        if _value is NOT_READ:
            if "firstName" in _raw:
                field_dict["firstName"] = copy_json(_raw["firstName"])
        elif _value is not UNSET:
            field_dict["firstName"] = _value
        _value = _state.get("last_name", NOT_READ)
        if _value is NOT_READ:
            if "lastName" in _raw:
                field_dict["lastName"] = copy_json(_raw["lastName"])
        elif _value is not UNSET:
            field_dict["lastName"] = _value
        _value = _state.get("email", NOT_READ)
        if _value is NOT_READ:
            if "email" in _raw:
                field_dict["email"] = copy_json(_raw["email"])
        elif _value is not UNSET:
            field_dict["email"] = _value
        _value = _state.get("organization", NOT_READ)
        if _value is NOT_READ:
            if "organization" in _raw:
                field_dict["organization"] = copy_json(_raw["organization"])
        elif _value is not UNSET:
            field_dict["organization"] = _value
        _value = _state.get("upstream_id", NOT_READ)
        if _value is NOT_READ:
            if "upstreamId" in _raw:
                field_dict["upstreamId"] = copy_json(_raw["upstreamId"])
        elif _value is not UNSET:
            field_dict["upstreamId"] = _value
        _value = _state.get("address", NOT_READ)
        if _value is NOT_READ:
            if "address" in _raw:
                field_dict["address"] = copy_json(_raw["address"])
        elif _value is not UNSET:
            field_dict["address"] = None if _value is None else _value.to_dict()
        _value = _state.get("additional_address_info", NOT_READ)
        if _value is NOT_READ:
            if "additionalAddressInfo" in _raw:
                field_dict["additionalAddressInfo"] = copy_json(_raw["additionalAddressInfo"])
        elif _value is not UNSET:
            field_dict["additionalAddressInfo"] = None if _value is None else _value.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("address")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "address", "a JSON object", _v)
        if (_v := _d.get("additionalAddressInfo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "additionalAddressInfo", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "first_name": _v
                if type(_v := _d.get("firstName", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "last_name": _v
                if type(_v := _d.get("lastName", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "email": _v
                if type(_v := _d.get("email", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "organization": _v
                if type(_v := _d.get("organization", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "upstream_id": _v
                if type(_v := _d.get("upstreamId", UNSET)) is str or _v is UNSET or _v is None
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
from ..models.additional_address_info import AdditionalAddressInfo  # noqa: E402
from ..models.address import Address  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "firstName",
        "lastName",
        "email",
        "organization",
        "upstreamId",
        "address",
        "additionalAddressInfo",
    }
)
ScalarField.attach(Owner, "first_name", "firstName", str)
ScalarField.attach(Owner, "last_name", "lastName", str)
ScalarField.attach(Owner, "email", "email", str)
ScalarField.attach(Owner, "organization", "organization", str)
ScalarField.attach(Owner, "upstream_id", "upstreamId", str)
LazyField.attach(Owner, "address", "address", Address.from_dict, "")
LazyField.attach(
    Owner,
    "additional_address_info",
    "additionalAddressInfo",
    AdditionalAddressInfo.from_dict,
    "Additional address information.",
)
AdditionalProperties.attach(Owner, _KNOWN_KEYS)
