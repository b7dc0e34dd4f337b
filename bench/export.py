"""CSV export: time and peak memory of `cchc export` at two store sizes.

Exports stream (`Store.iter_articles` → `write_csv`), so peak memory should stay flat while the row
count grows tenfold; each export runs as its own `cchc export` process so its peak RSS is its own.
"""

from __future__ import annotations

from bench.processes import run_measured
from bench.report import RunConfig, publish
from bench.stores import corpus_store

COLUMNS = ("rows", "seconds", "rows_per_s", "csv_mib", "peak_rss_mib")


def run(config: RunConfig) -> dict:
    rows = []
    for count in config.sizes([2_000, 10_000], [100_000, 1_000_000], minimum=20):
        out = config.work_dir / f"export-{count}.csv"
        result = run_measured(["export", "--store", corpus_store(config, count), "--output", str(out)])
        if result.returncode != 0:
            raise RuntimeError(f"cchc export failed ({result.returncode}): {result.stderr.strip()}")
        rows.append(
            {
                "rows": count,
                "seconds": round(result.seconds, 2),
                "rows_per_s": round(count / result.seconds, 1),
                "csv_mib": round(out.stat().st_size / 2**20, 2),
                "peak_rss_mib": result.peak_rss_mib,
            }
        )
        out.unlink()
    return publish(
        "export",
        config,
        COLUMNS,
        rows,
        title="CSV export (cchc export, articles), one process per size",
        notes=["seconds include interpreter start-up; peak_rss_mib is the process's VmHWM"],
    )
