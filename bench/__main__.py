"""`python -m bench [--quick] [--only a,b] [--scale F] [--elastic URL]`: run the benchmarks and print
their tables."""

from __future__ import annotations

import argparse
import importlib
import time
from dataclasses import replace
from pathlib import Path

from bench.report import RESULTS_DIR, RunConfig

BENCHMARKS = ("extraction", "indexing", "search", "web", "export", "crawl")


def _names(value: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = sorted(set(names) - set(BENCHMARKS))
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown benchmark(s) {', '.join(unknown)}; choose from {BENCHMARKS}"
        )
    return names


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (a few minutes on 2 cores)")
    parser.add_argument(
        "--only", type=_names, default=list(BENCHMARKS), help="comma-separated benchmark names"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (tests use 0.01)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="where to write <name>.json")
    parser.add_argument("--work-dir", type=Path, help="where stores and generated sites go (default /tmp)")
    parser.add_argument(
        "--elastic",
        metavar="URL",
        help="measure Elasticsearch indexing on this cluster (auth and TLS from CCHC_ES_*) instead of an"
        " osmem-server; deletes and rebuilds its indices cchc-bench-N",
    )
    args = parser.parse_args(argv)
    config = RunConfig(
        quick=args.quick, scale=args.scale, seed=args.seed, results_dir=args.results, elastic=args.elastic
    )
    if args.work_dir:
        config = replace(config, work_dir=args.work_dir)
    started = time.perf_counter()
    for name in args.only:
        importlib.import_module(f"bench.{name}").run(config)
    print(
        f"{len(args.only)} benchmark(s) in {time.perf_counter() - started:.0f} s; results in {args.results}"
    )


if __name__ == "__main__":
    main()
