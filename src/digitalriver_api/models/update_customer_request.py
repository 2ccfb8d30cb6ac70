from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
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
    read_enum,
)

T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define(slots=False)
class UpdateCustomerRequest:
    """The body of a request that updates a customer.

    Attributes:
        email (str | Unset):
        shipping (ShippingRequest | None | Unset): A shipping contact in a request; its address is an `AddressRequest`.
            Responses use `Shipping`.
        default_source_id (str | Unset):
        tax_certificate (TaxCertificateRequest | None | Unset): A tax certificate in a request, where every field is
            required.
        request_to_be_forgotten (bool | Unset): If true, indicates this customer has submitted a request to be
            forgotten.
        type_ (CustomerType | None | Unset): The type of customer.
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
        locale (str | Unset):
        enabled (bool | Unset):
    """

    email: str | Unset = UNSET
    shipping: ShippingRequest | None | Unset = UNSET
    """ A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`. """
    default_source_id: str | Unset = UNSET
    tax_certificate: TaxCertificateRequest | None | Unset = UNSET
    """ A tax certificate in a request, where every field is required. """
    request_to_be_forgotten: bool | Unset = UNSET
    """ If true, indicates this customer has submitted a request to be forgotten. """
    type_: CustomerType | None | Unset = UNSET
    """ The type of customer. """
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
    locale: str | Unset = UNSET
    enabled: bool | Unset = UNSET
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
        _value = _state.get("email", NOT_READ)
        if _value is NOT_READ:
            if "email" in _raw:
                field_dict["email"] = copy_json(_raw["email"])
        elif _value is not UNSET:
            field_dict["email"] = _value
        _value = _state.get("shipping", NOT_READ)
        if _value is NOT_READ:
            if "shipping" in _raw:
                field_dict["shipping"] = copy_json(_raw["shipping"])
        elif _value is not UNSET:
            field_dict["shipping"] = None if _value is None else _value.to_dict()
        _value = _state.get("default_source_id", NOT_READ)
        if _value is NOT_READ:
            if "defaultSourceId" in _raw:
                field_dict["defaultSourceId"] = copy_json(_raw["defaultSourceId"])
        elif _value is not UNSET:
            field_dict["defaultSourceId"] = _value
        _value = _state.get("tax_certificate", NOT_READ)
        if _value is NOT_READ:
            if "taxCertificate" in _raw:
                field_dict["taxCertificate"] = copy_json(_raw["taxCertificate"])
        elif _value is not UNSET:
            field_dict["taxCertificate"] = None if _value is None else _value.to_dict()
        _value = _state.get("request_to_be_forgotten", NOT_READ)
        if _value is NOT_READ:
            if "requestToBeForgotten" in _raw:
                field_dict["requestToBeForgotten"] = copy_json(_raw["requestToBeForgotten"])
        elif _value is not UNSET:
            field_dict["requestToBeForgotten"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = None if _value is None else _value.value
        _value = _state.get("metadata", NOT_READ)
        if _value is NOT_READ:
            if "metadata" in _raw:
                field_dict["metadata"] = copy_json(_raw["metadata"])
        elif _value is not UNSET:
            field_dict["metadata"] = None if _value is None else _value.to_dict()
        _value = _state.get("locale", NOT_READ)
        if _value is NOT_READ:
            if "locale" in _raw:
                field_dict["locale"] = copy_json(_raw["locale"])
        elif _value is not UNSET:
            field_dict["locale"] = _value
        _value = _state.get("enabled", NOT_READ)
        if _value is NOT_READ:
            if "enabled" in _raw:
                field_dict["enabled"] = copy_json(_raw["enabled"])
        elif _value is not UNSET:
            field_dict["enabled"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("shipping")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipping", "a JSON object", _v)
        if (_v := _d.get("taxCertificate")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "taxCertificate", "a JSON object", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "email": _v
                if type(_v := _d.get("email", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "default_source_id": _v
                if type(_v := _d.get("defaultSourceId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "request_to_be_forgotten": _v
                if type(_v := _d.get("requestToBeForgotten", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "type_": read_enum(CustomerType, _d.get("type", UNSET), cls, "type"),
                "locale": _v
                if type(_v := _d.get("locale", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "enabled": _v
                if type(_v := _d.get("enabled", UNSET)) is bool or _v is UNSET or _v is None
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
from ..models.metadata import Metadata  # noqa: E402
from ..models.shipping_request import ShippingRequest  # noqa: E402
from ..models.tax_certificate_request import TaxCertificateRequest  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "email",
        "shipping",
        "defaultSourceId",
        "taxCertificate",
        "requestToBeForgotten",
        "type",
        "metadata",
        "locale",
        "enabled",
    }
)
ScalarField.attach(UpdateCustomerRequest, "email", "email", str)
ScalarField.attach(UpdateCustomerRequest, "default_source_id", "defaultSourceId", str)
ScalarField.attach(UpdateCustomerRequest, "request_to_be_forgotten", "requestToBeForgotten", bool)
ScalarField.attach(UpdateCustomerRequest, "locale", "locale", str)
ScalarField.attach(UpdateCustomerRequest, "enabled", "enabled", bool)
LazyField.attach(
    UpdateCustomerRequest,
    "shipping",
    "shipping",
    ShippingRequest.from_dict,
    "A shipping contact in a request; its address is an `AddressRequest`. Responses use `Shipping`.",
)
LazyField.attach(
    UpdateCustomerRequest,
    "tax_certificate",
    "taxCertificate",
    TaxCertificateRequest.from_dict,
    "A tax certificate in a request, where every field is required.",
)
LazyField.attach(
    UpdateCustomerRequest,
    "metadata",
    "metadata",
    Metadata.from_dict,
    "Key-value pairs of the caller's own, returned as given.",
)
AdditionalProperties.attach(UpdateCustomerRequest, _KNOWN_KEYS)
