from enum import StrEnum


class InvoiceAttributesType(StrEnum):
    CN_BUSINESS_GENERAL = "cn_business_general"
    CN_BUSINESS_SPECIAL = "cn_business_special"
    CN_INDIVIDUAL_GENERAL = "cn_individual_general"
    TW_INDIVIDUAL_CITIZEN_CERT = "tw_individual_citizen_cert"
    TW_INDIVIDUAL_DONATE = "tw_individual_donate"
    TW_INDIVIDUAL_MEMBER_CARRIER = "tw_individual_member_carrier"
    TW_INDIVIDUAL_MOBILE_BARCODE = "tw_individual_mobile_barcode"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InvoiceAttributesType | None":
        # Open enum: the API adds values without notice. A value this document does not list
        # becomes a member of its own (cached, so it is created once) and is sent back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
