"""The one spider: crawls a portal from the registry, or any portal from start URLs by generic discovery.

    scrapy crawl portal -a start_url=http://127.0.0.1:8001/
    scrapy crawl portal -a source=nukeviet -a base_url=http://127.0.0.1:8003 -a max_pages=50
    cchc crawl --start-url ... | --source ID   (the same spider, plus extraction and storage)

Discovery, all on the start URLs' sites only (same host and port): links of every page (listings,
their pagination, related articles), `<link rel=next>`, RSS/Atom feeds announced with
`<link rel=alternate>`, sitemaps named in /robots.txt and /sitemap.xml (probed quietly: a missing
one is not an error), plus the feeds and sitemaps of a registry entry. Every request is deduped on
its canonical URL (`crawler.canonical`); pages that `crawler.pagetype` calls articles are yielded
as `FetchedPage` items, the rest are only crawled for links.

Caps: `max_pages` counts page requests (feeds, sitemaps, robots.txt excluded); `max_depth` counts
link hops from a start URL (entries of a feed or sitemap are one hop from it).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from cchc.record import FetchedPage
from crawler import pagetype
from crawler.attachments import AttachmentFetching
from crawler.canonical import canonical_url, fetchable_url, same_site, unescape_href
from crawler.charset import nfc_html
from crawler.middlewares import RedirectLoop
from crawler.postback import POSTBACK_KEY, Postback, pager_postbacks, postback_request
from crawler.progress import CAPPED, PAGES, record_failure
from crawler.sources import Source, get_source

ATTACHMENT_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "rtf", "zip", "rar"}
_SKIPPED_EXTENSIONS = set(IGNORED_EXTENSIONS) | {"xml", "rss"}
_FEED_LINKS = "//link[@rel='alternate'][@type='application/rss+xml' or @type='application/atom+xml']/@href"
_XML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|urlset|sitemapindex)\b", re.S
)


def _extension(url: str) -> str:
    path = urlsplit(url).path
    return path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""


def _arg_list(value: str | Iterable[str] | None) -> list[str]:
    """A spider argument that is a list from code or a comma-separated string from `-a`."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value)


