from enum import StrEnum


class ChargeRefundState(StrEnum):
    COMPLETE = "complete"
    FAILED = "failed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChargeRefundState | None":
        # Open enum: the API adds values without notice. A value this document does not list
        # becomes a member of its own (cached, so it is created once) and is sent back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
