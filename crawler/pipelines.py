"""Item pipelines of the crawler stage (the store pipeline lives in `cchc.ingest`)."""

from __future__ import annotations

from typing import Self

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from cchc.record import FetchedPage
from crawler.canonical import canonical_url


class DedupePipeline:
    """Drop a page whose final URL (after redirects) is, canonically, one already handed on.

    The spider dedupes the URLs it requests; two different requested URLs can still redirect
    to one article, and only this late check sees that.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: FetchedPage) -> FetchedPage:
        key = canonical_url(item.final_url)
        if key in self.seen:
            self.stats.inc_value("cchc/duplicates")
            raise DropItem(f"duplicate of an article already crawled: {key}", log_level="INFO")
        self.seen.add(key)
        return item
