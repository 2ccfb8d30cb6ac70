"""The checkpoint of `digitalriver export`: how far each resource has come, and what it wrote.

One JSON file holds, for each resource: what the export was asked for (output, filters, time
range, `--max-objects`), which binds it (another export refuses the file); the run in progress
(its slices, each with its range, cursor and edge, and the counts); the output it vouches for
(its length, and the length and SHA-256 of the last page written before that length); and the
high-water mark of the last finished run (the time it started), which an incremental run goes
on from.

The output is bound to the checkpoint by those bytes: a resumed export cuts the output back to
the recorded length only when the page recorded ends there, and a finished export is "already
complete" only when its output still is the file it wrote. Anything else is refused with a
message that says what to do, rather than mixed with foreign lines.

The file is replaced in one step (a temporary file, fsync, rename): a crash at any moment
leaves the old checkpoint or the new one, never part of either.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import orjson

from ._exceptions import DigitalRiverError
from ._slices import Slice

CHECKPOINT_VERSION = 2


class CheckpointError(DigitalRiverError):
    """A checkpoint that cannot be used for this export: unreadable, made for another one, or
    vouching for an output that is not there or not the one it wrote."""


@attrs.define
class ExportState:
    """One resource's export: what was asked for, the run in progress, and the output it wrote."""

    resource: str
    out: str
    filters: dict[str, Any] = attrs.field(factory=dict)
    since: str | None = None
    until: str | None = None
    max_objects: int | None = None
    # The run: when it started (the next high-water mark), its updatedTime bound, its slices.
    started: str | None = None
    updated_since: str | None = None
    slices: list[Slice] = attrs.field(factory=list)
    objects: int = 0
    pages: int = 0
    # The output: `offset` bytes, the last `tail_size` of them hashing to `tail_sha256`.
    offset: int = 0
    tail_size: int = 0
    tail_sha256: str = ""
    done: bool = False
    high_water: str | None = None  # when the last finished run started

    def binding(self) -> dict[str, Any]:
        return {
            "out": self.out,
            "filters": self.filters,
            "since": self.since,
            "until": self.until,
            "max_objects": self.max_objects,
        }

    def new_run(self, started: str, updated_since: str | None) -> None:
        """Start over: a fresh run (an incremental one from `updated_since`), keeping the high-water mark."""
        self.started, self.updated_since = started, updated_since
        self.slices = [Slice(gte=self.since, lt=self.until)]
        self.objects = self.pages = self.offset = self.tail_size = 0
        self.tail_sha256 = ""
        self.done = False

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self, filter=lambda attribute, _: attribute.name != "resource" and attribute.init)


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
        except OSError as exc:
            raise CheckpointError(f"cannot read the checkpoint {path}: {exc.strerror or exc}") from None
        try:
            data = orjson.loads(raw)
            version = data.get("version")
            if version != CHECKPOINT_VERSION:
                raise ValueError(f"version {version!r}, this command writes version {CHECKPOINT_VERSION}")
            states = {}
            for name, state in data["exports"].items():
                slices = [Slice(**piece) for piece in state.pop("slices")]
                states[name] = ExportState(resource=name, slices=slices, **state)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            message = f"{path} is not a checkpoint of this command ({exc}); give another --checkpoint, or delete it"
            raise CheckpointError(message) from None
        return cls(path, states)

    def state_for(self, wanted: ExportState, *, next_run: bool = False) -> ExportState:
        """The saved state of `wanted.resource`, which must have been made by the same export; else `wanted`.

        With `next_run` (an incremental run after a finished one), the output may be another:
        only a run in progress is bound to the file it writes.
        """
        state = self.states.get(wanted.resource)
        if state is None:
            self.states[wanted.resource] = wanted
            return wanted
        theirs, ours = state.binding(), wanted.binding()
        if next_run and state.done:
            theirs["out"] = ours["out"]
        if theirs != ours:
            differ = ", ".join(f"{key} {value!r}" for key, value in theirs.items() if value != ours[key])
            raise CheckpointError(
                f"{self.path} was made by another export of {wanted.resource} ({differ}); "
                "give another --checkpoint, or delete it to start over"
            )
        state.out = wanted.out
        return state

    def body(self) -> bytes:
        states = {name: state.to_json() for name, state in self.states.items()}
        return orjson.dumps({"version": CHECKPOINT_VERSION, "exports": states}, option=orjson.OPT_INDENT_2)

    def write(self, body: bytes) -> None:
        """Replace the file with `body` in one step (blocking: run it in a thread)."""
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("wb") as file:
            file.write(body)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)
        sync_folder(self.path)


def sync_folder(path: Path) -> None:
    """fsync the folder holding `path`, so that a rename into it survives a power cut (where the OS allows)."""
    try:
        descriptor = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def vouches_for(path: Path, state: ExportState) -> str | None:
    """Why the file at `path` is not the output `state` wrote up to `state.offset`; None when it is."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return f"{path} is gone"
    if size < state.offset:
        return f"{path} is shorter ({size:,} bytes) than the checkpoint's {state.offset:,}"
    if state.tail_size:
        with path.open("rb") as file:
            file.seek(state.offset - state.tail_size)
            if digest(file.read(state.tail_size)) != state.tail_sha256:
                return f"{path} does not hold what this checkpoint wrote (it was replaced or changed)"
    return None


def jsonable(filters: Mapping[str, Any]) -> dict[str, Any]:
    """Filters as the checkpoint keeps them: lists for tuples, and nothing orjson could not write back."""
    return orjson.loads(orjson.dumps(dict(filters)))  # type: ignore[no-any-return]
