from enum import StrEnum


class Language(StrEnum):
    AR = "ar"
    CS = "cs"
    DA = "da"
    DE = "de"
    EL = "el"
    EN = "en"
    EN_GB = "en-gb"
    EN_US = "en-us"
    ES = "es"
    ES_419 = "es-419"
    FI = "fi"
    FR = "fr"
    FR_CA = "fr-ca"
    HE = "he"
    HU = "hu"
    IT = "it"
    JA = "ja"
    KO = "ko"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT = "pt"
    PT_BR = "pt-br"
    RU = "ru"
    SK = "sk"
    SL = "sl"
    SV = "sv"
    TH = "th"
    TR = "tr"
    ZH = "zh"
    ZH_HK = "zh-hk"
    ZH_TW = "zh-tw"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Language | None":
        # Open enum: the API adds values without notice. A value this document does not list
        # becomes a member of its own (cached, so it is created once) and is sent back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
