"""End-to-end crawl speed: `cchc crawl` (fetch, extract, store) against a loopback portal of generated pages.

The portal is written in the sample portals' own format (`routes.json` + files, NukeViet layout,
listing pages of 20 links rendered by its listing template) and served by `sample_portals.server`'s
handler, so the crawler meets the same pages as in the demo, only many more. If `cchc crawl` fails
(the crawler is still being built, or Scrapy is missing), the benchmark says "not available" and why.

The crawl runs with `--no-throttle` (no download delay, no AutoThrottle, 32 connections): a loopback
server is ours to load. It runs twice: extracting in the crawl process (`--extract-workers 0`, the
default of a polite crawl), then in one worker process per spare core (at least one; the default with
`--no-throttle`), because that choice trades speed for memory: the workers' fork server holds the NLP
pipeline and gazetteer (~165 MiB), which its workers share.
`crawl_pages_per_s` is the crawl's own rate, from its summary line; `pages_per_s` divides by the whole
run, interpreter start-up included. `tree_pss_mib` is the peak proportional memory of the crawl and its
extraction workers together (shared pages counted once); `peak_rss_mib` is the largest single process.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path

from bench.corpus import SyntheticArticle, generate
from bench.processes import descendants, run_measured
from bench.report import RunConfig, publish
from bench.stores import remove_store
from sample_portals.build import Site, _environment
from sample_portals.layouts import LAYOUTS
from sample_portals.placeholders import BASE_URL
from sample_portals.server import serve_portals
from store import open_store

PORTAL = "nukeviet"
CATEGORY = "cai-cach-hanh-chinh"
PER_LISTING = 20
COLUMNS = (
    "extract_workers",
    "pages",
    "articles_stored",
    "seconds",
    "pages_per_s",
    "crawl_s",
    "crawl_pages_per_s",
    "peak_rss_mib",
    "tree_pss_mib",
    "status",
)
CRAWL_FLAGS = ("--no-throttle",)
_FINISHED = re.compile(r"crawl finished in ([\d.]+) s")


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class _TreeMemory:
    """Peak summed PSS of this process's children (the crawl and its workers), sampled every 0.1 s."""

    def __init__(self) -> None:
        self.peak_kib = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self.stop.wait(0.1):
            total = sum(_pss_kib(pid) for pid in descendants(os.getpid()))
            self.peak_kib = max(self.peak_kib, total)

    def __enter__(self) -> _TreeMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def write_portal(site_dir: Path, count: int, seed: int) -> int:
    """Write a portal of `count` generated articles plus its listing pages; return how many pages in all."""
    layout = LAYOUTS[PORTAL]
    listing = _environment(PORTAL).get_template("listing.html")
    articles: list[SyntheticArticle] = list(generate(count, seed, base_url=BASE_URL, portals=(PORTAL,)))
    sources = [a.source for a in articles]
    site = Site(layout, sources[:PER_LISTING])
    routes: dict[str, str] = {}
    (site_dir / "articles").mkdir(parents=True, exist_ok=True)
    for article in articles:
        path = f"articles/{article.source.id}.html"
        (site_dir / path).write_text(article.html, encoding="utf-8")
        routes[layout.article_url(article.source)] = path
    chunks = [sources[i : i + PER_LISTING] for i in range(0, len(sources), PER_LISTING)]
    for number, chunk in enumerate(chunks, start=1):
        body = listing.render(
            {"site": site, "layout": layout},
            page_kind="listing",
            category=CATEGORY,
            items=[site.entry(a) for a in chunk],
            page=number,
            pages=len(chunks),
        )
        path = f"listing-{number}.html"
        (site_dir / path).write_text(body, encoding="utf-8")
        routes[layout.listing_url(CATEGORY, number)] = path
        if number == 1:
            routes["/"] = path
    (site_dir / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    routes["/robots.txt"] = "robots.txt"
    (site_dir / "routes.json").write_text(json.dumps(routes, indent=0), encoding="utf-8")
    return len(routes) - 1


def _crawl(config: RunConfig, sites_dir: Path, pages: int, workers: int) -> tuple[dict, str | None]:
    """One crawl of the portal into a fresh store: its row, and why it failed if it did."""
    db = config.work_dir / f"crawl-{pages}.sqlite"
    remove_store(db)
    flags = [*CRAWL_FLAGS, "--extract-workers", str(workers)]
    with serve_portals([PORTAL], sites_dir=sites_dir) as urls, _TreeMemory() as memory:
        result = run_measured(
            ["crawl", "--start-url", f"{urls[PORTAL]}/", "--store", f"sqlite:///{db}"]
            + ["--max-pages", str(pages + 10), *flags]
        )
    row: dict = dict.fromkeys(COLUMNS) | {"extract_workers": workers, "pages": pages}
    if result.returncode != 0:
        remove_store(db)
        row["status"] = "not available"
        return row, f"exited {result.returncode}: {result.stderr.strip()[-400:]}"
    with open_store(f"sqlite:///{db}", read_only=True) as store:
        stored = store.count()
    remove_store(db)
    finished = _FINISHED.search(result.stderr)
    crawl_s = float(finished.group(1)) if finished else None
    return row | {
        "articles_stored": stored,
        "seconds": round(result.seconds, 2),
        "pages_per_s": round(pages / result.seconds, 1),
        "crawl_s": crawl_s,
        "crawl_pages_per_s": round(pages / crawl_s, 1) if crawl_s else None,
        "peak_rss_mib": result.peak_rss_mib,
        "tree_pss_mib": round(memory.peak_kib / 1024, 1),
        "status": "ok",
    }, None


def run(config: RunConfig) -> dict:
    count = config.size(2_000, 19_000, minimum=10)  # with listing pages: ~2.1k and ~20k pages
    sites_dir = config.work_dir / f"crawl-site-{count}"
    pages = write_portal(sites_dir / PORTAL, count, config.seed)
    rows = []
    notes = [
        f"cchc crawl {' '.join(CRAWL_FLAGS)} --extract-workers N: politeness off (loopback), robots.txt obeyed",
        "seconds include interpreter and Scrapy start-up; crawl_s is the crawl alone",
    ]
    for workers in (0, max(1, (os.cpu_count() or 1) - 1)):
        row, failure = _crawl(config, sites_dir, pages, workers)
        rows.append(row)
        if failure:
            notes.append(f"cchc crawl with {workers} extraction worker(s) {failure}")
    return publish("crawl", config, COLUMNS, rows, title="Crawl end to end, loopback portal", notes=notes)
