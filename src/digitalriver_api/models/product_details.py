from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_details_weight_unit import ProductDetailsWeightUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductDetails")


@_attrs_define
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
        weight_unit (ProductDetailsWeightUnit | Unset):
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
    weight_unit: ProductDetailsWeightUnit | Unset = UNSET
    part_number: str | Unset = UNSET
    partner_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sku_group_id = self.sku_group_id

        name = self.name

        description = self.description

        item_breadcrumb = self.item_breadcrumb

        url = self.url

        country_of_origin = self.country_of_origin

        image = self.image

        weight = self.weight

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        part_number = self.part_number

        partner_account_id = self.partner_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sku_group_id is not UNSET:
            field_dict["skuGroupId"] = sku_group_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if item_breadcrumb is not UNSET:
            field_dict["itemBreadcrumb"] = item_breadcrumb
        if url is not UNSET:
            field_dict["url"] = url
        if country_of_origin is not UNSET:
            field_dict["countryOfOrigin"] = country_of_origin
        if image is not UNSET:
            field_dict["image"] = image
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if partner_account_id is not UNSET:
            field_dict["partnerAccountId"] = partner_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sku_group_id = d.pop("skuGroupId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        item_breadcrumb = d.pop("itemBreadcrumb", UNSET)

        url = d.pop("url", UNSET)

        country_of_origin = d.pop("countryOfOrigin", UNSET)

        image = d.pop("image", UNSET)

        weight = d.pop("weight", UNSET)

        _weight_unit = d.pop("weightUnit", UNSET)
        weight_unit: ProductDetailsWeightUnit | Unset
        if isinstance(_weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = ProductDetailsWeightUnit(_weight_unit)

        part_number = d.pop("partNumber", UNSET)

        partner_account_id = d.pop("partnerAccountId", UNSET)

        _instance = cls(
            id=id,
            sku_group_id=sku_group_id,
            name=name,
            description=description,
            item_breadcrumb=item_breadcrumb,
            url=url,
            country_of_origin=country_of_origin,
            image=image,
            weight=weight,
            weight_unit=weight_unit,
            part_number=part_number,
            partner_account_id=partner_account_id,
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
