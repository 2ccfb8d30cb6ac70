"""Bulk export of a list to JSON Lines, resumable after a crash with nothing lost or repeated.

Objects are written as the API sent them: the decoded JSON of each item, re-encoded compactly
on one line, unknown fields included; no model is built on the way (a model would drop nothing,
but costs time an export does not need to spend).

Exactly once, with a checkpoint: after each page, the output is flushed to disk, and then the
checkpoint records the page's last id (the cursor) and the output's length at that moment.
A crash can come anywhere: before the checkpoint is saved, the output may hold part or all of
a page the checkpoint does not know of. A resumed export first cuts the output back to the
recorded length, then asks for the page after the recorded cursor, so that page is written
once. The checkpoint file itself is replaced atomically, so it is always one whole state.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, aclosing, nullcontext
from pathlib import Path
from typing import IO, Any, BinaryIO

import attrs
import orjson

from ._client import AsyncDigitalRiver
from ._exceptions import DigitalRiverError
from ._json import dumps as dump_json
from ._pagination import item_id

RESOURCES = ("customers", "checkouts", "invoices")
LIST_OPERATIONS = {"customers": "listCustomers", "checkouts": "listCheckouts", "invoices": "listInvoices"}
CHECKPOINT_VERSION = 1


class CheckpointError(DigitalRiverError):
    """A checkpoint that cannot be used for this export: unreadable, or made for another one."""


@attrs.define
class ExportState:
    """How far the export of one resource has come; saved in the checkpoint after each page."""

    resource: str
    out: str
    filters: dict[str, Any]
    cursor: str | None = None
    offset: int = 0
    objects: int = 0
    pages: int = 0
    done: bool = False


@attrs.define
class Checkpoint:
    path: Path
    states: dict[str, ExportState] = attrs.field(factory=dict)

    @classmethod
    def load(cls, path: Path) -> Checkpoint:
        """The checkpoint at `path`, or an empty one when the file does not exist yet."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path)
        try:
            data = orjson.loads(raw)
            if data.get("version") != CHECKPOINT_VERSION:
                raise ValueError(f"version {data.get('version')!r}, expected {CHECKPOINT_VERSION}")
            states = {name: ExportState(resource=name, **state) for name, state in data["exports"].items()}
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise CheckpointError(f"{path} is not a checkpoint of this command: {exc}") from exc
        return cls(path, states)

    def state_for(self, resource: str, out: str, filters: Mapping[str, Any]) -> ExportState:
        """The saved state of `resource`, which must have been made by the same command."""
        state = self.states.get(resource)
        if state is None:
            state = self.states[resource] = ExportState(resource=resource, out=out, filters=dict(filters))
            return state
        if state.out != out or state.filters != dict(filters):
            raise CheckpointError(
                f"{self.path} was made by another export of {resource} "
                f"(to {state.out} with filters {state.filters}); give another --checkpoint, or delete it to start over"
            )
        return state

    def save(self) -> None:
        """Replace the file in one step: a crash leaves the old checkpoint or the new one, never half."""
        body = {
            "version": CHECKPOINT_VERSION,
            "exports": {name: attrs.asdict(state, filter=_not_resource) for name, state in self.states.items()},
        }
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("wb") as file:
            file.write(orjson.dumps(body, option=orjson.OPT_INDENT_2))
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)


def _not_resource(attribute: attrs.Attribute[Any], _: Any) -> bool:
    return attribute.name != "resource"


PageCallback = Callable[[ExportState, int], None]


async def export_resource(
    client: AsyncDigitalRiver,
    state: ExportState,
    *,
    checkpoint: Checkpoint | None = None,
    on_page: PageCallback | None = None,
    stream: BinaryIO | None = None,
) -> ExportState:
    """Write every object of `state.resource` (with `state.filters`) to `state.out` as JSON Lines.

    With a checkpoint, continue from the saved state, saving it after each page. `stream`
    replaces the output file (standard output, say: then there is nothing to resume).
    """
    if state.done:
        return state
    filters = dict(state.filters)
    if state.cursor is not None:
        filters["starting_after"] = state.cursor
    paginator = getattr(client, state.resource).list(**filters)
    with _open_output(state, stream) as out:
        async with aclosing(paginator.raw_pages()) as pages:
            async for data, response in pages:
                items = data.get("data") or []
                out.write(b"".join(dump_json(item) + b"\n" for item in items))  # any depth, any integer
                state.pages += 1
                state.objects += len(items)
                if items:
                    state.cursor = item_id(items[-1], response)
                if checkpoint is not None:
                    out.flush()
                    os.fsync(out.fileno())
                    state.offset = out.tell()
                    checkpoint.save()
                if on_page is not None:
                    on_page(state, len(items))
        out.flush()
        if stream is None:
            state.offset = out.tell()
    state.done = True
    if checkpoint is not None:
        checkpoint.save()
    return state


def _open_output(state: ExportState, stream: BinaryIO | None) -> AbstractContextManager[IO[bytes]]:
    """The output, cut back to the checkpoint's length when resuming; a caller's stream is left open."""
    if stream is not None:
        return nullcontext(stream)
    path = Path(state.out)
    if state.offset == 0 and state.cursor is None:
        return path.open("wb")  # a new export: whatever was there is replaced
    try:
        file = path.open("r+b")
    except FileNotFoundError:
        message = f"{path} is gone, but the checkpoint has {state.objects} objects in it: cannot resume"
        raise CheckpointError(message) from None
    size = file.seek(0, os.SEEK_END)
    if size < state.offset:
        file.close()
        message = f"{path} is shorter ({size} bytes) than the checkpoint says ({state.offset}): cannot resume"
        raise CheckpointError(message)
    file.truncate(state.offset)  # drop a page written after the last checkpoint: it is asked for again
    file.seek(state.offset)
    return file
