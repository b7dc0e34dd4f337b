"""Article text and inspection facts from a fetched page (HTML) or a text file.

Public API, used by the crawl pipeline, `cchc extract` and `cchc reextract`:
`extract_page(FetchedPage) -> Article`, `extract_file(path) -> Article`,
`extract_html(html, url=None)`, `extract_text(text, source)`, and `EXTRACTOR_VERSION`
(stamped on every record, so stores know which records to rebuild).
"""

from extract.api import EXTRACTOR_VERSION, extract_file, extract_html, extract_page, extract_text

__all__ = ["EXTRACTOR_VERSION", "extract_file", "extract_html", "extract_page", "extract_text"]
