from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_choice_shipping_terms import ShippingChoiceShippingTerms
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingChoice")


@_attrs_define
class ShippingChoice:
    """
    Attributes:
        amount (float | Unset):
        tax_amount (float | Unset): Set by Digital River.
        description (str | Unset):
        service_level (str | Unset):
        shipping_terms (ShippingChoiceShippingTerms | Unset):
    """

    amount: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
    description: str | Unset = UNSET
    service_level: str | Unset = UNSET
    shipping_terms: ShippingChoiceShippingTerms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        tax_amount = self.tax_amount

        description = self.description

        service_level = self.service_level

        shipping_terms: str | Unset = UNSET
        if not isinstance(self.shipping_terms, Unset):
            shipping_terms = self.shipping_terms.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if description is not UNSET:
            field_dict["description"] = description
        if service_level is not UNSET:
            field_dict["serviceLevel"] = service_level
        if shipping_terms is not UNSET:
            field_dict["shippingTerms"] = shipping_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        description = d.pop("description", UNSET)

        service_level = d.pop("serviceLevel", UNSET)

        _shipping_terms = d.pop("shippingTerms", UNSET)
        shipping_terms: ShippingChoiceShippingTerms | Unset
        if isinstance(_shipping_terms, Unset):
            shipping_terms = UNSET
        else:
            shipping_terms = ShippingChoiceShippingTerms(_shipping_terms)

        _instance = cls(
            amount=amount,
            tax_amount=tax_amount,
            description=description,
            service_level=service_level,
            shipping_terms=shipping_terms,
        )

        _instance.additional_properties = d
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

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
