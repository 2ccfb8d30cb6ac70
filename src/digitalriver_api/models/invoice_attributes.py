from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_attributes_type import InvoiceAttributesType
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
)

T = TypeVar("T", bound="InvoiceAttributes")


@_attrs_define(slots=False)
class InvoiceAttributes:
    """The invoice attributes of a checkout, for e-invoicing in China and Taiwan.

    Attributes:
        id (str | Unset): The identifier of the invoice attributes.
        type_ (InvoiceAttributesType | None | Unset): The type of invoice.
        customer_id (str | Unset): The identifier of the customer.
        atttributes (list[InvoiceAttributeDetails] | None | Unset): The attributes printed on the invoice.
        created_time (datetime.datetime | None | Unset): The time when the invoice attributes were created.
        updated_time (datetime.datetime | None | Unset): The time when the invoice attributes were last updated.
        live_mode (bool | Unset): True if the object exists in live mode, false in test mode.
    """

    id: str | Unset = UNSET
    """ The identifier of the invoice attributes. """
    type_: InvoiceAttributesType | None | Unset = UNSET
    """ The type of invoice. """
    customer_id: str | Unset = UNSET
    """ The identifier of the customer. """
    atttributes: list[InvoiceAttributeDetails] | None | Unset = UNSET
    """ The attributes printed on the invoice. """
    created_time: datetime.datetime | None | Unset = UNSET
    """ The time when the invoice attributes were created. """
    updated_time: datetime.datetime | None | Unset = UNSET
    """ The time when the invoice attributes were last updated. """
    live_mode: bool | Unset = UNSET
    """ True if the object exists in live mode, false in test mode. """
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
        elif _value is not UNSET:
            field_dict["id"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = None if _value is None else _value.value
        _value = _state.get("customer_id", NOT_READ)
        if _value is NOT_READ:
            if "customerId" in _raw:
                field_dict["customerId"] = copy_json(_raw["customerId"])
        elif _value is not UNSET:
            field_dict["customerId"] = _value
        _value = _state.get("atttributes", NOT_READ)
        if _value is NOT_READ:
            if "atttributes" in _raw:
                field_dict["atttributes"] = copy_json(_raw["atttributes"])
        elif _value is not UNSET:
            field_dict["atttributes"] = None if _value is None else [item.to_dict() for item in _value]
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = dump_datetime(self.updated_time, _raw.get("updatedTime"))
        if _value is not UNSET:
            field_dict["updatedTime"] = _value
        _value = _state.get("live_mode", NOT_READ)
        if _value is NOT_READ:
            if "liveMode" in _raw:
                field_dict["liveMode"] = copy_json(_raw["liveMode"])
        elif _value is not UNSET:
            field_dict["liveMode"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("atttributes")) is not None and not isinstance(_v, list):
            raise field_error(cls, "atttributes", "a JSON array", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "type_": read_enum(InvoiceAttributesType, _d.get("type", UNSET), cls, "type"),
                "customer_id": _v
                if type(_v := _d.get("customerId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "updated_time": read_datetime(_d.get("updatedTime", UNSET), cls, "updatedTime"),
                "live_mode": _v
                if type(_v := _d.get("liveMode", UNSET)) is bool or _v is UNSET or _v is None
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
from ..models.invoice_attribute_details import InvoiceAttributeDetails  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "customerId",
        "atttributes",
        "createdTime",
        "updatedTime",
        "liveMode",
    }
)
ScalarField.attach(InvoiceAttributes, "id", "id", str)
ScalarField.attach(InvoiceAttributes, "customer_id", "customerId", str)
ScalarField.attach(InvoiceAttributes, "live_mode", "liveMode", bool)
LazyField.attach(
    InvoiceAttributes,
    "atttributes",
    "atttributes",
    list_parser(InvoiceAttributeDetails.from_dict),
    "The attributes printed on the invoice.",
)
AdditionalProperties.attach(InvoiceAttributes, _KNOWN_KEYS)
