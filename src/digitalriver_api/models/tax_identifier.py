from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_identifier_state import TaxIdentifierState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicability import Applicability
    from ..models.tax_identifier_state_transitions import TaxIdentifierStateTransitions


T = TypeVar("T", bound="TaxIdentifier")


@_attrs_define
class TaxIdentifier:
    """
    Attributes:
        id (str | Unset):
        created_time (datetime.datetime | Unset):
        customer_id (str | Unset):
        type_ (str | Unset): The kind of identifier, such as `de` or `uk`.
        value (str | Unset):
        state (TaxIdentifierState | Unset):
        state_transitions (TaxIdentifierStateTransitions | Unset): When the tax identifier entered each state.
        verified_name (str | Unset):
        verified_address (str | Unset):
        updated_time (datetime.datetime | Unset):
        applicability (list[Applicability] | Unset):
        uk (str | Unset): A UK tax identifier's value, in the short form the Customer object sample shows.
    """

    id: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    customer_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    value: str | Unset = UNSET
    state: TaxIdentifierState | Unset = UNSET
    state_transitions: TaxIdentifierStateTransitions | Unset = UNSET
    verified_name: str | Unset = UNSET
    verified_address: str | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    applicability: list[Applicability] | Unset = UNSET
    uk: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        customer_id = self.customer_id

        type_ = self.type_

        value = self.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        state_transitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state_transitions, Unset):
            state_transitions = self.state_transitions.to_dict()

        verified_name = self.verified_name

        verified_address = self.verified_address

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        applicability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applicability, Unset):
            applicability = []
            for applicability_item_data in self.applicability:
                applicability_item = applicability_item_data.to_dict()
                applicability.append(applicability_item)

        uk = self.uk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if state is not UNSET:
            field_dict["state"] = state
        if state_transitions is not UNSET:
            field_dict["stateTransitions"] = state_transitions
        if verified_name is not UNSET:
            field_dict["verifiedName"] = verified_name
        if verified_address is not UNSET:
            field_dict["verifiedAddress"] = verified_address
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if applicability is not UNSET:
            field_dict["applicability"] = applicability
        if uk is not UNSET:
            field_dict["uk"] = uk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicability import Applicability  # noqa: PLC0415
        from ..models.tax_identifier_state_transitions import TaxIdentifierStateTransitions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        customer_id = d.pop("customerId", UNSET)

        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        _state = d.pop("state", UNSET)
        state: TaxIdentifierState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TaxIdentifierState(_state)

        _state_transitions = d.pop("stateTransitions", UNSET)
        state_transitions: TaxIdentifierStateTransitions | Unset
        if isinstance(_state_transitions, Unset):
            state_transitions = UNSET
        else:
            state_transitions = TaxIdentifierStateTransitions.from_dict(_state_transitions)

        verified_name = d.pop("verifiedName", UNSET)

        verified_address = d.pop("verifiedAddress", UNSET)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        _applicability = d.pop("applicability", UNSET)
        applicability: list[Applicability] | Unset = UNSET
        if _applicability is not UNSET:
            applicability = []
            for applicability_item_data in _applicability:
                applicability_item = Applicability.from_dict(applicability_item_data)

                applicability.append(applicability_item)

        uk = d.pop("uk", UNSET)

        _instance = cls(
            id=id,
            created_time=created_time,
            customer_id=customer_id,
            type_=type_,
            value=value,
            state=state,
            state_transitions=state_transitions,
            verified_name=verified_name,
            verified_address=verified_address,
            updated_time=updated_time,
            applicability=applicability,
            uk=uk,
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
