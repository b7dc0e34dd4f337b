"""The Scrapy item pipeline that turns crawled pages into stored articles.

It lives here, in the orchestration package, because the crawler stage must not import the
extractor or the store. `cchc crawl` enables it (ITEM_PIPELINES) and sets `CCHC_STORE`.
Every page is kept: if the extractor raises, the record is stored with `Article.error` and can
be re-extracted later (the raw HTML is on `Article.fetch`). Skipped, and counted: pages in which
the extractor finds neither a title nor any text, exact copies (same title and body) of another
article of the same portal under another URL, and articles published before `CCHC_SINCE`.
Articles are upserted in small batches (`CCHC_STORE_BATCH`, and the last batch on close), so a
killed crawl loses at most one batch, which the next run fetches again. A page's ETag and
Last-Modified are saved with the batch that holds it, never before: a page that was not stored is
never answered "304 Not Modified" next time.

Extraction costs several milliseconds of CPU per page. Run on the reactor thread, it stalls every
download of a fast crawl; threads would not help (the GIL). With `CCHC_EXTRACT_WORKERS` > 0 it runs
in that many worker processes (`ExtractorPool`), and each item waits for its record without
blocking the reactor. Records reach the batch in whatever order they finish; nothing depends on
that order. Scrapy closes the pipeline only once no item is in flight, so the last batch holds
every extracted page.

`StoreMemory` is the crawler's `CrawlMemory` over the same store (`crawler.middlewares`).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from cchc.page_records import page_to_article, record_without_fetch
from cchc.record import Article, FetchedPage
from crawler.canonical import canonical_url
from crawler.progress import (
    DUPLICATE_CONTENT,
    EXTRACT_ERRORS,
    OLDER_THAN_SINCE,
    SKIPPED,
    STORED_NEW,
    STORED_UNCHANGED,
    STORED_UPDATED,
    record_failure,
)
from store import Store, open_store
from store.base import HttpValidators, text_hash

logger = logging.getLogger(__name__)


class ExtractorPool:
    """`page_to_article` in worker processes, awaited from the reactor.

    Workers come from a fork server, not a fork of the crawl process: that one runs the reactor's
    threads and holds open SQLite connections, which a forked child must not inherit. The fork
    server builds the extractor once (`cchc.extract_preload`) and the workers share it.
    """

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cchc.extract_preload"])
        self.executor = ProcessPoolExecutor(workers, mp_context=context)

    async def extract(self, page: FetchedPage) -> Article:
        article = await asyncio.wrap_future(self.executor.submit(record_without_fetch, page))
        return article.model_copy(update={"fetch": page})

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class StoreMemory:
    """What earlier crawls stored: validators for conditional GETs, and the known article URLs."""

    def __init__(self, uri: str | None) -> None:
        self.store = open_store(uri)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.settings.get("CCHC_STORE"))

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        found = self.store.http_validators(url)
        return (found.etag, found.last_modified) if found else None

    def known(self, urls: Iterable[str]) -> set[str]:
        return self.store.known_urls(urls)

    def close(self) -> None:
        self.store.close()


class IngestPipeline:
    def __init__(
        self, crawler: Crawler, uri: str | None, batch_size: int, since: str | None, workers: int = 0
    ) -> None:
        self.stats = crawler.stats
        self.uri = uri
        self.batch_size = batch_size
        self.since = since
        self.workers = workers
        self.pool: ExtractorPool | None = None
        self.batch: list[Article] = []
        self.batch_texts: set[tuple[str | None, str]] = set()  # (portal, text hash) of the batch
        self.validators: dict[str, HttpValidators] = {}
        self.accepted: set[str] = set()  # pages going to the store, whose validators may be kept
        self.store: Store | None = None
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        return cls(
            crawler,
            settings.get("CCHC_STORE"),
            settings.getint("CCHC_STORE_BATCH", 10),
            settings.get("CCHC_SINCE"),
            settings.getint("CCHC_EXTRACT_WORKERS"),
        )

    def open_spider(self) -> None:
        self.store = open_store(self.uri)
        if self.workers > 0:
            self.pool = ExtractorPool(self.workers)
        for key in (STORED_NEW, STORED_UPDATED, STORED_UNCHANGED, SKIPPED, EXTRACT_ERRORS, DUPLICATE_CONTENT):
            self.stats.set_value(key, 0)

    async def _extract(self, page: FetchedPage) -> Article:
        """In the pool if there is one; in this process if not, or if the pool broke (a worker was killed)."""
        pool = self.pool
        if pool is not None:
            try:
                return await pool.extract(page)
            except BrokenProcessPool:
                if self.pool is pool:  # the first of the items in flight to see it
                    logger.warning("extraction workers died; extracting in the crawl process from now on")
                    self.pool = None
                    pool.close()
        return page_to_article(page)

    async def process_item(self, item: FetchedPage) -> FetchedPage:
        article = await self._extract(item)
        if article.error:
            self.stats.inc_value(EXTRACT_ERRORS)
        elif not article.title and not article.body.strip():
            self.stats.inc_value(SKIPPED)
            return item
        elif self.since and article.published_date and article.published_date < self.since:
            self.stats.inc_value(OLDER_THAN_SINCE)
            return item
        elif self._is_copy(article):
            self.stats.inc_value(DUPLICATE_CONTENT)
            return item
        self.batch.append(article)
        self.batch_texts.add((article.portal, text_hash(article)))
        self.accepted.add(canonical_url(item.final_url))
        if len(self.batch) >= self.batch_size:
            self._flush()
        return item

    def _is_copy(self, article: Article) -> bool:
        """Same title and body as another article of the portal, in this batch or in the store."""
        if (article.portal, text_hash(article)) in self.batch_texts:
            return True
        return self.store is not None and self.store.text_duplicate_of(article) is not None

    def _flush(self) -> None:
        if not self.batch or self.store is None:
            return
        batch, self.batch = self.batch, []
        self.batch_texts.clear()
        report = self.store.upsert(batch)
        self.stats.inc_value(STORED_NEW, report.inserted)
        self.stats.inc_value(STORED_UPDATED, report.updated)
        self.stats.inc_value(STORED_UNCHANGED, report.unchanged)
        for error in report.errors:
            record_failure(self.stats, self.uri or "store", f"store: {error}")
        self._save_validators()

    def item_scraped(self, item: FetchedPage, response: Response) -> None:
        """Keep the page's validators until the batch holding it is stored (see the module docstring)."""
        key = canonical_url(item.final_url)
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        if key in self.accepted and (etag or modified):
            self.validators[key] = HttpValidators(
                etag=etag.decode("latin-1") if etag else None,
                last_modified=modified.decode("latin-1") if modified else None,
            )

    def _save_validators(self) -> None:
        if self.validators and self.store is not None:
            validators, self.validators = self.validators, {}
            self.store.save_http_validators(validators)

    def close_spider(self) -> None:
        try:
            self._flush()
            self._save_validators()
        finally:
            if self.pool is not None:
                self.pool.close()
            if self.store is not None:
                self.store.close()
