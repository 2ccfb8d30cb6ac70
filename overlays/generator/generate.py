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

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "digitalriver.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "digitalriver_api"
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def operations_module(document: dict[str, Any]) -> str:
    """The source of `operations.py`: one row per operation of the document."""
    rows = []
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            idempotent = operation.get("x-idempotent")
            if not isinstance(idempotent, bool):
                raise SystemExit(f"{method.upper()} {path}: x-idempotent must be true or false")
            success = sorted(code for code in operation["responses"] if code.startswith("2"))
            rows.append(
                f"    {operation['operationId']!r}: Operation(\n"
                f"        operation_id={operation['operationId']!r},\n"
                f"        method={method.upper()!r},\n"
                f"        path={path!r},\n"
                f"        tag={operation['tags'][0]!r},\n"
                f"        idempotent={idempotent!r},\n"
                f"        success_status={int(success[0])!r},\n"
                f"    ),\n"
            )
    return (
        '"""Every operation of the document, with what the retry policy needs to know.\n\n'
        "`idempotent` is the operation's `x-idempotent`: repeating it after it may have reached\n"
        'the server is safe.\n"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import NamedTuple\n\n\n"
        "class Operation(NamedTuple):\n"
        "    operation_id: str\n"
        "    method: str\n"
        "    path: str\n"
        "    tag: str\n"
        "    idempotent: bool\n"
        "    success_status: int\n\n\n"
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
