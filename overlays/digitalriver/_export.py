"""Bulk export of lists to JSON Lines: sliced by time to use the whole rate limit, resumable
after a crash with every object exactly once, incremental from one run to the next.

Objects are written as the API sent them: the decoded JSON of each item, re-encoded compactly
on one line, unknown fields included; no model is built on the way.

Slicing (see `_slices`). A list is a chain: each page needs the last id of the page before, so
one chain moves one page per round trip, whatever the rate limit allows. The export starts with
one slice, the whole `createdTime` range (or `--created-since`/`--created-until`), newest first.
While fewer requests are in flight than the client's rate limit can serve (`rate * latency`,
and a quarter to spare, the latency being how long the API's answers take, not their wait for
the rate limit), a slice whose page comes back with more to follow gives away the older part
of what it has left. The first slice of a run, with nothing known of how far back objects go,
fans out: new slices begin 1, 2, 4, ... hours (up to 30 years) below its first page, the oldest
open below, so the first round trip finds where the objects are, each request a page of them.
After that, the slice with the most left to list is halved whenever a slice ends. Every
request of every slice takes its turn at the client's one rate limit, so slices never outrun
it, and a slice is split only into pieces expected to have a few pages each, since each ends
with a partial page.

Checkpoint (see `_checkpoint`). Pages are appended to the output as they arrive, whichever
slice they belong to. At most every `COMMIT_EVERY` seconds, the output is flushed and synced to
disk, and then the checkpoint records, as one consistent snapshot, its length, its last page's
hash, and every slice's range, cursor and edge. A resumed export cuts the output back to that
length and continues each slice after its cursor: pages written after the snapshot are asked
for again and written once.

The output. A new export writes to a temporary file beside the output (`OUT.partial` with a
checkpoint, so a resumed run finds it; a unique hidden name without), and renames it over the
output once everything is written and synced: until then the previous output is untouched.
Standard output, and outputs that are not regular files (a pipe, `/dev/null`), are written
directly.
"""

from __future__ import annotations

import gc
import math
import os
import statistics
import tempfile
import time
from collections import deque
from collections.abc import Mapping, Sequence
from contextlib import aclosing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import anyio
import anyio.abc
import attrs

from digitalriver_api.operations import OPERATIONS

from ._checkpoint import Checkpoint, CheckpointError, ExportState, digest, sync_folder, vouches_for
from ._client import AsyncDigitalRiver
from ._exceptions import APIResponseValidationError, BadRequestError, DigitalRiverError
from ._json import dumps as dump_json
from ._slices import Slice, format_time, parse_time

# The lists an export can read: the operations that page by cursor, by resource, from the table.
LIST_OPERATIONS = {op.resource: op_id for op_id, op in OPERATIONS.items() if op.item_model is not None}
RESOURCES = tuple(LIST_OPERATIONS)

COMMIT_EVERY = 0.2  # seconds between checkpoints, at most: each syncs the outputs and the checkpoint
HEADROOM = 1.25  # requests in flight per what the rate limit serves in one latency
MIN_PAGES_PER_SLICE = 2  # a slice is split only into pieces expected to have this many pages left
LATENCY_SAMPLES = 50  # the latency is the median of the last answers
COLLECT_EVERY = 2.0  # seconds between full garbage collections (a few milliseconds each)


def encode_items(items: Sequence[Any]) -> bytes:
    """JSON Lines of `items`, each as the API sent it: the one place where items are encoded."""
    return b"".join([dump_json(item) + b"\n" for item in items])  # any depth, any integer


@attrs.frozen
class ExportOptions:
    """How to export. `concurrency`: the most requests in flight at once; `single_chain`: one
    cursor chain per resource, the next page prefetched, no slicing."""

    page_size: int = 100
    concurrency: int = 64
    single_chain: bool = False


class Display(Protocol):
    def start(self, run: ResourceRun) -> None: ...

    def page(self, run: ResourceRun) -> None: ...

    def finish(self, run: ResourceRun) -> None: ...

    def log(self, message: str) -> None: ...


class Quiet:
    def start(self, run: ResourceRun) -> None:
        pass

    def page(self, run: ResourceRun) -> None:
        pass

    def finish(self, run: ResourceRun) -> None:
        pass

    def log(self, message: str) -> None:
        pass


