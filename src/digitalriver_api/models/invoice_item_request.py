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

T = TypeVar("T", bound="InvoiceItemRequest")


@_attrs_define(slots=False)
class InvoiceItemRequest:
    """An item in a request that creates an invoice.

    Attributes:
        sku_id (str | Unset):
        product_details (ProductDetails | None | Unset):
        subscription_info (SubscriptionInfo | None | Unset):
        price (float | Unset):
        aggregate_price (float | Unset):
        quantity (int | Unset):
        discount (Discount | None | Unset):
        metadata (Metadata | None | Unset): Key-value pairs of the caller's own, returned as given.
    """

    sku_id: str | Unset = UNSET
    product_details: ProductDetails | None | Unset = UNSET
    subscription_info: SubscriptionInfo | None | Unset = UNSET
    price: float | Unset = UNSET
    aggregate_price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    discount: Discount | None | Unset = UNSET
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
        _value = _state.get("price", NOT_READ)
        if _value is NOT_READ:
            if "price" in _raw:
                field_dict["price"] = copy_json(_raw["price"])
        elif _value is not UNSET:
            field_dict["price"] = _value
        _value = _state.get("aggregate_price", NOT_READ)
        if _value is NOT_READ:
            if "aggregatePrice" in _raw:
                field_dict["aggregatePrice"] = copy_json(_raw["aggregatePrice"])
        elif _value is not UNSET:
            field_dict["aggregatePrice"] = _value
        _value = _state.get("quantity", NOT_READ)
        if _value is NOT_READ:
            if "quantity" in _raw:
                field_dict["quantity"] = copy_json(_raw["quantity"])
        elif _value is not UNSET:
            field_dict["quantity"] = _value
        _value = _state.get("discount", NOT_READ)
        if _value is NOT_READ:
            if "discount" in _raw:
                field_dict["discount"] = copy_json(_raw["discount"])
        elif _value is not UNSET:
            field_dict["discount"] = None if _value is None else _value.to_dict()
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
        if (_v := _d.get("discount")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "discount", "a JSON object", _v)
        if (_v := _d.get("metadata")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "metadata", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "sku_id": _v
                if type(_v := _d.get("skuId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "price": _v
                if (type(_v := _d.get("price", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "aggregate_price": _v
                if (type(_v := _d.get("aggregatePrice", UNSET)) is float or type(_v) is int)
                or _v is UNSET
                or _v is None
                else (_bad := BAD),
                "quantity": _v
                if type(_v := _d.get("quantity", UNSET)) is int or _v is UNSET or _v is None
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
from ..models.discount import Discount  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.product_details import ProductDetails  # noqa: E402
from ..models.subscription_info import SubscriptionInfo  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "skuId",
        "productDetails",
        "subscriptionInfo",
        "price",
        "aggregatePrice",
        "quantity",
        "discount",
        "metadata",
    }
)
ScalarField.attach(InvoiceItemRequest, "sku_id", "skuId", str)
ScalarField.attach(InvoiceItemRequest, "price", "price", float)
ScalarField.attach(InvoiceItemRequest, "aggregate_price", "aggregatePrice", float)
ScalarField.attach(InvoiceItemRequest, "quantity", "quantity", int)
LazyField.attach(InvoiceItemRequest, "product_details", "productDetails", ProductDetails.from_dict, "")
LazyField.attach(InvoiceItemRequest, "subscription_info", "subscriptionInfo", SubscriptionInfo.from_dict, "")
LazyField.attach(InvoiceItemRequest, "discount", "discount", Discount.from_dict, "")
LazyField.attach(
    InvoiceItemRequest,
    "metadata",
    "metadata",
    Metadata.from_dict,
    "Key-value pairs of the caller's own, returned as given.",
)
AdditionalProperties.attach(InvoiceItemRequest, _KNOWN_KEYS)
