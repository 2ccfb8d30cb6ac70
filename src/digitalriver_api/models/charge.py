from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_state import ChargeState
from ..models.charge_type import ChargeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_operation import ChargeOperation


T = TypeVar("T", bound="Charge")


@_attrs_define
class Charge:
    """
    Attributes:
        id (str | Unset):
        created_time (datetime.datetime | Unset):
        currency (str | Unset):
        amount (float | Unset):
        state (ChargeState | Unset):
        order_id (str | Unset):
        source_id (str | Unset):
        failure_code (str | Unset):
        failure_message (str | Unset):
        payment_session_id (str | Unset):
        cancels (list[ChargeOperation] | Unset):
        captures (list[ChargeOperation] | Unset):
        captured (bool | Unset):
        refunds (list[ChargeOperation] | Unset):
        refunded (bool | Unset):
        type_ (ChargeType | Unset): Represents the charge type.
        live_mode (bool | Unset):
    """

    id: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    state: ChargeState | Unset = UNSET
    order_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    payment_session_id: str | Unset = UNSET
    cancels: list[ChargeOperation] | Unset = UNSET
    captures: list[ChargeOperation] | Unset = UNSET
    captured: bool | Unset = UNSET
    refunds: list[ChargeOperation] | Unset = UNSET
    refunded: bool | Unset = UNSET
    type_: ChargeType | Unset = UNSET
    live_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        currency = self.currency

        amount = self.amount

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        order_id = self.order_id

        source_id = self.source_id

        failure_code = self.failure_code

        failure_message = self.failure_message

        payment_session_id = self.payment_session_id

        cancels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cancels, Unset):
            cancels = []
            for cancels_item_data in self.cancels:
                cancels_item = cancels_item_data.to_dict()
                cancels.append(cancels_item)

        captures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.captures, Unset):
            captures = []
            for captures_item_data in self.captures:
                captures_item = captures_item_data.to_dict()
                captures.append(captures_item)

        captured = self.captured

        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        refunded = self.refunded

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        live_mode = self.live_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if state is not UNSET:
            field_dict["state"] = state
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if failure_code is not UNSET:
            field_dict["failureCode"] = failure_code
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message
        if payment_session_id is not UNSET:
            field_dict["paymentSessionId"] = payment_session_id
        if cancels is not UNSET:
            field_dict["cancels"] = cancels
        if captures is not UNSET:
            field_dict["captures"] = captures
        if captured is not UNSET:
            field_dict["captured"] = captured
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if refunded is not UNSET:
            field_dict["refunded"] = refunded
        if type_ is not UNSET:
            field_dict["type"] = type_
        if live_mode is not UNSET:
            field_dict["liveMode"] = live_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_operation import ChargeOperation  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        _state = d.pop("state", UNSET)
        state: ChargeState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ChargeState(_state)

        order_id = d.pop("orderId", UNSET)

        source_id = d.pop("sourceId", UNSET)

        failure_code = d.pop("failureCode", UNSET)

        failure_message = d.pop("failureMessage", UNSET)

        payment_session_id = d.pop("paymentSessionId", UNSET)

        _cancels = d.pop("cancels", UNSET)
        cancels: list[ChargeOperation] | Unset = UNSET
        if _cancels is not UNSET:
            cancels = []
            for cancels_item_data in _cancels:
                cancels_item = ChargeOperation.from_dict(cancels_item_data)

                cancels.append(cancels_item)

        _captures = d.pop("captures", UNSET)
        captures: list[ChargeOperation] | Unset = UNSET
        if _captures is not UNSET:
            captures = []
            for captures_item_data in _captures:
                captures_item = ChargeOperation.from_dict(captures_item_data)

                captures.append(captures_item)

        captured = d.pop("captured", UNSET)

        _refunds = d.pop("refunds", UNSET)
        refunds: list[ChargeOperation] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = ChargeOperation.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        refunded = d.pop("refunded", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChargeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChargeType(_type_)

        live_mode = d.pop("liveMode", UNSET)

        _instance = cls(
            id=id,
            created_time=created_time,
            currency=currency,
            amount=amount,
            state=state,
            order_id=order_id,
            source_id=source_id,
            failure_code=failure_code,
            failure_message=failure_message,
            payment_session_id=payment_session_id,
            cancels=cancels,
            captures=captures,
            captured=captured,
            refunds=refunds,
            refunded=refunded,
            type_=type_,
            live_mode=live_mode,
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
