"""What every benchmark shares: the run settings, the machine description, percentiles, and output.

Each benchmark prints one plain-text table and writes `bench/results/<name>.json` with the same rows
plus the machine and date, so figures quoted in the README can be traced to a run.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class RunConfig:
    """How big a run is: `quick` picks the small sizes; `scale` shrinks or grows every size (tests use 0.01)."""

    quick: bool = True
    scale: float = 1.0
    seed: int = 0
    results_dir: Path = RESULTS_DIR
    work_dir: Path = field(default_factory=lambda: Path(os.environ.get("TMPDIR", "/tmp")) / "cchc-bench")
    elastic: str | None = None  # a real cluster's URL for the indexing benchmark (default: an osmem-server)

    def size(self, quick: int, full: int, minimum: int = 1) -> int:
        return max(minimum, round((quick if self.quick else full) * self.scale))

    def sizes(self, quick: Sequence[int], full: Sequence[int], minimum: int = 1) -> list[int]:
        chosen = quick if self.quick else full
        return sorted({max(minimum, round(n * self.scale)) for n in chosen})


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def machine() -> dict[str, Any]:
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def peak_rss_mib() -> float | None:
    """Peak resident memory of this process (VmHWM), in MiB; None where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def percentiles_ms(seconds: Sequence[float], points: Sequence[int] = (50, 95, 99)) -> dict[str, float | None]:
    """{"p50_ms": ...} of a list of durations in seconds (inclusive method: fine for small samples)."""
    if not seconds:
        return {f"p{p}_ms": None for p in points}
    if len(seconds) == 1:
        return {f"p{p}_ms": round(seconds[0] * 1000, 2) for p in points}
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return {f"p{p}_ms": round(cuts[p - 1] * 1000, 2) for p in points}


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if abs(value) >= 100 else f"{value:.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else str(value)


def format_table(title: str, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> str:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    line = "  ".join("-" * w for w in widths)
    out = [title, "  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True)), line]
    out += ["  ".join(v.rjust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(out)


def publish(
    name: str,
    config: RunConfig,
    columns: Sequence[str],
    rows: Sequence[dict[str, Any]],
    *,
    title: str,
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """Print the table (and notes) and write results/<name>.json; return what was written."""
    print(format_table(title, columns, rows))
    for note in notes:
        print(f"  note: {note}")
    print(flush=True)
    data = {
        "benchmark": name,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": "quick" if config.quick else "full",
        "scale": config.scale,
        "seed": config.seed,
        "machine": machine(),
        "columns": list(columns),
        "rows": list(rows),
        "notes": list(notes),
    }
    config.results_dir.mkdir(parents=True, exist_ok=True)
    path = config.results_dir / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return data
