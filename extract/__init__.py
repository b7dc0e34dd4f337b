"""Article text and inspection facts from a fetched page (HTML) or a text file.

Public API, used by the crawl pipeline, `cchc extract` and `cchc reextract`:
`extract_page(FetchedPage) -> Article`, `extract_file(path) -> Article`,
`extract_html(html, url=None)`, `extract_text(text, source)`, and `EXTRACTOR_VERSION`
(stamped on every record, so stores know which records to rebuild).

These names load the extractor (spaCy, the gazetteer: ~130 MiB) on first use (PEP 562), not when
the package or a light submodule such as `extract.attachments` is imported: a crawl whose worker
processes extract never holds it in the crawl process.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extract.api import EXTRACTOR_VERSION, extract_file, extract_html, extract_page, extract_text

__all__ = ["EXTRACTOR_VERSION", "extract_file", "extract_html", "extract_page", "extract_text"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("extract.api"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
