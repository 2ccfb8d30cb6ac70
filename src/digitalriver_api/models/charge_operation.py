from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_operation_state import ChargeOperationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeOperation")


@_attrs_define
class ChargeOperation:
    """A capture, cancel or refund of a charge.

    Attributes:
        id (str | Unset):
        created_time (datetime.datetime | Unset):
        updated_time (datetime.datetime | Unset):
        amount (float | Unset):
        state (ChargeOperationState | Unset): Cancels may also be `pending_information`.
        failure_code (str | Unset):
        failure_message (str | Unset):
    """

    id: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    amount: float | Unset = UNSET
    state: ChargeOperationState | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        amount = self.amount

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        failure_code = self.failure_code

        failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if amount is not UNSET:
            field_dict["amount"] = amount
        if state is not UNSET:
            field_dict["state"] = state
        if failure_code is not UNSET:
            field_dict["failureCode"] = failure_code
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        amount = d.pop("amount", UNSET)

        _state = d.pop("state", UNSET)
        state: ChargeOperationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ChargeOperationState(_state)

        failure_code = d.pop("failureCode", UNSET)

        failure_message = d.pop("failureMessage", UNSET)

        _instance = cls(
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            amount=amount,
            state=state,
            failure_code=failure_code,
            failure_message=failure_message,
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
