from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_details_weight_unit import ProductDetailsWeightUnit
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
        _value = _state.get("id", NOT_READ)
        if _value is NOT_READ:
            if "id" in _raw:
                field_dict["id"] = copy_json(_raw["id"])
        elif _value is not UNSET:
            field_dict["id"] = _value
        _value = _state.get("sku_group_id", NOT_READ)
        if _value is NOT_READ:
            if "skuGroupId" in _raw:
                field_dict["skuGroupId"] = copy_json(_raw["skuGroupId"])
        elif _value is not UNSET:
            field_dict["skuGroupId"] = _value
        _value = _state.get("name", NOT_READ)
        if _value is NOT_READ:
            if "name" in _raw:
                field_dict["name"] = copy_json(_raw["name"])
        elif _value is not UNSET:
            field_dict["name"] = _value
        _value = _state.get("description", NOT_READ)
        if _value is NOT_READ:
            if "description" in _raw:
                field_dict["description"] = copy_json(_raw["description"])
        elif _value is not UNSET:
            field_dict["description"] = _value
        _value = _state.get("item_breadcrumb", NOT_READ)
        if _value is NOT_READ:
            if "itemBreadcrumb" in _raw:
                field_dict["itemBreadcrumb"] = copy_json(_raw["itemBreadcrumb"])
        elif _value is not UNSET:
            field_dict["itemBreadcrumb"] = _value
        _value = _state.get("url", NOT_READ)
        if _value is NOT_READ:
            if "url" in _raw:
                field_dict["url"] = copy_json(_raw["url"])
        elif _value is not UNSET:
            field_dict["url"] = _value
        _value = _state.get("country_of_origin", NOT_READ)
        if _value is NOT_READ:
            if "countryOfOrigin" in _raw:
                field_dict["countryOfOrigin"] = copy_json(_raw["countryOfOrigin"])
        elif _value is not UNSET:
            field_dict["countryOfOrigin"] = _value
        _value = _state.get("image", NOT_READ)
        if _value is NOT_READ:
            if "image" in _raw:
                field_dict["image"] = copy_json(_raw["image"])
        elif _value is not UNSET:
            field_dict["image"] = _value
        _value = _state.get("weight", NOT_READ)
        if _value is NOT_READ:
            if "weight" in _raw:
                field_dict["weight"] = copy_json(_raw["weight"])
        elif _value is not UNSET:
            field_dict["weight"] = _value
        _value = self.weight_unit
        if _value is not UNSET:
            field_dict["weightUnit"] = None if _value is None else _value.value
        _value = _state.get("part_number", NOT_READ)
        if _value is NOT_READ:
            if "partNumber" in _raw:
                field_dict["partNumber"] = copy_json(_raw["partNumber"])
        elif _value is not UNSET:
            field_dict["partNumber"] = _value
        _value = _state.get("partner_account_id", NOT_READ)
        if _value is NOT_READ:
            if "partnerAccountId" in _raw:
                field_dict["partnerAccountId"] = copy_json(_raw["partnerAccountId"])
        elif _value is not UNSET:
            field_dict["partnerAccountId"] = _value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "sku_group_id": _v
                if type(_v := _d.get("skuGroupId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "name": _v if type(_v := _d.get("name", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "description": _v
                if type(_v := _d.get("description", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "item_breadcrumb": _v
                if type(_v := _d.get("itemBreadcrumb", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "url": _v if type(_v := _d.get("url", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "country_of_origin": _v
                if type(_v := _d.get("countryOfOrigin", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "image": _v
                if type(_v := _d.get("image", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "weight": _v
                if (type(_v := _d.get("weight", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "weight_unit": read_enum(ProductDetailsWeightUnit, _d.get("weightUnit", UNSET), cls, "weightUnit"),
                "part_number": _v
                if type(_v := _d.get("partNumber", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "partner_account_id": _v
                if type(_v := _d.get("partnerAccountId", UNSET)) is str or _v is UNSET or _v is None
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
ScalarField.attach(ProductDetails, "id", "id", str)
ScalarField.attach(ProductDetails, "sku_group_id", "skuGroupId", str)
ScalarField.attach(ProductDetails, "name", "name", str)
ScalarField.attach(ProductDetails, "description", "description", str)
ScalarField.attach(ProductDetails, "item_breadcrumb", "itemBreadcrumb", str)
ScalarField.attach(ProductDetails, "url", "url", str)
ScalarField.attach(ProductDetails, "country_of_origin", "countryOfOrigin", str)
ScalarField.attach(ProductDetails, "image", "image", str)
ScalarField.attach(ProductDetails, "weight", "weight", float)
ScalarField.attach(ProductDetails, "part_number", "partNumber", str)
ScalarField.attach(ProductDetails, "partner_account_id", "partnerAccountId", str)
AdditionalProperties.attach(ProductDetails, _KNOWN_KEYS)
