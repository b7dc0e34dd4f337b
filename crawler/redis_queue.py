"""Scale-out: several crawler processes share one request queue and one dupefilter in Redis.

    cchc crawl --redis redis://10.0.0.5:6379/0 --source nukeviet     # on as many machines as wanted

Built on scrapy-redis (its queue classes, serializer and connection settings). Two things differ:

- Requests are keyed like the spider keys them (`crawler.canonical`), not by Scrapy's fingerprint,
  so a page linked with a tracking parameter on one worker and plainly on another is fetched once;
  a form post (ASP.NET pager) is keyed by the control it activates, not by its page-specific state.
- scrapy-redis closes a worker as soon as the queue looks empty and, without SCHEDULER_PERSIST,
  wipes the queue and dupefilter of the workers still running. Here every worker of a job keeps a
  short-lived `busy`/`idle` key in Redis; an idle worker stays while another is busy (that one may
  still find links), and the last one to finish removes the job's keys. A job whose workers all
  died keeps its queue and dupefilter, so starting a worker again resumes it.

The job (`CCHC_REDIS_JOB`, by default the spider's source id) names the keys: `cchc:<job>:requests`,
`cchc:<job>:dupefilter`, `cchc:<job>:worker:<id>`. Caps (`max_pages`) count per worker.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import warnings
from typing import Any, Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, ScrapyDeprecationWarning
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import create_looping_call
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawler.canonical import canonical_url
from crawler.postback import POSTBACK_KEY

BUSY = "busy"
IDLE = "idle"

# scrapy-redis 0.9.1 still passes `spider=` to stats calls, which Scrapy 2.19 deprecates (it is ignored):
# harmless, and not worth a line on every crawl's stderr.
warnings.filterwarnings(
    "ignore", message="Passing a 'spider' argument", category=ScrapyDeprecationWarning, module="scrapy_redis"
)


def redis_settings(url: str, settings: BaseSettings) -> dict[str, Any]:
    """The Scrapy settings that make a crawl one worker of a shared Redis job."""
    return {
        "REDIS_URL": url,
        "SCHEDULER": "crawler.redis_queue.SharedScheduler",
        "DUPEFILTER_CLASS": "crawler.redis_queue.CanonicalDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        # The job's keys outlive each worker; the last one removes them (SharedScheduler.close).
        "SCHEDULER_PERSIST": True,
        # A worker takes from the queue only what it can download now, leaving the rest to the others.
        "CONCURRENT_REQUESTS": settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
    }


class CanonicalDupeFilter(RFPDupeFilter):
    """The shared dupefilter, keyed as the spider dedupes: canonical URL, or the postback's control."""

    def request_fingerprint(self, request: Request) -> str:
        key = request.meta.get(POSTBACK_KEY) if request.method == "POST" else None
        identity = key or json.dumps(
            [request.method, canonical_url(request.url), (request.body or b"").hex()]
        )
        return hashlib.sha1(identity.encode()).hexdigest()


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler with per-job keys and the worker protocol of the module docstring."""

    crawler: Crawler
    prefix: str
    worker_key: str
    worker_ttl: int
    state: str = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.worker_ttl = crawler.settings.getint("CCHC_REDIS_WORKER_TTL")
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        return scheduler

    def open(self, spider: Spider) -> None:
        settings = spider.settings
        job = settings.get("CCHC_REDIS_JOB") or getattr(spider, "source_id", None) or spider.name
        self.prefix = "cchc:" + re.sub(r"[^\w.:-]", "_", job)
        self.queue_key = f"{self.prefix}:requests"
        self.df = CanonicalDupeFilter(
            self.server, key=f"{self.prefix}:dupefilter", debug=settings.getbool("DUPEFILTER_DEBUG")
        )
        self.worker_key = f"{self.prefix}:worker:{uuid.uuid4().hex}"
        self._set_state(BUSY)
        self.heartbeat = create_looping_call(lambda: self._set_state(self.state))
        self.heartbeat.start(max(self.worker_ttl / 3, 1), now=False)
        super().open(spider)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.server.set(self.worker_key, state, ex=self.worker_ttl)

    def _worker_states(self) -> list[str]:
        keys = list(self.server.scan_iter(match=f"{self.prefix}:worker:*", count=100))
        return [
            value.decode() if isinstance(value, bytes) else value for value in self.server.mget(keys) if value
        ]

    def next_request(self) -> Request | None:
        request = super().next_request()
        if request is not None and self.state != BUSY:
            self._set_state(BUSY)
        return request

    def spider_idle(self, spider: Spider) -> None:
        """Idle here, but stay open while the queue has work or another worker may still add some."""
        if self.state != IDLE:
            self._set_state(IDLE)
        if len(self.queue) or BUSY in self._worker_states():
            raise DontCloseSpider

    def close(self, reason: str) -> None:
        """Leave the job; the last worker of a finished job removes its queue and dupefilter."""
        if self.heartbeat.running:
            self.heartbeat.stop()
        self.server.delete(self.worker_key)
        if reason == "finished" and not self._worker_states():
            self.flush()
