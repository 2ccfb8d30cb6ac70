"""An ETL job: revenue per currency from every invoice, with each customer's email.

Customers and invoices are read side by side from one client: both lists share its rate limit
(the key's, by default), and each prefetches its next page while this job works through the
current one. Output: one CSV row per currency, written to standard output.

Run it against the fake: `python -m digitalriver.testing --port 8000 --seed-customers 500
--seed-invoices 2000 &` then
`DIGITALRIVER_API_KEY=sk_test_demo python examples/etl_job.py http://127.0.0.1:8000`.
"""

from __future__ import annotations

import asyncio
import csv
import sys
from collections import defaultdict
from decimal import Decimal
from typing import TextIO

from digitalriver import AsyncDigitalRiver
from digitalriver.models import Invoice


async def revenue_by_currency(dr: AsyncDigitalRiver) -> dict[str, tuple[int, Decimal, int]]:
    """currency -> (invoices, total amount, distinct customers with an email on file)."""
    emails: dict[str, str] = {}
    invoices: list[Invoice] = []

    async def read_customers() -> None:
        async for customer in dr.customers.list(limit=100):
            if isinstance(customer.email, str):
                emails[customer.id] = customer.email

    async def read_invoices() -> None:
        async for invoice in dr.invoices.list(limit=100):
            invoices.append(invoice)

    await asyncio.gather(read_customers(), read_invoices())

    count: dict[str, int] = defaultdict(int)
    total: dict[str, Decimal] = defaultdict(Decimal)
    customers: dict[str, set[str]] = defaultdict(set)
    for invoice in invoices:
        currency = invoice.currency if isinstance(invoice.currency, str) else "unknown"
        count[currency] += 1
        if isinstance(invoice.total_amount, int | float):
            total[currency] += Decimal(str(invoice.total_amount))
        if isinstance(invoice.customer_id, str) and invoice.customer_id in emails:
            customers[currency].add(invoice.customer_id)
    return {c: (count[c], total[c], len(customers[c])) for c in sorted(count)}


def write_csv(rows: dict[str, tuple[int, Decimal, int]], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(["currency", "invoices", "total_amount", "customers_with_email"])
    for currency, (invoices, amount, customers) in rows.items():
        writer.writerow([currency, invoices, f"{amount:.2f}", customers])


async def main(base_url: str) -> None:
    async with AsyncDigitalRiver(base_url=base_url) as dr:
        write_csv(await revenue_by_currency(dr), sys.stdout)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
