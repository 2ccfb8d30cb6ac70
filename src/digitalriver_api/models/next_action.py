from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.next_action_data import NextActionData


T = TypeVar("T", bound="NextAction")


@_attrs_define
class NextAction:
    """What the customer must do next to complete the payment.

    Attributes:
        action (str | Unset):
        data (NextActionData | Unset):
    """

    action: str | Unset = UNSET
    data: NextActionData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.next_action_data import NextActionData  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action", UNSET)

        _data = d.pop("data", UNSET)
        data: NextActionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = NextActionData.from_dict(_data)

        _instance = cls(
            action=action,
            data=data,
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
