"""How users write code against the SDK; `make check` type-checks it with mypy --strict, so
the public types (ids, pages, raw responses, options) cannot silently regress. Never run."""

import asyncio

from digitalriver import APIResponse, AsyncDigitalRiver, NotFoundError
from digitalriver.models import Customer, CustomerRequest, Invoice


async def main() -> None:
    async with AsyncDigitalRiver() as dr:
        customer = await dr.customers.create({"email": "jsmith@example.com", "type": "individual"})
        customer = await dr.customers.retrieve(customer.id)
        c2: Customer = await dr.customers.create(CustomerRequest(email="x"), safe_to_retry=True, timeout=3)
        page = await dr.invoices.list(customer_id=customer.id, limit=100)
        first: list[Invoice] = page.data
        async for invoice in dr.invoices.list(customer_id=customer.id, limit=100):
            print(invoice.id, invoice.state, invoice.total_amount)
        raw: APIResponse[Customer] = await dr.customers.with_raw_response.retrieve("x")
        opened: Invoice = (await dr.invoices.with_raw_response.open("inv")).parse()
        try:
            await dr.customers.delete("x", extra_headers={"upstream-id": "1"})
        except NotFoundError as e:
            print(e.errors[0].code if e.errors else None)
        print(c2, first, raw, opened)


if __name__ == "__main__":
    asyncio.run(main())
