"""Fixtures for the SDK's tests: a client, and recorded (never slept) retry waits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from digitalriver import AsyncDigitalRiver

API_KEY = "sk_test_SECRET_4b2f9c0d1e"
BASE = "https://api.digitalriver.com"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits are recorded here instead of slept; the rate limit's waits are skipped."""
    recorded: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def no_sleep(seconds: float) -> None:
        pass

    monkeypatch.setattr("digitalriver._base_client.sleep", fake_sleep)
    monkeypatch.setattr("digitalriver._rate_limit.sleep", no_sleep)  # the rate limit's holds are not retries
    return recorded


@pytest.fixture
async def dr(sleeps: list[float]) -> AsyncIterator[AsyncDigitalRiver]:
    async with AsyncDigitalRiver(api_key=API_KEY) as client:
        yield client


@pytest.fixture
def unthrottled() -> dict[str, Any]:
    """Client options without the client-side rate limit, for tests that send hundreds of requests or count them.

    Such a test is about the API's answers and the retries they cause. The limit's own bookkeeping
    (a halved rate and a hold after every 429) would only add work, and, where `sleeps` is not in
    use, real waits.
    """
    return {"rate_limit": None}
