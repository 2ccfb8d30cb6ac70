from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_session_state import PaymentSessionState
from ..types import (
    NO_RAW,
    NOT_READ,
    UNSET,
    AdditionalProperties,
    LazyField,
    Unset,
    copy_json,
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
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.amount_contributed is not UNSET:
            field_dict["amountContributed"] = self.amount_contributed
        if self.amount_remaining_to_be_contributed is not UNSET:
            field_dict["amountRemainingToBeContributed"] = self.amount_remaining_to_be_contributed
        if self.client_secret is not UNSET:
            field_dict["clientSecret"] = self.client_secret
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
        _instance = object.__new__(cls)
        _instance.__dict__.update(
            {
                "id": _d.get("id", UNSET),
                "amount_contributed": _d.get("amountContributed", UNSET),
                "amount_remaining_to_be_contributed": _d.get("amountRemainingToBeContributed", UNSET),
                "client_secret": _d.get("clientSecret", UNSET),
                "state": read_enum(PaymentSessionState, _d.get("state", UNSET), cls, "state"),
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
LazyField.attach(
    PaymentSession,
    "next_action",
    "nextAction",
    NextAction.from_dict,
    "What the customer must do next to complete the payment.",
)
AdditionalProperties.attach(PaymentSession, _KNOWN_KEYS)
