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

T = TypeVar("T", bound="SkuItem")


@_attrs_define(slots=False)
class SkuItem:
    """An item of a checkout.

    Attributes:
        id (str | Unset):
        sku_id (str | Unset):
        product_details (ProductDetails | None | Unset):
        subscription_info (SubscriptionInfo | None | Unset):
        fees (Fees | None | Unset):
        quantity (int | Unset):
        amount (float | Unset):
        tax (Tax | None | Unset):
        importer_tax (MonetaryAmount | None | Unset): An amount of money (importer tax, duties).
        duties (MonetaryAmount | None | Unset): An amount of money (importer tax, duties).
        discount (SkuDiscount | None | Unset): A discount on an item, optionally limited to a quantity.
        ship_from (ShipFrom | None | Unset): Where goods ship from.
        shipping (ItemShipping | None | Unset): The shipping cost attributed to an item.
        seller_tax_identifier (str | Unset):
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
    """

    id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    product_details: ProductDetails | None | Unset = UNSET
    subscription_info: SubscriptionInfo | None | Unset = UNSET
    fees: Fees | None | Unset = UNSET
    quantity: int | Unset = UNSET
    amount: float | Unset = UNSET
    tax: Tax | None | Unset = UNSET
    importer_tax: MonetaryAmount | None | Unset = UNSET
    """ An amount of money (importer tax, duties). """
    duties: MonetaryAmount | None | Unset = UNSET
    """ An amount of money (importer tax, duties). """
    discount: SkuDiscount | None | Unset = UNSET
    """ A discount on an item, optionally limited to a quantity. """
    ship_from: ShipFrom | None | Unset = UNSET
    """ Where goods ship from. """
    shipping: ItemShipping | None | Unset = UNSET
    """ The shipping cost attributed to an item. """
    seller_tax_identifier: str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    """ Key-value pairs of the caller's own, returned as given. """
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
        _value = _state.get("sku_id", NOT_READ)
        if _value is NOT_READ:
            if "skuId" in _raw:
                field_dict["skuId"] = copy_json(_raw["skuId"])
        elif _value is not UNSET:
            field_dict["skuId"] = _value
        _value = _state.get("product_details", NOT_READ)
        if _value is NOT_READ:
            if "productDetails" in _raw:
                field_dict["productDetails"] = copy_json(_raw["productDetails"])
        elif _value is not UNSET:
            field_dict["productDetails"] = None if _value is None else _value.to_dict()
        _value = _state.get("subscription_info", NOT_READ)
        if _value is NOT_READ:
            if "subscriptionInfo" in _raw:
                field_dict["subscriptionInfo"] = copy_json(_raw["subscriptionInfo"])
        elif _value is not UNSET:
            field_dict["subscriptionInfo"] = None if _value is None else _value.to_dict()
        _value = _state.get("fees", NOT_READ)
        if _value is NOT_READ:
            if "fees" in _raw:
                field_dict["fees"] = copy_json(_raw["fees"])
        elif _value is not UNSET:
            field_dict["fees"] = None if _value is None else _value.to_dict()
        _value = _state.get("quantity", NOT_READ)
        if _value is NOT_READ:
            if "quantity" in _raw:
                field_dict["quantity"] = copy_json(_raw["quantity"])
        elif _value is not UNSET:
            field_dict["quantity"] = _value
        _value = _state.get("amount", NOT_READ)
        if _value is NOT_READ:
            if "amount" in _raw:
                field_dict["amount"] = copy_json(_raw["amount"])
        elif _value is not UNSET:
            field_dict["amount"] = _value
        _value = _state.get("tax", NOT_READ)
        if _value is NOT_READ:
            if "tax" in _raw:
                field_dict["tax"] = copy_json(_raw["tax"])
        elif _value is not UNSET:
            field_dict["tax"] = None if _value is None else _value.to_dict()
        _value = _state.get("importer_tax", NOT_READ)
        if _value is NOT_READ:
            if "importerTax" in _raw:
                field_dict["importerTax"] = copy_json(_raw["importerTax"])
        elif _value is not UNSET:
            field_dict["importerTax"] = None if _value is None else _value.to_dict()
        _value = _state.get("duties", NOT_READ)
        if _value is NOT_READ:
            if "duties" in _raw:
                field_dict["duties"] = copy_json(_raw["duties"])
        elif _value is not UNSET:
            field_dict["duties"] = None if _value is None else _value.to_dict()
        _value = _state.get("discount", NOT_READ)
        if _value is NOT_READ:
            if "discount" in _raw:
                field_dict["discount"] = copy_json(_raw["discount"])
        elif _value is not UNSET:
            field_dict["discount"] = None if _value is None else _value.to_dict()
        _value = _state.get("ship_from", NOT_READ)
        if _value is NOT_READ:
            if "shipFrom" in _raw:
                field_dict["shipFrom"] = copy_json(_raw["shipFrom"])
        elif _value is not UNSET:
            field_dict["shipFrom"] = None if _value is None else _value.to_dict()
        _value = _state.get("shipping", NOT_READ)
        if _value is NOT_READ:
            if "shipping" in _raw:
                field_dict["shipping"] = copy_json(_raw["shipping"])
        elif _value is not UNSET:
            field_dict["shipping"] = None if _value is None else _value.to_dict()
        _value = _state.get("seller_tax_identifier", NOT_READ)
        if _value is NOT_READ:
            if "sellerTaxIdentifier" in _raw:
                field_dict["sellerTaxIdentifier"] = copy_json(_raw["sellerTaxIdentifier"])
        elif _value is not UNSET:
            field_dict["sellerTaxIdentifier"] = _value
        _value = _state.get("metadata", NOT_READ)
        if _value is NOT_READ:
            if "metadata" in _raw:
                field_dict["metadata"] = copy_json(_raw["metadata"])
        elif _value is not UNSET:
            field_dict["metadata"] = None if _value is None else _value.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("productDetails")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "productDetails", "a JSON object", _v)
        if (_v := _d.get("subscriptionInfo")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "subscriptionInfo", "a JSON object", _v)
        if (_v := _d.get("fees")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "fees", "a JSON object", _v)
        if (_v := _d.get("tax")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "tax", "a JSON object", _v)
        if (_v := _d.get("importerTax")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "importerTax", "a JSON object", _v)
        if (_v := _d.get("duties")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "duties", "a JSON object", _v)
        if (_v := _d.get("discount")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "discount", "a JSON object", _v)
        if (_v := _d.get("shipFrom")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipFrom", "a JSON object", _v)
        if (_v := _d.get("shipping")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "shipping", "a JSON object", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "sku_id": _v
                if type(_v := _d.get("skuId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "quantity": _v
                if type(_v := _d.get("quantity", UNSET)) is int or _v is UNSET or _v is None
                else (_bad := BAD),
                "amount": _v
                if (type(_v := _d.get("amount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "seller_tax_identifier": _v
                if type(_v := _d.get("sellerTaxIdentifier", UNSET)) is str or _v is UNSET or _v is None
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
from ..models.fees import Fees  # noqa: E402
from ..models.item_shipping import ItemShipping  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.monetary_amount import MonetaryAmount  # noqa: E402
from ..models.product_details import ProductDetails  # noqa: E402
from ..models.ship_from import ShipFrom  # noqa: E402
from ..models.sku_discount import SkuDiscount  # noqa: E402
from ..models.subscription_info import SubscriptionInfo  # noqa: E402
from ..models.tax import Tax  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "skuId",
        "productDetails",
        "subscriptionInfo",
        "fees",
        "quantity",
        "amount",
        "tax",
        "importerTax",
        "duties",
        "discount",
        "shipFrom",
        "shipping",
        "sellerTaxIdentifier",
        "metadata",
    }
)
ScalarField.attach(SkuItem, "id", "id", str)
ScalarField.attach(SkuItem, "sku_id", "skuId", str)
ScalarField.attach(SkuItem, "quantity", "quantity", int)
ScalarField.attach(SkuItem, "amount", "amount", float)
ScalarField.attach(SkuItem, "seller_tax_identifier", "sellerTaxIdentifier", str)
LazyField.attach(SkuItem, "product_details", "productDetails", ProductDetails.from_dict, "")
LazyField.attach(SkuItem, "subscription_info", "subscriptionInfo", SubscriptionInfo.from_dict, "")
LazyField.attach(SkuItem, "fees", "fees", Fees.from_dict, "")
LazyField.attach(SkuItem, "tax", "tax", Tax.from_dict, "")
LazyField.attach(
    SkuItem, "importer_tax", "importerTax", MonetaryAmount.from_dict, "An amount of money (importer tax, duties)."
)
LazyField.attach(SkuItem, "duties", "duties", MonetaryAmount.from_dict, "An amount of money (importer tax, duties).")
LazyField.attach(
    SkuItem, "discount", "discount", SkuDiscount.from_dict, "A discount on an item, optionally limited to a quantity."
)
LazyField.attach(SkuItem, "ship_from", "shipFrom", ShipFrom.from_dict, "Where goods ship from.")
LazyField.attach(SkuItem, "shipping", "shipping", ItemShipping.from_dict, "The shipping cost attributed to an item.")
LazyField.attach(
    SkuItem, "metadata", "metadata", Metadata.from_dict, "Key-value pairs of the caller's own, returned as given."
)
AdditionalProperties.attach(SkuItem, _KNOWN_KEYS)
