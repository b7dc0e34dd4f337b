"""What the crawl process holds: no dead pages waiting for the garbage collector, and no extractor of its
own when worker processes extract."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import weakref
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list

from crawler import settings as project_settings
from crawler.middlewares import ReleaseSelectorMiddleware

REPO = Path(__file__).resolve().parents[1]


def _page() -> HtmlResponse:
    html = "<html><body><h1>Kiểm tra</h1><a href='/tin-tuc/bai-1-1001.html'>Bài 1</a></body></html>"
    return HtmlResponse("http://127.0.0.1/tin-tuc", body=html.encode(), encoding="utf-8")


def _links(response: HtmlResponse) -> Iterator[str]:
    """A callback that reads the page through `response.xpath`, as the spider and its middlewares do."""
    yield from response.xpath("//a/@href").getall()


async def _links_async(response: HtmlResponse) -> AsyncIterator[str]:
    for link in _links(response):
        yield link


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def _parsed(middleware: ReleaseSelectorMiddleware | None = None, *, run_async: bool = False) -> weakref.ref:
    """A page read by a callback (through the middleware if given), its output consumed and every
    reference to it dropped but a weak one."""
    response = _page()
    if run_async:

        async def consume() -> list[object]:
            assert middleware is not None
            return [
                link
                async for link in middleware.process_spider_output_async(response, _links_async(response))
            ]

        links = asyncio.run(consume())
    else:
        output = _links(response)
        links = list(middleware.process_spider_output(response, output) if middleware else output)
    assert links == ["/tin-tuc/bai-1-1001.html"]
    return weakref.ref(response)


def test_scrapy_selector_makes_each_parsed_page_a_cycle(collector_off: None) -> None:
    """Why the middleware exists (scrapy/scrapy#2977); if this fails, Scrapy fixed it and it can go."""
    page = _parsed()
    assert page() is not None
    gc.collect()
    assert page() is None


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_page_freed_once_its_output_is_consumed(collector_off: None, run_async: bool) -> None:
    assert _parsed(ReleaseSelectorMiddleware(), run_async=run_async)() is None


def test_release_runs_after_every_other_spider_middleware() -> None:
    """Scrapy passes the output through spider middlewares from the highest order to the lowest: the
    release must come last, after any middleware that still reads the page."""
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    enabled = build_component_list(settings.getwithbase("SPIDER_MIDDLEWARES"))
    assert enabled[0] == "crawler.middlewares.ReleaseSelectorMiddleware"


def test_crawl_process_does_not_load_the_extractor_until_it_extracts() -> None:
    """With extraction workers, the crawl process imports the pipeline, the spider and the attachment
    reader, but never spaCy and the gazetteer (~130 MiB): only the workers hold them."""
    script = (
        "import sys, cchc.ingest, crawler.spiders.portal, extract.attachments\n"
        "print('spacy' in sys.modules, 'extract.api' in sys.modules)\n"
        "import extract\n"
        "print(extract.extract_html('<h1>Kiểm tra</h1><p>Kiểm tra cải cách hành chính.</p>').title)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["False False", "Kiểm tra"]


def test_unknown_extract_attribute_is_an_attribute_error() -> None:
    import extract

    with pytest.raises(AttributeError, match="no attribute 'extract_pdf'"):
        extract.extract_pdf  # noqa: B018
