"""Misuse a type checker must catch: `tests/typecheck/user_code.py` shows code that passes, this the code that must not.

Each snippet below is one mistake a user makes; `mypy --strict` must report an error on its line.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from .document import ROOT

HEADER = """\
import datetime
from digitalriver import AsyncDigitalRiver, DigitalRiver

async def misuse(dr: AsyncDigitalRiver, sync: DigitalRiver) -> None:
"""

MISTAKES = {
    "a misspelt body key": 'await dr.customers.create({"emial": "j@example.com"})',
    "a nested misspelt key": 'await dr.customers.create({"shipping": {"adress": {"country": "US"}}})',
    "an enum value the document does not list": 'await dr.customers.create({"type": "persn"})',
    "a body value of the wrong kind": 'await dr.checkouts.create({"currency": "USD", "items": [{"quantity": "2"}]})',
    "a missing required key": 'await dr.invoices.create({"currency": "USD", "items": []})',
    "a misspelt range key": 'dr.invoices.list(created_time={"gtee": datetime.datetime.now(datetime.UTC)})',
    "a string where a list of ids goes": 'dr.customers.list(ids="cus_1,cus_2")',
    "an unknown filter": 'dr.customers.list(colour="red")',
    "a misspelt option": 'await dr.customers.retrieve("cus_1", timout=3)',
    "an option a read does not take": 'await dr.customers.retrieve("cus_1", safe_to_retry=True)',
    "a body for an operation without one": 'await dr.invoices.open("inv_1", {"x": 1})',
    "the sync client, a misspelt key": 'sync.customers.create({"emial": "j@example.com"})',
}


def test_mypy_strict_reports_each_mistake(tmp_path: Path) -> None:
    lines = [HEADER]
    where: dict[int, str] = {}
    for name, statement in MISTAKES.items():
        where[HEADER.count("\n") + len(lines)] = name
        lines.append(f"    {statement}\n")
    snippet = tmp_path / "misuse.py"
    snippet.write_text("".join(lines), encoding="utf-8")
    options = ["--strict", "--python-version", "3.11", "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache")]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *options, "--config-file", "/dev/null", str(snippet)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    reported = {int(m.group(1)) for m in re.finditer(r"misuse\.py:(\d+): error", result.stdout)}
    missed = [name for line, name in where.items() if line not in reported]
    assert missed == [], f"mypy accepted: {missed}\n{result.stdout}"
    assert reported <= set(where), result.stdout  # nothing else in the snippet is an error


def test_pyright_reports_each_mistake(tmp_path: Path) -> None:
    from . import prism

    prism.install()  # pyright is pinned in package.json beside Prism
    lines = [HEADER]
    where: dict[int, str] = {}
    for name, statement in MISTAKES.items():
        where[HEADER.count("\n") + len(lines)] = name
        lines.append(f"    {statement}\n")
    snippet = tmp_path / "misuse.py"
    snippet.write_text("".join(lines), encoding="utf-8")
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    result = subprocess.run(
        [str(pyright), "--outputjson", "--pythonpath", sys.executable, str(snippet)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    report = json.loads(result.stdout)
    reported = {d["range"]["start"]["line"] + 1 for d in report["generalDiagnostics"] if d["severity"] == "error"}
    missed = [name for line, name in where.items() if line not in reported]
    assert missed == [], f"pyright accepted: {missed}\n{result.stdout[-3000:]}"
    assert reported <= set(where), result.stdout[-3000:]
