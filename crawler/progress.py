"""Crawl counters kept in Scrapy stats, and the extension that reports them on stderr.

A crawl of a slow portal takes minutes; the user sees a progress line every few seconds
(`CCHC_PROGRESS_INTERVAL`) and, at the end, a summary listing every page that failed with its
reason, so a dead link or a broken server is visible rather than buried in the log. The lines
go straight to stderr, not through logging, so they show whatever LOG_LEVEL is.
The counters live in the stats collector (so `scrapy crawl` dumps them too, and `cchc crawl`
reads them after the run): the spider records pages and failures, pipelines record the rest.
"""

from __future__ import annotations

import sys
import time
from typing import Self, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import create_looping_call

PAGES = "cchc/pages"
ARTICLES = "item_scraped_count"  # Scrapy's own count of items that went through every pipeline
ERRORS = "cchc/errors"
FAILURES = "cchc/failures"
CAPPED = "cchc/not_followed_cap"
STORED_NEW = "cchc/stored_new"
STORED_UPDATED = "cchc/stored_updated"
STORED_UNCHANGED = "cchc/stored_unchanged"
SKIPPED = "cchc/skipped_empty"
EXTRACT_ERRORS = "cchc/extract_errors"
DUPLICATE_CONTENT = "cchc/duplicate_content"
OLDER_THAN_SINCE = "cchc/skipped_before_since"
CRAWL_DELAY = "cchc/crawl_delay"  # + "/<download slot>": seconds asked by robots.txt
CHARSET_FIXED = "cchc/charset_fixed"
NOT_MODIFIED = "cchc/not_modified"
LISTING_STOPS = "cchc/listing_stops"
RECOVERED = "cchc/recovered_after_crash"


def record_failure(stats: StatsCollector, url: str, reason: str) -> None:
    """Count a page that could not be crawled or stored, and keep its URL and reason for the summary."""
    stats.inc_value(ERRORS)
    failures = stats.get_value(FAILURES) or []
    stats.set_value(FAILURES, [*failures, (url, reason)])


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class CrawlProgress:
    """Periodic progress line and final summary of one spider run."""

    def __init__(self, stats: StatsCollector, interval: float, out: TextIO = sys.stderr) -> None:
        self.stats = stats
        self.interval = interval
        self.out = out
        self.started = time.monotonic()
        self.task = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(crawler.stats, crawler.settings.getfloat("CCHC_PROGRESS_INTERVAL"))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def _count(self, key: str) -> int:
        return int(self.stats.get_value(key, 0))

    def _counters(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        pages = self._count(PAGES)
        return (
            f"{_plural(pages, 'page')}, {_plural(self._count(ARTICLES), 'article')}, "
            f"{_plural(self._count(ERRORS), 'error')}, {pages / elapsed:.1f} pages/s"
        )

    def _write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def spider_opened(self, spider: object) -> None:
        self.started = time.monotonic()
        if self.interval > 0:
            self.task = create_looping_call(self.report)
            self.task.start(self.interval, now=False)

    def report(self) -> None:
        self._write(f"crawl: {self._counters()}")

    def spider_closed(self, spider: object, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        elapsed = time.monotonic() - self.started
        lines = [f"crawl {reason} in {elapsed:.1f} s: {self._counters()}"]
        if self.stats.get_value(STORED_NEW) is not None:
            lines.append(
                f"  store: {self._count(STORED_NEW)} new, {self._count(STORED_UPDATED)} updated, "
                f"{self._count(STORED_UNCHANGED)} unchanged; {self._count(SKIPPED)} skipped "
                f"(no title, no text); {_plural(self._count(EXTRACT_ERRORS), 'extraction error')}"
            )
        if self._count(DUPLICATE_CONTENT) or self._count(OLDER_THAN_SINCE):
            lines.append(
                f"  not stored: {self._count(DUPLICATE_CONTENT)} same text as another article of the portal, "
                f"{self._count(OLDER_THAN_SINCE)} older than --since"
            )
        incremental = (self._count(NOT_MODIFIED), self._count(LISTING_STOPS))
        if any(incremental):
            lines.append(
                f"  incremental: {incremental[0]} not modified (304), {incremental[1]} listings stopped"
            )
        if self._count(CHARSET_FIXED):
            lines.append(
                f"  charset: {_plural(self._count(CHARSET_FIXED), 'page')} not in the declared encoding"
            )
        for key, delay in sorted(self.stats.get_stats().items()):
            if key.startswith(CRAWL_DELAY + "/"):
                lines.append(f"  robots.txt Crawl-delay {delay:g} s on {key.removeprefix(CRAWL_DELAY + '/')}")
        if self.stats.get_value(RECOVERED):
            lines.append("  resumed after an unclean stop: listings rescanned in full")
        if self._count(CAPPED):
            lines.append(f"  page cap reached: {_plural(self._count(CAPPED), 'link')} not followed")
        failures = self.stats.get_value(FAILURES) or []
        if failures:
            lines.append("  failures:")
            lines.extend(f"    {url}  {why}" for url, why in failures)
        self._write("\n".join(lines))
