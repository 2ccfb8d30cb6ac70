from enum import StrEnum


class SourceType(StrEnum):
    AFTERPAY = "afterPay"
    ALIPAY = "alipay"
    AMAZONPAY = "amazonPay"
    APPLEPAY = "applePay"
    BANCONTACT = "bancontact"
    BANKTRANSFER = "bankTransfer"
    BPAY = "bPay"
    CCAVENUE = "ccAvenue"
    CODJAPAN = "codJapan"
    CREDITCARD = "creditCard"
    CUSTOMERCREDIT = "customerCredit"
    DIRECTDEBIT = "directDebit"
    GIFTCARD = "giftCard"
    GOOGLEPAY = "googlePay"
    IDEAL = "ideal"
    KLARNACREDIT = "klarnaCredit"
    KLARNACREDITRECURRING = "klarnaCreditRecurring"
    KONBINI = "konbini"
    MSTS = "msts"
    ONLINEBANKING = "onlineBanking"
    PAYCO = "payCo"
    PAYPAL = "payPal"
    PAYPALBILLING = "payPalBilling"
    PAYPALCREDIT = "payPalCredit"
    WIRETRANSFER = "wireTransfer"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SourceType | None":
        # Open enum: the API adds values without notice. A value this document does not list
        # becomes a member of its own (cached, so it is created once) and is sent back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
