"""Contains all the data models used in inputs/outputs"""

from .additional_address_info import AdditionalAddressInfo
from .address import Address
from .address_request import AddressRequest
from .amount_range import AmountRange
from .applicability import Applicability
from .b_pay import BPay
from .billing import Billing
from .billing_additional_address_info import BillingAdditionalAddressInfo
from .billing_additional_address_info_title import BillingAdditionalAddressInfoTitle
from .billing_optimization import BillingOptimization
from .billing_request import BillingRequest
from .card import Card
from .charge import Charge
from .charge_cancel import ChargeCancel
from .charge_cancel_state import ChargeCancelState
from .charge_capture import ChargeCapture
from .charge_capture_state import ChargeCaptureState
from .charge_operation import ChargeOperation
from .charge_refund import ChargeRefund
from .charge_refund_state import ChargeRefundState
from .charge_state import ChargeState
from .charge_type import ChargeType
from .checkout import Checkout
from .checkout_request import CheckoutRequest
from .count_range import CountRange
from .credit_card import CreditCard
from .customer import Customer
from .customer_request import CustomerRequest
from .customer_tax_identifier import CustomerTaxIdentifier
from .customer_type import CustomerType
from .direct_debit import DirectDebit
from .direct_debit_redirect import DirectDebitRedirect
from .disclosure import Disclosure
from .disclosure_request import DisclosureRequest
from .disclosure_type import DisclosureType
from .discount import Discount
from .error import Error
from .error_type import ErrorType
from .errors import Errors
from .fee_detail import FeeDetail
from .fee_detail_type import FeeDetailType
from .fees import Fees
from .gift_card import GiftCard
from .invoice import Invoice
from .invoice_attribute_details import InvoiceAttributeDetails
from .invoice_attributes import InvoiceAttributes
from .invoice_attributes_type import InvoiceAttributesType
from .invoice_item import InvoiceItem
from .invoice_item_request import InvoiceItemRequest
from .invoice_request import InvoiceRequest
from .invoice_request_state import InvoiceRequestState
from .invoice_state import InvoiceState
from .invoice_state_transitions import InvoiceStateTransitions
from .item_shipping import ItemShipping
from .klarna_address import KlarnaAddress
from .klarna_credit import KlarnaCredit
from .klarna_credit_recurring import KlarnaCreditRecurring
from .klarna_shipping import KlarnaShipping
from .konbini import Konbini
from .language import Language
from .list_checkouts_response import ListCheckoutsResponse
from .list_customers_response import ListCustomersResponse
from .list_invoices_response import ListInvoicesResponse
from .metadata import Metadata
from .monetary_amount import MonetaryAmount
from .next_action import NextAction
from .next_action_action import NextActionAction
from .next_action_data import NextActionData
from .online_banking import OnlineBanking
from .organization import Organization
from .owner import Owner
from .pay_co import PayCo
from .pay_pal import PayPal
from .payment import Payment
from .payment_details import PaymentDetails
from .payment_session import PaymentSession
from .payment_session_state import PaymentSessionState
from .payment_token import PaymentToken
from .product_details import ProductDetails
from .product_details_weight_unit import ProductDetailsWeightUnit
from .purchase_location import PurchaseLocation
from .purchase_location_request import PurchaseLocationRequest
from .redirect import Redirect
from .selling_entity import SellingEntity
from .ship_from import ShipFrom
from .ship_from_request import ShipFromRequest
from .shipping import Shipping
from .shipping_choice import ShippingChoice
from .shipping_choice_request import ShippingChoiceRequest
from .shipping_choice_request_shipping_terms import ShippingChoiceRequestShippingTerms
from .shipping_choice_shipping_terms import ShippingChoiceShippingTerms
from .shipping_request import ShippingRequest
from .sku_discount import SkuDiscount
from .sku_item import SkuItem
from .sku_request_item import SkuRequestItem
from .sku_update_request_item import SkuUpdateRequestItem
from .source import Source
from .source_flow import SourceFlow
from .source_state import SourceState
from .source_type import SourceType
from .subscription_info import SubscriptionInfo
from .tax import Tax
from .tax_certificate import TaxCertificate
from .tax_certificate_request import TaxCertificateRequest
from .tax_identifier import TaxIdentifier
from .tax_identifier_reference import TaxIdentifierReference
from .tax_identifier_state import TaxIdentifierState
from .tax_identifier_state_transitions import TaxIdentifierStateTransitions
from .time_range import TimeRange
from .update_checkout_request import UpdateCheckoutRequest
from .update_customer_request import UpdateCustomerRequest
from .update_invoice_request import UpdateInvoiceRequest
from .wire_transfer import WireTransfer

