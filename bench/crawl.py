"""End-to-end crawl speed: `cchc crawl` (fetch, extract, store) against a loopback portal of generated pages.

The portal is written in the sample portals' own format (`routes.json` + files, NukeViet layout,
listing pages of 20 links rendered by its listing template) and served by `sample_portals.server`,
so the crawler meets the same pages as in the demo, only many more. If `cchc crawl` fails (the
crawler is still being built, or Scrapy is missing), the benchmark says "not available" and why.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.corpus import SyntheticArticle, generate
from bench.processes import run_measured
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
COLUMNS = ("pages", "articles_stored", "seconds", "pages_per_s", "peak_rss_mib", "status")


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


def run(config: RunConfig) -> dict:
    count = config.size(200, 2_000, minimum=10)
    sites_dir = config.work_dir / f"crawl-site-{count}"
    pages = write_portal(sites_dir / PORTAL, count, config.seed)
    db = config.work_dir / f"crawl-{count}.sqlite"
    remove_store(db)
    with serve_portals([PORTAL], sites_dir=sites_dir) as urls:
        result = run_measured(
            [
                "crawl",
                "--start-url",
                f"{urls[PORTAL]}/",
                "--store",
                f"sqlite:///{db}",
                "--max-pages",
                str(pages + 10),
                "--set",
                "DOWNLOAD_DELAY=0",
                "--set",
                "AUTOTHROTTLE_ENABLED=false",
                "--set",
                "ROBOTSTXT_OBEY=false",
            ]
        )
    row: dict = dict.fromkeys(COLUMNS) | {"pages": pages}
    if result.returncode == 0:
        with open_store(f"sqlite:///{db}", read_only=True) as store:
            stored = store.count()
        row |= {
            "articles_stored": stored,
            "seconds": round(result.seconds, 2),
            "pages_per_s": round(pages / result.seconds, 1),
            "peak_rss_mib": result.peak_rss_mib,
            "status": "ok",
        }
        notes = ["seconds include interpreter and Scrapy start-up; one cchc crawl process"]
    else:
        row["status"] = "not available"
        notes = [f"cchc crawl exited {result.returncode}: {result.stderr.strip()[-400:]}"]
    remove_store(db)
    return publish("crawl", config, COLUMNS, [row], title="Crawl end to end, loopback portal", notes=notes)
