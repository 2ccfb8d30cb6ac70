from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceStateTransitions")


@_attrs_define
class InvoiceStateTransitions:
    """When the invoice entered each state.

    Attributes:
        open_ (datetime.datetime | Unset):
        paid (datetime.datetime | Unset):
        void (datetime.datetime | Unset):
        uncollectible (datetime.datetime | Unset):
    """

    open_: datetime.datetime | Unset = UNSET
    paid: datetime.datetime | Unset = UNSET
    void: datetime.datetime | Unset = UNSET
    uncollectible: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_: str | Unset = UNSET
        if not isinstance(self.open_, Unset):
            open_ = self.open_.isoformat()

        paid: str | Unset = UNSET
        if not isinstance(self.paid, Unset):
            paid = self.paid.isoformat()

        void: str | Unset = UNSET
        if not isinstance(self.void, Unset):
            void = self.void.isoformat()

        uncollectible: str | Unset = UNSET
        if not isinstance(self.uncollectible, Unset):
            uncollectible = self.uncollectible.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if paid is not UNSET:
            field_dict["paid"] = paid
        if void is not UNSET:
            field_dict["void"] = void
        if uncollectible is not UNSET:
            field_dict["uncollectible"] = uncollectible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _open_ = d.pop("open", UNSET)
        open_: datetime.datetime | Unset
        if isinstance(_open_, Unset):
            open_ = UNSET
        else:
            open_ = datetime.datetime.fromisoformat(_open_)

        _paid = d.pop("paid", UNSET)
        paid: datetime.datetime | Unset
        if isinstance(_paid, Unset):
            paid = UNSET
        else:
            paid = datetime.datetime.fromisoformat(_paid)

        _void = d.pop("void", UNSET)
        void: datetime.datetime | Unset
        if isinstance(_void, Unset):
            void = UNSET
        else:
            void = datetime.datetime.fromisoformat(_void)

        _uncollectible = d.pop("uncollectible", UNSET)
        uncollectible: datetime.datetime | Unset
        if isinstance(_uncollectible, Unset):
            uncollectible = UNSET
        else:
            uncollectible = datetime.datetime.fromisoformat(_uncollectible)

        _instance = cls(
            open_=open_,
            paid=paid,
            void=void,
            uncollectible=uncollectible,
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
