"""Extraction speed on one core: HTML → full facts (`extract_html`) against trafilatura's bare text.

Both read the same generated pages in the same process, so the ratio says what the facts cost on top of
getting the text out of a page. They take turns every BATCH pages: this VM's speed drifts by a third
within minutes, and one after the other the ratio moved with it (0.65 to 0.8 for the same code). Each
first reads up to WARM_UP other pages (another seed) untimed: spaCy and lxml load lazily, and the gazetteer converts each commune it meets
to its 2025 unit once per process (about 6 ms each, through `vietnamadminunits`), which a long crawl
has long paid.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import trafilatura

from bench.corpus import SyntheticArticle, generate
from bench.report import RunConfig, percentiles_ms, publish
from extract import extract_html

WARM_UP = 300  # pages: every place of the corpus comes up
BATCH = 25  # pages one extractor reads before the other's turn
COLUMNS = ("extractor", "pages", "articles_per_s", "p50_ms", "p95_ms", "ratio")


def _timed(
    pages: Sequence[SyntheticArticle],
    warm_up: Sequence[SyntheticArticle],
    runners: dict[str, Callable[[SyntheticArticle], object]],
) -> dict[str, list[float]]:
    """Per runner, the seconds of each page, the runners taking turns every BATCH pages."""
    for run in runners.values():
        for page in warm_up:
            run(page)
    durations: dict[str, list[float]] = {name: [] for name in runners}
    for first in range(0, len(pages), BATCH):
        for name, run in runners.items():
            for page in pages[first : first + BATCH]:
                start = time.perf_counter()
                run(page)
                durations[name].append(time.perf_counter() - start)
    return durations


def run(config: RunConfig) -> dict:
    count = config.size(300, 3000, minimum=4)
    pages = list(generate(count, config.seed))
    warm_up = list(generate(min(count, WARM_UP), config.seed + 1))
    measured = _timed(
        pages,
        warm_up,
        {
            "cchc extract_html (facts)": lambda p: extract_html(p.html, url=p.url),
            "trafilatura.extract (text)": lambda p: trafilatura.extract(p.html),
        },
    )
    rates = {name: len(d) / sum(d) for name, d in measured.items()}
    fastest = max(rates.values())
    rows = [
        {
            "extractor": name,
            "pages": len(durations),
            "articles_per_s": round(rates[name], 1),
            **percentiles_ms(durations, (50, 95)),
            "ratio": f"{fastest / rates[name]:.1f}x slower" if rates[name] < fastest else "1.0x",
        }
        for name, durations in measured.items()
    ]
    return publish(
        "extraction",
        config,
        COLUMNS,
        rows,
        title="Extraction, one core, generated pages in the four portal layouts",
        notes=["ratio: how many times slower than the fastest extractor of this run"],
    )
