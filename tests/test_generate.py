"""`make generate` is reproducible: regenerating gives back exactly what src/ holds."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from .document import ROOT

GENERATED = ROOT / "src" / "digitalriver_api"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_regenerating_leaves_src_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "digitalriver_api"
    subprocess.run([sys.executable, str(ROOT / "overlays" / "generator" / "generate.py"), str(out)], check=True)
    fresh, committed = _tree(out), _tree(GENERATED)
    assert sorted(fresh) == sorted(committed), "files differ: run `make generate` and commit"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert changed == [], f"generated files differ from src/: {changed}; run `make generate` and commit"
    assert not filecmp.dircmp(out, GENERATED).diff_files


def test_operations_table_matches_the_document() -> None:
    from digitalriver_api.operations import OPERATIONS

    from .document import operations

    table = {(op.method, op.path, op.operation_id, op.idempotent) for op in OPERATIONS.values()}
    document = {(o.method, o.path, o.operation["operationId"], o.operation["x-idempotent"]) for o in operations()}
    assert table == document
    assert {op.operation_id for op in OPERATIONS.values() if not op.idempotent} == {
        "createCustomer",
        "createCheckout",
        "createInvoice",
    }
