from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.ship_from import ShipFrom
    from ..models.subscription_info import SubscriptionInfo


T = TypeVar("T", bound="SkuUpdateRequestItem")


@_attrs_define
class SkuUpdateRequestItem:
    """An item change in a request that updates a checkout.

    Attributes:
        id (str | Unset):
        subscription_info (SubscriptionInfo | Unset):
        ship_from (ShipFrom | Unset): Where goods ship from.
        metadata (Metadata | Unset): Key-value pairs of the caller's own, returned as given.
    """

    id: str | Unset = UNSET
    subscription_info: SubscriptionInfo | Unset = UNSET
    ship_from: ShipFrom | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscription_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_info, Unset):
            subscription_info = self.subscription_info.to_dict()

        ship_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from, Unset):
            ship_from = self.ship_from.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subscription_info is not UNSET:
            field_dict["subscriptionInfo"] = subscription_info
        if ship_from is not UNSET:
            field_dict["shipFrom"] = ship_from
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.ship_from import ShipFrom  # noqa: PLC0415
        from ..models.subscription_info import SubscriptionInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _subscription_info = d.pop("subscriptionInfo", UNSET)
        subscription_info: SubscriptionInfo | Unset
        if isinstance(_subscription_info, Unset):
            subscription_info = UNSET
        else:
            subscription_info = SubscriptionInfo.from_dict(_subscription_info)

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
            id=id,
            subscription_info=subscription_info,
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
