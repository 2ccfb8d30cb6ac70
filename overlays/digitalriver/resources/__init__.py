from .checkouts import AsyncCheckouts
from .customers import AsyncCustomers
from .invoices import AsyncInvoices

__all__ = ["AsyncCheckouts", "AsyncCustomers", "AsyncInvoices"]
