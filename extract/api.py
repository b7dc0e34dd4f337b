"""Entry points of the extractor (placeholder: title and body only, facts come next)."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from cchc.record import Article, FetchedPage
from cchc.vntext import nfc

EXTRACTOR_VERSION = "0.0.1"


def extract_html(html: str, url: str | None = None, source: str | None = None) -> Article:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    title = nfc(doc.title) if doc and doc.title else None
    body = nfc(doc.text) if doc and doc.text else ""
    return Article(source=source or url or "", url=url, title=title, body=body, extractor_version=EXTRACTOR_VERSION)


def extract_text(text: str, source: str) -> Article:
    lines = [line.strip() for line in nfc(text).splitlines()]
    lines = [line for line in lines if line]
    title = lines[0] if lines else None
    return Article(source=source, title=title, body="\n".join(lines[1:]), extractor_version=EXTRACTOR_VERSION)


def extract_page(page: FetchedPage) -> Article:
    article = extract_html(page.html, url=page.final_url, source=page.url)
    return article.model_copy(update={"fetch": page, "portal": page.source_id})


def extract_file(path: str | Path) -> Article:
    path = Path(path)
    raw = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix.lower() in {".html", ".htm"}:
        return extract_html(raw, source=str(path))
    return extract_text(raw, source=str(path))
