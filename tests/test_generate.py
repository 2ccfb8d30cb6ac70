"""`make generate` is reproducible, and what the templates write type-checks and reads every kind of field."""

from __future__ import annotations

import ast
import copy
import filecmp
import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .document import ROOT

GENERATED = ROOT / "src" / "digitalriver_api"
TEMPLATES = ROOT / "overlays" / "generator" / "templates"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _mypy_strict(where: Path, package: str) -> None:
    # The project's mypy settings are the overlay's, hence an empty configuration.
    config = where / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    options = ["--strict", "--python-version", "3.11", "--cache-dir", str(where / ".mypy_cache"), "--config-file"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *options, str(config), "-p", package], cwd=where, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


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
    by_method = {"GET": True, "PUT": True, "DELETE": True}
    document = {
        (o.method, o.path, o.operation["operationId"], o.operation.get("x-idempotent", by_method.get(o.method, False)))
        for o in operations()
    }
    assert table == document
    # The only operations not safe to repeat are the creates: a POST to a collection.
    creates = {op.operation_id for op in OPERATIONS.values() if op.method == "POST" and not op.path_parameters}
    assert {op.operation_id for op in OPERATIONS.values() if not op.idempotent} == creates


def test_the_generated_package_passes_mypy_strict(tmp_path: Path) -> None:
    # `make check` type-checks the overlay; this checks the package itself.
    shutil.copytree(GENERATED, tmp_path / GENERATED.name, ignore=shutil.ignore_patterns("__pycache__"))
    _mypy_strict(tmp_path, GENERATED.name)


def test_models_import_nothing_while_reading() -> None:
    # Nested models are imported at the end of each module, not on every call of from_dict or to_dict.
    for module in sorted((GENERATED / "models").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                imports = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
                assert not imports, f"{module.name}: {node.name} imports"


KINDS_DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "kinds", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "getThing",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Color": {"type": "string", "enum": ["red", "green"]},
            "Leaf": {"type": "object", "properties": {"name": {"type": "string"}, "parent": _ref("Thing")}},
            "Scores": {"type": "object", "additionalProperties": {"type": "integer"}},
            "Children": {"type": "object", "additionalProperties": _ref("Leaf")},
            "Thing": {
                "type": "object",
                "required": ["id", "color", "created", "day", "leaf", "leaves"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "color": _ref("Color"),
                    "created": {"type": "string", "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                    "leaf": _ref("Leaf"),
                    "leaves": {"type": "array", "items": _ref("Leaf")},
                    "maybeDay": {"type": "string", "format": "date"},
                    "colors": {"type": "array", "items": _ref("Color")},
                    "times": {"type": "array", "items": {"type": "string", "format": "date-time"}},
                    "grid": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
                    "either": {"oneOf": [_ref("Leaf"), {"type": "string"}]},
                    "anything": {},
                    "scores": _ref("Scores"),
                    "children": _ref("Children"),
                },
            },
        }
    },
}


PARENT = {
    "id": "00000000-0000-0000-0000-000000000006",
    "color": "red",
    "created": "2025-06-30T21:27:17Z",
    "day": "2025-06-30",
}


def test_the_templates_handle_kinds_the_document_does_not_use_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Dates, UUIDs, unions, lists of lists, typed additional properties, models that refer to each other.
    document, config = tmp_path / "kinds.json", tmp_path / "config.json"
    document.write_text(json.dumps(KINDS_DOCUMENT), encoding="utf-8")
    config.write_text(json.dumps({"post_hooks": [], "literal_enums": False}), encoding="utf-8")
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(document), "--meta", "none"]
    options = ["--config", str(config), "--output-path", str(tmp_path / "kinds_api")]
    subprocess.run([*command, *options, "--custom-template-path", str(TEMPLATES), "--fail-on-warning"], check=True)
    _mypy_strict(tmp_path, "kinds_api")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        _round_trip_kinds(importlib.import_module("kinds_api.models").Thing)
    finally:
        for name in [n for n in sys.modules if n == "kinds_api" or n.startswith("kinds_api.")]:
            del sys.modules[name]


def _round_trip_kinds(thing: Any) -> None:
    body = {
        "id": "00000000-0000-0000-0000-000000000005",
        "color": "blue",
        "created": "2025-06-30T21:27:17Z",
        "day": "2025-06-30",
        "leaf": {"name": "l", "parent": {**PARENT, "leaf": {}, "leaves": []}},
        "leaves": [{"name": "a", "extra": 1}],
        "maybeDay": None,
        "colors": ["red", "pink"],
        "times": ["2025-06-30T21:27:17Z", "2025-06-30T23:27:17+02:00"],
        "grid": [[1, 2], []],
        "either": {"name": "e"},
        "anything": {"x": [1, None]},
        "scores": {"a": 1},
        "children": {"k": {"name": "c"}},
        "unknown": [1],
    }
    parsed = thing.from_dict(copy.deepcopy(body))
    assert parsed.to_dict() == body
    assert parsed.leaf.parent.color == "red" and parsed.colors[1].value == "pink"
    assert parsed.children["k"].name == "c" and parsed.either.name == "e" and parsed.times[1].hour == 23
    assert parsed.maybe_day is None and parsed.day.isoformat() == "2025-06-30"
    assert parsed.to_dict() == body
