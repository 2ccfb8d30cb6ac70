from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NextActionData")


@_attrs_define
class NextActionData:
    """
    Attributes:
        redirect_url (str | Unset):
        source_id (str | Unset):
        source_client_secret (str | Unset):
        session_id (str | Unset):
        fingerprint_token (str | Unset):
        challenge_token (str | Unset):
        origin_key (str | Unset):
    """

    redirect_url: str | Unset = UNSET
    source_id: str | Unset = UNSET
    source_client_secret: str | Unset = UNSET
    session_id: str | Unset = UNSET
    fingerprint_token: str | Unset = UNSET
    challenge_token: str | Unset = UNSET
    origin_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_url = self.redirect_url

        source_id = self.source_id

        source_client_secret = self.source_client_secret

        session_id = self.session_id

        fingerprint_token = self.fingerprint_token

        challenge_token = self.challenge_token

        origin_key = self.origin_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_client_secret is not UNSET:
            field_dict["sourceClientSecret"] = source_client_secret
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if fingerprint_token is not UNSET:
            field_dict["fingerprintToken"] = fingerprint_token
        if challenge_token is not UNSET:
            field_dict["challengeToken"] = challenge_token
        if origin_key is not UNSET:
            field_dict["originKey"] = origin_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        redirect_url = d.pop("redirectUrl", UNSET)

        source_id = d.pop("sourceId", UNSET)

        source_client_secret = d.pop("sourceClientSecret", UNSET)

        session_id = d.pop("sessionId", UNSET)

        fingerprint_token = d.pop("fingerprintToken", UNSET)

        challenge_token = d.pop("challengeToken", UNSET)

        origin_key = d.pop("originKey", UNSET)

        _instance = cls(
            redirect_url=redirect_url,
            source_id=source_id,
            source_client_secret=source_client_secret,
            session_id=session_id,
            fingerprint_token=fingerprint_token,
            challenge_token=challenge_token,
            origin_key=origin_key,
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
