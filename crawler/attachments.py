"""Attached documents of an article (PDF, Word): fetched after it, read to text, carried on its FetchedPage.

Inspection plans and conclusions are often only in the attached file ("Kế hoạch kiểm tra CCHC năm
2024.pdf"), so an article with readable attachments is handed on only once they have been fetched,
one after the other, each capped at `CCHC_ATTACHMENT_MAXSIZE` bytes. Reading a document is the
extractor's trade, a later stage that the crawler does not import: `cchc crawl` names the reader in
`CCHC_ATTACHMENT_READER` (a `(bytes, url) -> str` callable). Without one (plain `scrapy crawl`)
attachments are only listed on the page. A file that fails (dead link, too big, unreadable) is
counted and skipped: the article goes on without its text. Attachments obey the crawl's site,
depth and page caps like any page, at the depth of their article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from cchc.record import FetchedPage

# What the reader can read offline (pypdf, python-docx); old binary .doc has no such library.
READABLE_SUFFIXES = (".pdf", ".docx")
READ = "cchc/attachments_read"
FAILED = "cchc/attachments_failed"

Reader = Callable[[bytes, str], str]


class AttachmentFetching:
    """Spider mixin: `with_attachments(page, depth)` instead of yielding an article's page directly.

    The spider provides `settings`, `crawler`, `logger` (scrapy.Spider) and `_admit(url, depth, page=)`,
    its dedupe-and-caps check, so attachments are requested once and counted like pages.
    """

    settings: BaseSettings
    crawler: Any
    logger: Any

    def _admit(self, url: str, depth: int, *, page: bool, key: str | None = None) -> bool:
        raise NotImplementedError

    @cached_property
    def attachment_reader(self) -> Reader | None:
        name = self.settings.get("CCHC_ATTACHMENT_READER")
        return load_object(name) if name else None

    def with_attachments(self, page: FetchedPage, depth: int) -> Iterator[Any]:
        """The page, or the first request of the chain that fetches its readable attachments then yields it."""
        if self.attachment_reader is None:
            return iter([page])
        readable = [url for url in page.attachments if urlsplit(url).path.lower().endswith(READABLE_SUFFIXES)]
        pending = [url for url in readable if self._admit(url, depth, page=True)]
        return self._next_attachment(page, pending, depth)

    def _next_attachment(self, page: FetchedPage, pending: list[str], depth: int) -> Iterator[Any]:
        if not pending:
            yield page
            return
        meta = {
            "cchc_attachment": pending[0],
            "cchc_page": page,
            "cchc_pending": pending[1:],
            "cchc_depth": depth,
            "download_maxsize": self.settings.getint("CCHC_ATTACHMENT_MAXSIZE"),
        }
        yield scrapy.Request(
            pending[0], callback=self.parse_attachment, errback=self.attachment_failed, meta=meta
        )

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        page: FetchedPage = response.meta["cchc_page"]
        assert self.attachment_reader is not None  # only chained when there is a reader
        try:
            text = self.attachment_reader(response.body, response.url)
        except Exception as exc:  # a corrupt or mislabelled file must not lose the article
            self.crawler.stats.inc_value(FAILED)
            self.logger.info("attachment %s unreadable: %s: %s", response.url, type(exc).__name__, exc)
        else:
            self.crawler.stats.inc_value(READ)
            if text.strip():
                page.attachment_texts[response.meta["cchc_attachment"]] = text
        yield from self._next_attachment(page, response.meta["cchc_pending"], response.meta["cchc_depth"])

    def attachment_failed(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta
        self.crawler.stats.inc_value(FAILED)
        self.logger.info("attachment %s not fetched: %s", failure.request.url, failure.getErrorMessage())
        yield from self._next_attachment(meta["cchc_page"], meta["cchc_pending"], meta["cchc_depth"])