class PortalSpider(AttachmentFetching, scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        *args: Any,
        source: str | None = None,
        sources: str | None = None,
        base_url: str | None = None,
        start_url: str | Iterable[str] | None = None,
        max_pages: int | str | None = None,
        max_depth: int | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.source: Source | None = get_source(source, sources, base_url) if source else None
        starts = _arg_list(start_url) or (self.source.start_urls if self.source else [])
        if not starts:
            raise ValueError("give a registry source (-a source=ID) or start URLs (-a start_url=URL)")
        self.start_urls = [fetchable_url(url) for url in starts]
        self.source_id = self.source.id if self.source else urlsplit(self.start_urls[0]).netloc
        self.allowed_domains = sorted({urlsplit(url).hostname or "" for url in self.start_urls})
        self.max_pages = int(max_pages) if max_pages not in (None, "") else None
        self.max_depth = int(max_depth) if max_depth not in (None, "") else None
        self.article_pattern = self.source.article_url_pattern if self.source else None
        follow = self.source.follow_url_pattern if self.source else None
        self.follow_pattern = re.compile(follow) if follow else None
        self.seen: set[str] = set()
        self.page_requests = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = spider.max_pages or settings.getint("CCHC_MAX_PAGES") or None
        if spider.max_depth is None and settings.getint("CCHC_MAX_DEPTH"):
            spider.max_depth = settings.getint("CCHC_MAX_DEPTH")
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if hasattr(self, "state"):  # JOBDIR: what was requested before a clean stop stays requested
            self.seen = self.state.setdefault("seen", self.seen)
        requests = [self._page_request(url, depth=0) for url in self.start_urls]
        if self.source:
            requests += [self._xml_request(url, depth=0) for url in self.source.feeds + self.source.sitemaps]
        for root in sorted({urljoin(url, "/") for url in self.start_urls}):
            requests.append(self._xml_request(urljoin(root, "/sitemap.xml"), depth=0, probe=True))
            robots = urljoin(root, "/robots.txt")
            requests.append(self._request(robots, self.parse_robots, depth=0, probe=True))
        for request in requests:
            if request is not None:
                yield request

    # Requests ---------------------------------------------------------------------------------

    def _request(
        self, url: str, callback: Any, depth: int, *, page: bool = False, **meta: Any
    ) -> scrapy.Request | None:
        """A request for `url` unless it is not a web page or `_admit` refuses it."""
        url = fetchable_url(url)
        if not url.startswith(("http://", "https://")) or (page and _extension(url) in _SKIPPED_EXTENSIONS):
            return None
        if not self._admit(url, depth, page=page):
            return None
        meta = {"cchc_depth": depth, **meta}
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta)

    def _admit(self, url: str, depth: int, *, page: bool, key: str | None = None) -> bool:
        """False if `url` is off-site, too deep, already requested (under its canonical `key`) or capped."""
        if not any(same_site(url, start) for start in self.start_urls):
            return False
        if self.max_depth is not None and depth > self.max_depth:
            return False
        key = key or canonical_url(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        if page:
            if self.max_pages is not None and self.page_requests >= self.max_pages:
                self.crawler.stats.inc_value(CAPPED)
                return False
            self.page_requests += 1
        return True

    def _postback_request(
        self, response: TextResponse, postback: Postback, depth: int
    ) -> scrapy.Request | None:
        """An ASP.NET pager page (`crawler.postback`), admitted like a linked page."""
        request = postback_request(
            response, postback, callback=self.parse, errback=self.on_error, meta={"cchc_depth": depth}
        )
        return request if self._admit(request.url, depth, page=True, key=request.meta[POSTBACK_KEY]) else None

    def _page_request(self, url: str, depth: int) -> scrapy.Request | None:
        return self._request(url, self.parse, depth, page=True)

    def _xml_request(self, url: str, depth: int, probe: bool = False) -> scrapy.Request | None:
        return self._request(url, self.parse_xml, depth, probe=probe)

    # Callbacks --------------------------------------------------------------------------------

    def parse(self, response: Response) -> Iterator[Any]:
        """An HTML page: hand it on if it is an article, and follow its links either way."""
        if not isinstance(response, TextResponse):
            return
        if _XML_START.match(response.body[:512]):
            yield from self.parse_xml(response)
            return
        if response.status == 304:
            return  # not modified since the stored copy (crawler.middlewares.ConditionalGetMiddleware)
        self.crawler.stats.inc_value(PAGES)
        depth = response.meta.get("cchc_depth", 0)
        if pagetype.classify(response.url, response.selector, self.article_pattern) == "article":
            yield from self.with_attachments(self._fetched_page(response), depth)
        for href in response.xpath(_FEED_LINKS).getall():
            if request := self._xml_request(response.urljoin(unescape_href(href)), depth):
                yield request
        for href in response.xpath("//a/@href | //link[@rel='next']/@href").getall():
            url = response.urljoin(unescape_href(href))
            if self._should_follow(url) and (request := self._page_request(url, depth + 1)):
                yield request
        for postback in pager_postbacks(response):
            if request := self._postback_request(response, postback, depth + 1):
                yield request

    def _should_follow(self, url: str) -> bool:
        if url.split(":", 1)[0] not in ("http", "https"):
            return False
        return self.follow_pattern is None or bool(self.follow_pattern.search(url))

    def parse_xml(self, response: Response) -> Iterator[Any]:
        """An RSS/Atom feed or a sitemap (or sitemap index): request every page it lists."""
        if not _XML_START.match(response.body[:512]):
            return  # a probe answered with an HTML error page, or not XML at all
        self.crawler.stats.inc_value(PAGES)
        depth = response.meta.get("cchc_depth", 0)
        root = response.body.lstrip()[:512]
        if b"<urlset" in root or b"<sitemapindex" in root:
            sitemap = Sitemap(response.body)
            for entry in sitemap:
                if sitemap.type == "sitemapindex":
                    request = self._xml_request(entry["loc"], depth)
                else:
                    request = self._page_request(entry["loc"], depth + 1)
                if request is not None:
                    yield request
            return
        selector = scrapy.Selector(response, type="xml")
        selector.remove_namespaces()
        for link in selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href"):
            if request := self._page_request(response.urljoin(unescape_href(link.get())), depth + 1):
                yield request

    def parse_robots(self, response: Response) -> Iterator[Any]:
        """robots.txt is obeyed by Scrapy's middleware; here it is read only for its Sitemap lines."""
        if not isinstance(response, TextResponse):
            return
        for line in response.text.splitlines():
            name, _, value = line.partition(":")
            is_sitemap = name.strip().lower() == "sitemap" and value.strip()
            if is_sitemap and (request := self._xml_request(response.urljoin(value.strip()), depth=0)):
                yield request

    def _fetched_page(self, response: TextResponse) -> FetchedPage:
        attachments = []
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(unescape_href(href))
            if _extension(url) in ATTACHMENT_EXTENSIONS and url not in attachments:
                attachments.append(url)
        return FetchedPage(
            url=response.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            fetched_at=datetime.now(UTC),
            status=response.status,
            html=nfc_html(response.text),
            encoding=response.encoding,
            source_id=self.source_id,
            attachments=attachments,
        )

    def on_error(self, failure: Failure) -> None:
        """A page that failed for good (after retries): counted and listed, the crawl goes on."""
        request = failure.request
        if request.meta.get("probe"):
            return
        if failure.check(HttpError):
            reason = f"HTTP {failure.value.response.status}"
        elif failure.check(RedirectLoop):
            reason = str(failure.value)
        elif failure.check(IgnoreRequest):
            self.crawler.stats.inc_value("cchc/ignored")
            return
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}".strip()
        record_failure(self.crawler.stats, request.url, reason)
