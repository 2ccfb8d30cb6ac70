"""Every Python example of the README runs as written.

The examples use the environment as a user's code would (`AsyncDigitalRiver()` with no
arguments): here `DIGITALRIVER_API_KEY` is a test key and `DIGITALRIVER_BASE_URL` the fake, served
on 127.0.0.1. An example that names the real API's host gets a mocked answer instead. After a
block has run, each function it defined and did not call itself is called (awaited if async), so
an example written as a function is exercised too.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from digitalriver.testing import FakeDigitalRiver

from .document import ROOT

BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXAMPLES = [
    (m.string[: m.start()].count("\n") + 1, m.group(1)) for m in BLOCK.finditer((ROOT / "README.md").read_text())
]


@pytest.fixture(scope="module")
def fake() -> FakeDigitalRiver:
    fake = FakeDigitalRiver()
    fake.seed(customers=30, invoices=10)
    return fake


@pytest.fixture(scope="module")
def served(fake: FakeDigitalRiver) -> Iterator[str]:
    with fake.serve_in_thread() as url:
        yield url


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.httpx_mock(should_mock=lambda request: request.url.host != "127.0.0.1")
@pytest.mark.parametrize(("line", "code"), EXAMPLES, ids=[f"line-{line}" for line, _ in EXAMPLES])
def test_each_example_runs_as_written(
    line: int, code: str, served: str, monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("DIGITALRIVER_API_KEY", "sk_test_readme")
    monkeypatch.setenv("DIGITALRIVER_BASE_URL", served)
    httpx_mock.add_response(
        url=re.compile(r"https://api\.digitalriver\.com/.*"), json={"id": "cus_123"}, is_optional=True
    )
    printed: list[str] = []
    namespace: dict[str, Any] = {"__name__": "readme", "print": lambda *a, **k: printed.append(" ".join(map(str, a)))}
    exec(compile(code, f"README.md:{line}", "exec"), namespace)
    for name, value in list(namespace.items()):
        if (
            inspect.isfunction(value)
            and value.__module__ == "readme"
            and f"{name}(" not in code.split(f"def {name}(")[-1]
        ) and not inspect.signature(value).parameters:
            result = value()
            if inspect.iscoroutine(result):
                asyncio.run(result)
