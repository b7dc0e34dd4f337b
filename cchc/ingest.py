"""The Scrapy item pipeline that turns crawled pages into stored articles.

It lives here, in the orchestration package, because the crawler stage must not import the
extractor or the store. `cchc crawl` enables it (ITEM_PIPELINES) and sets `CCHC_STORE`.
Every page is kept: if the extractor raises, the record is stored with `Article.error` and can
be re-extracted later (the raw HTML is on `Article.fetch`). Only pages in which the extractor
finds neither a title nor any text are skipped, and counted as such.
Articles are upserted in batches (`CCHC_STORE_BATCH`), and the last batch on close.
"""

from __future__ import annotations

from typing import Self

from scrapy.crawler import Crawler

from cchc.record import Article, FetchedPage
from crawler.canonical import canonical_url
from crawler.progress import (
    EXTRACT_ERRORS,
    SKIPPED,
    STORED_NEW,
    STORED_UNCHANGED,
    STORED_UPDATED,
    record_failure,
)
from extract import EXTRACTOR_VERSION, extract_page
from store import Store, open_store


def page_to_article(page: FetchedPage) -> Article:
    """The extractor's record of a page, with its canonical URL; an error record if extraction fails."""
    try:
        article = extract_page(page)
    except Exception as exc:  # any extractor bug must not lose the page
        article = Article(
            source=page.url,
            url=page.final_url,
            portal=page.source_id,
            fetch=page,
            extractor_version=EXTRACTOR_VERSION,
            error=f"{type(exc).__name__}: {exc}",
        )
    return article.model_copy(update={"canonical_url": canonical_url(page.final_url)})


class IngestPipeline:
    def __init__(self, crawler: Crawler, uri: str | None, batch_size: int) -> None:
        self.stats = crawler.stats
        self.uri = uri
        self.batch_size = batch_size
        self.batch: list[Article] = []
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        return cls(crawler, settings.get("CCHC_STORE"), settings.getint("CCHC_STORE_BATCH", 50))

    def open_spider(self) -> None:
        self.store = open_store(self.uri)
        for key in (STORED_NEW, STORED_UPDATED, STORED_UNCHANGED, SKIPPED, EXTRACT_ERRORS):
            self.stats.set_value(key, 0)

    def process_item(self, item: FetchedPage) -> FetchedPage:
        article = page_to_article(item)
        if article.error:
            self.stats.inc_value(EXTRACT_ERRORS)
        elif not article.title and not article.body.strip():
            self.stats.inc_value(SKIPPED)
            return item
        self.batch.append(article)
        if len(self.batch) >= self.batch_size:
            self._flush()
        return item

    def _flush(self) -> None:
        if not self.batch or self.store is None:
            return
        batch, self.batch = self.batch, []
        report = self.store.upsert(batch)
        self.stats.inc_value(STORED_NEW, report.inserted)
        self.stats.inc_value(STORED_UPDATED, report.updated)
        self.stats.inc_value(STORED_UNCHANGED, report.unchanged)
        for error in report.errors:
            record_failure(self.stats, self.uri or "store", f"store: {error}")

    def close_spider(self) -> None:
        try:
            self._flush()
        finally:
            if self.store is not None:
                self.store.close()
