from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.product_details import ProductDetails
    from ..models.ship_from import ShipFrom
    from ..models.sku_discount import SkuDiscount
    from ..models.subscription_info import SubscriptionInfo


T = TypeVar("T", bound="SkuRequestItem")


@_attrs_define
class SkuRequestItem:
    """An item in a request that creates a checkout.

    Attributes:
        sku_id (str | Unset):
        product_details (ProductDetails | Unset):
        subscription_info (SubscriptionInfo | Unset):
        price (float | Unset):
        aggregate_price (float | Unset):
        quantity (int | Unset):
        discount (SkuDiscount | Unset): A discount on an item, optionally limited to a quantity.
        ship_from (ShipFrom | Unset): Where goods ship from.
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
    """

    sku_id: str | Unset = UNSET
    product_details: ProductDetails | Unset = UNSET
    subscription_info: SubscriptionInfo | Unset = UNSET
    price: float | Unset = UNSET
    aggregate_price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    discount: SkuDiscount | Unset = UNSET
    ship_from: ShipFrom | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku_id = self.sku_id

        product_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = self.product_details.to_dict()

        subscription_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_info, Unset):
            subscription_info = self.subscription_info.to_dict()

        price = self.price

        aggregate_price = self.aggregate_price

        quantity = self.quantity

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        ship_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from, Unset):
            ship_from = self.ship_from.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if product_details is not UNSET:
            field_dict["productDetails"] = product_details
        if subscription_info is not UNSET:
            field_dict["subscriptionInfo"] = subscription_info
        if price is not UNSET:
            field_dict["price"] = price
        if aggregate_price is not UNSET:
            field_dict["aggregatePrice"] = aggregate_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount is not UNSET:
            field_dict["discount"] = discount
        if ship_from is not UNSET:
            field_dict["shipFrom"] = ship_from
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.product_details import ProductDetails  # noqa: PLC0415
        from ..models.ship_from import ShipFrom  # noqa: PLC0415
        from ..models.sku_discount import SkuDiscount  # noqa: PLC0415
        from ..models.subscription_info import SubscriptionInfo  # noqa: PLC0415

        d = dict(src_dict)
        sku_id = d.pop("skuId", UNSET)

        _product_details = d.pop("productDetails", UNSET)
        product_details: ProductDetails | Unset
        if isinstance(_product_details, Unset):
            product_details = UNSET
        else:
            product_details = ProductDetails.from_dict(_product_details)

        _subscription_info = d.pop("subscriptionInfo", UNSET)
        subscription_info: SubscriptionInfo | Unset
        if isinstance(_subscription_info, Unset):
            subscription_info = UNSET
        else:
            subscription_info = SubscriptionInfo.from_dict(_subscription_info)

        price = d.pop("price", UNSET)

        aggregate_price = d.pop("aggregatePrice", UNSET)

        quantity = d.pop("quantity", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: SkuDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = SkuDiscount.from_dict(_discount)

        _ship_from = d.pop("shipFrom", UNSET)
        ship_from: ShipFrom | Unset
        if isinstance(_ship_from, Unset):
            ship_from = UNSET
        else:
            ship_from = ShipFrom.from_dict(_ship_from)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _instance = cls(
            sku_id=sku_id,
            product_details=product_details,
            subscription_info=subscription_info,
            price=price,
            aggregate_price=aggregate_price,
            quantity=quantity,
            discount=discount,
            ship_from=ship_from,
            metadata=metadata,
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
