from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_state import ChargeState
from ..models.charge_type import ChargeType
from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    LazyField,
    Unset,
    copy_json,
    dump_datetime,
    field_error,
    json_object,
    list_parser,
    read_datetime,
    read_enum,
)

T = TypeVar("T", bound="Charge")


@_attrs_define(slots=False)
class Charge:
    """
    Attributes:
        id (str | Unset):
        created_time (datetime.datetime | None | Unset):
        currency (str | Unset):
        amount (float | Unset):
        state (ChargeState | None | Unset):
        order_id (str | Unset):
        source_id (str | Unset):
        failure_code (str | Unset):
        failure_message (str | Unset):
        payment_session_id (str | Unset):
        cancels (list[ChargeCancel] | None | Unset):
        captures (list[ChargeCapture] | None | Unset):
        captured (bool | Unset):
        refunds (list[ChargeRefund] | None | Unset):
        refunded (bool | Unset):
        type_ (ChargeType | None | Unset): Represents the charge type.
        live_mode (bool | Unset):
    """

    id: str | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    state: ChargeState | None | Unset = UNSET
    order_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    payment_session_id: str | Unset = UNSET
    cancels: list[ChargeCancel] | None | Unset = UNSET
    captures: list[ChargeCapture] | None | Unset = UNSET
    captured: bool | Unset = UNSET
    refunds: list[ChargeRefund] | None | Unset = UNSET
    refunded: bool | Unset = UNSET
    type_: ChargeType | None | Unset = UNSET
    """ Represents the charge type. """
    live_mode: bool | Unset = UNSET
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
        if self.id is not UNSET:
            field_dict["id"] = self.id
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        if self.order_id is not UNSET:
            field_dict["orderId"] = self.order_id
        if self.source_id is not UNSET:
            field_dict["sourceId"] = self.source_id
        if self.failure_code is not UNSET:
            field_dict["failureCode"] = self.failure_code
        if self.failure_message is not UNSET:
            field_dict["failureMessage"] = self.failure_message
        if self.payment_session_id is not UNSET:
            field_dict["paymentSessionId"] = self.payment_session_id
        _value = _state.get("cancels", NOT_READ)
        if _value is NOT_READ:
            if "cancels" in _raw:
                field_dict["cancels"] = copy_json(_raw["cancels"])
        elif _value is not UNSET:
            field_dict["cancels"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("captures", NOT_READ)
        if _value is NOT_READ:
            if "captures" in _raw:
                field_dict["captures"] = copy_json(_raw["captures"])
        elif _value is not UNSET:
            field_dict["captures"] = None if _value is None else [item.to_dict() for item in _value]
        if self.captured is not UNSET:
            field_dict["captured"] = self.captured
        _value = _state.get("refunds", NOT_READ)
        if _value is NOT_READ:
            if "refunds" in _raw:
                field_dict["refunds"] = copy_json(_raw["refunds"])
        elif _value is not UNSET:
            field_dict["refunds"] = None if _value is None else [item.to_dict() for item in _value]
        if self.refunded is not UNSET:
            field_dict["refunded"] = self.refunded
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = None if _value is None else _value.value
        if self.live_mode is not UNSET:
            field_dict["liveMode"] = self.live_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("cancels")) is not None and not isinstance(_v, list):
            raise field_error(cls, "cancels", "a JSON array", _v)
        if (_v := _d.get("captures")) is not None and not isinstance(_v, list):
            raise field_error(cls, "captures", "a JSON array", _v)
        if (_v := _d.get("refunds")) is not None and not isinstance(_v, list):
            raise field_error(cls, "refunds", "a JSON array", _v)
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _d.get("id", UNSET),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "currency": _d.get("currency", UNSET),
                "amount": _d.get("amount", UNSET),
                "state": read_enum(ChargeState, _d.get("state", UNSET), cls, "state"),
                "order_id": _d.get("orderId", UNSET),
                "source_id": _d.get("sourceId", UNSET),
                "failure_code": _d.get("failureCode", UNSET),
                "failure_message": _d.get("failureMessage", UNSET),
                "payment_session_id": _d.get("paymentSessionId", UNSET),
                "captured": _d.get("captured", UNSET),
                "refunded": _d.get("refunded", UNSET),
                "type_": read_enum(ChargeType, _d.get("type", UNSET), cls, "type"),
                "live_mode": _d.get("liveMode", UNSET),
                "_raw": _d,
            }
        )
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
from ..models.charge_cancel import ChargeCancel  # noqa: E402
from ..models.charge_capture import ChargeCapture  # noqa: E402
from ..models.charge_refund import ChargeRefund  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdTime",
        "currency",
        "amount",
        "state",
        "orderId",
        "sourceId",
        "failureCode",
        "failureMessage",
        "paymentSessionId",
        "cancels",
        "captures",
        "captured",
        "refunds",
        "refunded",
        "type",
        "liveMode",
    }
)
LazyField.attach(Charge, "cancels", "cancels", list_parser(ChargeCancel.from_dict), "")
LazyField.attach(Charge, "captures", "captures", list_parser(ChargeCapture.from_dict), "")
LazyField.attach(Charge, "refunds", "refunds", list_parser(ChargeRefund.from_dict), "")
AdditionalProperties.attach(Charge, _KNOWN_KEYS)
