from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxIdentifierStateTransitions")


@_attrs_define
class TaxIdentifierStateTransitions:
    """When the tax identifier entered each state.

    Attributes:
        pending (datetime.datetime | Unset):
        verified (datetime.datetime | Unset):
        not_valid (datetime.datetime | Unset):
    """

    pending: datetime.datetime | Unset = UNSET
    verified: datetime.datetime | Unset = UNSET
    not_valid: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending: str | Unset = UNSET
        if not isinstance(self.pending, Unset):
            pending = self.pending.isoformat()

        verified: str | Unset = UNSET
        if not isinstance(self.verified, Unset):
            verified = self.verified.isoformat()

        not_valid: str | Unset = UNSET
        if not isinstance(self.not_valid, Unset):
            not_valid = self.not_valid.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending is not UNSET:
            field_dict["pending"] = pending
        if verified is not UNSET:
            field_dict["verified"] = verified
        if not_valid is not UNSET:
            field_dict["not_valid"] = not_valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pending = d.pop("pending", UNSET)
        pending: datetime.datetime | Unset
        if isinstance(_pending, Unset):
            pending = UNSET
        else:
            pending = datetime.datetime.fromisoformat(_pending)

        _verified = d.pop("verified", UNSET)
        verified: datetime.datetime | Unset
        if isinstance(_verified, Unset):
            verified = UNSET
        else:
            verified = datetime.datetime.fromisoformat(_verified)

        _not_valid = d.pop("not_valid", UNSET)
        not_valid: datetime.datetime | Unset
        if isinstance(_not_valid, Unset):
            not_valid = UNSET
        else:
            not_valid = datetime.datetime.fromisoformat(_not_valid)

        _instance = cls(
            pending=pending,
            verified=verified,
            not_valid=not_valid,
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
