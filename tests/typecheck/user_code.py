"""How users write code against the SDK; `make check` type-checks it with mypy --strict, so
the public types (ids, pages, raw responses, options, request TypedDicts, filters) cannot
silently regress. Never run. `tests/test_typing.py` checks that misuse is caught."""

import asyncio
import datetime

from digitalriver import APIResponse, AsyncDigitalRiver, AsyncPaginator, DigitalRiver, NotFoundError, Page, SyncPage
from digitalriver.models import Customer, CustomerRequest, Invoice
from digitalriver.params import CheckoutRequestParam, CustomerRequestParam


async def main() -> None:
    async with AsyncDigitalRiver(default_headers={"upstream-application-id": "shop"}) as dr:
        customer = await dr.customers.create({"email": "jsmith@example.com", "type": "individual"})
        customer = await dr.customers.retrieve(customer.id)
        c2: Customer = await dr.customers.create(CustomerRequest(email="x"), safe_to_retry=True, timeout=3)
        body: CustomerRequestParam = {"email": "j@example.com", "shipping": {"address": {"country": "US"}}}
        c3 = await dr.customers.create(body, extra_body={"newField": 1})
        order: CheckoutRequestParam = {"currency": "USD", "items": [{"skuId": "sku_1", "quantity": 2, "price": 5.0}]}
        await dr.checkouts.create(order)
        listing: AsyncPaginator[Invoice] = dr.invoices.list(customer_id=customer.id, limit=100)
        page: Page[Invoice] = await listing
        first: list[Invoice] = page.data
        since = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
        async for invoice in dr.invoices.list(customer_id=customer.id, created_time={"gte": since}, state="paid"):
            print(invoice.id, invoice.state, invoice.total_amount)
        async for c in dr.customers.list(ids=["cus_1", "cus_2"]):
            print(c.email)
        if page.has_next_page():
            print((await page.get_next_page()).data)
        raw: APIResponse[Customer] = await dr.customers.with_raw_response.retrieve("x")
        opened: Invoice = (await dr.invoices.with_raw_response.open("inv")).parse()
        raw_page: APIResponse[Page[Customer]] = await dr.customers.with_raw_response.list(limit=10)
        quick = dr.with_options(timeout=5, max_retries=0)
        try:
            await quick.customers.delete("x", extra_headers={"upstream-id": "1"})
        except NotFoundError as e:
            print(e.errors[0].code if e.errors else None)
        print(c2, c3, first, raw, opened, raw_page)


def script() -> None:
    with DigitalRiver() as dr:
        for customer in dr.customers.list(email="jsmith@example.com"):
            print(customer.id)
        page: SyncPage[Customer] = dr.customers.list(limit=10).first_page()
        created: Customer = dr.customers.create({"email": "k@example.com"})
        raw: APIResponse[Customer] = dr.customers.with_raw_response.retrieve(created.id)
        print(page.data, raw.status_code)


if __name__ == "__main__":
    asyncio.run(main())
