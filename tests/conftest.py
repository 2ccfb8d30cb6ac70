"""Fixtures for the SDK's tests: a client, and recorded (never slept) retry waits."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from digitalriver import AsyncDigitalRiver

API_KEY = "sk_test_SECRET_4b2f9c0d1e"
BASE = "https://api.digitalriver.com"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits are recorded here instead of slept."""
    recorded: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr("digitalriver._base_client.sleep", fake_sleep)
    return recorded


@pytest.fixture
async def dr(sleeps: list[float]) -> AsyncIterator[AsyncDigitalRiver]:
    async with AsyncDigitalRiver(api_key=API_KEY) as client:
        yield client
