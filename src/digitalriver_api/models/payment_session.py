from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_session_state import PaymentSessionState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.next_action import NextAction


T = TypeVar("T", bound="PaymentSession")


@_attrs_define
class PaymentSession:
    """
    Attributes:
        id (str | Unset):
        amount_contributed (float | Unset):
        amount_remaining_to_be_contributed (float | Unset):
        client_secret (str | Unset):
        state (PaymentSessionState | Unset):
        next_action (NextAction | Unset): What the customer must do next to complete the payment.
    """

    id: str | Unset = UNSET
    amount_contributed: float | Unset = UNSET
    amount_remaining_to_be_contributed: float | Unset = UNSET
    client_secret: str | Unset = UNSET
    state: PaymentSessionState | Unset = UNSET
    next_action: NextAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount_contributed = self.amount_contributed

        amount_remaining_to_be_contributed = self.amount_remaining_to_be_contributed

        client_secret = self.client_secret

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        next_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_action, Unset):
            next_action = self.next_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount_contributed is not UNSET:
            field_dict["amountContributed"] = amount_contributed
        if amount_remaining_to_be_contributed is not UNSET:
            field_dict["amountRemainingToBeContributed"] = amount_remaining_to_be_contributed
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if state is not UNSET:
            field_dict["state"] = state
        if next_action is not UNSET:
            field_dict["nextAction"] = next_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.next_action import NextAction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount_contributed = d.pop("amountContributed", UNSET)

        amount_remaining_to_be_contributed = d.pop("amountRemainingToBeContributed", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        _state = d.pop("state", UNSET)
        state: PaymentSessionState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PaymentSessionState(_state)

        _next_action = d.pop("nextAction", UNSET)
        next_action: NextAction | Unset
        if isinstance(_next_action, Unset):
            next_action = UNSET
        else:
            next_action = NextAction.from_dict(_next_action)

        _instance = cls(
            id=id,
            amount_contributed=amount_contributed,
            amount_remaining_to_be_contributed=amount_remaining_to_be_contributed,
            client_secret=client_secret,
            state=state,
            next_action=next_action,
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
