"""`cchc crawl`: crawl one portal, extract every article and store it.

    cchc crawl --start-url http://127.0.0.1:8001/ --store sqlite:///data/demo.sqlite
    cchc crawl --source nukeviet --base-url http://127.0.0.1:8003 --max-pages 200
    cchc crawl --start-url http://127.0.0.1:8001/ --no-throttle   # loopback benchmarks and the demo only
    cchc crawl --source nukeviet --base-url URL --job-dir data/jobs/nukeviet   # resumable
    cchc crawl --source nukeviet --base-url URL --since 2024-01-01 | --full
    cchc crawl --source nukeviet --redis redis://127.0.0.1:6379/0   # one of several workers

It runs the `portal` spider of `crawler/` with the project's Scrapy settings and adds the ingest
pipeline (`cchc.ingest`) and the extractor's reader of attached documents. With `--redis`, the
process is one worker of a crawl shared through Redis (`crawler.redis_queue`). Scrapy's reactor
cannot be restarted, so one command is one crawl run; tests and the demo call it as a subprocess.

Politeness (a delay between requests, AutoThrottle, two requests at a time per portal) is on unless
`--no-throttle` asks otherwise. That flag is for servers you run yourself (loopback benchmarks, the
demo's sample portals): it drops the delays, opens NO_THROTTLE_CONCURRENCY connections, stores in
larger batches and, with 2 cores or more, extracts in worker processes. robots.txt (and its Crawl-delay) is
still obeyed. Never point it at a government portal.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime

import click

from crawler.progress import PAGES
from crawler.sources import SourceError, get_source

NO_THROTTLE_CONCURRENCY = 32
NO_THROTTLE = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": NO_THROTTLE_CONCURRENCY,
    "CONCURRENT_REQUESTS_PER_DOMAIN": NO_THROTTLE_CONCURRENCY,
    "CCHC_STORE_BATCH": 100,
}


def _spare_cores() -> int:
    """Extraction workers to start by default: one per core the reactor (parsing, classifying, storing)
    leaves free. On 2 cores one worker speeds a loopback crawl of 19,951 pages from 82 to 126-128 pages/s;
    the workers share one extractor built in their fork server (`cchc.ingest.ExtractorPool`), so the
    crawl and its worker held 383-399 MiB together instead of 535."""
    return max(0, (os.cpu_count() or 1) - 1)


def _setting(value: str) -> tuple[str, str]:
    name, sep, setting = value.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"expected NAME=VALUE, got {value!r}")
    return name.strip(), setting


@click.command()
@click.option("--source", "source_id", metavar="ID", help="Portal id in the sources registry.")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False), help="Registry YAML file.")
@click.option("--base-url", help="Replaces {base} in the registry entry's URLs (sample portals).")
@click.option("--start-url", "start_urls", multiple=True, metavar="URL", help="Crawl by generic discovery.")
@click.option("--store", "store_uri", help="Store URI (default: $CCHC_STORE or sqlite:///data/cchc.sqlite).")
@click.option("--max-pages", type=click.IntRange(min=1), help="Request at most N pages.")
@click.option("--max-depth", type=click.IntRange(min=0), help="Follow links at most N hops from a start URL.")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("--redis", "redis_url", metavar="URL", help="Share the crawl with other workers through Redis.")
@click.option(
    "--job-dir", type=click.Path(file_okay=False), help="Scrapy JOBDIR: re-run to resume a stopped crawl."
)
@click.option(
    "--full", is_flag=True, help="Scan every listing page (default: stop at pages of known articles)."
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Skip articles published before this date.")
@click.option("--http-cache", is_flag=True, help="Development: cache responses on disk and replay them.")
@click.option(
    "--no-throttle",
    is_flag=True,
    help="Only for servers you run (loopback benchmarks, the demo): no delays, many connections at once.",
)
@click.option(
    "--extract-workers",
    type=click.IntRange(min=0),
    help="Processes that extract articles (0: in the crawl process; default 0, cores-1 with --no-throttle).",
)
@click.option(
    "--tls",
    type=click.Choice(["verify", "lenient", "legacy"]),
    help="Certificate checks (default: the registry entry's `tls`, else verify); lenient accepts broken chains.",
)
@click.option("--log-level", default="WARNING", show_default=True, help="Scrapy log level.")
def crawl(
    source_id: str | None,
    sources_file: str | None,
    base_url: str | None,
    start_urls: tuple[str, ...],
    store_uri: str | None,
    max_pages: int | None,
    max_depth: int | None,
    overrides: tuple[str, ...],
    redis_url: str | None,
    job_dir: str | None,
    full: bool,
    since: datetime | None,
    http_cache: bool,
    no_throttle: bool,
    extract_workers: int | None,
    tls: str | None,
    log_level: str,
) -> None:
    """Crawl a portal (registry --source or --start-url), extract its articles and store them."""
    if bool(source_id) == bool(start_urls):
        raise click.UsageError("give either --source ID or one or more --start-url URL")
    source = None
    if source_id:
        try:
            source = get_source(source_id, sources_file, base_url)
        except SourceError as exc:
            raise click.ClickException(str(exc)) from exc
        if not source.active:
            raise click.ClickException(f"source {source_id!r} is inactive (active: false in the registry)")

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.spiders.portal import PortalSpider
    from store import resolve_uri

    settings = get_project_settings()
    settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    settings.set("CCHC_STORE", resolve_uri(store_uri), priority="cmdline")
    settings.setdict(
        settings.getdict("TLS_MODES")[tls or (source.tls if source else "verify")], priority="cmdline"
    )
    pipelines = {**settings.getdict("ITEM_PIPELINES"), "cchc.ingest.IngestPipeline": 800}
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")
    incremental = {
        "CCHC_CRAWL_MEMORY": "cchc.ingest.StoreMemory",
        "CCHC_FULL": full,
        "HTTPCACHE_ENABLED": http_cache,
    }
    incremental |= {"JOBDIR": job_dir, "CCHC_SINCE": since.date().isoformat() if since else None}
    settings.setdict(incremental, priority="cmdline")
    settings.set("CCHC_ATTACHMENT_READER", "extract.attachments.read_document", priority="cmdline")
    if no_throttle:
        settings.setdict(NO_THROTTLE, priority="cmdline")
    if extract_workers is None:
        extract_workers = _spare_cores() if no_throttle else 0
    settings.set("CCHC_EXTRACT_WORKERS", extract_workers, priority="cmdline")
    if redis_url:
        from crawler.redis_queue import redis_settings

        settings.setdict(redis_settings(redis_url, settings), priority="cmdline")
    for name, value in map(_setting, overrides):
        settings.set(name, value, priority="cmdline")

    process = CrawlerProcess(settings)
    crawler = process.create_crawler(PortalSpider)
    process.crawl(
        crawler,
        source=source_id,
        sources=sources_file,
        base_url=base_url,
        start_url=list(start_urls) or None,
        max_pages=max_pages,
        max_depth=max_depth,
    )
    process.start()
    if not crawler.stats.get_value(PAGES) and not redis_url:  # a worker may find the job done by others
        click.echo("crawl: no page could be fetched", err=True)
        sys.exit(1)


COMMANDS = [crawl]
