"""The extractor's record of a crawled page, in the crawl process or in an extraction worker.

The extractor is reached through the `extract` package's attributes, which load it on first use:
a crawl whose workers extract imports this module but never holds the extractor (~130 MiB) itself.
"""

from __future__ import annotations

import extract
from cchc.record import Article, FetchedPage
from crawler.canonical import canonical_url


def page_to_article(page: FetchedPage) -> Article:
    """The extractor's record of a page, with its canonical URL; an error record if extraction fails."""
    try:
        article = extract.extract_page(page)
    except Exception as exc:  # any extractor bug must not lose the page
        article = Article(
            source=page.url,
            url=page.final_url,
            portal=page.source_id,
            fetch=page,
            extractor_version=extract.EXTRACTOR_VERSION,
            error=f"{type(exc).__name__}: {exc}",
        )
    return article.model_copy(update={"canonical_url": canonical_url(page.final_url)})


def record_without_fetch(page: FetchedPage) -> Article:
    """A worker's answer: the record without its `fetch`, since the crawl process holds the page already
    and its HTML need not travel back."""
    return page_to_article(page).model_copy(update={"fetch": None})


def warm_up() -> None:
    """Build the NLP pipeline and the gazetteer now rather than on the first page."""
    extract.extract_html("<html><body><h1>Kiểm tra</h1><p>Kiểm tra cải cách hành chính.</p></body></html>")
