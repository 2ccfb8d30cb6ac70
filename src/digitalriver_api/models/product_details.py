from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_details_weight_unit import ProductDetailsWeightUnit
from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    Unset,
    copy_json,
    json_object,
    read_enum,
)

T = TypeVar("T", bound="ProductDetails")


@_attrs_define(slots=False)
class ProductDetails:
    """
    Attributes:
        id (str | Unset):
        sku_group_id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        item_breadcrumb (str | Unset):
        url (str | Unset):
        country_of_origin (str | Unset):
        image (str | Unset):
        weight (float | Unset):
        weight_unit (ProductDetailsWeightUnit | None | Unset):
        part_number (str | Unset):
        partner_account_id (str | Unset):
    """

    id: str | Unset = UNSET
    sku_group_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    item_breadcrumb: str | Unset = UNSET
    url: str | Unset = UNSET
    country_of_origin: str | Unset = UNSET
    image: str | Unset = UNSET
    weight: float | Unset = UNSET
    weight_unit: ProductDetailsWeightUnit | None | Unset = UNSET
    part_number: str | Unset = UNSET
    partner_account_id: str | Unset = UNSET
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
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.sku_group_id is not UNSET:
            field_dict["skuGroupId"] = self.sku_group_id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.item_breadcrumb is not UNSET:
            field_dict["itemBreadcrumb"] = self.item_breadcrumb
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.country_of_origin is not UNSET:
            field_dict["countryOfOrigin"] = self.country_of_origin
        if self.image is not UNSET:
            field_dict["image"] = self.image
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
        _value = self.weight_unit
        if _value is not UNSET:
            field_dict["weightUnit"] = None if _value is None else _value.value
        if self.part_number is not UNSET:
            field_dict["partNumber"] = self.part_number
        if self.partner_account_id is not UNSET:
            field_dict["partnerAccountId"] = self.partner_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _d.get("id", UNSET),
                "sku_group_id": _d.get("skuGroupId", UNSET),
                "name": _d.get("name", UNSET),
                "description": _d.get("description", UNSET),
                "item_breadcrumb": _d.get("itemBreadcrumb", UNSET),
                "url": _d.get("url", UNSET),
                "country_of_origin": _d.get("countryOfOrigin", UNSET),
                "image": _d.get("image", UNSET),
                "weight": _d.get("weight", UNSET),
                "weight_unit": read_enum(ProductDetailsWeightUnit, _d.get("weightUnit", UNSET), cls, "weightUnit"),
                "part_number": _d.get("partNumber", UNSET),
                "partner_account_id": _d.get("partnerAccountId", UNSET),
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
        "id",
        "skuGroupId",
        "name",
        "description",
        "itemBreadcrumb",
        "url",
        "countryOfOrigin",
        "image",
        "weight",
        "weightUnit",
        "partNumber",
        "partnerAccountId",
    }
)
AdditionalProperties.attach(ProductDetails, _KNOWN_KEYS)
