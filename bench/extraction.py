"""Extraction speed on one core: HTML → full facts (`extract_html`) against trafilatura's bare text.

Both read the same generated pages in the same process, one after the other, so the ratio says what
the facts cost on top of getting the text out of a page. The first call of each is a warm-up (spaCy
and lxml load lazily) and is not counted.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import trafilatura

from bench.corpus import SyntheticArticle, generate
from bench.report import RunConfig, percentiles_ms, publish
from extract import extract_html

COLUMNS = ("extractor", "pages", "articles_per_s", "p50_ms", "p95_ms", "ratio")


def _timed(pages: Sequence[SyntheticArticle], run: Callable[[SyntheticArticle], object]) -> list[float]:
    run(pages[0])
    durations = []
    for page in pages:
        start = time.perf_counter()
        run(page)
        durations.append(time.perf_counter() - start)
    return durations


def run(config: RunConfig) -> dict:
    pages = list(generate(config.size(300, 3000, minimum=4), config.seed))
    measured = {
        "cchc extract_html (facts)": _timed(pages, lambda p: extract_html(p.html, url=p.url)),
        "trafilatura.extract (text)": _timed(pages, lambda p: trafilatura.extract(p.html)),
    }
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
