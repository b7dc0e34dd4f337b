"""Make a Scrapy JOBDIR safe to resume after the crawl was killed, not only after a clean stop.

Scrapy persists its request queue and spider state only when the spider closes (Ctrl-C once,
or the end of the crawl); the seen-requests file is written as it goes. After a SIGKILL, a
power cut or an OOM kill, the queue is empty or torn while every URL is marked seen, so a
resumed crawl would stop at once and lose whatever was still queued. This extension keeps a
marker file in the job directory while a crawl runs. Finding it at start means the last run
died: the scheduler's files are dropped, the crawl starts again from its start URLs, and
listings are scanned in full (`RECOVERED`), since the store then holds an arbitrary part of
the portal. Nothing is duplicated (the store upserts by canonical URL) and nothing is lost.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.progress import RECOVERED

logger = logging.getLogger(__name__)
MARKER = "cchc-running"
_SCHEDULER_STATE = ("requests.queue", "requests.seen", "spider.state")


class CrashSafeJobDir:
    def __init__(self, crawler: Crawler, jobdir: Path) -> None:
        self.marker = jobdir / MARKER
        if self.marker.exists():
            logger.warning("%s: the last crawl did not stop cleanly, starting it again", jobdir)
            for name in _SCHEDULER_STATE:
                path = jobdir / name
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
            crawler.stats.set_value(RECOVERED, 1)
        jobdir.mkdir(parents=True, exist_ok=True)
        self.marker.touch()
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured  # no message: Scrapy would log a warning on every crawl without --job-dir
        return cls(crawler, Path(jobdir))

    def spider_closed(self) -> None:
        """Scrapy has saved its queue and state by now (SpiderState, the scheduler close first)."""
        self.marker.unlink(missing_ok=True)
