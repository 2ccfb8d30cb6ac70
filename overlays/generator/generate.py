"""Generate a `digitalriver_api` package from an OpenAPI document.

`make generate` runs this (`make generate DOCUMENT=path OUT=dir` for any other document or
place). It is the only way code gets into `src/`:

1. openapi-python-client renders the document with the template overrides in `templates/`:
   the models and the low-level endpoint modules;
2. `surface.py` reads the document (and the model classes the generator named) into the
   surface users touch, which the templates in `templates/sdk/` write: the operations table,
   the resources with their methods and docstrings, and the request TypedDicts;
3. ruff formats everything with fixed settings, so that the output is the same wherever it is
   written. A test regenerates into a temporary folder and compares.

Warnings (a multipart body skipped, a header parameter left out) are printed; an operation the
surface cannot name, or a document the generator cannot read, stops the run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty

sys.path.insert(0, str(Path(__file__).resolve().parent))

import surface

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "digitalriver.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "digitalriver_api"
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]
_SKIPPED = re.compile(r"^WARNING parsing (\w+) (\S+) within .*Endpoint will not be generated")


def load(path: Path) -> dict[str, Any]:
    """The document as data, with media types in lower case (they are case-insensitive: `application/JSON`)."""
    text = path.read_text(encoding="utf-8")
    data = (
        json.loads(text)
        if path.suffix == ".json"
        else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )
    if not isinstance(data, dict):
        raise SystemExit(f"{path} is not an OpenAPI document")
    lowered: dict[str, Any] = _lower_media_types(data)
    return lowered


def _lower_media_types(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: ({media.lower(): _lower_media_types(v) for media, v in value.items()} if key == "content" and
                  isinstance(value, dict) else _lower_media_types(value))
            for key, value in node.items()
        }  # fmt: skip
    if isinstance(node, list):
        return [_lower_media_types(item) for item in node]
    return node


def _config(document: Path, out: Path) -> Config:
    return Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=document,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out,
    )


def _classes(openapi: GeneratorData) -> tuple[surface.GeneratedClasses, dict[tuple[str, str], str]]:
    """The model classes the generator made for each operation, and the operations it left out."""
    classes: surface.GeneratedClasses = {}
    skipped: dict[tuple[str, str], str] = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            found = _SKIPPED.match(error.header)
            if found:
                why = (error.detail or "the generator cannot read it").strip()
                skipped[(found.group(1), surface.path_key(found.group(2)))] = why
        for endpoint in collection.endpoints:
            key = (endpoint.method.upper(), surface.path_key(endpoint.path.get_untrusted_value()))
            request = next(
                (
                    body.prop.class_info.name
                    for body in endpoint.bodies
                    if surface.JSON_MEDIA.match(body.content_type.get_untrusted_value().lower())
                    and isinstance(body.prop, ModelProperty)
                ),
                None,
            )
            responses: dict[int, str] = {}
            item: str | None = None
            for response in endpoint.responses.patterns:
                code_range = response.status_code.range
                if code_range is None or code_range[0] != code_range[1] or not isinstance(response.prop, ModelProperty):
                    continue
                responses[code_range[0]] = response.prop.class_info.name
                if 200 <= code_range[0] < 300:
                    item = item or _item_class(response.prop)
            classes[key] = (request, responses, item)
    return classes, skipped


def _item_class(model: ModelProperty) -> str | None:
    """For a list page (`{"hasMore": …, "data": [...]}`), the class of its items."""
    properties = (model.required_properties or []) + (model.optional_properties or [])
    names = {getattr(p.name, "get_untrusted_value", lambda n=p.name: n)(): p for p in properties}
    data, has_more = names.get("data"), names.get("hasMore")
    if isinstance(data, ListProperty) and has_more is not None and isinstance(data.inner_property, ModelProperty):
        return str(data.inner_property.class_info.name)
    return None


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES / "sdk")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters.update(docstring=surface.docstring, wrap=surface.wrap)
    env.globals.update(py=repr)
    return env


def _render_surface(out: Path, built: surface.Surface) -> None:
    env = _environment()
    (out / "runtime.py").write_text(env.get_template("runtime.py.jinja").render(), encoding="utf-8")
    (out / "operations.py").write_text(env.get_template("operations.py.jinja").render(surface=built), encoding="utf-8")
    (out / "params.py").write_text(env.get_template("params.py.jinja").render(surface=built), encoding="utf-8")
    resources = out / "resources"
    resources.mkdir()
    (resources / "__init__.py").write_text(
        env.get_template("resources_init.py.jinja").render(surface=built), encoding="utf-8"
    )
    module = env.get_template("resource.py.jinja")
    for resource in built.resources.values():
        (resources / f"{resource.name}.py").write_text(
            module.render(resource=resource, surface=built), encoding="utf-8"
        )


def generate(document_path: Path, destination: Path) -> list[str]:
    """Write the package for `document_path` into `destination`; return the warnings."""
    raw = load(document_path)
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / PACKAGE
        config = _config(document_path, out)
        openapi = GeneratorData.from_dict(raw, config=config)
        if isinstance(openapi, GeneratorError):
            raise SystemExit(f"{document_path}: {openapi.header}\n{openapi.detail or ''}")
        project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        with contextlib.redirect_stdout(io.StringIO()):
            problems = project.build()
        errors = [p for p in problems if p.level == ErrorLevel.ERROR]
        if errors:
            raise SystemExit("\n".join(f"{e.header}: {e.detail or ''}" for e in errors))
        classes, skipped = _classes(openapi)
        try:
            built = surface.build_surface(raw, classes, skipped)
        except surface.SurfaceError as exc:
            raise SystemExit(f"{document_path}: {exc}") from None
        _render_surface(out, built)
        (out / "py.typed").write_text("", encoding="utf-8")
        # The document itself, for what reads it at run time (the fake validates requests with it).
        (out / "openapi.json").write_text(json.dumps(raw, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run(
            [*ruff, "check", *RUFF_SETTINGS, "--select", "F401,I", "--fix-only", "--quiet", str(out)], check=True
        )
        subprocess.run([*ruff, "format", *RUFF_SETTINGS, "--quiet", str(out)], check=True)
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(out, destination)
    generator_warnings = [
        f"{p.header} {(p.detail or '').strip()}".strip()
        for p in problems
        if p.level != ErrorLevel.ERROR and not _SKIPPED.match(p.header)
    ]
    return generator_warnings + built.warnings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "destination", type=Path, help=f"the package's folder ({PACKAGE} by default; its name is the import name)"
    )
    parser.add_argument("--document", type=Path, default=DOCUMENT, help="the OpenAPI document (YAML or JSON)")
    args = parser.parse_args()
    for warning in generate(args.document, args.destination):
        print(f"warning: {warning}", file=sys.stderr)


if __name__ == "__main__":
    main()
