from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_session_state import PaymentSessionState
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
    read_enum,
)

T = TypeVar("T", bound="PaymentSession")


@_attrs_define(slots=False)
class PaymentSession:
    """
    Attributes:
        id (str | Unset):
        amount_contributed (float | Unset):
        amount_remaining_to_be_contributed (float | Unset):
        client_secret (str | Unset):
        state (PaymentSessionState | None | Unset):
        next_action (NextAction | None | Unset): What the customer must do next to complete the payment.
    """

    id: str | Unset = UNSET
    amount_contributed: float | Unset = UNSET
    amount_remaining_to_be_contributed: float | Unset = UNSET
    client_secret: str | Unset = UNSET
    state: PaymentSessionState | None | Unset = UNSET
    next_action: NextAction | None | Unset = UNSET
    """ What the customer must do next to complete the payment. """
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
        _value = _state.get("amount_contributed", NOT_READ)
        if _value is NOT_READ:
            if "amountContributed" in _raw:
                field_dict["amountContributed"] = copy_json(_raw["amountContributed"])
        elif _value is not UNSET:
            field_dict["amountContributed"] = _value
        _value = _state.get("amount_remaining_to_be_contributed", NOT_READ)
        if _value is NOT_READ:
            if "amountRemainingToBeContributed" in _raw:
                field_dict["amountRemainingToBeContributed"] = copy_json(_raw["amountRemainingToBeContributed"])
        elif _value is not UNSET:
            field_dict["amountRemainingToBeContributed"] = _value
        _value = _state.get("client_secret", NOT_READ)
        if _value is NOT_READ:
            if "clientSecret" in _raw:
                field_dict["clientSecret"] = copy_json(_raw["clientSecret"])
        elif _value is not UNSET:
            field_dict["clientSecret"] = _value
        _value = self.state
        if _value is not UNSET:
            field_dict["state"] = None if _value is None else _value.value
        _value = _state.get("next_action", NOT_READ)
        if _value is NOT_READ:
            if "nextAction" in _raw:
                field_dict["nextAction"] = copy_json(_raw["nextAction"])
        elif _value is not UNSET:
            field_dict["nextAction"] = None if _value is None else _value.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = src_dict if type(src_dict) is dict else json_object(cls, src_dict)
        if (_v := _d.get("nextAction")) is not None and not isinstance(_v, dict):
            raise field_error(cls, "nextAction", "a JSON object", _v)
        _bad: Any = None
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _v if type(_v := _d.get("id", UNSET)) is str or _v is UNSET or _v is None else (_bad := BAD),
                "amount_contributed": _v
                if (type(_v := _d.get("amountContributed", UNSET)) is float or type(_v) is int)
                or _v is UNSET
                or _v is None
                else (_bad := BAD),
                "amount_remaining_to_be_contributed": _v
                if (type(_v := _d.get("amountRemainingToBeContributed", UNSET)) is float or type(_v) is int)
                or _v is UNSET
                or _v is None
                else (_bad := BAD),
                "client_secret": _v
                if type(_v := _d.get("clientSecret", UNSET)) is str or _v is UNSET or _v is None
                else (_bad := BAD),
                "state": read_enum(PaymentSessionState, _d.get("state", UNSET), cls, "state"),
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
from ..models.next_action import NextAction  # noqa: E402

_KNOWN_KEYS = frozenset(
    {
        "id",
        "amountContributed",
        "amountRemainingToBeContributed",
        "clientSecret",
        "state",
        "nextAction",
    }
)
ScalarField.attach(PaymentSession, "id", "id", str)
ScalarField.attach(PaymentSession, "amount_contributed", "amountContributed", float)
ScalarField.attach(PaymentSession, "amount_remaining_to_be_contributed", "amountRemainingToBeContributed", float)
ScalarField.attach(PaymentSession, "client_secret", "clientSecret", str)
LazyField.attach(
    PaymentSession,
    "next_action",
    "nextAction",
    NextAction.from_dict,
    "What the customer must do next to complete the payment.",
)
AdditionalProperties.attach(PaymentSession, _KNOWN_KEYS)
