"""Generate the `digitalriver_api` package from the OpenAPI document.

`make generate` runs this. It is the only way code gets into `src/`: openapi-python-client
renders the document with the template overrides beside this file, this script adds the
operations table that the retry policy reads (`x-idempotent`, which the generator's templates
cannot see), and ruff formats everything with fixed settings so that the output is the same
wherever it is written. A test regenerates into a temporary folder and compares.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import pascal_case, snake_case

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "digitalriver.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "digitalriver_api"
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _model_name(document: dict[str, Any], content_holder: dict[str, Any] | None) -> str | None:
    """The generated model class of a request or response body (None when it has no body)."""
    if content_holder is None:
        return None
    content = _resolve(document, content_holder).get("content")
    if not content:
        return None
    ref: str = content["application/json"]["schema"]["$ref"]
    return pascal_case(ref.rsplit("/", 1)[-1])


def _query_parameter(document: dict[str, Any], parameter: dict[str, Any]) -> str:
    schema = _resolve(document, parameter["schema"])
    kind = schema["type"]
    python_type = {"string": "str", "integer": "int", "boolean": "bool"}[kind]
    return (
        f"QueryParameter(name={parameter['name']!r}, type={python_type}, "
        f"minimum={schema.get('minimum')!r}, maximum={schema.get('maximum')!r})"
    )


def operations_module(document: dict[str, Any]) -> str:
    """The source of `operations.py`: one row per operation of the document."""
    rows = []
    models: set[str] = set()
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            idempotent = operation.get("x-idempotent")
            if not isinstance(idempotent, bool):
                raise SystemExit(f"{method.upper()} {path}: x-idempotent must be true or false")
            parameters = [_resolve(document, p) for p in item.get("parameters", []) + operation.get("parameters", [])]
            path_parameters = tuple(p["name"] for p in parameters if p["in"] == "path")
            query = {snake_case(p["name"]): _query_parameter(document, p) for p in parameters if p["in"] == "query"}
            success = min(code for code in operation["responses"] if code.startswith("2"))
            request_model = _model_name(document, operation.get("requestBody"))
            response_model = _model_name(document, operation["responses"][success])
            models.update(m for m in (request_model, response_model) if m)
            query_source = "".join(f"            {name!r}: {spec},\n" for name, spec in query.items())
            rows.append(
                f"    {operation['operationId']!r}: Operation(\n"
                f"        operation_id={operation['operationId']!r},\n"
                f"        method={method.upper()!r},\n"
                f"        path={path!r},\n"
                f"        tag={operation['tags'][0]!r},\n"
                f"        idempotent={idempotent!r},\n"
                f"        success_status={int(success)!r},\n"
                f"        path_parameters={path_parameters!r},\n"
                f"        query={{\n{query_source}        }},\n"
                f"        request_model={request_model or 'None'},\n"
                f"        response_model={response_model or 'None'},\n"
                f"    ),\n"
            )
    return (
        '"""Every operation of the document, with what a client needs to call it safely.\n\n'
        "`idempotent` is the operation's `x-idempotent`: repeating it after it may have reached\n"
        "the server is safe. `query` maps each query parameter's Python name to its API name,\n"
        'type and bounds. Written by `make generate` from the OpenAPI document.\n"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Any, NamedTuple\n\n"
        f"from .models import {', '.join(sorted(models))}\n\n\n"
        "class QueryParameter(NamedTuple):\n"
        "    name: str\n"
        "    type: type\n"
        "    minimum: int | None\n"
        "    maximum: int | None\n\n\n"
        "class Operation(NamedTuple):\n"
        "    operation_id: str\n"
        "    method: str\n"
        "    path: str\n"
        "    tag: str\n"
        "    idempotent: bool\n"
        "    success_status: int\n"
        "    path_parameters: tuple[str, ...]\n"
        "    query: dict[str, QueryParameter]\n"
        "    request_model: Any\n"
        "    response_model: Any\n\n\n"
        "OPERATIONS: dict[str, Operation] = {\n" + "".join(rows) + "}\n"
    )


def generate(destination: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / PACKAGE
        subprocess.run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(DOCUMENT),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--fail-on-warning",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        document = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
        (out / "operations.py").write_text(operations_module(document), encoding="utf-8")
        (out / "py.typed").write_text("", encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run(
            [*ruff, "check", *RUFF_SETTINGS, "--select", "F401,I", "--fix-only", "--quiet", str(out)], check=True
        )
        subprocess.run([*ruff, "format", *RUFF_SETTINGS, "--quiet", str(out)], check=True)
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(out, destination)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("destination", type=Path, help=f"where the {PACKAGE} package is written")
    generate(parser.parse_args().destination)


if __name__ == "__main__":
    main()
