from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_choice_request_shipping_terms import ShippingChoiceRequestShippingTerms
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
    read_enum,
)

T = TypeVar("T", bound="ShippingChoiceRequest")


@_attrs_define(slots=False)
class ShippingChoiceRequest:
    """The shipping choice of a request: that of a checkout without `taxAmount`, which Digital River sets.

    Attributes:
        id (str | Unset): The unique identifier of the shipment.
        amount (float | Unset): The shipping amount.
        description (str | Unset): A description of the shipping choice.
        service_level (str | Unset): A shipping code that represents the service level.
        shipping_terms (ShippingChoiceRequestShippingTerms | None | Unset): How the landed cost is paid: DDP (Delivered
            Duty Paid) at checkout, DAP (Delivered At Place) duties and fees on delivery.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the shipment. """
    amount: float | Unset = UNSET
    """ The shipping amount. """
    description: str | Unset = UNSET
    """ A description of the shipping choice. """
    service_level: str | Unset = UNSET
    """ A shipping code that represents the service level. """
    shipping_terms: ShippingChoiceRequestShippingTerms | None | Unset = UNSET
    """ How the landed cost is paid: DDP (Delivered Duty Paid) at checkout, DAP (Delivered At Place) duties and fees
    on delivery. """
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
        _value = _state.get("amount", NOT_READ)
        if _value is NOT_READ:
            if "amount" in _raw:
                field_dict["amount"] = copy_json(_raw["amount"])
        elif _value is not UNSET:
            field_dict["amount"] = _value
        _value = _state.get("description", NOT_READ)
        if _value is NOT_READ:
            if "description" in _raw:
                field_dict["description"] = copy_json(_raw["description"])
        elif _value is not UNSET:
            field_dict["description"] = _value
        _value = _state.get("service_level", NOT_READ)
        if _value is NOT_READ:
            if "serviceLevel" in _raw:
                field_dict["serviceLevel"] = copy_json(_raw["serviceLevel"])
        elif _value is not UNSET:
            field_dict["serviceLevel"] = _value
        _value = self.shipping_terms
        if _value is not UNSET:
            field_dict["shippingTerms"] = None if _value is None else _value.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "amount": _v
                if (type(_v := _d.get("amount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "description": _v
                if type(_v := _d.get("description", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "service_level": _v
                if type(_v := _d.get("serviceLevel", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "shipping_terms": read_enum(
                    ShippingChoiceRequestShippingTerms, _d.get("shippingTerms", UNSET), cls, "shippingTerms"
                ),
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
        "id",
        "amount",
        "description",
        "serviceLevel",
        "shippingTerms",
    }
)
ScalarField.attach(ShippingChoiceRequest, "id", "id", str)
ScalarField.attach(ShippingChoiceRequest, "amount", "amount", float)
ScalarField.attach(ShippingChoiceRequest, "description", "description", str)
ScalarField.attach(ShippingChoiceRequest, "service_level", "serviceLevel", str)
AdditionalProperties.attach(ShippingChoiceRequest, _KNOWN_KEYS)
