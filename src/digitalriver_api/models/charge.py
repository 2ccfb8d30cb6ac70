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
        _value = _state.get("id", NOT_READ)
        if _value is NOT_READ:
            if "id" in _raw:
                field_dict["id"] = copy_json(_raw["id"])
        elif _value is not UNSET:
            field_dict["id"] = _value
        _value = dump_datetime(self.created_time, _raw.get("createdTime"))
        if _value is not UNSET:
            field_dict["createdTime"] = _value
        _value = _state.get("currency", NOT_READ)
        if _value is NOT_READ:
            if "currency" in _raw:
                field_dict["currency"] = copy_json(_raw["currency"])
        elif _value is not UNSET:
            field_dict["currency"] = _value
        _value = _state.get("amount", NOT_READ)
        if _value is NOT_READ:
            if "amount" in _raw:
                field_dict["amount"] = copy_json(_raw["amount"])
        elif _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = _state.get("order_id", NOT_READ)
        if _value is NOT_READ:
            if "orderId" in _raw:
                field_dict["orderId"] = copy_json(_raw["orderId"])
        elif _value is not UNSET:
            field_dict["orderId"] = _value
        _value = _state.get("source_id", NOT_READ)
        if _value is NOT_READ:
            if "sourceId" in _raw:
                field_dict["sourceId"] = copy_json(_raw["sourceId"])
        elif _value is not UNSET:
            field_dict["sourceId"] = _value
        _value = _state.get("failure_code", NOT_READ)
        if _value is NOT_READ:
            if "failureCode" in _raw:
                field_dict["failureCode"] = copy_json(_raw["failureCode"])
        elif _value is not UNSET:
            field_dict["failureCode"] = _value
        _value = _state.get("failure_message", NOT_READ)
        if _value is NOT_READ:
            if "failureMessage" in _raw:
                field_dict["failureMessage"] = copy_json(_raw["failureMessage"])
        elif _value is not UNSET:
            field_dict["failureMessage"] = _value
        _value = _state.get("payment_session_id", NOT_READ)
        if _value is NOT_READ:
            if "paymentSessionId" in _raw:
                field_dict["paymentSessionId"] = copy_json(_raw["paymentSessionId"])
        elif _value is not UNSET:
            field_dict["paymentSessionId"] = _value
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
        _value = _state.get("captured", NOT_READ)
        if _value is NOT_READ:
            if "captured" in _raw:
                field_dict["captured"] = copy_json(_raw["captured"])
        elif _value is not UNSET:
            field_dict["captured"] = _value
        _value = _state.get("refunds", NOT_READ)
        if _value is NOT_READ:
            if "refunds" in _raw:
                field_dict["refunds"] = copy_json(_raw["refunds"])
        elif _value is not UNSET:
            field_dict["refunds"] = None if _value is None else [item.to_dict() for item in _value]
        _value = _state.get("refunded", NOT_READ)
        if _value is NOT_READ:
            if "refunded" in _raw:
                field_dict["refunded"] = copy_json(_raw["refunded"])
        elif _value is not UNSET:
            field_dict["refunded"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = None if _value is None else _value.value
        _value = _state.get("live_mode", NOT_READ)
        if _value is NOT_READ:
            if "liveMode" in _raw:
                field_dict["liveMode"] = copy_json(_raw["liveMode"])
        elif _value is not UNSET:
            field_dict["liveMode"] = _value

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
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "created_time": read_datetime(_d.get("createdTime", UNSET), cls, "createdTime"),
                "currency": _v
                if type(_v := _d.get("currency", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "amount": _v
                if (type(_v := _d.get("amount", UNSET)) is float or type(_v) is int) or _v is UNSET or _v is None
                else (_bad := BAD),
                "state": read_enum(ChargeState, _d.get("state", UNSET), cls, "state"),
                "order_id": _v
                if type(_v := _d.get("orderId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "source_id": _v
                if type(_v := _d.get("sourceId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "failure_code": _v
                if type(_v := _d.get("failureCode", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "failure_message": _v
                if type(_v := _d.get("failureMessage", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "payment_session_id": _v
                if type(_v := _d.get("paymentSessionId", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "captured": _v
                if type(_v := _d.get("captured", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "refunded": _v
                if type(_v := _d.get("refunded", UNSET)) is bool or _v is UNSET or _v is None
                else (_bad := BAD),
                "type_": read_enum(ChargeType, _d.get("type", UNSET), cls, "type"),
                "live_mode": _v
                if type(_v := _d.get("liveMode", UNSET)) is bool or _v is UNSET or _v is None
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
ScalarField.attach(Charge, "id", "id", str)
ScalarField.attach(Charge, "currency", "currency", str)
ScalarField.attach(Charge, "amount", "amount", float)
ScalarField.attach(Charge, "order_id", "orderId", str)
ScalarField.attach(Charge, "source_id", "sourceId", str)
ScalarField.attach(Charge, "failure_code", "failureCode", str)
ScalarField.attach(Charge, "failure_message", "failureMessage", str)
ScalarField.attach(Charge, "payment_session_id", "paymentSessionId", str)
ScalarField.attach(Charge, "captured", "captured", bool)
ScalarField.attach(Charge, "refunded", "refunded", bool)
ScalarField.attach(Charge, "live_mode", "liveMode", bool)
LazyField.attach(Charge, "cancels", "cancels", list_parser(ChargeCancel.from_dict), "")
LazyField.attach(Charge, "captures", "captures", list_parser(ChargeCapture.from_dict), "")
LazyField.attach(Charge, "refunds", "refunds", list_parser(ChargeRefund.from_dict), "")
AdditionalProperties.attach(Charge, _KNOWN_KEYS)
