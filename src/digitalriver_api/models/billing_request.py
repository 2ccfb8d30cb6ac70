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

T = TypeVar("T", bound="BillingRequest")


@_attrs_define(slots=False)
class BillingRequest:
    """A billing contact in a request, where `address` (an `AddressRequest`) is required.

    Attributes:
        address (AddressRequest): An address in a request, where `country` is required.
        name (str | Unset): The customer's name.
        phone (str | Unset): The customer's phone number.
        email (str | Unset): The customer's email address.
        organization (str | Unset): The organization's name.
        additional_address_info (BillingAdditionalAddressInfo | None | Unset): Additional address information of a
            billing contact, with a title.
    """

    address: AddressRequest
    """ An address in a request, where `country` is required. """
    name: str | Unset = UNSET
    """ The customer's name. """
    phone: str | Unset = UNSET
    """ The customer's phone number. """
    email: str | Unset = UNSET
    """ The customer's email address. """
    organization: str | Unset = UNSET
    """ The organization's name. """
    additional_address_info: BillingAdditionalAddressInfo | None | Unset = UNSET
    """ Additional address information of a billing contact, with a title. """
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
        field_dict["address"] = self.address.to_dict()
        _value = _state.get("name", NOT_READ)
        if _value is NOT_READ:
            if "name" in _raw:
                field_dict["name"] = copy_json(_raw["name"])
        elif _value is not UNSET:
            field_dict["name"] = _value
        _value = _state.get("phone", NOT_READ)
        if _value is NOT_READ:
            if "phone" in _raw:
                field_dict["phone"] = copy_json(_raw["phone"])
        elif _value is not UNSET:
            field_dict["phone"] = _value
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
        if (_v := _d.get("additionalAddressInfo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "additionalAddressInfo", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "address": AddressRequest.from_dict(_d["address"]),
                "name": _v if type(_v := _d.get("name", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "phone": _v
                if type(_v := _d.get("phone", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "email": _v
                if type(_v := _d.get("email", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "organization": _v
                if type(_v := _d.get("organization", UNSET)) is str or _v is UNSET or _v is None
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
from ..models.address_request import AddressRequest  # noqa: E402
from ..models.billing_additional_address_info import BillingAdditionalAddressInfo  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "address",
        "name",
        "phone",
        "email",
        "organization",
        "additionalAddressInfo",
    }
)
ScalarField.attach(BillingRequest, "name", "name", str)
ScalarField.attach(BillingRequest, "phone", "phone", str)
ScalarField.attach(BillingRequest, "email", "email", str)
ScalarField.attach(BillingRequest, "organization", "organization", str)
LazyField.attach(
    BillingRequest,
    "additional_address_info",
    "additionalAddressInfo",
    BillingAdditionalAddressInfo.from_dict,
    "Additional address information of a billing contact, with a title.",
)
AdditionalProperties.attach(BillingRequest, _KNOWN_KEYS)