class SliceError(DigitalRiverError):
    """A slice that cannot go on: its cursor was refused and it has no time to go on from.

    Not a usage error: requests were sent, and the API's answer is what stops the export (status 1).
    """


class RangeNotHonoured(APIResponseValidationError):
    """A page of a slice held an object outside the slice's `createdTime` range."""


# --- the output ----------------------------------------------------------------------------------


def partial_path(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


class Output:
    """Where one resource's objects go, and how much of it the checkpoint may vouch for."""

    def __init__(self, state: ExportState, *, stream: BinaryIO | None = None, resumable: bool = False) -> None:
        self.path = Path(state.out)
        self.stream = stream
        self.resumable = resumable
        self.direct = stream is not None or (self.path.exists() and not self.path.is_file())
        self.temporary: Path | None = None
        self.file: BinaryIO | None = None
        self.offset = state.offset
        self.synced = state.offset
        self.tail = b""
        self._tail_digest = (b"", "")

    def open(self, state: ExportState) -> None:
        """Open for writing: a new temporary file, or the one a resumed run left, cut back to the checkpoint."""
        if self.stream is not None:
            self.file = self.stream
            return
        if self.direct:
            self.file = self.path.open("wb")
            return
        if not self.resumable:
            self.file, self.temporary = _temporary_beside(self.path)
            return
        self.temporary = partial_path(self.path)
        if state.offset == 0:
            self.file = self.temporary.open("wb")
            return
        if not self.temporary.exists() and vouches_for(self.path, state) is None:
            os.replace(self.path, self.temporary)  # the run had finished writing when it died: take it back
        reason = vouches_for(self.temporary, state)
        if reason is not None:
            raise CheckpointError(f"cannot resume {state.resource}: {reason}; delete the checkpoint to start over")
        file = self.temporary.open("r+b")
        file.truncate(state.offset)  # drop pages written after the checkpoint: they are asked for again
        file.seek(state.offset)
        self.file = file

    def write(self, chunk: bytes) -> None:
        assert self.file is not None
        self.file.write(chunk)
        self.offset += len(chunk)
        self.tail = chunk

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def tail_digest(self) -> str:
        if self._tail_digest[0] is not self.tail:
            self._tail_digest = (self.tail, digest(self.tail))
        return self._tail_digest[1]

    def sync(self) -> None:
        """fsync what was flushed (blocking: run it in a thread)."""
        if self.file is not None and self.stream is None and self.synced != self.offset:
            reached = self.offset  # read before: pages written meanwhile are synced next time
            os.fsync(self.file.fileno())
            self.synced = reached

    def finish(self) -> None:
        """Everything is written: sync it and put it in the output's place (blocking)."""
        self.flush()
        if self.stream is not None:
            return
        self.sync()
        assert self.file is not None
        self.file.close()
        self.file = None
        if self.temporary is not None:
            os.replace(self.temporary, self.path)
            sync_folder(self.path)

    def abandon(self) -> None:
        """The run stops unfinished: keep the temporary file for a checkpoint to resume, else delete it."""
        if self.stream is not None:
            return
        if self.file is not None:
            self.file.close()
            self.file = None
        if self.temporary is not None and not self.resumable:
            self.temporary.unlink(missing_ok=True)


def _temporary_beside(path: Path) -> tuple[BinaryIO, Path]:
    """A new hidden file in the output's folder, with the permissions a plain new file would get."""
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(descriptor, 0o666 & ~umask)
    return os.fdopen(descriptor, "wb"), Path(name)


# --- one resource's run --------------------------------------------------------------------------


class ResourceRun:
    """One resource being exported: its state, its output, and its slices at work."""

    def __init__(self, state: ExportState, output: Output) -> None:
        self.state = state
        self.output = output
        self.resource = state.resource
        self.active = 0
        self.pending: deque[Slice] = deque(piece for piece in state.slices if not piece.done)
        self.stopped = False  # --max-objects reached
        self.finished = state.done
        self.sliceable = "created_time" in OPERATIONS[LIST_OPERATIONS[state.resource]].query
        self.started_at = time.perf_counter()
        self.objects_at_start = state.objects

    def request_filters(self, piece: Slice, page_size: int) -> dict[str, Any]:
        """The filters of the next request of `piece`: the caller's, the run's, the slice's."""
        filters: dict[str, Any] = {**self.state.filters, "limit": page_size}
        created = {key: value for key, value in (("gte", piece.gte), ("lt", piece.lt)) if value is not None}
        if created:
            filters["created_time"] = created
        if self.state.updated_since is not None:
            updated = dict(filters.get("updated_time") or {})
            given = parse_time(updated.get("gte"))
            since = parse_time(self.state.updated_since)
            if given is None or (since is not None and since > given):
                updated["gte"] = self.state.updated_since
            filters["updated_time"] = updated
        if piece.cursor is not None:
            filters["starting_after"] = piece.cursor
        return filters

    def take(self, piece: Slice, data: Mapping[str, Any], response: Any) -> None:
        """Write what a page of `piece` brings that was not written yet, and move the slice on."""
        items = data.get("data")
        listed: list[Any] = items if isinstance(items, list) else []
        _check_range(piece, listed, response)
        fresh = piece.unseen(listed)
        whole = True
        limit = self.state.max_objects
        if limit is not None and len(fresh) >= limit - self.state.objects:
            whole = len(fresh) == limit - self.state.objects
            fresh = fresh[: limit - self.state.objects]
            self.stopped = True
        if fresh:
            self.output.write(encode_items(fresh))
        piece.advance(listed, fresh, whole=whole)
        self.state.objects += len(fresh)
        self.state.pages += 1
        if not data.get("hasMore") or not listed:
            piece.done = True

    def ceiling(self) -> datetime:
        """The upper end of the range: the caller's, or the run's start."""
        return parse_time(self.state.until) or parse_time(self.state.started) or datetime.now(UTC)

    def coverage(self) -> float | None:
        """The share of the time range listed so far, by time (None while a slice is open below)."""
        if self.finished:
            return 1.0
        spans = [piece.covered(self.ceiling()) for piece in self.state.slices]
        known = [span for span in spans if span is not None]
        total = sum(span for span, _ in known)
        return None if len(known) < len(spans) or total <= 0 else sum(listed for _, listed in known) / total

    def snapshot(self) -> None:
        """Record in the state what the output holds now (after a flush)."""
        self.output.flush()
        self.state.offset = self.output.offset
        if self.output.tail:
            self.state.tail_size = len(self.output.tail)
            self.state.tail_sha256 = self.output.tail_digest()


def _check_range(piece: Slice, items: list[Any], response: Any) -> None:
    """Slices rely on the API keeping to their range: the newest and the oldest item must be in it."""
    if not items or (piece.gte is None and piece.lt is None):
        return
    low, high = parse_time(piece.gte), parse_time(piece.lt)
    for item in (items[0], items[-1]):
        moment = parse_time(item.get("createdTime") if isinstance(item, dict) else None)
        if moment is not None and ((low is not None and moment < low) or (high is not None and moment >= high)):
            raise RangeNotHonoured(
                f"the API answered createdTime {format_time(moment)} to a list of createdTime "
                f"[{piece.gte or '…'}, {piece.lt or '…'}): it does not honour the range; export with --single-chain",
                response=response,
            )


# --- the exporter ----------------------------------------------------------------------------------


class Exporter:
    """Runs the exports of several resources side by side, under one client and one rate limit."""

    def __init__(
        self,
        client: AsyncDigitalRiver,
        runs: list[ResourceRun],
        *,
        checkpoint: Checkpoint | None = None,
        options: ExportOptions = ExportOptions(),
        display: Display | None = None,
    ) -> None:
        self.client = client
        self.runs = runs
        self.checkpoint = checkpoint
        self.options = options
        self.display: Display = display or Quiet()
        self.latency: float | None = None
        self._latencies: deque[float] = deque(maxlen=LATENCY_SAMPLES)
        self.active = 0
        self._working: dict[int, tuple[ResourceRun, Slice]] = {}
        self._collected = time.monotonic()
        self._tasks: anyio.abc.TaskGroup | None = None
        self._dirty = anyio.Event()
        self._lock = anyio.Lock()

    async def run(self) -> None:
        """Export every run to its end; on any failure or cancellation, checkpoint what was done."""
        try:
            for run in self.runs:
                if not run.finished:
                    run.output.open(run.state)
            async with anyio.create_task_group() as outer:
                if self.checkpoint is not None:
                    outer.start_soon(self._commit_loop)
                async with anyio.create_task_group() as tasks:
                    self._tasks = tasks
                    for run in self.runs:
                        if run.finished:
                            done = f"{run.state.objects:,} objects"
                            self.display.log(f"{run.resource}: already complete in {run.state.out} ({done})")
                        else:
                            self.display.start(run)
                            if not run.pending:
                                await self._finish(run)
                            else:
                                self._start(run, run.pending.popleft())
                outer.cancel_scope.cancel()
        finally:
            with anyio.CancelScope(shield=True):
                await self._close()

    async def _close(self) -> None:
        async with self._lock:
            if self.checkpoint is not None:
                self._snapshot_all()
                body = self.checkpoint.body()
                await anyio.to_thread.run_sync(self._persist, body)
            for run in self.runs:
                if not run.finished:
                    run.output.abandon()

    # --- slices ------------------------------------------------------------------------------

    def target(self) -> int:
        """How many requests should be in flight: what the rate limit serves in one latency, and a quarter."""
        if self.options.single_chain:
            return 1
        limiter = self.client.rate_limiter
        if limiter is None:
            return self.options.concurrency
        if self.latency is None:
            return 1
        return max(1, min(self.options.concurrency, math.ceil(limiter.rate * self.latency * HEADROOM)))

    def _start(self, run: ResourceRun, piece: Slice) -> None:
        assert self._tasks is not None
        self.active += 1
        run.active += 1
        self._working[id(piece)] = (run, piece)
        self._tasks.start_soon(self._slice_task, run, piece)

    def _fill(self) -> None:
        """Start waiting slices while fewer than the target are at work (each run keeps at least one going)."""
        for run in self.runs:
            if run.active == 0 and run.pending and not run.stopped:
                self._start(run, run.pending.popleft())
        while self.active < self.target():
            waiting = [run for run in self.runs if run.pending and not run.stopped]
            if not waiting:
                return
            run = min(waiting, key=lambda candidate: candidate.active)
            self._start(run, run.pending.popleft())

    async def _slice_task(self, run: ResourceRun, piece: Slice) -> None:
        try:
            await self._page(run, piece)
        finally:
            self.active -= 1
            run.active -= 1
            del self._working[id(piece)]
        if run.active == 0 and (run.stopped or not run.pending):
            await self._finish(run)
        self._fill()

    async def _page(self, run: ResourceRun, piece: Slice) -> None:
        """List `piece` to its end (or to --max-objects), splitting it while more could be in flight."""
        paginate = getattr(self.client, run.resource).list
        while not piece.done and not run.stopped:
            filters = run.request_filters(piece, self.options.page_size)
            paginator = paginate(**filters, prefetch=self.options.single_chain)
            try:
                async with aclosing(paginator.raw_pages()) as pages:
                    async for data, response in pages:
                        self._observe(response)
                        if run.stopped:
                            return
                        run.take(piece, data, response)
                        self._collect()
                        self._dirty.set()
                        self.display.page(run)
                        if piece.done or run.stopped or self._split(run, piece):
                            break
                    else:  # the list ended without saying so: there is nothing after its last page
                        piece.done = True
            except BadRequestError as error:
                if piece.cursor is None or not _refuses_cursor(error):
                    raise
                lost = piece.cursor
                if not piece.lose_cursor():
                    raise SliceError(
                        f"the API no longer knows the object {lost!r} the {run.resource} export was to go on after, "
                        "and what was written at its createdTime is not known well enough to go on from there "
                        "(no time, or more than a thousand objects at it): export afresh, without this checkpoint"
                    ) from error
                self.display.log(
                    f"{run.resource}: the object {lost!r} the export was to go on after is gone; "
                    f"listing again from createdTime {piece.lt}, skipping what was written"
                )

    def _collect(self) -> None:
        """A full garbage collection every few seconds: each request leaves a reference cycle behind
        (httpcore's request and its stream), and with many in flight some live long enough to reach
        the oldest generation, collected rarely; memory would creep up with the export's length."""
        now = time.monotonic()
        if now - self._collected >= COLLECT_EVERY:
            self._collected = now
            gc.collect()

    def _observe(self, response: Any) -> None:
        """Note how long the answer took (from sending to the last byte, not the rate limit's wait)."""
        elapsed = getattr(response, "elapsed", None)
        if elapsed is not None:
            self._latencies.append(elapsed.total_seconds())
            self.latency = statistics.median(self._latencies)

    def _split(self, run: ResourceRun, piece: Slice) -> bool:
        """Split `piece` while fewer requests are in flight than the target; True if its range changed.

        The slice split is one with the most left to list (at the density it has met so far), and
        it is halved: the others at work get their turn as their pages come back, within one round
        trip. So slices that end are replaced by halving the largest, not by crumbs of whichever
        came next, and few slices end with a partial page. Only the first slice of a run, alone at
        work, is cut into as many pieces as are wanted at once.
        """
        if self.options.single_chain or not run.sliceable or piece.edge is None:
            return False
        self._fill()
        want = self.target() - self.active
        if want <= 0:
            return False
        left = piece.left(run.ceiling())
        if left is not None:
            others = (slice_.left(owner.ceiling()) for owner, slice_ in self._working.values())
            if left < max((other for other in others if other is not None), default=0.0) / 2:
                return False
            # Each piece should have pages enough to be worth its last, partial one.
            want = min(want, int(left / (self.options.page_size * MIN_PAGES_PER_SLICE)) - 1)
        if self.active > 1:
            want = min(want, 1)  # halve it: the others halve in their turn, rather than one slice in crumbs
        new = piece.split(want + 1)
        if not new:
            return False
        run.state.slices.extend(new)
        for index, fresh in enumerate(new):  # a fan-out may hold more pieces than are wanted at once
            if index < want:
                self._start(run, fresh)
            else:
                run.pending.append(fresh)
        self._dirty.set()
        return True

    # --- finishing and checkpoints -----------------------------------------------------------

    async def _finish(self, run: ResourceRun) -> None:
        if run.finished:
            return
        run.finished = True
        async with self._lock:
            run.snapshot()  # the whole output, as it is put in place
            await anyio.to_thread.run_sync(run.output.finish)
            run.state.done = True
            if run.state.max_objects is None:
                run.state.high_water = run.state.started
            if self.checkpoint is not None:
                self._snapshot_all()
                await anyio.to_thread.run_sync(self._persist, self.checkpoint.body())
        self.display.finish(run)

    async def _commit_loop(self) -> None:
        while True:
            await self._dirty.wait()
            self._dirty = anyio.Event()
            async with self._lock:
                assert self.checkpoint is not None
                self._snapshot_all()
                await anyio.to_thread.run_sync(self._persist, self.checkpoint.body())
            await anyio.sleep(COMMIT_EVERY)

    def _snapshot_all(self) -> None:
        """Every state as it is now, together with its output's length: one consistent checkpoint."""
        for run in self.runs:
            if run.output.file is not None:
                run.snapshot()

    def _persist(self, body: bytes) -> None:
        """Sync the outputs, then replace the checkpoint (blocking: in a thread, under the lock)."""
        for run in self.runs:
            run.output.sync()
        assert self.checkpoint is not None
        self.checkpoint.write(body)


def _refuses_cursor(error: BadRequestError) -> bool:
    """A 400 about `startingAfter`: the object it names is gone."""
    return any(detail.parameter == "startingAfter" for detail in error.errors) or "startingAfter" in str(error)


def now() -> str:
    """The run's start, as the high-water mark is kept: UTC, milliseconds."""
    moment = datetime.now(UTC)
    return format_time(moment.replace(microsecond=moment.microsecond // 1000 * 1000))


def new_state(
    resource: str,
    out: str,
    filters: Mapping[str, Any],
    *,
    since: str | None = None,
    until: str | None = None,
    max_objects: int | None = None,
) -> ExportState:
    state = ExportState(resource, out, dict(filters), since=since, until=until, max_objects=max_objects)
    state.new_run(now(), None)
    return state


async def export_resource(
    client: AsyncDigitalRiver,
    state: ExportState,
    *,
    stream: BinaryIO | None = None,
    options: ExportOptions = ExportOptions(),
    display: Display | None = None,
) -> ExportState:
    """Write every object of `state.resource` (with `state.filters`) to `state.out`, or to `stream`."""
    run = ResourceRun(state, Output(state, stream=stream))
    await Exporter(client, [run], options=options, display=display).run()
    return state