__all__ = (
    "AdditionalAddressInfo",
    "Address",
    "AddressRequest",
    "AmountRange",
    "Applicability",
    "Billing",
    "BillingAdditionalAddressInfo",
    "BillingAdditionalAddressInfoTitle",
    "BillingOptimization",
    "BillingRequest",
    "BPay",
    "Card",
    "Charge",
    "ChargeCancel",
    "ChargeCancelState",
    "ChargeCapture",
    "ChargeCaptureState",
    "ChargeOperation",
    "ChargeRefund",
    "ChargeRefundState",
    "ChargeState",
    "ChargeType",
    "Checkout",
    "CheckoutRequest",
    "CountRange",
    "CreditCard",
    "Customer",
    "CustomerRequest",
    "CustomerTaxIdentifier",
    "CustomerType",
    "DirectDebit",
    "DirectDebitRedirect",
    "Disclosure",
    "DisclosureRequest",
    "DisclosureType",
    "Discount",
    "Error",
    "Errors",
    "ErrorType",
    "FeeDetail",
    "FeeDetailType",
    "Fees",
    "GiftCard",
    "Invoice",
    "InvoiceAttributeDetails",
    "InvoiceAttributes",
    "InvoiceAttributesType",
    "InvoiceItem",
    "InvoiceItemRequest",
    "InvoiceRequest",
    "InvoiceRequestState",
    "InvoiceState",
    "InvoiceStateTransitions",
    "ItemShipping",
    "KlarnaAddress",
    "KlarnaCredit",
    "KlarnaCreditRecurring",
    "KlarnaShipping",
    "Konbini",
    "Language",
    "ListCheckoutsResponse",
    "ListCustomersResponse",
    "ListInvoicesResponse",
    "Metadata",
    "MonetaryAmount",
    "NextAction",
    "NextActionAction",
    "NextActionData",
    "OnlineBanking",
    "Organization",
    "Owner",
    "PayCo",
    "Payment",
    "PaymentDetails",
    "PaymentSession",
    "PaymentSessionState",
    "PaymentToken",
    "PayPal",
    "ProductDetails",
    "ProductDetailsWeightUnit",
    "PurchaseLocation",
    "PurchaseLocationRequest",
    "Redirect",
    "SellingEntity",
    "ShipFrom",
    "ShipFromRequest",
    "Shipping",
    "ShippingChoice",
    "ShippingChoiceRequest",
    "ShippingChoiceRequestShippingTerms",
    "ShippingChoiceShippingTerms",
    "ShippingRequest",
    "SkuDiscount",
    "SkuItem",
    "SkuRequestItem",
    "SkuUpdateRequestItem",
    "Source",
    "SourceFlow",
    "SourceState",
    "SourceType",
    "SubscriptionInfo",
    "Tax",
    "TaxCertificate",
    "TaxCertificateRequest",
    "TaxIdentifier",
    "TaxIdentifierReference",
    "TaxIdentifierState",
    "TaxIdentifierStateTransitions",
    "TimeRange",
    "UpdateCheckoutRequest",
    "UpdateCustomerRequest",
    "UpdateInvoiceRequest",
    "WireTransfer",
)
