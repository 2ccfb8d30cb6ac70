from __future__ import annotations

import datetime
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
    dump_datetime,
    field_error,
    json_object,
    list_parser,
    read_datetime,
    read_enum,
    scalar_item,
)

T = TypeVar("T", bound="Customer")


@_attrs_define(slots=False)
class Customer:
    """The Customer object contains the customer's information.

    Attributes:
        id (str): Unique identifier of the customer.
        created_time (datetime.datetime | None | Unset): The time when the customer was created.
        email (str | Unset): The customer email address.
        shipping (Shipping | None | Unset): A shipping contact.
        default_source_id (str | Unset): The ID of the default payment source attached to this customer.
        sources (list[Source] | None | Unset):
        tax_identifiers (list[CustomerTaxIdentifier] | None | Unset):
        tax_certificates (list[TaxCertificate] | None | Unset):
        invoices (list[str] | None | Unset): A list of invoices for this customer.
        request_to_be_forgotten (bool | Unset): If true, indicates this customer requested to be forgotten.
        type_ (CustomerType | None | Unset): The type of customer.
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
        locale (str | Unset): Locale designator combining two-letter ISO 639-1 language code with ISO 3166-1 alpha-2
            country code.
        enabled (bool | Unset): If false, attempts to create orders for the customer will fail.
        live_mode (bool | Unset): True if the object exists in live mode, false in test mode.
        updated_time (datetime.datetime | None | Unset): The time when the customer was last updated.
    """

    id: str
    """ Unique identifier of the customer. """
    created_time: datetime.datetime | None | Unset = UNSET
    """ The time when the customer was created. """
    email: str | Unset = UNSET
    """ The customer email address. """
    shipping: Shipping | None | Unset = UNSET
    """ A shipping contact. """
    default_source_id: str | Unset = UNSET
    """ The ID of the default payment source attached to this customer. """
    sources: list[Source] | None | Unset = UNSET
    tax_identifiers: list[CustomerTaxIdentifier] | None | Unset = UNSET
    tax_certificates: list[TaxCertificate] | None | Unset = UNSET
    invoices: list[str] | None | Unset = UNSET
    """ A list of invoices for this customer. """
    request_to_be_forgotten: bool | Unset = UNSET
    """ If true, indicates this customer requested to be forgotten. """
    type_: CustomerType | None | Unset = UNSET
    """ The type of customer. """
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
    locale: str | Unset = UNSET
    """ Locale designator combining two-letter ISO 639-1 language code with ISO 3166-1 alpha-2 country code. """
    enabled: bool | Unset = UNSET
    """ If false, attempts to create orders for the customer will fail. """
    live_mode: bool | Unset = UNSET
    """ True if the object exists in live mode, false in test mode. """
    updated_time: datetime.datetime | None | Unset = UNSET
    """ The time when the customer was last updated. """
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
        _value = _state.get("id", NOT_READ)
        if _value is NOT_READ:
            if "id" in _raw:
                field_dict["id"] = copy_json(_raw["id"])
        else:
            field_dict["id"] = _value
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
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
        _value = _state.get("sources", NOT_READ)
        if _value is NOT_READ:
            if "sources" in _raw:
                field_dict["sources"] = copy_json(_raw["sources"])
        elif _value is not UNSET:
            field_dict["sources"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("tax_identifiers", NOT_READ)
        if _value is NOT_READ:
            if "taxIdentifiers" in _raw:
                field_dict["taxIdentifiers"] = copy_json(_raw["taxIdentifiers"])
        elif _value is not UNSET:
            field_dict["taxIdentifiers"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("tax_certificates", NOT_READ)
        if _value is NOT_READ:
            if "taxCertificates" in _raw:
                field_dict["taxCertificates"] = copy_json(_raw["taxCertificates"])
        elif _value is not UNSET:
            field_dict["taxCertificates"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("invoices", NOT_READ)
        if _value is NOT_READ:
            if "invoices" in _raw:
                field_dict["invoices"] = copy_json(_raw["invoices"])
        elif _value is not UNSET:
            field_dict["invoices"] = None if _value is None else copy_json(_value)
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
        _value = _state.get("live_mode", NOT_READ)
        if _value is NOT_READ:
            if "liveMode" in _raw:
                field_dict["liveMode"] = copy_json(_raw["liveMode"])
        elif _value is not UNSET:
            field_dict["liveMode"] = _value
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("shipping")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipping", "a JSON object", _v)
        if (_v := _d.get("sources")) is not None and not isinstance(_v, list):
            raise field_error(cls, "sources", "a JSON array", _v)
        if (_v := _d.get("taxIdentifiers")) is not None and not isinstance(_v, list):
            raise field_error(cls, "taxIdentifiers", "a JSON array", _v)
        if (_v := _d.get("taxCertificates")) is not None and not isinstance(_v, list):
            raise field_error(cls, "taxCertificates", "a JSON array", _v)
        if (_v := _d.get("invoices")) is not None and not isinstance(_v, list):
            raise field_error(cls, "invoices", "a JSON array", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d["id"]) is str or _v is None else (_bad := BAD),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
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
                "live_mode": _v
                if type(_v := _d.get("liveMode", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
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
from ..models.customer_tax_identifier import CustomerTaxIdentifier  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.shipping import Shipping  # noqa: E402
from ..models.source import Source  # noqa: E402
from ..models.tax_certificate import TaxCertificate  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdTime",
        "email",
        "shipping",
        "defaultSourceId",
        "sources",
        "taxIdentifiers",
        "taxCertificates",
        "invoices",
        "requestToBeForgotten",
        "type",
        "metadata",
        "locale",
        "enabled",
        "liveMode",
        "updatedTime",
    }
)
ScalarField.attach(Customer, "id", "id", str)
ScalarField.attach(Customer, "email", "email", str)
ScalarField.attach(Customer, "default_source_id", "defaultSourceId", str)
ScalarField.attach(Customer, "request_to_be_forgotten", "requestToBeForgotten", bool)
ScalarField.attach(Customer, "locale", "locale", str)
ScalarField.attach(Customer, "enabled", "enabled", bool)
ScalarField.attach(Customer, "live_mode", "liveMode", bool)
LazyField.attach(Customer, "shipping", "shipping", Shipping.from_dict, "A shipping contact.")
LazyField.attach(Customer, "sources", "sources", list_parser(Source.from_dict), "")
LazyField.attach(Customer, "tax_identifiers", "taxIdentifiers", list_parser(CustomerTaxIdentifier.from_dict), "")
LazyField.attach(Customer, "tax_certificates", "taxCertificates", list_parser(TaxCertificate.from_dict), "")
LazyField.attach(
    Customer, "invoices", "invoices", list_parser(scalar_item(str)), "A list of invoices for this customer."
)
LazyField.attach(
    Customer, "metadata", "metadata", Metadata.from_dict, "Key-value pairs of the caller's own, returned as given."
)
AdditionalProperties.attach(Customer, _KNOWN_KEYS)
