"""The one table `make bench` ends with, as text for the terminal and as Markdown for the README."""

from __future__ import annotations

from dataclasses import astuple, dataclass, field

COLUMNS = ("measurement", "ours", "floor", "stock", "OpenAPI Generator", "ratio", "target", "met?")
PENDING = "pending"
TIMES = "\u00d7"  # the multiplication sign, escaped: ruff takes it for a confusable x


@dataclass
class Row:
    measurement: str
    ours: str = ""
    floor: str = ""
    stock: str = ""
    oag: str = ""
    ratio: str = ""
    target: str = ""
    met: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)

    def target(self, label: str, ratio: float | None, *, limit: float, at_least: bool, why_missing: str = "") -> None:
        """A row that only states a ratio against its target, under the measurement row above it."""
        if ratio is None:
            self.add(Row(label, ratio=PENDING, target=_limit(limit, at_least), met=why_missing or PENDING))
            return
        met = ratio >= limit if at_least else ratio <= limit
        verdict = "yes" if met else f"no, {_miss(ratio, limit, at_least)}"
        self.add(Row(label, ratio=f"{ratio:.2f}{TIMES}", target=_limit(limit, at_least), met=verdict))

    def ordered(self) -> list[Row]:
        """Rows by measurement, (a) to (d), each with the target rows that follow it, in the order added."""
        blocks: list[list[Row]] = []
        for row in self.rows:
            if row.measurement.startswith("(") or not blocks:
                blocks.append([row])
            else:
                blocks[-1].append(row)
        blocks.sort(key=lambda block: block[0].measurement[:3])
        return [row for block in blocks for row in block]

    def ordered_notes(self) -> list[str]:
        """Notes by the measurement they are about, (a) to (d); the others after them."""
        return sorted(self.notes, key=lambda note: note[:3] if note.startswith("(") else "~")

    def text(self) -> str:
        cells = [COLUMNS, *(astuple(row) for row in self.ordered())]
        widths = [max(len(str(cell[i])) for cell in cells) for i in range(len(COLUMNS))]
        lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)) for line in cells]
        lines.insert(1, "  ".join("-" * width for width in widths))
        return "\n".join(line.rstrip() for line in [*lines, "", *self.ordered_notes()])

    def markdown(self) -> str:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join("---" for _ in COLUMNS) + "|"]
        for row in self.ordered():
            cells = [cell.replace("|", "\\|") for cell in astuple(row)]
            if cells[0].startswith(" "):  # Markdown drops leading spaces: mark a target row instead
                cells[0] = "↳ " + cells[0].strip()
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join([*lines, "", *(f"- {note}" for note in self.ordered_notes())]) + "\n"


def _limit(limit: float, at_least: bool) -> str:
    return f"{'≥' if at_least else '≤'} {limit:g}{TIMES}"


def _miss(ratio: float, limit: float, at_least: bool) -> str:
    """How far off, as the factor still to gain."""
    factor = limit / ratio if at_least else ratio / limit
    return f"{factor:.2f}{TIMES} short"


def rate(per_second: float) -> str:
    return f"{per_second:,.0f}/s"


def micros(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def millis(seconds: float) -> str:
    return f"{seconds * 1e3:,.2f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def mebibytes(kib: float) -> str:
    return f"{kib / 1024:,.0f} MiB"
