"""Downloader and spider middlewares that make the crawl polite, robust and incremental.

- `CrawlDelayMiddleware`: obeys the `Crawl-delay` of robots.txt (Scrapy's robots middleware
  only obeys Allow/Disallow): the host's download slot gets at least that delay, and
  AutoThrottle is told not to lower it.
- `CharsetMiddleware`: re-decodes a page whose bytes are not in the charset it declares
  (`crawler.charset`), and counts the mismatches.
- `RedirectLoopMiddleware`: a redirect back to a URL of its own chain is a failure to report;
  Scrapy's duplicate filter would otherwise drop it without a word.
- `ConditionalGetMiddleware`: sends the ETag / Last-Modified remembered for a stored article
  (If-None-Match / If-Modified-Since); a 304 reaches the spider, which skips the page.
- `IncrementalListingMiddleware` (spider middleware): stops paging through listings once a
  page links only to articles already stored (newest first: the rest is older), and drops
  article links whose listing date is before `CCHC_SINCE`.
- `ReleaseSelectorMiddleware` (spider middleware): lets a page be freed as soon as its callback's
  output is consumed, instead of at the garbage collector's next full pass.

What is "already stored" comes from a `CrawlMemory`, an object named by the `CCHC_CRAWL_MEMORY`
setting (`cchc crawl` sets `cchc.ingest.StoreMemory`): the crawler stage never imports the store.
Without it, the crawl is a full one and requests are unconditional.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import AsyncIterator, Iterable
from datetime import date
from typing import Protocol, Self
from urllib.parse import urljoin

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.robotstxt import RobotParser
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.misc import load_object

from crawler import charset
from crawler.canonical import canonical_url, unescape_href
from crawler.pagetype import url_shape
from crawler.progress import (
    CHARSET_FIXED,
    CRAWL_DELAY,
    LISTING_STOPS,
    NOT_MODIFIED,
    OLDER_THAN_SINCE,
    RECOVERED,
)

_REDIRECT_CODES = {301, 302, 303, 307, 308}


class CrawlMemory(Protocol):
    """What the crawl may know from earlier crawls (implemented over the store by `cchc.ingest`)."""

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        """(ETag, Last-Modified) last stored for this canonical URL."""

    def known(self, urls: Iterable[str]) -> set[str]:
        """The canonical URLs among `urls` that are stored articles."""

    def close(self) -> None: ...


_memories: weakref.WeakKeyDictionary[Crawler, CrawlMemory | None] = weakref.WeakKeyDictionary()


def crawl_memory(crawler: Crawler) -> CrawlMemory | None:
    """The crawl's one `CrawlMemory` (from `CCHC_CRAWL_MEMORY`), shared by the middlewares."""
    if crawler not in _memories:
        path = crawler.settings.get("CCHC_CRAWL_MEMORY")
        memory = load_object(path).from_crawler(crawler) if path else None
        _memories[crawler] = memory
        if memory is not None:
            crawler.signals.connect(lambda: memory.close(), signal=signals.spider_closed, weak=False)
    return _memories[crawler]


class CrawlDelayMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        self.delays: dict[str, float] = {}
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def robots_parsed(self, robotparser: RobotParser, request: Request) -> None:
        delay = robotparser.crawl_delay(self.user_agent)
        if not delay:
            return
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        self.delays[key] = float(delay)
        downloader.per_slot_settings.setdefault(key, {})["delay"] = float(delay)
        self.crawler.stats.set_value(f"{CRAWL_DELAY}/{key}", float(delay))

    def process_request(self, request: Request) -> None:
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        delay = self.delays.get(key)
        if delay is None:
            return
        request.meta["autothrottle_dont_adjust_delay"] = True
        slot = downloader.slots.get(key)
        if slot is not None and slot.delay < delay:
            slot.delay = delay


class CharsetMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, HtmlResponse) or not response.body:
            return response
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        decision = charset.decide(response.body, content_type)
        request.meta["cchc_declared_encoding"] = decision.declared
        if decision.encoding == "utf-8" and (repaired := charset.undo_double_encoding(response.text)):
            self.stats.inc_value(CHARSET_FIXED)
            return response.replace(body=repaired.encode("utf-8"), encoding="utf-8")
        if decision.encoding == response.encoding:
            return response
        self.stats.inc_value(CHARSET_FIXED)
        return response.replace(encoding=decision.encoding)


class RedirectLoop(IgnoreRequest):
    """A redirect to a URL already in the request's redirect chain."""


class RedirectLoopMiddleware:
    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get("Location")
        if response.status not in _REDIRECT_CODES or not location:
            return response
        target = canonical_url(urljoin(request.url, location.decode("latin-1")))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in {canonical_url(url) for url in chain}:
            raise RedirectLoop(f"redirect loop: {' -> '.join([*chain, target])}")
        return response


class ConditionalGetMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        memory = crawl_memory(self.crawler)
        validators = memory.validators(canonical_url(request.url)) if memory else None
        if not validators or request.method != "GET":
            return
        etag, last_modified = validators
        if etag:
            request.headers.setdefault("If-None-Match", etag)
        if last_modified:
            request.headers.setdefault("If-Modified-Since", last_modified)
        request.meta["handle_httpstatus_list"] = [*request.meta.get("handle_httpstatus_list", []), 304]

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 304:
            self.crawler.stats.inc_value(NOT_MODIFIED)
        return response


_ROW_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)|\b(\d{4})-(\d{2})-(\d{2})\b"
)


def _parse_date(text: str) -> date | None:
    """The first day-first (05/10/2024) or ISO (2024-10-05) date in `text`."""
    for match in _ROW_DATE.finditer(text):
        day, month, year, iso_year, iso_month, iso_day = match.groups()
        try:
            if year:
                return date(int(year), int(month), int(day))
            return date(int(iso_year), int(iso_month), int(iso_day))
        except ValueError:
            continue
    return None


def row_dates(response: TextResponse) -> dict[str, date]:
    """Canonical URL of each link → the date shown in its listing row (the link and its small
    enclosing elements, as `crawler.pagetype` reads rows), for links that show one."""
    dates: dict[str, date] = {}
    for link in response.xpath("//a[@href]"):
        url = canonical_url(response.urljoin(unescape_href(link.attrib["href"])))
        context = " ".join(link.xpath(".//text()").getall())
        for ancestor in link.xpath("ancestor::*[position() <= 3]")[::-1]:
            text = " ".join(ancestor.xpath(".//text()").getall())
            if len(text) > 400:
                break
            context = text
        if (found := _parse_date(context)) is not None:
            dates.setdefault(url, found)
    return dates


class IncrementalListingMiddleware(BaseSpiderMiddleware):
    """Drops the requests an incremental crawl does not need (see the module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.full = settings.getbool("CCHC_FULL")
        self.since = date.fromisoformat(settings["CCHC_SINCE"]) if settings.get("CCHC_SINCE") else None
        self._pages: weakref.WeakKeyDictionary[Response, tuple[bool, dict[str, date]]] = (
            weakref.WeakKeyDictionary()
        )

    def _is_article_url(self, url: str) -> bool:
        pattern = getattr(self.crawler.spider, "article_pattern", None)
        return bool(re.search(pattern, url)) if pattern else url_shape(url) == "article"

    def _page(self, response: TextResponse) -> tuple[bool, dict[str, date]]:
        """(stop paging here?, listing dates) of one response, computed once for all its requests."""
        if response not in self._pages:
            dates = row_dates(response) if self.since else {}
            articles = {
                canonical_url(response.urljoin(unescape_href(href)))
                for href in response.xpath("//a/@href").getall()
            }
            articles = {url for url in articles if self._is_article_url(url)}
            stop = False
            memory = crawl_memory(self.crawler)
            # after a crash the store holds an arbitrary part of the portal: scan every listing
            recovering = self.crawler.stats.get_value(RECOVERED)
            if articles and memory is not None and not self.full and not recovering:
                stop = memory.known(articles) == articles
            if self.since and articles:
                dated = [dates[url] for url in articles if url in dates]
                stop = stop or (bool(dated) and len(dated) == len(articles) and max(dated) < self.since)
            if stop:
                self.crawler.stats.inc_value(LISTING_STOPS)
            self._pages[response] = (stop, dates)
        return self._pages[response]

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if not isinstance(response, TextResponse) or request.callback != self.crawler.spider.parse:
            return request
        stop, dates = self._page(response)
        url = canonical_url(request.url)
        if self._is_article_url(url):
            listed = dates.get(url)
            if self.since and listed is not None and listed < self.since:
                self.crawler.stats.inc_value(OLDER_THAN_SINCE)
                return None
            return request
        if stop and url_shape(url) == "listing":
            return None
        return request


class ReleaseSelectorMiddleware:
    """Drops a response's cached selector once every other spider middleware has read its output.

    Scrapy caches the selector on the response, and the selector refers back to the response
    (scrapy/scrapy#2977), so every parsed page is a reference cycle: its body, text and lxml tree
    stay in memory until the garbage collector's next full pass. A crawl at 140 pages/s held
    250-400 such dead pages. Without the cycle, reference counting frees each page when Scrapy lets
    go of it. Ordered first (lowest number), its `process_spider_output` runs last on the output.
    """

    def process_spider_output(self, response: Response, result: Iterable[object]) -> Iterable[object]:
        try:
            yield from result
        finally:
            _release_selector(response)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[object]
    ) -> AsyncIterator[object]:
        try:
            async for item in result:
                yield item
        finally:
            _release_selector(response)


def _release_selector(response: Response) -> None:
    if isinstance(response, TextResponse):
        response._cached_selector = None  # the attribute `TextResponse.selector` caches in
