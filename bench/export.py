"""CSV export: time and peak memory of `cchc export` at two store sizes, of every article and of a search.

Exports stream (`Store.iter_articles` → `write_csv`), so peak memory should stay flat while the row
count grows tenfold; each export runs as its own `cchc export` process so its peak RSS is its own.
Every article is read along the date index; a search's matches are first put in order (by relevance,
the default) by their keys alone, which is the part whose memory grows with the matches.
"""

from __future__ import annotations

import re

from bench.processes import run_measured
from bench.report import RunConfig, publish
from bench.stores import corpus_store

COLUMNS = ("articles", "selection", "rows", "seconds", "rows_per_s", "csv_mib", "peak_rss_mib")
SELECTIONS = {"every article": [], "search 'kiểm tra'": ["kiểm tra"]}
_EXPORTED = re.compile(r"exported (\d+) articles rows")


def run(config: RunConfig) -> dict:
    rows = []
    for count in config.sizes([2_000, 10_000], [100_000, 1_000_000], minimum=20):
        for selection, query in SELECTIONS.items():
            out = config.work_dir / f"export-{count}.csv"
            args = ["export", "--store", corpus_store(config, count), "--output", str(out), *query]
            result = run_measured(args)
            exported = _EXPORTED.search(result.stderr)
            if result.returncode != 0 or exported is None:
                raise RuntimeError(f"cchc export failed ({result.returncode}): {result.stderr.strip()}")
            rows.append(
                {
                    "articles": count,
                    "selection": selection,
                    "rows": int(exported.group(1)),
                    "seconds": round(result.seconds, 2),
                    "rows_per_s": round(int(exported.group(1)) / result.seconds, 1),
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
        title="CSV export (cchc export, articles), one process per export",
        notes=["seconds include interpreter start-up; peak_rss_mib is the process's VmHWM"],
    )
