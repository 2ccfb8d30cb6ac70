"""A service's request handler: sign a customer up, safely, from an asyncio web service.

The handler gives the customer an id of its own (the user's id in your system), so that a
create repeated after a timeout cannot make a second customer: the API answers 409 instead, and
the handler reads back the one that exists. That is why it may pass `safe_to_retry=True`.
One `AsyncDigitalRiver` is shared by every request the service handles: its connection pool
and its rate limit are per client.

Run it against the fake: `python -m digitalriver.testing --port 8000 &` then
`DIGITALRIVER_API_KEY=sk_test_demo python examples/service_handler.py http://127.0.0.1:8000 user-42 ada@example.com`.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from digitalriver import AsyncDigitalRiver, BadRequestError, ConflictError, DigitalRiverError, RateLimitError


async def sign_up(dr: AsyncDigitalRiver, user_id: str, email: str) -> tuple[int, dict[str, Any]]:
    """An HTTP status and a JSON body for the service's own client."""
    try:
        customer = await dr.customers.create({"id": user_id, "email": email, "type": "individual"}, safe_to_retry=True)
        status = 201
    except ConflictError:
        customer = await dr.customers.retrieve(user_id)  # created before (perhaps by our own retry)
        status = 200
    except BadRequestError as exc:
        return 422, {"error": "invalid", "fields": [e.parameter for e in exc.errors]}
    except RateLimitError as exc:
        return 503, {"error": "busy", "retry_after": exc.retry_after}
    except DigitalRiverError:
        return 502, {"error": "payments unavailable"}
    return status, {"customer_id": customer.id, "email": customer.email}


async def main(base_url: str, user_id: str, email: str) -> None:
    async with AsyncDigitalRiver(base_url=base_url) as dr:
        print(*await sign_up(dr, user_id, email))
        print(*await sign_up(dr, user_id, email))  # the second time: 200, the same customer


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:4]))
